// Builds a paragraph of the article from the description reading.rs writes (`Ops`, where the
// format is explained): one call per paragraph rather than one per element, attribute and text.
// The text only ever becomes text nodes.
export function drawParagraph(text, words, ops) {
  const table = words.split("\u0001");
  const root = document.createElement("div");
  root.className = "para";
  const stack = [root];
  for (let i = 0; i < ops.length; ) {
    const op = ops[i++];
    const parent = stack[stack.length - 1];
    if (op === 0) {
      parent.appendChild(document.createTextNode(text.slice(ops[i], ops[i + 1])));
      i += 2;
    } else if (op === 1) {
      const span = document.createElement("span");
      for (let n = ops[i++]; n > 0; n--, i += 2) span.setAttribute(table[ops[i]], table[ops[i + 1]]);
      parent.appendChild(span);
      stack.push(span);
    } else {
      stack.pop();
    }
  }
  return root;
}
