/* Seen: the few behaviours the guide adds to mkdocs-material. No tracking, no storage. */
(function () {
  "use strict";
  if (window.__seenBound) return; // bound once, even if the theme re-runs scripts
  window.__seenBound = true;

  /* Quick exit: blank the page at once, then replace this history entry with a neutral page,
     so Back does not come back here. The same on Shift pressed three times within 5 seconds. */
  var exitLink = document.querySelector("[data-seen-exit]");
  var box = document.querySelector("[data-seen-quick-exit]");
  function quickExit() {
    /* Hidden without changing any size: a page whose layout changes now makes WebKit report a
       ResizeObserver loop error while it leaves. */
    document.documentElement.style.visibility = "hidden";
    document.body.style.opacity = "0";
    document.title = "";
    window.location.replace(exitLink.href);
  }
  if (exitLink) {
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit();
    });
    var presses = [];
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift" || event.repeat) return;
      var now = Date.now();
      presses = presses.filter(function (time) { return now - time < 5000; });
      presses.push(now);
      if (presses.length >= 3) quickExit();
    });
  }

  /* The bar stays one row: where its two links do not fit side by side (a narrow phone, long
     words, large text), it turns compact and the safety link shows its shield only. The exit keeps
     its words on one line: smaller if they must be (not under 14 px), or else its cross alone, its
     words kept as its name. Its height and the header's, measured, keep focused elements and the
     last lines clear of them (seen.css). */
  var root = document.documentElement;
  var header = document.querySelector(".md-header");
  if (box) {
    var barLinks = box.querySelectorAll("a");
    var exitWords = box.querySelector(".seen-quick-exit__label");
    var fitting = false;
    /* How far the exit's words reach past the inside of its padding (px; 0 or less: they fit). */
    var spill = function () {
      if (!exitWords) return 0;
      var exit = barLinks[0];
      var style = window.getComputedStyle(exit);
      var inside = exit.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      return exitWords.getBoundingClientRect().right - inside - 0.5;
    };
    var fitBar = function () {
      fitting = false;
      box.classList.remove("seen-quick-exit--compact", "seen-quick-exit--icons");
      if (exitWords) exitWords.style.fontSize = "";
      var first = barLinks[0].getBoundingClientRect();
      var last = barLinks[barLinks.length - 1].getBoundingClientRect();
      if (last.top >= first.bottom - 1 || first.top >= last.bottom - 1 || box.scrollWidth > box.clientWidth + 1 || spill() > 0) {
        box.classList.add("seen-quick-exit--compact");
        var over = spill();
        if (over > 0 && exitWords) {
          var width = exitWords.getBoundingClientRect().width;
          var size = Math.floor(parseFloat(window.getComputedStyle(exitWords).fontSize) * (width - over) / width);
          for (; size >= 14; size--) {
            exitWords.style.fontSize = size + "px";
            if (spill() <= 0) break;
          }
          if (size < 14) {
            exitWords.style.fontSize = "";
            box.classList.add("seen-quick-exit--icons");
          }
        }
      }
      setHeight("--seen-bar-height", box, "scrollPaddingBottom");
      if (header) setHeight("--seen-header-height", header, "scrollPaddingTop");
    };
    /* Written only when it differs from what the page uses (seen.css's estimate, read back from the
       scroll padding, until one is written): a new value on the root restyles the whole page. */
    var setHeight = function (name, element, padding) {
      var value = Math.ceil(element.getBoundingClientRect().height);
      var written = root.style.getPropertyValue(name);
      var used = written ? parseFloat(written) : Math.round(parseFloat(window.getComputedStyle(root)[padding])) - 8;
      if (used !== value) root.style.setProperty(name, value + "px");
    };
    /* Measured again, one frame later, when the window or the text size changes. */
    var refit = function () {
      if (fitting) return;
      fitting = true;
      window.requestAnimationFrame(fitBar);
    };
    fitBar();
    window.addEventListener("resize", refit);
    if (window.ResizeObserver) {
      var watch = new ResizeObserver(refit);
      watch.observe(barLinks[0]);
      if (header) watch.observe(header);
    }
  }

  /* Keyboard focus never ends behind the bar or the header (WCAG 2.4.11 and 2.4.12). seen.css keeps
     their heights clear when the browser scrolls to a focused element; here the rest: a check box
     whose focus ring is on its words too (its label: around it, or just after it), or a browser
     that scrolls without the padding. */
  var clearOfBars = function (el) {
    var rect = el.getBoundingClientRect();
    var top = rect.top, bottom = rect.bottom;
    var words = el.closest("label") || el.nextElementSibling;
    if ((el.type === "checkbox" || el.type === "radio") && words && words.tagName === "LABEL") {
      top = Math.min(top, words.getBoundingClientRect().top);
      bottom = Math.max(bottom, words.getBoundingClientRect().bottom);
    }
    var scroller = el.closest(".md-sidebar__scrollwrap, .md-search__scrollwrap");
    var area = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    var upper = Math.max(area.top, header && !scroller ? header.getBoundingClientRect().bottom : area.top);
    var lower = area.bottom;
    if (box) box.querySelectorAll("a").forEach(function (link) { lower = Math.min(lower, link.getBoundingClientRect().top); });
    /* A little air around it where there is room; taller than the room, its start shows. */
    var room = Math.max(0, Math.min(8, (lower - upper - (bottom - top)) / 2));
    var by = 0;
    if (bottom - top > lower - upper || top - room < upper) by = top - room - upper;
    else if (bottom + room > lower) by = bottom + room - lower;
    if (Math.abs(by) >= 1) (scroller || window).scrollBy(0, by);
  };
  document.addEventListener("focusin", function (event) {
    var el = event.target;
    if (!el.getBoundingClientRect || (box && box.contains(el))) return;
    if (header && header.contains(el) && !el.closest(".md-search__scrollwrap")) return;
    try {
      if (!el.matches(":focus-visible")) return; /* a tap or click: the reader sees where it is */
    } catch (error) { /* an older browser: check anyway */ }
    clearOfBars(el); /* at once, so no frame shows it covered; the browser's own scroll to it comes next */
    window.requestAnimationFrame(function () { clearOfBars(el); }); /* and again, after that scroll */
  });

  /* The menu on a phone-width screen: the theme opens its drawer with a <label> (which works without
     JavaScript, and has words for screen readers: partials/header.html). Here a real <button> takes
     its place: in the Tab order, opened and closed with Enter or Space, saying whether the menu is
     open; Escape closes the menu and brings focus back to it. */
  var drawer = document.getElementById("__drawer");
  var label = document.querySelector("label[data-seen-menu]");
  if (drawer && label) {
    var menu = document.createElement("button");
    menu.type = "button";
    menu.className = label.className + " seen-menu-button";
    menu.setAttribute("data-seen-menu", "");
    menu.setAttribute("aria-controls", "__drawer");
    while (label.firstChild) menu.appendChild(label.firstChild);
    label.removeAttribute("data-seen-menu");
    label.hidden = true;
    label.parentNode.insertBefore(menu, label);
    var showMenu = function (open) {
      drawer.checked = open;
      drawer.dispatchEvent(new Event("change"));
    };
    var sayMenu = function () {
      menu.setAttribute("aria-expanded", drawer.checked ? "true" : "false");
    };
    sayMenu();
    drawer.addEventListener("change", sayMenu);
    menu.addEventListener("click", function () { showMenu(!drawer.checked); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawer.checked) return;
      showMenu(false);
      menu.focus();
    });
  }

  /* Discreet history (a practice setting): moving between guide pages, or to a part of the same
     page (a contents or "¶" link), replaces the current history entry instead of adding one, so
     after a quick exit Back leaves the guide. */
  if (box && box.getAttribute("data-seen-discreet-history") === "true") {
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (!link || link.target || link.hasAttribute("download")) return;
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.href === window.location.href) return;
      event.preventDefault();
      window.location.replace(url.href);
    }, true);
  }

  /* Search opens from a real button, and focus comes back to it when search closes. */
  var toggle = document.getElementById("__search");
  var opener = document.querySelector("[data-seen-search-open]");
  if (toggle && opener) {
    opener.addEventListener("click", function () {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
      // Focus the box at once, so no key typed right after the tap is lost on the button (a browser runs
      // keys before timers); if the open box cannot take focus yet, try again once it is drawn.
      var input = document.querySelector(".md-search__input");
      if (input) input.focus();
      if (input && document.activeElement !== input) window.setTimeout(function () { input.focus(); }, 0);
    });
    toggle.addEventListener("change", function () {
      var search = document.querySelector(".md-search");
      if (!toggle.checked && search && search.contains(document.activeElement)) opener.focus();
    });
  }

  /* What search adds once opened (the urgent-help card, closest pages): a script of ours beside the
     search index, loaded on the first opening only, like the theme's own search. Not the learned page
     words (search/seen-pages.js): only the search worker uses them, and the card need not wait for them. */
  var searchInput = document.querySelector(".md-search__input");
  var config = document.getElementById("__config");
  var helpLoaded = false;
  function loadSearchHelp() {
    if (helpLoaded || !config || !document.querySelector(".md-search-result")) return;
    if (toggle && !toggle.checked && document.activeElement !== searchInput) return;
    helpLoaded = true;
    var script = document.createElement("script");
    script.src = JSON.parse(config.textContent).base.replace(/\/?$/, "/") + "search/seen-help.js";
    document.head.appendChild(script);
  }
  if (toggle) toggle.addEventListener("change", loadSearchHelp);
  if (searchInput) searchInput.addEventListener("focus", loadSearchHelp);

  /* A search that finds nothing: instead of the theme's bare "No matching documents", our kind
     words and two ways on (partials/search.html). The theme writes its result count as text; we
     watch it and show ours exactly when that text is the theme's "nothing matched". */
  var empty = document.querySelector("[data-seen-search-empty]");
  var count = document.querySelector(".md-search-result__meta");
  if (empty && count && empty.firstElementChild) {
    var none = empty.getAttribute("data-seen-none");
    var showEmpty = function () {
      var nothing = count.textContent.trim() === none;
      if (empty.firstElementChild.hidden === !nothing) return;
      empty.firstElementChild.hidden = !nothing;
      count.hidden = nothing;
    };
    new MutationObserver(showEmpty).observe(count, { childList: true, characterData: true, subtree: true });
  }
})();

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

  /* Its words are in assets/seen-words.js, loaded on first use. */
  function sayWord(key) {
    if (!window.__seenTheme) return;
    window.__seenTheme.words(function (words) { say(words[key] || ""); });
  }

  function copy() {
    if (!canCopy) return sayWord("seen.share.not_copied");
    navigator.clipboard.writeText(data.url).then(
      function () { sayWord("seen.share.copied"); },
      function () { sayWord("seen.share.not_copied"); }
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

/* Seen: the theme's script (about 35 KB compressed) is not loaded with the page (overrides/main.html):
   pages are read, and the menu used, without it. It loads the first time a reader uses what needs
   it: search (the button, the search box, or the keys f, s and /), a tooltip, the wide-screen
   sidebar, or one of the theme's keys for the previous and next page. The colour switch is done
   here, at once, as the theme would do it. */
(function () {
  "use strict";
  var data = document.getElementById("__seen-theme");
  if (!data || window.__seenTheme) return;
  var root = document.documentElement;
  var source = JSON.parse(data.textContent).bundle;
  var loaded = false;
  var script = null;
  var then = [];

  function load(done) {
    if (loaded) { if (done) done(); return; }
    if (done) then.push(done);
    if (script) return;
    script = document.createElement("script");
    script.src = source;
    script.addEventListener("load", function () {
      loaded = true;
      then.splice(0).forEach(function (run) { run(); });
    });
    withWords(function () { document.body.appendChild(script); });
  }

  /* The theme's words for search ("1 matching document", ...) and the share button's are not in
     the pages: they wait in assets/seen-words.js (hooks/seen/finish/theme_words.py), loaded once. */
  var block = document.getElementById("__config");
  var words = null;
  var waiting = [];
  function withWordsFile(next) {
    if (words) { next(words); return; }
    waiting.push(next);
    if (waiting.length > 1) return;
    var settings = block ? JSON.parse(block.textContent) : { base: "." };
    var file = document.createElement("script");
    file.src = settings.base.replace(/\/?$/, "/") + "assets/seen-words.js";
    var put = function () {
      if (words) return;
      words = window.__seenThemeWords || {};
      waiting.splice(0).forEach(function (run) { run(words); });
    };
    file.addEventListener("load", put);
    file.addEventListener("error", put);
    document.body.appendChild(file);
  }
  /* The theme's go back into its settings just before its script reads them. */
  function withWords(next) {
    var settings = block ? JSON.parse(block.textContent) : null;
    if (!settings || settings.translations) { next(); return; }
    withWordsFile(function (all) {
      settings.translations = all;
      block.textContent = JSON.stringify(settings);
      next();
    });
  }
  window.__seenTheme = { load: load, loaded: function () { return loaded; }, words: withWordsFile };

  /* JavaScript runs: search can open (the theme's script adds its own "js" class when it loads). */
  root.classList.remove("no-js");

  /* Search: open it at once; the theme's script picks up the open box and what was typed. */
  var opener = document.querySelector("[data-seen-search-open]");
  var toggle = document.getElementById("__search");
  var input = document.querySelector(".md-search__input");
  if (opener) opener.addEventListener("click", function () { load(); });
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) load(); });
  if (input) input.addEventListener("focus", function () { load(); });

  /* The theme's keys, before its script is here: f, s and / open search; p , n . go to the
     previous or next page once the script has loaded (the key is handed on to it). */
  function typing(target) {
    if (!target || !target.closest) return false;
    return target.isContentEditable || !!target.closest("input, textarea, select");
  }
  document.addEventListener("keydown", function (event) {
    if (loaded || event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
    if (toggle && toggle.checked) return;
    var key = event.key;
    if ((key === "f" || key === "s" || key === "/") && opener) {
      event.preventDefault();
      opener.click();
    } else if (key === "p" || key === "," || key === "n" || key === ".") {
      load(function () { window.dispatchEvent(new KeyboardEvent("keydown", { key: key })); });
    }
  });

  /* Tooltips and the wide-screen sidebar (which the theme sizes to the window), under a mouse. */
  document.addEventListener("pointerover", function (event) {
    var target = event.target;
    if (loaded || event.pointerType !== "mouse" || !target || !target.closest) return;
    if (target.closest("[title], .md-sidebar")) load();
  });
  document.addEventListener("focusin", function (event) {
    if (!loaded && event.target && event.target.closest && event.target.closest(".md-sidebar--secondary")) load();
  });

  /* The drawer on a phone: a link to a part of this page closes it, as the theme's script does. */
  var drawer = document.getElementById("__drawer");
  window.addEventListener("hashchange", function () {
    if (!loaded && drawer && drawer.checked) drawer.click();
  });

  /* The colour switch, as the theme does it: the saved choice, or the one matching the device's
     setting; a choice is saved only once the reader makes one (partials/javascripts/palette.html). */
  var form = document.querySelector("[data-md-component=palette]");
  var options = form ? Array.prototype.slice.call(form.querySelectorAll("input[name=__palette]")) : [];
  if (!options.length) return;
  function show(index, save) {
    var option = options[index];
    var media = option.getAttribute("data-md-color-media");
    var color = {
      media: media,
      scheme: option.getAttribute("data-md-color-scheme"),
      primary: option.getAttribute("data-md-color-primary"),
      accent: option.getAttribute("data-md-color-accent")
    };
    option.checked = true;
    /* Only what changes: a new scheme restyles the whole page. */
    Object.keys(color).forEach(function (key) {
      var name = "data-md-color-" + key;
      if (color[key] !== null && document.body.getAttribute(name) !== color[key]) document.body.setAttribute(name, color[key]);
    });
    options.forEach(function (other, i) {
      var label = other.nextElementSibling;
      if (label && label.tagName === "LABEL") label.hidden = i !== index;
    });
    if (save) window.__md_set("__palette", { index: index, color: color });
  }
  var saved = null;
  try { saved = window.__md_get("__palette"); } catch (error) { saved = null; }
  var start = saved && typeof saved.index === "number" ? saved.index : options.findIndex(function (option) {
    var media = option.getAttribute("data-md-color-media");
    return !!media && window.matchMedia(media).matches;
  });
  show(Math.max(0, Math.min(start, options.length - 1)), false);
  form.addEventListener("change", function (event) {
    var index = options.indexOf(event.target);
    if (!loaded && index >= 0) show(index, true);
  });
  form.addEventListener("keydown", function (event) {
    if (loaded || event.key !== "Enter") return;
    var index = options.indexOf(event.target);
    if (index < 0) return;
    event.preventDefault();
    var next = options[(index + 1) % options.length];
    next.click();
    next.focus();
  });
})();

