// A text box scrolls to its selection only while it has the focus, and a sentence chosen in the
// panel or the article must not take the focus from where the reader is. So the height of the
// text before the selection is measured in an unseen copy with the box's width and type, and the
// box is scrolled to it: centred, and only when it is out of sight.
const COPIED = [
  "fontFamily", "fontSize", "fontStyle", "fontWeight", "letterSpacing", "lineHeight",
  "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "tabSize", "textTransform",
  "whiteSpace", "wordSpacing", "overflowWrap", "wordBreak",
];

// Laying out more text than this before the selection takes some 60 ms on a slow machine; texts
// this large arrive with the box folded (FOLD_FROM_BYTES in paste.rs), and a box opened on one
// keeps its place past this point.
const LAID_OUT_AT_MOST = 128 * 1024;

export function revealSelection(area) {
  if (area.clientHeight === 0 || document.activeElement === area) return;
  if (area.selectionStart > LAID_OUT_AT_MOST) return;
  const style = getComputedStyle(area);
  const copy = document.createElement("div");
  for (const name of COPIED) copy.style[name] = style[name];
  // clientWidth holds the padding but neither the border nor the scroll bar: the width the
  // lines wrap in.
  Object.assign(copy.style, {
    boxSizing: "border-box", width: `${area.clientWidth}px`, position: "absolute",
    left: "0", top: "0", visibility: "hidden", border: "0",
  });
  copy.textContent = area.value.slice(0, area.selectionStart);
  const mark = copy.appendChild(document.createElement("span"));
  mark.textContent = "\u200b";
  document.body.appendChild(copy);
  const top = mark.offsetTop;
  const height = mark.offsetHeight;
  copy.remove();
  if (top < area.scrollTop || top + height > area.scrollTop + area.clientHeight) {
    area.scrollTop = top - (area.clientHeight - height) / 2;
  }
}
