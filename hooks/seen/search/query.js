/* Seen: what a reader types, read more kindly before the theme's search sees it (loaded with the
   theme's search worker, when search opens; see hooks/seen/search/worker.py).
   The theme finds a typed word only as the start of a word on some page. A word that starts no
   word of the guide (a typo, a word typed without its accents) finds nothing, so the nearest
   words of the guide are searched as well: the same word with its accents ("relacion" ->
   "relación"), or a word one letter away ("lonley" -> "lonely"; two letters for long words) that
   starts with the same letter.
   Two typed words side by side are also searched as one token, as the index holds each two
   neighbouring words of a page's keywords ("talks over" -> "talkover"; hooks/seen/search/index.py
   `pair_token`): a page that has the reader's very phrase comes before pages with one of its words.
   The guide's words are learnt from the index the theme is given. Nothing is stored or sent. */
(function (root) {
  "use strict";

  var sorted = []; // every word of the guide, lowercase, sorted
  var folded = []; // [word without accents, word], sorted
  var separator = /[\s\-]+/;
  var firstLetterKept = true; // the guide's language is English (index.config.lang): see meant()
  var pairs = new Set(); // the index's pair tokens
  var PAIR_LETTERS = 4; // as PAIR_LETTERS in hooks/seen/search/index.py
  // Measured on every set in tests/queries/: in English 3 and 4 find more pages first than 1, 2 or 6. In a
  // stemmed edition (Spanish) a word searched whole counts 3, not 2 (hooks/seen/search/worker.py), and
  // there 5 found more pages first than 3, 4 or 7 on the sets tuned on, and more on the sixth set too.
  var PAIR_BOOST = { en: 3, stemmed: 5 };
  // Short words that still make a pair, per language (PAIR_SHORT_WORDS in hooks/seen/search/index.py):
  // Spanish negates a verb with "no" alone ("no me habla" -> "nohabl").
  var PAIR_SHORT = { es: ["no"] };
  // Skip words that start a question and pair with the next word kept (QUESTION_LEADS in index.py).
  var QUESTION_LEADS = { en: ["who", "where"] };

  function fold(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  /* The first index in `list` (sorted, read through `key`) whose key is not before `word`. */
  function lowerBound(list, word, key) {
    var low = 0, high = list.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (key(list[mid]) < word) low = mid + 1; else high = mid;
    }
    return low;
  }

  function self(item) { return item; }
  function first(item) { return item[0]; }

  function startsSomeWord(word) {
    var at = lowerBound(sorted, word, self);
    return at < sorted.length && sorted[at].lastIndexOf(word, 0) === 0;
  }

  /* Edit distance (added, dropped, changed, or two neighbours swapped), given up above `most`. */
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var before = null, row = [], i, j;
    for (j = 0; j <= b.length; j++) row.push(j);
    for (i = 1; i <= a.length; i++) {
      var next = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        next.push(value);
        best = Math.min(best, value);
      }
      if (best > most) return most + 1;
      before = row;
      row = next;
    }
    return row[b.length];
  }

  /* Words of the guide a reader may have meant by `word`, which starts none of them. */
  function meant(word) {
    var plain = fold(word);
    var at = lowerBound(folded, plain, first);
    var found = [];
    while (at < folded.length && folded[at][0].lastIndexOf(plain, 0) === 0 && found.length < 3) {
      if (found.indexOf(folded[at][1]) < 0) found.push(folded[at][1]);
      at++;
    }
    if (found.length) return found;
    if (word.length < 5) return shortSlip(word);
    var most = word.length >= 8 ? 2 : 1;
    var near = [];
    // In English a typo keeps its first letter: "freinds", "allways", "relationshp"; a word whose first
    // letter differs is another word the guide does not have ("mates" is not "dates", "mingle" not
    // "single"). Spanish spelt by ear changes it ("ablar" for hablar, "conectar" for reconectar).
    var letter = firstLetterKept ? word.charAt(0) : "";
    var from = letter ? lowerBound(sorted, letter, self) : 0;
    for (var i = from; i < sorted.length && (!letter || sorted[i].charAt(0) === letter); i++) {
      var d = distance(word, sorted[i], most);
      if (d <= most) near.push([d, sorted[i]]);
      else if (letter && sorted[i].length > word.length) {
        // A typo of a word's start, which search finds by prefix: the index may hold only "gaslite" (a
        // form that another word starts is left out), so "gslit" is one letter from its start "gaslit".
        var start = sorted[i].slice(0, word.length + 1);
        d = Math.min(distance(word, start, most), distance(word, start.slice(0, -1), most));
        if (d <= most) near.push([d, distance(word, start, most) === d ? start : start.slice(0, -1)]);
      }
    }
    if (!near.length) near = nearStems(word);
    near.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : 1); });
    // Only the nearest: a word two letters away is no guess when another is one letter away.
    return near.filter(function (item) { return item[0] === near[0][0]; }).slice(0, 2).map(function (item) { return item[1]; });
  }

  /* A short English word (3 or 4 letters) the guide does not have, read as the guide word a thumb's one
     slip makes of it, never in the first letter: a letter dropped ("tme", "phoe", "nub"), two neighbours
     swapped ("cuts" typed "ctus"), or, in 4 letters, a key beside the right one ("nimb"). Another letter
     changed is more often another word ("till" is not "tell", "sink" not "sick"). Short words have many
     neighbours, so only when one or two guide words are that near ("ste": site, step, stem...: no guess). */
  var ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
  function beside(a, b) {
    for (var r = 0; r < ROWS.length; r++) {
      var i = ROWS[r].indexOf(a), j = ROWS[r].indexOf(b);
      if (i >= 0 && j >= 0 && Math.abs(i - j) === 1) return true;
    }
    return false;
  }
  function slip(word, known) {
    if (known.length === word.length + 1) return distance(word, known, 1) <= 1; // a letter dropped
    if (known.length !== word.length) return false;
    var differ = [];
    for (var k = 0; k < word.length; k++) if (word[k] !== known[k]) differ.push(k);
    if (differ.length === 2) return differ[1] === differ[0] + 1 && word[differ[0]] === known[differ[1]] && word[differ[1]] === known[differ[0]];
    return differ.length === 1 && word.length >= 4 && beside(word[differ[0]], known[differ[0]]);
  }
  function shortSlip(word) {
    if (!firstLetterKept || word.length < 3) return [];
    var near = [];
    var from = lowerBound(sorted, word.charAt(0), self);
    for (var i = from; i < sorted.length && sorted[i].charAt(0) === word.charAt(0); i++) {
      if (!slip(word, sorted[i]) || near.indexOf(sorted[i]) >= 0) continue;
      near.push(sorted[i]);
      if (near.length > 2) return [];
    }
    return near;
  }

  /* In a stemmed edition, a typo often lands in a word's ending or in a form the guide does not use
     ("estersado": the guide has "estrés" and "estres", no "estresado"), so no word of the guide is a letter
     or two away. Its stem is: "esters" is one swap from "estres". [distance, a word of the guide with
     that stem] for the nearest stems, or none. */
  var stemWords = null; // stem -> the first word of the guide with it
  function nearStems(word) {
    var own = stemOf(word);
    if (!own || own.length < 5) return [];
    if (!stemWords) {
      stemWords = new Map();
      sorted.forEach(function (known) {
        var stem = stemOf(known);
        if (stem && !stemWords.has(stem)) stemWords.set(stem, known);
      });
    }
    var most = own.length >= 8 ? 2 : 1;
    var near = [];
    stemWords.forEach(function (known, stem) {
      var d = distance(own, stem, most);
      if (d <= most) near.push([d, known]);
    });
    return near;
  }

  /* The stem lunr gives `word` in an edition whose language has a stemmer (Spanish: "pregunto" ->
     "pregunt"), or null (English, or before the theme's worker has loaded its language). */
  var language = "en";
  function stemOf(word) {
    var lunr = root.lunr, stemming = lunr && language !== "en" ? lunr[language] : null;
    return stemming && stemming.stemmer ? stemming.stemmer(new lunr.Token(word)).toString() : null;
  }

  /* Learn the guide's words from the index the theme is given (its first message). */
  function learn(index) {
    var lang = index.config.lang;
    language = Array.isArray(lang) && lang.length === 1 ? lang[0] : "en";
    stemWords = null;
    separator = new RegExp(index.config.separator);
    var lang = index.config.lang;
    firstLetterKept = !Array.isArray(lang) || (lang.length === 1 && lang[0] === "en");
    var seen = new Set();
    index.docs.forEach(function (doc) {
      ["title", "text", "keywords", "forms", "labels"].forEach(function (field) {
        if (typeof doc[field] !== "string") return;
        doc[field].replace(/<[^>]*>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ").toLowerCase().split(separator).forEach(function (word) {
          if (word && word.length > 1 && !/\d/.test(word)) seen.add(word);
        });
      });
    });
    sorted = Array.from(seen).sort();
    pairs = new Set();
    index.docs.forEach(function (doc) {
      if (typeof doc.pairs === "string") doc.pairs.split(" ").forEach(function (pair) { if (pair) pairs.add(pair); });
    });
    folded = sorted.filter(function (word) { return fold(word) !== word; })
      .map(function (word) { return [fold(word), word]; })
      .sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  }

  /* The words of what is typed that can make a pair: skip words, short words and numbers gone. */
  function typedWords(query) {
    return query.toLowerCase().split(separator).map(function (word) {
      return fold(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
    }).filter(function (word) {
      return (word.length >= 3 || (PAIR_SHORT[language] || []).indexOf(word) >= 0) && /^\p{L}+$/u.test(word);
    });
  }

  /* The pair tokens of what is typed that some page has: neighbouring words once skip words are gone. */
  function typedPairs(query) {
    var kept = typedWords(query);
    var found = [];
    // A question word that starts the query pairs with its first kept word ("who can i talk to" ->
    // "whotalk"), as a keyword phrase that starts so does (QUESTION_LEADS in hooks/seen/search/index.py).
    var lead = /^[^\p{L}]*(\p{L}+)/u.exec(query.toLowerCase());
    if (lead && kept.length && (QUESTION_LEADS[language] || []).indexOf(lead[1]) >= 0) {
      var asked = lead[1].slice(0, PAIR_LETTERS) + kept[0].slice(0, PAIR_LETTERS);
      if (pairs.has(asked)) found.push(asked);
    }
    for (var i = 0; i + 1 < kept.length; i++) {
      var pair = kept[i].slice(0, PAIR_LETTERS) + kept[i + 1].slice(0, PAIR_LETTERS);
      if (pairs.has(pair) && found.indexOf(pair) < 0) found.push(pair);
    }
    return found;
  }

  /* Whose act a Spanish verb after "me" says it is, from its ending (PERSON_AFTER in index.py): "me culpo"
     -> "yoculp" (the reader's own), "me culpa" -> "elculp" (someone else's); the stem alone is the same.
     Searched with less weight than a pair of two words (PAIR_BOOST): it tells apart two pages that share
     their words, it should not outweigh them. Measured on every Spanish set (with verbs of four letters too):
     at 2, six more pages first and one less in the top three; at 3 and 5 more moved both ways ("me ignora"
     lifted the silent-treatment page above the page a query was about); at 1 four more first. With verbs of
     five letters or more only (as index.py), at 2: five more first, none lost. */
  var PERSON_AFTER = { es: "me" };
  var PERSON_BOOST = 2;
  function personPairs(query) {
    var before = PERSON_AFTER[language];
    if (!before) return [];
    var raw = query.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    var found = [];
    for (var i = 0; i + 1 < raw.length; i++) {
      var verb = raw[i + 1], end = verb.charAt(verb.length - 1);
      if (raw[i] !== before || verb.length < 5) continue;
      var mark = "oé".indexOf(end) >= 0 ? "yo" : "aeó".indexOf(end) >= 0 ? "el" : "";
      if (mark) found.push(mark + fold(verb).slice(0, PAIR_LETTERS));
    }
    return found;
  }

  /* A Spanish question typed without its accents starts "por que" or "que" ("por que pasa", "que es"):
     there "que" is "qué", a word the guide's why and what pages hold ("por qué pasa", "qué es"), not the
     skip word "que" ("dice que..."), so it is read as "qué". Elsewhere "que" stays a skip word. */
  var QUESTION = { es: [[/^([\s¿¡]*)por\s+(?:qu[eé]|q|k)(?=\s)/i, "$1porqué"], [/^([\s¿¡]*)(?:que|q|k)(?=\s)/i, "$1qué"]] };
  function question(query) {
    (QUESTION[language] || []).some(function (rule) {
      var read = query.replace(rule[0], rule[1]);
      return read !== query && (query = read);
    });
    return query;
  }

  /* The query with the words a reader may have meant added after each word the guide does not have,
     and the typed pairs some page has (searched whole, weighted like a word searched whole beside its
     prefix: "talkover^3"; with "^1" a pair counted for less than either of its words). */
  function rewrite(query) {
    if (!sorted.length) return query;
    query = question(query);
    if (/(^|\s)[+\-]|[*~^:]/.test(query)) return words(query); // the reader used lunr's own syntax: no pairs
    var boost = language === "en" ? PAIR_BOOST.en : PAIR_BOOST.stemmed;
    var extra = typedPairs(query).map(function (pair) { return pair + "^" + boost; });
    personPairs(query).forEach(function (pair) {
      if (pairs.has(pair)) extra.push(pair + "^" + PERSON_BOOST);
    });
    return [words(why(query))].concat(extra).join(" ");
  }

  /* The word an English noun is made from, when the guide has it: "numbness" -> "numb", "loneliness"
     -> "lonely", "improvements" -> "improve", "judgement" -> "judge". The guide's pages say how a
     reader feels or what changes ("numb", "improve"); readers often name it ("numbness", "an
     improvement"), a word that may stand only in other pages' text, or in none. */
  // [ending, shortest word left, only for a word the guide does not have]: a noun in "-ment" is often a
  // word of its own the guide has ("argument", "treatment"), one in "-ness" seldom.
  // "-nes" is "-ness" typed short ("numbnes"), which a prefix search reads as "numbness" wherever that word
  // stands in some page's text, not as the page about feeling numb.
  var NOUN_ENDINGS = [["nesses", 3, false], ["ness", 3, false], ["nes", 4, false], ["ments", 4, true], ["ment", 4, true]];
  function quality(word) {
    if (!firstLetterKept) return ""; // English endings: Spanish "razones", "emociones" are plurals
    for (var i = 0; i < NOUN_ENDINGS.length; i++) {
      var ending = NOUN_ENDINGS[i][0];
      if (word.length - ending.length < NOUN_ENDINGS[i][1] || word.slice(-ending.length) !== ending) continue;
      if (NOUN_ENDINGS[i][2] && startsSomeWord(word)) return "";
      var base = word.slice(0, -ending.length);
      if (ending.charAt(0) === "n" && base.charAt(base.length - 1) === "i") base = base.slice(0, -1) + "y";
      return startsSomeWord(base) ? base : "";
    }
    return "";
  }

  /* A guide word of the same family as an English `word` the guide does not have, or "": the guide's
     prose has "flakes", a reader types "flaky"; "coldly" -> "cold", "ignoringly" -> none. The word's
     ending is taken off ("y", "ly", "ily", "ed", "ing", "s", "es", "er", "ers") and the guide must
     have that base with an ending of its own ("flak" + "es"), not merely a word that starts with it
     ("forty" -> "fort" finds no "forth"). Tried before typo guesses: a known family says more than a
     word one letter away. */
  var ENDINGS = [["ily", "y"], ["ly", ""], ["ies", "y"], ["ied", "y"], ["ing", ""], ["ers", ""], ["er", ""],
    ["ed", ""], ["es", ""], ["s", ""], ["y", ""]];
  var FAMILY = ["", "e", "s", "es", "ed", "d", "ing", "er", "y", "ly"];
  function kin(word) {
    if (!firstLetterKept || word.length < 5) return "";
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i][0];
      if (word.slice(-ending.length) !== ending) continue;
      var base = word.slice(0, -ending.length) + ENDINGS[i][1];
      if (base.length < 4) continue;
      var bases = [base, base + "e"];
      if (base.charAt(base.length - 1) === base.charAt(base.length - 2)) bases.push(base.slice(0, -1));
      for (var b = 0; b < bases.length; b++) {
        var at = lowerBound(sorted, bases[b], self);
        for (; at < sorted.length && sorted[at].lastIndexOf(bases[b], 0) === 0; at++) {
          if (FAMILY.indexOf(sorted[at].slice(bases[b].length)) >= 0) return sorted[at];
        }
      }
    }
    return "";
  }

  /* "why" in a long English question. A reader asking "why does my husband agree to things then just not do
     them" names what happens, and wants its page; "why" there is a way of asking, and its own page (why
     neglect happens) came first on that one word. So when at least WHY_KEPT other words of three letters or
     more are kept, "why" counts only as itself ("why^1": no prefix, no whole-word boost) and the words that
     name what happens decide. A short "why is my partner emotionally unavailable" keeps its full "why".
     Measured on every English set: with 4, three more pages first and none lost; with 2 or 3, more found
     and more lost (dropping "why" altogether did the same as "why^1"). */
  var WHY_KEPT = 4;
  function why(query) {
    if (language !== "en" || !/^\s*why\s/.test(query) || typedWords(query).length - 1 < WHY_KEPT) return query;
    return query.replace(/why(?=\s)/, "why^1");
  }

  function words(query) {
    return query.split(/\s+/).filter(Boolean).map(function (token) {
      if (/[+\-*~^:]/.test(token)) return token; // the reader used lunr's own syntax: left as typed
      var extra = [];
      token.toLowerCase().split(separator).forEach(function (word) {
        word = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        var plain = quality(word);
        if (plain && extra.indexOf(plain) < 0) extra.push(plain);
        if (word.length < 3 || startsSomeWord(word)) return;
        // In a stemmed edition a guess with the typed word's own stem ("pregunto" -> "pregunta") finds
        // nothing new: it would only count that word two or three times over, so it is left out.
        var family = kin(word);
        if (family) {
          if (extra.indexOf(family) < 0) extra.push(family);
          return;
        }
        var own = stemOf(word);
        meant(word).forEach(function (other) {
          if (extra.indexOf(other) < 0 && (own === null || stemOf(other) !== own)) extra.push(other);
          var made = quality(other); // "numnes" -> "numbnes" -> "numb"
          if (made && extra.indexOf(made) < 0) extra.push(made);
        });
      });
      return [token].concat(extra).join(" ");
    }).join(" ");
  }

  /* The stem a word is searched whole as (hooks/seen/search/worker.py), or null: no stemmer, or a skip word
     (which the theme drops from what is typed, and would not drop once stemmed: "dice" -> "dic"). */
  function searchStem(word) {
    return word.split(separator).some(Boolean) ? stemOf(word) : null;
  }

  root.seenQuery = { learn: learn, stem: searchStem, rewrite: rewrite, distance: distance, typedPairs: typedPairs };
  if (typeof module !== "undefined" && module.exports) module.exports = root.seenQuery;
})(typeof self !== "undefined" ? self : this);
