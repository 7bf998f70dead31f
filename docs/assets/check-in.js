/* Seen's private check-in: shows what the ticked questions connect to, and says so politely.
   Every result is already in the page; this only shows and hides it. Nothing leaves the page:
   no request, no storage, no change to the address. Loaded on /check-in/ only. */
(function () {
  "use strict";

  var form = document.querySelector("[data-seen-check-in]");
  var results = document.querySelector("[data-seen-results]");
  if (!form || !results) return;
  var status = form.querySelector("[data-seen-status]");
  var support = results.querySelector("[data-seen-support]");
  var supportAt = Number(form.getAttribute("data-seen-support-at")) || 4;

  function ticked() {
    return Array.prototype.map.call(form.querySelectorAll("input[type=checkbox]:checked"), function (box) {
      return box.value;
    });
  }

  function say(chosen) {
    if (!chosen.length) return status.getAttribute("data-cleared");
    var text = chosen.length === 1
      ? status.getAttribute("data-one")
      : status.getAttribute("data-many").replace("{count}", String(chosen.length));
    return chosen.length >= supportAt ? text + " " + status.getAttribute("data-support") : text;
  }

  function show(chosen) {
    results.querySelectorAll("[data-seen-signs]").forEach(function (item) {
      item.hidden = !item.getAttribute("data-seen-signs").split(" ").some(function (slug) {
        return chosen.indexOf(slug) !== -1;
      });
    });
    support.hidden = chosen.length < supportAt;
    results.hidden = chosen.length === 0;
    status.textContent = say(chosen);
  }

  form.addEventListener("change", function () { show(ticked()); });
  /* The boxes are cleared just after the reset event, so look once they are. */
  form.addEventListener("reset", function () { window.setTimeout(function () { show(ticked()); }, 0); });
  /* There is nothing to send: never let the form go anywhere. */
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
