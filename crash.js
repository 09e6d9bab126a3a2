// The buttons of the dialog the page leaves when it stops on an error (src/app/crash.rs). The
// page's WebAssembly module is dead by then, so these are handled here, in plain script served
// from the page's own origin. The text is only read from the dialog's read-only box.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest("#crash-copy, #crash-reload") : null;
  if (!button) return;
  if (button.id === "crash-reload") {
    location.reload();
    return;
  }
  const area = document.getElementById("crash-text");
  const status = document.getElementById("crash-status");
  const say = (text) => {
    if (status) status.textContent = text;
  };
  const byHand = () => {
    area.focus();
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    say(copied ? "Copied. Paste it somewhere safe, then reload." : "The browser would not copy: the text is selected, press Ctrl+C (⌘C on a Mac).");
  };
  if (!area) return;
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(area.value).then(() => say("Copied. Paste it somewhere safe, then reload."), byHand);
  } else {
    byHand();
  }
});

// Escape would close the modal dialog and leave the stopped page looking usable.
document.addEventListener("cancel", (event) => {
  if (event.target instanceof Element && event.target.id === "crash") event.preventDefault();
}, true);
