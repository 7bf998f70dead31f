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

  /* Any one-letter typo is forgiven in longer words; shorter ones have too many neighbours ("hit",
     "hid"), so there only the slips a thumb makes: two letters swapped, one doubled, one dropped
     (not the first), or a key beside the right one on a phone keyboard. */
  var FUZZY_FROM = 6;
  var SLIPS_FROM = 4;
  var ROWS = ["qwertyuiop", "asdfghjklñ", "zxcvbnm"];

  function besideKey(a, b) {
    for (var r = 0; r < ROWS.length; r++) {
      var at = ROWS[r].indexOf(a);
      if (at !== -1) return ROWS[r].charAt(at - 1) === b || ROWS[r].charAt(at + 1) === b;
    }
    return false;
  }

  /* `typed` is `meant` with one slip of a thumb (see above). For the start of a word ("punch*"),
     `start` is set: only a swap or a doubled letter, and not at its last letter, since the rest of
     the word is unseen ("throu" is not "throw" with a letter dropped: it is "through"). */
  function slip(typed, meant, start) {
    var lt = typed.length, lm = meant.length;
    if (Math.abs(lt - lm) > 1 || typed === meant) return false;
    var i = 0;
    while (i < lt && i < lm && typed[i] === meant[i]) i++;
    if (i === 0 || (start && i >= lm - 1)) return false; // the first letter is rarely the wrong one
    if (lt === lm) {
      if (typed.slice(i + 1) === meant.slice(i + 1)) return !start && lm >= SLIPS_FROM && besideKey(meant[i], typed[i]);
      return typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2);
    }
    if (lt > lm) return typed.slice(i + 1) === meant.slice(i) && (typed[i] === typed[i - 1] || typed[i] === meant[i]);
    return !start && lm > SLIPS_FROM && typed.slice(i) === meant.slice(i + 1); // "his" is not "hits"
  }

  /* A typo, not another form of the word: "pushes" is not "pushed" with one letter wrong, so a
     different last letter alone does not count. */
  function typo(word, choice) {
    if (word.length === choice.length && word.slice(0, -1) === choice.slice(0, -1)) return false;
    if (word[0] !== choice[0] && word[1] !== choice[0]) return false; // "hanging" is not "changing"
    return choice.length >= FUZZY_FROM ? oneEdit(word, choice) : slip(word, choice);
  }

  /* `fuzz`: 2 forgives typos as above; 1, for a phrase of one word alone, any typo of a longer word
     but in a shorter one only a letter doubled ("gunn") or, from 5 letters, two swapped ("knfie"); 0
     none (an ordinary phrase is read as written: a danger word's typo is not its ordinary twin). */
  function lonelySlip(word, choice) {
    if (word.length === choice.length + 1) return slip(word, choice);
    if (word.length !== choice.length || choice.length < 5) return false;
    var i = 0;
    while (word[i] === choice[i]) i++;
    return i > 0 && word[i] === choice[i + 1] && word[i + 1] === choice[i] && word.slice(i + 2) === choice.slice(i + 2);
  }

  /* Whether `a` and `b` differ before position `at` (a start's last letter is not its typo: "estam" is
     not "estamp" with a letter dropped but the start of "estamos"). */
  function changedBefore(a, b, at) {
    for (var i = 0; i < at; i++) if (a[i] !== b[i]) return true;
    return false;
  }

  function choiceMatches(choice, word, fuzz) {
    // Every match keeps the first letter, or swaps the first two ("hti"): most choices stop here.
    if (word.charCodeAt(0) !== choice.charCodeAt(0) && word.charCodeAt(1) !== choice.charCodeAt(0)) return false;
    if (choice.charAt(choice.length - 1) === "*") {
      var start = choice.slice(0, -1);
      if (word.lastIndexOf(start, 0) === 0) return true;
      if (!fuzz || start.length < (fuzz === 1 ? FUZZY_FROM : SLIPS_FROM)) return false;
      for (var n = start.length - 1; n <= start.length + 1; n++) {
        if (word.length < n) continue;
        var window = word.slice(0, n);
        if (start.length < FUZZY_FROM ? slip(window, start, true) : oneEdit(window, start) && changedBefore(window, start, start.length - 1)) return true;
      }
      return false;
    }
    if (word === choice) return true;
    // Every typo below is one letter added, dropped or changed, or two swapped: the lengths differ by one at most.
    if (!fuzz || choice.length < 3 || word.length > choice.length + 1 || choice.length > word.length + 1) return false;
    if (fuzz === 1 && choice.length < FUZZY_FROM) return lonelySlip(word, choice);
    return typo(word, choice);
  }

  /* Each typed word with the ways it may be read: as typed, as `held` (the word a held key meant, `unheld`, or
     null), and as the words `read_as` gives either ("u": "you"; "her": "me", so a phrase written once in the first
     person also reads a friend's). */
  function readings(word, held, rules) {
    var found = [word];
    [word, held].forEach(function (one) {
      if (one === null) return;
      if (found.indexOf(one) === -1) found.push(one);
      var also = (rules.read_as || {})[one] || [];
      for (var i = 0; i < also.length; i++) if (found.indexOf(also[i]) === -1) found.push(also[i]);
    });
    return found;
  }

  /* The word a key held down or a shaking hand typed, or null: a word that becomes one the reading knows
     (`knownWords`) when each run of one letter is cut to one letter or two ("heeelp": "help", "ayudaaa": "ayuda",
     "socorrooo": "socorro"). A letter three times in a row is never spelling, even in a word the learned weights
     know as typed. A doubled letter is read so only in a word the reading does not know: at the end of a word of
     HELD_FROM letters or more ("socorroo", "ayudamee": the last one cut), or in a word of HELD_SHORT letters or
     fewer that then is a word of `held_short` ("hhe", "mee", "hiim": "he", "me", "him"), so that an everyday word
     ("lee", "wee") stays itself. */
  var HELD_FROM = 5;
  var HELD_SHORT = 4;
  var HELD_RUNS = 6;
  function unheld(rules, word) {
    if (!/(.)\1/.test(word)) return null;
    var known = knownWords(rules);
    var runs = word.match(/(.)\1*/g);
    var stretched = runs.some(function (run) { return run.length >= 3; });
    if (!stretched) {
      if (known[word]) return null;
      var once = word.slice(0, -1);
      if (word.length >= HELD_FROM && runs[runs.length - 1].length === 2) return known[once] ? once : null;
      if (word.length > HELD_SHORT || !(rules.held_short || []).length) return null;
    }
    var doubled = runs.filter(function (run) { return run.length >= 2; }).length;
    if (doubled > HELD_RUNS) return null;
    // Every way to cut the runs, the least cut first: "tooo" is "too" before "to".
    var forms = [""];
    runs.forEach(function (run) {
      var ways = run.length >= 2 ? [run.slice(0, 2), run.charAt(0)] : [run];
      var next = [];
      forms.forEach(function (form) { ways.forEach(function (way) { next.push(form + way); }); });
      forms = next;
    });
    forms.sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });
    for (var f = 0; f < forms.length; f++) {
      var form = forms[f];
      if (form === word || !known[form]) continue;
      if (stretched || rules.held_short.indexOf(form) !== -1) return form;
    }
    return null;
  }

  /* A word as it sounds (`sounds`: "baso" and "vaso" are both "baso"); a start ("avient*") keeps its "*". */
  function heard(word, sounds) {
    var star = word.charAt(word.length - 1) === "*";
    var text = star ? word.slice(0, -1) : word;
    for (var s = 0; s < sounds.length; s++) {
      if (text.indexOf(sounds[s][0]) !== -1) text = text.split(sounds[s][0]).join(sounds[s][1]);
    }
    return star ? text + "*" : text;
  }

  /* Each phrase word's sound, worked out once for an edition's rules. */
  function soundOf(rules, choice) {
    var kept = rules.heardAs || (rules.heardAs = Object.create(null));
    return kept[choice] || (kept[choice] = heard(choice, rules.sounds));
  }

  /* The words the everyday side of the rules spells whole: every word of the `ordinary` phrases and of their
     guards (not the starts, "threat*"). Such a word is a word in its own right: a danger phrase or a guard reads it
     as a typo of no other word ("swears" is not "shears", "butted" is not "busted", "fell" is not "fella"), only as
     itself or as its own form with a last "s" or "d" added or dropped ("bleed", "bleeds"; "come", "comes").
     Worked out once per edition. */
  function wholeWords(rules) {
    if (rules.whole) return rules.whole;
    var whole = Object.create(null);
    spelledByPhrases(whole, rules.ordinary);
    Object.keys(rules.ordinary_unless || {}).forEach(function (at) { spelled(whole, rules.ordinary_unless[at]); });
    rules.whole = whole;
    return whole;
  }

  /* The words of `slot` spelled whole (not the starts, "threat*", nor the families, "@hurt") put in `into`. */
  function spelled(into, slot) {
    (slot || []).forEach(function (word) {
      if (typeof word === "string" && /^[^@*]+$/.test(word)) into[word] = true;
    });
  }

  /* The words every slot of `phrases` spells whole put in `into`. */
  function spelledByPhrases(into, phrases) {
    (phrases || []).forEach(function (phrase) {
      phrase.forEach(function (group) { group.forEach(function (slot) { spelled(into, slot); }); });
    });
  }

  /* Whether `choice` (a phrase's word, or its sound) reads `word` (a typed word, or its sound) under `fuzz`, a
     word of `wholeWords` (`whole`) read only as itself or its own form (see there). */
  function reads(choice, word, fuzz, whole) {
    if (!choiceMatches(choice, word, fuzz)) return false;
    if (!whole || word === choice || choice.charAt(choice.length - 1) === "*") return true;
    var longer = word.length > choice.length ? word : choice, shorter = longer === word ? choice : word;
    return longer.length === shorter.length + 1 && longer.lastIndexOf(shorter, 0) === 0 && /[sd]$/.test(longer);
  }

  /* The words the danger side of the rules spells whole: every word of the danger phrases, their families put in
     (not the starts). An ordinary phrase (`fuzz` 0) reads such a typed word by its sound only as another such word:
     "casa" is a word in its own right, not "caza" misspelled, so "tiene una pistola en la casa" is not a hunting gun;
     but "me va ha matar" is still "me va a matar", since "a" is a danger word too. Worked out once per edition. */
  function dangerWords(rules) {
    if (rules.dangerWhole) return rules.dangerWhole;
    var whole = Object.create(null);
    spelledByPhrases(whole, ready(rules).phrases);
    rules.dangerWhole = whole;
    return whole;
  }

  /* A phrase of one word alone ("flee") forgives fewer typos (`fuzz` 1): with no other word beside
     it, a short one's slips find other words ("fele", meant as "feel"). An ordinary phrase reads a word a danger
     phrase spells (`dangerWords`) by its sound only as a choice that is such a word too (`dangerHeard`). */
  function slotMatches(slot, word, fuzz, rules) {
    if (!(slotMask(rules, slot) & maskOf(word))) return false;
    var first = byFirst(rules, slot);
    var wholes = fuzz ? wholeWords(rules) : null;
    var spelledAsDanger = first.heard && !fuzz ? dangerWords(rules) : null;
    for (var r = 0; r < word.readings.length; r++) {
      var whole = !!(wholes && wholes[word.readings[r]]);
      if (readsAny(first.spelled, word.readings[r], fuzz, whole)) return true;
      var sounds = spelledAsDanger && spelledAsDanger[word.readings[r]] ? dangerHeard(rules, slot) : first.heard;
      if (sounds && readsAny(sounds, word.heard[r], fuzz, whole)) return true;
    }
    return false;
  }

  /* The sounds of a slot's choices that a danger phrase spells (`dangerWords`), by their first letter as in
     `byFirst`, worked out once per slot, when first needed. */
  function dangerHeard(rules, slot) {
    if (slot.dangerHeard) return slot.dangerHeard;
    var danger = dangerWords(rules), heard = Object.create(null);
    for (var i = 0; i < slot.length; i++) {
      if (!danger[slot[i]]) continue;
      var sound = soundOf(rules, slot[i]);
      (heard[sound.charAt(0)] || (heard[sound.charAt(0)] = [])).push(sound);
    }
    slot.dangerHeard = heard;
    return heard;
  }

  /* A slot's choices by their first letter, and their sounds (`soundOf`) by theirs, worked out once per slot, when
     first read: a choice reads only a word that starts with its first letter or has it second (`choiceMatches`), so
     a typed word is tried against those few choices, not the slot's every one (a slot may hold a hundred words,
     and a phrase is tried at every typed word). */
  function byFirst(rules, slot) {
    if (slot.byFirst) return slot.byFirst;
    var spelled = Object.create(null), heard = rules.sounds ? Object.create(null) : null;
    for (var i = 0; i < slot.length; i++) {
      var choice = slot[i], letter = choice.charAt(0);
      (spelled[letter] || (spelled[letter] = [])).push(choice);
      if (!heard) continue;
      var sound = soundOf(rules, choice), sounded = sound.charAt(0);
      (heard[sounded] || (heard[sounded] = [])).push(sound);
    }
    slot.byFirst = { spelled: spelled, heard: heard };
    return slot.byFirst;
  }

  /* The bits (`letterBit`) of the first letters of a slot's choices and of their sounds, worked out once per slot. */
  function slotMask(rules, slot) {
    if (slot.mask !== undefined) return slot.mask;
    var mask = 0;
    for (var i = 0; i < slot.length; i++) {
      mask |= letterBit(slot[i]);
      if (rules.sounds) mask |= letterBit(soundOf(rules, slot[i]));
    }
    slot.mask = mask;
    return mask;
  }

  /* A bit for the first letter of `text` (none for ""): letters share the 31 bits, so two masks with no bit in
     common share no letter (a shared bit may still be two letters: then the choices themselves are read). */
  function letterBit(text) {
    return text ? 1 << (text.charCodeAt(0) % 31) : 0;
  }

  /* Whether every slot of `phrase` has a choice that may read a typed word of `mask` (the bits of `maskOf` of the
     typed words together): a phrase with a slot that reads none of them is not looked for (most are not). */
  function mayMatch(rules, phrase, mask) {
    var masks = phrase.masks;
    if (!masks) {
      masks = [];
      phrase.forEach(function (group) { group.forEach(function (slot) { masks.push(slotMask(rules, slot)); }); });
      phrase.masks = masks;
    }
    for (var i = 0; i < masks.length; i++) if (!(masks[i] & mask)) return false;
    return true;
  }

  /* The bits of the letters a choice must start with to read a typed word: the first or second letter of each of
     its readings and sounds. Worked out once per typed word. */
  function maskOf(word) {
    if (word.mask !== undefined) return word.mask;
    var mask = 0;
    [word.readings, word.heard].forEach(function (forms) {
      for (var i = 0; i < forms.length; i++) mask |= letterBit(forms[i]) | letterBit(forms[i].slice(1, 2));
    });
    word.mask = mask;
    return mask;
  }

  /* Whether a choice of `letters` (`byFirst`) reads `word` under `fuzz` and `whole` (see `reads`). */
  function readsAny(letters, word, fuzz, whole) {
    var first = word.charAt(0), second = word.charAt(1);
    var choices = letters[first];
    if (choices) for (var i = 0; i < choices.length; i++) if (reads(choices[i], word, fuzz, whole)) return true;
    choices = second === first ? null : letters[second];
    if (choices) for (var j = 0; j < choices.length; j++) if (reads(choices[j], word, fuzz, whole)) return true;
    return false;
  }

  /* A phrase is groups in order; each group's slots stand side by side (a filler word or two, "like",
     "literally", may stand between them); between groups up to `gap` other words. A phrase does not
     start right after a word of `unless`, fillers passed over ("never hit me", "never really hit me"). A danger phrase
     is looked for only among words no `ordinary` phrase has taken ("hit a wall"); an ordinary one among all words, since
     two everyday readings may share one ("de rodillas" reads "la rodilla", and "un moretón en la rodilla del gym"
     needs "rodilla" too). Gives the positions it took. */
  function phraseAt(rules, phrase, typed, gap, unless, ordinary) {
    var fuzz = ordinary ? 0 : phrase.length === 1 && phrase[0].length === 1 ? 1 : 2;
    function group(slots, s, at, took) {
      if (s === slots.length) return took;
      for (var skip = 0; skip <= 2; skip++) {
        var here = at + skip;
        if (here >= typed.length) return null;
        if (skip > 0 && (s === 0 || !typed[here - 1].filler)) return null;
        if ((ordinary || !typed[here].taken) && slotMatches(slots[s], typed[here], fuzz, rules)) {
          var rest = group(slots, s + 1, here + 1, took.concat([here]));
          if (rest) return rest;
        }
        if (s === 0) return null;
      }
      return null;
    }
    function unlessBefore(at) {
      var back = at - 1;
      while (back >= 0 && typed[back].filler) back--;
      if (back < 0) return false;
      for (var u = 0; u < unless.length; u++) if (choiceMatches(unless[u], typed[back].text, 2)) return true;
      return false;
    }
    function from(g, start, anywhere, took) {
      var last = typed.length - 1, words = 0;
      for (var at = start; at <= last; at++) {
        if (!anywhere && words > gap) break;
        if (!typed[at].filler) words++;
        if (anywhere && unlessBefore(at)) continue;
        var found = group(phrase[g], 0, at, took);
        if (!found) continue;
        if (g === phrase.length - 1) return found;
        var rest = from(g + 1, found[found.length - 1] + 1, false, found);
        if (rest) return rest;
      }
      return null;
    }
    return from(0, 0, true, []);
  }

  /* A slot's choices with each family ("@hurt") put in as its words. */
  function expandedSlot(families, slot) {
    var found = [];
    slot.forEach(function (choice) {
      var words = choice.charAt(0) === "@" ? families[choice.slice(1)] || [] : [choice];
      words.forEach(function (word) { if (found.indexOf(word) === -1) found.push(word); });
    });
    return found;
  }

  /* The phrases so, worked out once for an edition's rules (the data sends each family once, so the
     script stays small). */
  function expanded(rules, phrases) {
    var families = rules.families || {};
    return (phrases || []).map(function (phrase) {
      return phrase.map(function (group) {
        return group.map(function (slot) { return expandedSlot(families, slot); });
      });
    });
  }

  /* Whether a word outside `took`, and not taken by an ordinary phrase, is one of `guard` (an ordinary
     phrase's words after "~": harm it must not silence). Typos count, as in danger, but a word counts only as
     typed, not as `read_as` also reads it: the article "la" is read "me" so that "la golpea" finds "me golpea",
     and it must not free "le pegó al balón" from an ordinary phrase guarded by "me". */
  function guarded(rules, guard, typed, took) {
    for (var at = 0; at < typed.length; at++) {
      var word = typed[at];
      var asTyped = { readings: word.readings.slice(0, 1), heard: word.heard.slice(0, 1) };
      if (!word.taken && took.indexOf(at) === -1 && slotMatches(guard, asTyped, 2, rules)) return true;
    }
    return false;
  }

  /* The weight of what is typed under learned word weights ({bias, cut, weights}): the bias plus the
     weight of each word, each two words side by side ("held_down") and each word of more than five
     letters by its start ("stran*"), and "@name" for each of the phrases' word `families` a word belongs
     to, whole or by a start ("punch*"), each counted once (seen.search.learned.features). A feature with
     a word in `taken` (words an ordinary phrase took: "beats me to it") may pull the sum down, never up.
     Only the families the weights name are looked for: another adds nothing to the sum, and today's
     weights name none, so nothing is read per word for them. */
  function weight(learned, typed, taken, families) {
    var found = {};
    var named = Object.keys(families || {}).filter(function (name) {
      return Object.prototype.hasOwnProperty.call(learned.weights, "@" + name);
    });
    function add(feature, took) { found[feature] = (found[feature] || false) || took; }
    typed.forEach(function (word, i) {
      var took = !!(taken && taken[i]);
      add(word, took);
      if (i + 1 < typed.length) add(word + "_" + typed[i + 1], took || !!(taken && taken[i + 1]));
      if (word.length > 5) add(word.slice(0, 5) + "*", took);
      named.forEach(function (name) {
        var member = families[name].some(function (kin) {
          return kin.charAt(kin.length - 1) === "*" ? word.indexOf(kin.slice(0, -1)) === 0 : kin === word;
        });
        if (member) add("@" + name, took);
      });
    });
    var sum = learned.bias;
    Object.keys(found).forEach(function (feature) {
      if (!Object.prototype.hasOwnProperty.call(learned.weights, feature)) return;
      var value = learned.weights[feature];
      sum += found[feature] ? Math.min(value, 0) : value;
    });
    return sum;
  }

  /* The page words' weights by feature ({feature: [page number, weight, ...]}), read once from the lines they are
     sent as (seen.search.help.page_words_data: a line per page, "0.6 hits partn*|1.4 hit_me"). */
  function pageRows(learned) {
    if (learned.rows) return learned.rows;
    var rows = Object.create(null);
    learned.weights.forEach(function (line, page) {
      line.split("|").forEach(function (group) {
        if (!group) return;
        var features = group.split(" "), weight = parseFloat(features[0]);
        for (var i = 1; i < features.length; i++) (rows[features[i]] = rows[features[i]] || []).push(page, weight);
      });
    });
    learned.rows = rows;
    return rows;
  }

  /* The learned page words ({sure, scale, pages, tokens, bias, weights}: seen.search.help.page_words_data,
     in seen-pages.js, which only the search worker loads):
     the index tokens of the pages a query likely means, each with its boost, as [token, boost] pairs (the
     same sums as seen.search.page_words.guess). The features are those of `weight` above; a query with none
     the weights know gets nothing, so its results stay lunr's. */
  function pageGuess(learned, query) {
    var typed = words(query), found = {}, apart = learned.apart || 1;
    typed.forEach(function (word, i) {
      found[word] = true;
      for (var gap = 1; gap <= apart && i + gap < typed.length; gap++) found[word + "_" + typed[i + gap]] = true;
      if (word.length > 5) found[word.slice(0, 5) + "*"] = true;
    });
    var rows = pageRows(learned);
    var known = Object.keys(found).filter(function (feature) {
      return Object.prototype.hasOwnProperty.call(rows, feature);
    }).sort();  // in the build's order, so the sums come out the same
    if (!known.length) return [];
    var sums = learned.bias.slice();
    known.forEach(function (feature) {
      var row = rows[feature];
      for (var i = 0; i < row.length; i += 2) sums[row[i]] += row[i + 1];
    });
    var top = Math.max.apply(null, sums), whole = 0;
    var exps = sums.map(function (sum) { var e = Math.exp(sum - top); whole += e; return e; });
    // Ranked by the chance itself, as the build ranks it: two sums one rounding apart can share a chance.
    var chance = exps.map(function (e) { return e / whole; });
    var order = chance.map(function (c, i) { return i; });
    order.sort(function (a, b) { return chance[b] - chance[a] || a - b; });
    return order.slice(0, learned.pages).filter(function (i) { return chance[i] >= learned.sure; })
      .map(function (i) { return [learned.tokens[i], Math.max(1, Math.floor(learned.scale * chance[i] + 0.5))]; });
  }

  /* How `query` reads under `rules` ({gap, unless, families, phrases, ordinary, ordinary_unless, fillers, read_as,
     sounds, laughs, alone, alone_with, learned}): {phrase: true} when a danger phrase decides, else {phrase: false,
     margin}: how far the learned weights come above their cut (below it when negative; null without learned
     weights or words). */
  function reading(rules, query) {
    // Read whole first. If that shows no card, read it again with the slips of a hurried thumb mended
    // (`wordsApart`): words run together with a short word of `apart_with` ("hitme"), a doubled letter
    // ("ppills"); then, if still no card, with any unknown word of four letters or more set apart into two
    // known words ("feelsafe": "feel safe"; see `mended`), where only a danger phrase may decide, since such a
    // split of an everyday compound is a guess the learned weights would take too readily. A word an ordinary
    // phrase took in the whole reading ("me tiene ahorcada" of a deadline) is not split.
    var read = readingOf(rules, query);
    if (shows(read)) return told(read);
    var apart = wordsApart(rules, query, false);
    if (apart !== null) {
      var again = readingOf(rules, apart);
      if (shows(again)) return told(again);
    }
    var split = wordsApart(rules, query, true, read.everyday);
    if (split === null || split === apart) return told(read);
    var third = readingOf(rules, split);
    return told(third.phrase ? third : read);
  }

  /* Whether a reading shows the card. */
  function shows(read) {
    return read.phrase || (read.margin !== null && read.margin > 0);
  }

  /* A reading as `reading` tells it: {phrase, margin}. */
  function told(read) {
    return { phrase: read.phrase, margin: read.margin };
  }

  /* The words a reading knows whole: every word of the phrases, families, `read_as`, fillers, guards and learned
     weights (not the starts, "threat*"). Worked out once per edition. */
  function knownWords(rules) {
    if (rules.known) return rules.known;
    var known = Object.create(null);
    function add(word) { spelled(known, [word]); }
    function addSlot(slot) { spelled(known, slot); }
    spelledByPhrases(known, rules.phrases);
    spelledByPhrases(known, rules.ordinary);
    Object.keys(rules.ordinary_unless || {}).forEach(function (at) { addSlot(rules.ordinary_unless[at]); });
    Object.keys(rules.families || {}).forEach(function (name) { addSlot(rules.families[name]); });
    Object.keys(rules.read_as || {}).forEach(function (word) { add(word); addSlot(rules.read_as[word]); });
    addSlot(rules.fillers);
    addSlot(rules.unless);
    addSlot(rules.alone);
    addSlot(rules.alone_with);
    if (rules.learned) {
      Object.keys(rules.learned.weights).forEach(function (feature) { feature.split("_").forEach(add); });
    }
    rules.known = known;
    return known;
  }

  /* A word run together from two to six known words, in the fewest ("hitme": "hit me", "hestryingtogetin": "hes
     trying to get in", "tengomiedodevolveracasa": "tengo miedo de volver a casa"), or null. A single letter is
     a word only as "a", "i" or "u". */
  var APART_FROM = 5;
  var APART_MOST = 6;
  function apartPieces(known, word, notWhole) {
    var best = [[]];
    for (var end = 1; end <= word.length; end++) {
      best[end] = null;
      for (var start = Math.max(0, end - 20); start < end; start++) {
        var piece = word.slice(start, end);
        if (!best[start] || best[start].length >= APART_MOST || !known[piece] || (notWhole && piece === word)) continue;
        if (piece.length === 1 && "aiu".indexOf(piece) === -1) continue;
        if (!best[end] || best[start].length + 1 < best[end].length) best[end] = best[start].concat([piece]);
      }
    }
    var found = best[word.length];
    return found && found.length > 1 ? found : null;
  }

  /* `word` with one of its doubled letters typed once ("ppills": "pills"), each way it can be. */
  function undoubled(word) {
    var found = [];
    for (var i = 1; i < word.length; i++) {
      if (word.charAt(i) !== word.charAt(i - 1)) continue;
      var once = word.slice(0, i) + word.slice(i + 1);
      if (found.indexOf(once) === -1) found.push(once);
    }
    return found;
  }

  /* An unknown word mended, or null: a doubled letter typed once when that makes a known word ("ppills"), else
     the word set apart into known words, one of them (the first, under `apart_first`) a word of `apart_with`
     ("hesgotaknife": "hes got a knife", "scaredof": "scared of"), or, when `split`, two known words of
     SPLIT_PIECE letters or more ("feelsafe": "feel safe"; never "man go"); `wordsApart` splits words of
     SPLIT_FROM letters or more. */
  var SPLIT_FROM = 4;
  var SPLIT_PIECE = 3;
  function mended(rules, known, word, split) {
    var hurried = rules.apart_with;
    var once = undoubled(word);
    for (var f = 0; f < once.length; f++) if (known[once[f]]) return once[f];
    var pieces = apartPieces(known, word);
    if (!pieces) return null;
    function isHurried(piece) { return hurried.indexOf(piece) !== -1; }
    // A piece may itself be words run together that the reading also knows joined ("chokedme", from a reader's
    // query the learned words kept): "husbandchokedmeagain" is "husband chokedme again" in the fewest pieces, and
    // is read finer, "husband choked me again". Not under `apart_first`, where only the first piece may be such a
    // word.
    if (!rules.apart_first) {
      var finer = [];
      pieces.forEach(function (piece) {
        var inner = piece.length >= APART_FROM && apartPieces(known, piece, true);
        finer = finer.concat(inner && inner.some(isHurried) ? inner : [piece]);
      });
      pieces = finer;
    }
    var hurry = rules.apart_first ? pieces.slice(0, 1) : pieces;
    if (hurry.some(isHurried)) return pieces.join(" ");
    if (split && pieces.length === 2 && pieces.every(function (piece) { return piece.length >= SPLIT_PIECE; })) {
      return pieces.join(" ");
    }
    return null;
  }

  /* `query` with the slips of a hurried thumb mended (`mended`: words run together, a doubled letter), or null
     when there are none: a missing space or a key held too long must not hide harm. Only a word the reading does
     not know is mended ("therapist" is never "the rapist"), and only when `apart_with` is set; `reading` reads
     a query mended only when, as typed, it shows no card. Under `split`, a word of `everyday` (taken by an
     ordinary phrase as typed) stays whole. */
  function wordsApart(rules, query, split, everyday) {
    if (!(rules.apart_with || []).length) return null;
    var known = knownWords(rules), changed = false;
    var out = words(query).map(function (word) {
      if (word.length < (split ? SPLIT_FROM : APART_FROM) || known[word]) return word;
      if (split && (everyday || []).indexOf(word) !== -1) return word;
      var better = mended(rules, known, word, split);
      if (better === null) return word;
      changed = true;
      return better;
    });
    return changed ? out.join(" ") : null;
  }

  /* Whether the query says nothing but fear: a word of `alone` ("scared", "miedo"; typos forgiven as in a phrase
     of one word), and besides it only fillers and words of `alone_with` ("im so scared", "tengo mucho miedo"), none
     taken by an ordinary phrase. A reader in danger may type no more; next to any other word, the phrases and the
     learned weights decide ("scared he will leave me"). */
  function saysOnlyFear(rules, typed) {
    if (!(rules.alone || []).length) return false;
    var feared = false;
    for (var at = 0; at < typed.length; at++) {
      var word = typed[at];
      if (word.taken) return false;
      if (word.filler) continue;
      if (slotMatches(rules.alone, word, 1, rules)) feared = true;
      else if (!slotMatches(rules.alone_with || [], word, 0, rules)) return false;
    }
    return feared;
  }

  /* Whether the typed words are about someone, as `lone` ({named, endings, short}) tells it: a word of `named` (a
     family by "@name", its starts too) or ending as one of `endings` with at least two letters before it
     ("discutimos"), each as typed or as a held key typed it (`unheld`: "hhe"), not as `read_as` also reads it
     (the article "la" is read "me" for the phrases); or no more than `short` words, fillers aside ("knife"). */
  function namesSomeone(rules, typed) {
    var lone = rules.lone;
    if (!lone.words) {
      var named = Object.create(null), starts = [];
      lone.named.forEach(function (word) {
        var kin = word.charAt(0) === "@" ? (rules.families || {})[word.slice(1)] || [] : [word];
        kin.forEach(function (one) {
          if (one.charAt(one.length - 1) === "*") starts.push(one.slice(0, -1));
          else named[one] = true;
        });
      });
      lone.words = named;
      lone.starts = starts;
    }
    var plain = typed.filter(function (word) { return !word.filler; });
    if (plain.length <= lone.short) return true;
    return plain.some(function (word) {
      return [word.text, word.held].some(function (one) {
        if (one === null) return false;
        if (lone.words[one]) return true;
        if (lone.starts.some(function (start) { return one.lastIndexOf(start, 0) === 0; })) return true;
        return lone.endings.some(function (end) {
          return one.length >= end.length + 2 && one.slice(-end.length) === end;
        });
      });
    });
  }

  /* The rules' phrases with their families put in (`expanded`), and the guards of the ordinary ones so, worked out
     once per edition. */
  function ready(rules) {
    if (rules.ready) return rules.ready;
    var guards = {};
    Object.keys(rules.ordinary_unless || {}).forEach(function (at) {
      guards[at] = expandedSlot(rules.families || {}, rules.ordinary_unless[at]);
    });
    rules.ready = { phrases: expanded(rules, rules.phrases), ordinary: expanded(rules, rules.ordinary), guards: guards };
    return rules.ready;
  }

  /* Everything the rules work out once (`ready`, each phrase's `mayMatch` bits, `knownWords`, `wholeWords`), done
     before the first query: the page does it when idle after search opens, so the reader's first key does not wait
     for it. */
  function prepare(rules) {
    var phrases = ready(rules);
    phrases.phrases.concat(phrases.ordinary).forEach(function (phrase) { mayMatch(rules, phrase, 0); });
    knownWords(rules);
    wholeWords(rules);
    if (rules.sounds) dangerWords(rules);
  }

  /* How `query` reads as typed (see `reading`), with `everyday`: the words an ordinary phrase took. */
  function readingOf(rules, query) {
    ready(rules);
    var fillers = rules.fillers || [];
    var typed = words(query).map(function (text) {
      var held = unheld(rules, text);
      var read = readings(text, held, rules);
      var sounds = rules.sounds;
      var heardAs = sounds ? read.map(function (one) { return heard(one, sounds); }) : read;
      return { text: text, held: held, readings: read, heard: heardAs, filler: fillers.indexOf(text) !== -1, taken: false };
    });
    if (!typed.length) return { phrase: false, margin: null };
    var mask = typed.reduce(function (bits, word) { return bits | maskOf(word); }, 0);
    // A laugh ("lol", "jaja") makes many a threat a figure of speech ("she'll kill me if i forget the bins
    // lol"), but a reader may also laugh off real harm ("he choked me lol"): then the learned weights decide
    // alone, and they know harm's words. Without learned weights a laugh changes nothing.
    var learned = rules.learned;
    var laughs = learned ? rules.laughs || [] : [];
    var laughing = typed.some(function (word) {
      return laughs.some(function (laugh) { return choiceMatches(laugh, word.text, 0); });
    });
    // An ordinary phrase takes its words from the danger phrases, unless it has a "~" and the query also names
    // what it must not silence ("nobody is hurting me just myself"): then the danger phrases read them again,
    // and the learned weights still weigh them only against danger ("i cut my hair short, now i cant sleep").
    // Phrases with a "~" come last: a word another one took in its everyday sense does not count.
    var ordinary = rules.ready.ordinary, guards = rules.ready.guards;
    [false, true].forEach(function (withGuard) {
      for (var o = 0; o < ordinary.length; o++) {
        if (!guards[o] !== !withGuard || !mayMatch(rules, ordinary[o], mask)) continue;
        var took = phraseAt(rules, ordinary[o], typed, rules.gap, [], true);
        if (!took) continue;
        var freed = withGuard && guarded(rules, guards[o], typed, took);
        took.forEach(function (at) { typed[at][freed ? "weighsAgainst" : "taken"] = true; });
      }
    });
    // With a laugh, a phrase that matches no longer decides, but it still counts: the learned weights then
    // need only come within `laugh_margin` of their cut ("he threw his phone at me lol": harm the words
    // alone weigh a little short of danger). A miss costs a reader in danger more than a false alarm costs.
    // A word of fear typed with nothing else (`alone`) counts as a phrase.
    var phrased = false;
    if (saysOnlyFear(rules, typed)) {
      if (!laughing) return { phrase: true, margin: null };
      phrased = true;
    }
    // A phrase of one word alone ("knife", "police") in a query that names no one (`lone`, see `namesSomeone`) does
    // not decide: it counts as under a laugh, with its own margin ("how to smash garlic with the flat of a knife").
    var phrases = rules.ready.phrases, lone = learned ? rules.lone : null, doubted = false, someone = null;
    for (var i = 0; i < phrases.length && !phrased; i++) {
      if (mayMatch(rules, phrases[i], mask) && phraseAt(rules, phrases[i], typed, rules.gap, rules.unless || [])) {
        if (lone && phrases[i].length === 1 && phrases[i][0].length === 1) {
          if (someone === null) someone = namesSomeone(rules, typed);
          if (!someone) { doubted = true; continue; }
        }
        if (!laughing) return { phrase: true, margin: null };
        phrased = true;
      }
    }
    // The learned weights: words an ordinary phrase took ("beats me to it") count only against danger.
    var everyday = typed.filter(function (word) { return word.taken; }).map(function (word) { return word.text; });
    if (!learned) return { phrase: false, margin: null, everyday: everyday };
    var cut = learned.cut - (phrased ? rules.laugh_margin || 0 : doubted ? lone.margin : 0);
    return { phrase: false, margin: weight(learned, typed.map(function (word) { return word.text; }),
      typed.map(function (word) { return word.taken || word.weighsAgainst; }), rules.families) - cut, everyday: everyday };
  }

  /* Whether `query` reads as danger under `rules`: a phrase matches, or the learned weights say so (unless
     `phrasesOnly`: a phrase alone). */
  function isDanger(rules, query, phrasesOnly) {
    var read = reading(rules, query);
    return read.phrase || (!phrasesOnly && read.margin !== null && read.margin > 0);
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

  var api = { words: words, oneEdit: oneEdit, isDanger: isDanger, prepare: prepare, reading: reading, wordsApart: wordsApart, closest: closest, weight: weight, pageGuess: pageGuess };
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
  (root.requestIdleCallback || function (run) { return setTimeout(run, 1); })(function () { prepare(data.danger); });
  if (count) new MutationObserver(showClosest).observe(count, { childList: true, characterData: true, subtree: true });
  showCard();
  showClosest();
})(typeof self !== "undefined" ? self : this);
