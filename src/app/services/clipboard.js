// Copies the text a promise will give. Safari lets a page write the clipboard only during the
// click itself, so the write starts now with the text still to come (ClipboardItem); where that
// is missing or refused, the text is written once it is there. Resolves to whether it worked.
export function copyPromised(text) {
  const clipboard = navigator.clipboard;
  if (!clipboard) return Promise.resolve(false);
  let first;
  try {
    const blob = text.then((t) => new Blob([t], { type: "text/plain" }));
    // When the text never comes, the write fails and says so below; this one is not news.
    blob.catch(() => {});
    first = clipboard.write([new ClipboardItem({ "text/plain": blob })]);
  } catch (e) {
    first = Promise.reject(e);
  }
  return first.then(
    () => true,
    () => text.then((t) => clipboard.writeText(t)).then(() => true, () => false),
  );
}