/* The private check-in (/check-in/): shows what the ticked questions connect to, and says so
   politely. Every result is already in the page; this only shows and hides it. Nothing leaves
   the page: no request, no storage, no change to the address. It is here, in the script every
   page has cached, so opening the check-in after another page costs its own words only. Apart from
   the rest, so nothing above can end it early. */
(function () {
  "use strict";
  var form = document.querySelector("[data-seen-check-in]");
  var results = document.querySelector("[data-seen-results]");
  if (!form || !results || form.hasAttribute("data-seen-bound")) return; // bound once
  form.setAttribute("data-seen-bound", "");
  var status = form.querySelector("[data-seen-status]");
  var support = results.querySelector("[data-seen-support]");
  var supportAt = Number(form.getAttribute("data-seen-support-at")) || 4;

  var boxes = form.querySelectorAll("input[type=checkbox]");

  /* The signs' results (the first list): the n-th is the n-th question's summary; its title and
     link are the ones under its question. The others name their questions by number (from 1). */
  var signs = Array.prototype.slice.call(results.querySelector("ul").children);
  signs.forEach(function (item, index) {
    var box = boxes[index];
    var source = box && box.closest("li").querySelector(".seen-check-in__sign");
    if (!source) return;
    var link = source.cloneNode(true);
    link.removeAttribute("class");
    link.textContent = source.lastElementChild.textContent;
    item.insertBefore(document.createTextNode(": "), item.firstChild);
    item.insertBefore(link, item.firstChild);
  });

  function ticked() {
    var chosen = [];
    boxes.forEach(function (box, index) {
      if (box.checked) chosen.push(String(index + 1));
    });
    return chosen;
  }

  function say(chosen) {
    if (!chosen.length) return status.getAttribute("data-cleared");
    var text = chosen.length === 1
      ? status.getAttribute("data-one")
      : status.getAttribute("data-many").replace("{count}", String(chosen.length));
    return chosen.length >= supportAt ? text + " " + status.getAttribute("data-support") : text;
  }

  function show(chosen) {
    signs.forEach(function (item, index) {
      item.hidden = chosen.indexOf(String(index + 1)) === -1;
    });
    results.querySelectorAll("[data-seen-questions]").forEach(function (item) {
      item.hidden = !item.getAttribute("data-seen-questions").split(" ").some(function (number) {
        return chosen.indexOf(number) !== -1;
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

/* The map (/map/): seen.css outlines the box pointed at (/map/#effects-low-mood); this rings the
   boxes joined to it either way, and the links between them. With no script, the box alone. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll(".seen-map > li");
  if (!boxes.length) return;

  function light() {
    var id = location.hash.slice(1), target = id && document.getElementById(id);
    var own = target && target.matches(".seen-map > li > a") ? target.parentNode : null; // ids are slugs
    document.querySelectorAll(".seen-map .seen-map__near").forEach(function (el) { el.classList.remove("seen-map__near"); });
    if (own) boxes.forEach(function (box) {
      var to = box.querySelector('a[href="#' + id + '"]'), from = own.querySelector('a[href="#' + box.firstElementChild.id + '"]');
      [to, from].forEach(function (link) { if (link) link.classList.add("seen-map__near"); });
      if (box !== own && (to || from)) box.classList.add("seen-map__near");
    });
  }

  light();
  window.addEventListener("hashchange", light);
})();
