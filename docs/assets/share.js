/* Seen: the share button on an entry page (overrides/partials/share.html). The phone's share sheet
   where the browser has one; otherwise the link is copied and the result announced. */
(function () {
  "use strict";

  var box = document.querySelector("[data-seen-share]");
  if (!box) return;
  var button = box.querySelector("button");
  var status = box.querySelector("[role=status]");
  var data = { title: box.dataset.shareTitle, text: box.dataset.shareText, url: box.dataset.shareUrl };
  var canShare = typeof navigator.share === "function" && (!navigator.canShare || navigator.canShare(data));
  var canCopy = !!(navigator.clipboard && navigator.clipboard.writeText);
  if (!canShare && !canCopy) return; /* the button stays hidden; the link is there to copy by hand */

  /* Empty first, so the same words said twice are announced twice. */
  function say(message) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 100);
  }

  function copy() {
    if (!canCopy) return say(box.dataset.notCopied);
    navigator.clipboard.writeText(data.url).then(
      function () { say(box.dataset.copied); },
      function () { say(box.dataset.notCopied); }
    );
  }

  button.addEventListener("click", function () {
    if (!canShare) return copy();
    navigator.share(data).catch(function (error) {
      /* The reader closed the share sheet: nothing to say. Any other failure: copy instead. */
      if (!error || error.name !== "AbortError") copy();
    });
  });
  button.hidden = false;
})();
