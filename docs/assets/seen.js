/* Seen: the few behaviours the guide adds to mkdocs-material. No tracking, no storage. */
(function () {
  "use strict";

  /* Search opens from a real button, and focus comes back to it when search closes. */
  var toggle = document.getElementById("__search");
  var opener = document.querySelector("[data-seen-search-open]");
  if (toggle && opener) {
    opener.addEventListener("click", function () {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
      var input = document.querySelector(".md-search__input");
      if (input) window.setTimeout(function () { input.focus(); }, 0);
    });
    toggle.addEventListener("change", function () {
      var search = document.querySelector(".md-search");
      if (!toggle.checked && search && search.contains(document.activeElement)) opener.focus();
    });
  }
})();
