/* Seen: what search adds once a reader opens it (made by hooks/seen/search/help.py, which puts
   this edition's data above this code as SEEN_SEARCH). Loaded by assets/seen.js when search opens;
   nothing here runs on a page where search was never opened. Nothing typed is stored or sent.
   - The urgent-help card: when what is typed reads as danger or crisis (the phrases in
     data/search.yml `danger`), the card is shown first, above the theme's results.
   - Closest pages: when nothing matches, the pages whose words are closest to each typed word,
     above the kind "nothing matched" words. */
(function (root) {
  "use strict";

  /* Lowercase, accents and apostrophes gone, words split at anything that is not a letter or digit. */
  function words(text) {
    return String(text)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2018\u2019`\u00b4]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  }

  /* At most one letter added, dropped, changed, or two side by side swapped. */
  function oneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* Typos are forgiven only in longer words: short ones have too many neighbours ("hit", "hid"). */
  var FUZZY_FROM = 6;

  /* A typo, not another form of the word: "pushes" is not "pushed" with one letter wrong, so a
     different last letter alone does not count. */
  function typo(word, choice) {
    if (word.length === choice.length && word.slice(0, -1) === choice.slice(0, -1)) return false;
    return oneEdit(word, choice);
  }

  function choiceMatches(choice, word) {
    if (choice.charAt(choice.length - 1) === "*") {
      var start = choice.slice(0, -1);
      if (word.lastIndexOf(start, 0) === 0) return true;
      if (start.length < FUZZY_FROM) return false;
      for (var n = start.length - 1; n <= start.length + 1; n++) {
        if (word.length >= n && oneEdit(word.slice(0, n), start)) return true;
      }
      return false;
    }
    return word === choice || (choice.length >= FUZZY_FROM && typo(word, choice));
  }

  function slotMatches(slot, word) {
    for (var i = 0; i < slot.length; i++) if (choiceMatches(slot[i], word)) return true;
    return false;
  }

  /* A phrase is groups in order; each group's slots stand side by side; between groups up to
     `gap` other words. A phrase does not start right after a word of `unless` ("never hit me"). */
  function phraseMatches(phrase, typed, gap, unless) {
    function from(g, start, anywhere) {
      var group = phrase[g];
      var last = anywhere ? typed.length - group.length : Math.min(start + gap, typed.length - group.length);
      for (var at = start; at <= last; at++) {
        if (anywhere && at > 0 && unless.indexOf(typed[at - 1]) !== -1) continue;
        var ok = true;
        for (var s = 0; s < group.length && ok; s++) ok = slotMatches(group[s], typed[at + s]);
        if (ok && (g === phrase.length - 1 || from(g + 1, at + group.length, false))) return true;
      }
      return false;
    }
    return from(0, 0, true);
  }

  /* Whether `query` reads as danger under `rules` ({gap, unless, phrases}). */
  function isDanger(rules, query) {
    var typed = words(query);
    if (!typed.length) return false;
    for (var i = 0; i < rules.phrases.length; i++) {
      if (phraseMatches(rules.phrases[i], typed, rules.gap, rules.unless || [])) return true;
    }
    return false;
  }

  /* Pages closest to the typed words, one word at a time: [{url, title}], best first. */
  function closest(pages, skip, query, most) {
    var skipped = new Set(skip);
    var typed = words(query).filter(function (word) { return word.length >= 3 && !skipped.has(word); });
    var scored = [];
    pages.forEach(function (page, order) {
      var score = 0;
      typed.forEach(function (word) {
        var best = 0;
        for (var i = 0; i < page.words.length && best < 3; i++) {
          var own = page.words[i];
          if (own === word) best = 3;
          else if (word.length >= 4 && own.length >= 4 && (own.lastIndexOf(word, 0) === 0 || word.lastIndexOf(own, 0) === 0)) best = Math.max(best, 2);
          else if (word.length >= 5 && oneEdit(own, word)) best = Math.max(best, 1);
        }
        score += best;
      });
      if (score > 0) scored.push({ score: score, order: order, page: page });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return scored.slice(0, most).map(function (item) { return { url: item.page.url, title: item.page.title }; });
  }

  var api = { words: words, oneEdit: oneEdit, isDanger: isDanger, closest: closest };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  root.seenSearchHelp = api; // for bench/search.py and the tests, which run this very code
  if (typeof document === "undefined" || !root.SEEN_SEARCH || root.__seenSearchHelp) return;
  root.__seenSearchHelp = true;

  var data = root.SEEN_SEARCH;
  var input = document.querySelector(".md-search__input");
  var results = document.querySelector(".md-search-result");
  var count = document.querySelector(".md-search-result__meta");
  var empty = document.querySelector(".seen-search-empty__body");
  if (!input || !results) return;

  /* The card's place: first in the results, so a screen reader reaches it before them; a live
     region made now, before anything is typed into it, so that it is announced when filled. */
  var card = document.createElement("div");
  card.className = "seen-search-help md-typeset";
  card.setAttribute("data-seen-search-help", "");
  card.setAttribute("aria-live", "polite");
  results.parentNode.insertBefore(card, results);

  /* The closest pages' place: above the kind "nothing matched" words (partials/search.html). */
  var near = null;
  if (empty) {
    near = document.createElement("div");
    near.setAttribute("data-seen-search-closest", "");
    near.hidden = true;
    var heading = document.createElement("p");
    heading.className = "seen-search-empty__title";
    heading.textContent = data.closest;
    var list = document.createElement("ul");
    list.className = "seen-search-empty__links";
    near.appendChild(heading);
    near.appendChild(list);
    empty.insertBefore(near, empty.firstChild);
  }
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = config.base.replace(/\/?$/, "/");

  /* Links inside the site are written from its root; here they are made relative to this page. */
  function here(path) {
    return base + path;
  }

  var template = document.createElement("template");
  template.innerHTML = data.card;
  Array.prototype.forEach.call(template.content.querySelectorAll("a[data-seen-path]"), function (link) {
    link.setAttribute("href", here(link.getAttribute("data-seen-path")));
    link.removeAttribute("data-seen-path");
  });
  var shown = false;

  function showCard() {
    var danger = isDanger(data.danger, input.value);
    if (danger === shown) return;
    shown = danger;
    if (danger) card.appendChild(template.content.cloneNode(true));
    else card.textContent = "";
  }

  /* The theme writes its result count as text; when it says nothing matched, the closest pages. */
  var none = count && count.parentElement.querySelector("[data-seen-search-empty]");
  function showClosest() {
    if (!near || !none) return;
    var list = near.querySelector("ul");
    var nothing = count.textContent.trim() === none.getAttribute("data-seen-none");
    var found = nothing ? closest(data.pages, data.skip, input.value, 3) : [];
    list.textContent = "";
    found.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = here(page.url);
      link.textContent = page.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    near.hidden = !found.length;
  }

  input.addEventListener("input", showCard);
  if (count) new MutationObserver(showClosest).observe(count, { childList: true, characterData: true, subtree: true });
  showCard();
  showClosest();
})(typeof self !== "undefined" ? self : this);
