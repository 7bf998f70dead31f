"""Variants a reader would type of every danger query, to measure whether the urgent-help card's rule
holds on wording nobody wrote down: one real typo in a content word (a letter dropped, doubled, two
swapped, a neighbouring key on a phone keyboard), voice typing or texting spellings, filler words
between the words, another word for the partner, another tense or person (and a friend's behalf).
The same variants of the ordinary queries watch false alarms. Used by bench/danger_variants.py
(prints the share per kind) and tests/unit/test_danger_variants.py (holds floors).

Every variant is made deterministically (a query's variants depend only on the query), so a
measurement can be repeated and compared before and after a change.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from seen.content.loading import load_search_words  # noqa: E402
from seen.search.help import LOGIC, danger_rules, fold  # noqa: E402

# Rows of a phone keyboard (QWERTY; Spanish phones add ñ after l).
_ROWS = {"en": ["qwertyuiop", "asdfghjkl", "zxcvbnm"], "es": ["qwertyuiop", "asdfghjklñ", "zxcvbnm"]}

# Words a typo in which says nothing about the rule (too short or too common to carry danger).
_STOP = {
    "en": {
        "the",
        "and",
        "but",
        "for",
        "with",
        "you",
        "your",
        "are",
        "was",
        "were",
        "has",
        "had",
        "have",
        "this",
        "that",
        "from",
        "what",
        "when",
        "then",
        "than",
        "they",
        "them",
        "their",
        "there",
        "its",
        "his",
        "her",
        "him",
        "she",
        "our",
        "out",
        "all",
        "any",
        "can",
        "did",
        "does",
        "not",
        "now",
        "who",
        "how",
        "why",
        "get",
        "got",
    },
    "es": {
        "que",
        "con",
        "por",
        "para",
        "una",
        "uno",
        "unos",
        "unas",
        "los",
        "las",
        "del",
        "sus",
        "mis",
        "tus",
        "pero",
        "como",
        "cuando",
        "esta",
        "este",
        "esto",
        "eso",
        "ese",
        "hay",
        "muy",
        "mas",
        "sin",
        "les",
        "nos",
        "ella",
    },
}

FILLERS = {
    "en": ["like", "literally", "kind of", "really", "just", "actually", "basically", "like really"],
    "es": ["como", "tipo", "literal", "o sea", "pues", "bueno", "la neta", "re"],
}

# Partner words as readers write them; any one is swapped for the others (a few, chosen per query).
_PARTNERS = {
    "en": [
        "my husband",
        "my wife",
        "my boyfriend",
        "my girlfriend",
        "my partner",
        "my ex",
        "my bf",
        "my gf",
        "my fiance",
        "my hubby",
        "my spouse",
    ],
    "es": [
        "mi esposo",
        "mi esposa",
        "mi marido",
        "mi mujer",
        "mi novio",
        "mi novia",
        "mi pareja",
        "mi ex",
        "mi vieja",
        "mi viejo",
        "mi chavo",
        "mi jermu",
        "mi boyfriend",
        "mi husband",
        "mi senora",
    ],
}
_PRONOUNS = {
    "en": {"he": ["she", "they"], "she": ["he", "they"], "him": ["her", "them"], "hes": ["shes", "theyre"]},
    "es": {"el": ["ella"], "ella": ["el"]},
}

# Another tense or person of the verbs danger queries use most (folded: no accents).
_FORMS_EN = {
    "hit": ["hits", "hitting", "has been hitting", "keeps hitting"],
    "hits": ["hit", "is hitting", "has hit"],
    "punched": ["punches", "punching", "has been punching"],
    "slapped": ["slaps", "slapping", "keeps slapping"],
    "kicked": ["kicks", "kicking", "has kicked"],
    "pushed": ["pushes", "is pushing", "shoves"],
    "choked": ["chokes", "choking", "has choked"],
    "beat": ["beats", "beating", "has been beating"],
    "beats": ["beat", "is beating"],
    "threatened": ["threatens", "is threatening", "keeps threatening"],
    "threatens": ["threatened", "has threatened", "threatening"],
    "kill": ["killing", "kills"],
    "hurt": ["hurts", "hurting"],
    "hurts": ["hurt", "is hurting"],
    "follows": ["followed", "is following", "keeps following"],
    "followed": ["follows", "following"],
    "grabbed": ["grabs", "grabbing"],
    "scared": ["afraid", "terrified", "frightened"],
    "want": ["wanna", "wanted", "wants"],
    "die": ["be dead", "dying"],
}
_FORMS_ES = {
    "pego": ["pega", "pegaba", "ha pegado", "esta pegando", "pegó"],
    "pega": ["pego", "pegaba", "sigue pegando"],
    "golpeo": ["golpea", "golpeaba", "ha golpeado", "golpeó"],
    "golpea": ["golpeo", "golpeaba", "esta golpeando"],
    "amenazo": ["amenaza", "amenazaba", "ha amenazado", "amenazó"],
    "amenaza": ["amenazo", "amenazaba", "sigue amenazando"],
    "empujo": ["empuja", "empujaba", "ha empujado"],
    "ahorco": ["ahorca", "ahorcaba", "estaba ahorcando"],
    "encerro": ["encierra", "encerraba", "tiene encerrada"],
    "encierra": ["encerro", "encerraba"],
    "sigue": ["siguio", "seguia", "esta siguiendo"],
    "persigue": ["persiguio", "perseguia", "anda persiguiendo"],
    "quiero": ["quisiera", "queria", "kiero"],
    "morir": ["morirme", "muerta", "muerto"],
    "matar": ["matarme", "mataria"],
    "mata": ["mato", "matara", "va a matar"],
    "miedo": ["panico", "terror"],
}
# Speaking for a friend: the reader's words become hers.
_FRIEND = {
    "en": {"me": "her", "my": "her", "i": "she", "im": "shes", "myself": "herself"},
    "es": {"me": "le", "mi": "su", "mis": "sus", "estoy": "esta", "tengo": "tiene", "quiero": "quiere"},
}
# Spanish spelled as it sounds and texted (b/v, s/z/c, h dropped, ll/y, qu/k, que/q, porque/xq).
_SPELLING_ES = [
    (r"\bque\b", "q"),
    (r"\bporque\b", "xq"),
    (r"\bpor\b", "x"),
    (r"qu([ei])", r"k\1"),
    (r"v", "b"),
    (r"z", "s"),
    (r"ll", "y"),
    (r"\bh", ""),
    (r"ce", "se"),
    (r"ci", "si"),
]
# English as voice typing writes it: apostrophes and punctuation gone, contractions spelled out,
# words that sound alike.
_VOICE_EN = [
    (r"\bi'?m\b", "i am"),
    (r"\bdon'?t\b", "do not"),
    (r"\bcan'?t\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bhe'?ll\b", "he will"),
    (r"\bshe'?ll\b", "she will"),
    (r"\bhe'?s\b", "he is"),
    (r"\bshe'?s\b", "she is"),
    (r"\bdie\b", "dye"),
    (r"\bto\b", "too"),
    (r"\btheir\b", "there"),
    (r"\byour\b", "you're"),
    (r"\bknow\b", "no"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
]

KINDS = ("drop", "double", "swap", "key", "voice", "filler", "partner", "tense", "friend")


def _rng(query: str, kind: str) -> random.Random:
    return random.Random(zlib.crc32(f"{kind}\0{query}".encode()))


def _plain(query: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", query.lower())


def _content(words: list[str], language: str) -> list[int]:
    return [i for i, w in enumerate(words) if len(w) >= 3 and fold(w) not in _STOP[language] and w.isalpha()]


def _neighbours(letter: str, language: str) -> str:
    for _r, row in enumerate(_ROWS[language]):
        if letter in row:
            c = row.index(letter)
            near = row[max(c - 1, 0) : c] + row[c + 1 : c + 2]
            return near
    return ""


def _typos(words: list[str], language: str, kind: str, rng: random.Random, most: int) -> list[str]:
    """One typo of `kind` in each of up to `most` content words (the letter chosen at random, never the first)."""
    found = []
    targets = _content(words, language)
    rng.shuffle(targets)
    for i in targets[:most]:
        w = words[i]
        if kind == "drop" and len(w) >= 4:
            at = rng.randrange(1, len(w))
            new = w[:at] + w[at + 1 :]
        elif kind == "double":
            at = rng.randrange(1, len(w))
            new = w[:at] + w[at] + w[at:]
        elif kind == "swap" and len(w) >= 4:
            at = rng.randrange(1, len(w) - 1)
            new = w[:at] + w[at + 1] + w[at] + w[at + 2 :]
        elif kind == "key" and len(w) >= 4:
            at = rng.randrange(1, len(w))
            near = _neighbours(w[at], language)
            if not near:
                continue
            new = w[:at] + rng.choice(near) + w[at + 1 :]
        else:
            continue
        if new != w:
            found.append(" ".join(words[:i] + [new] + words[i + 1 :]))
    return found


def _swap_phrases(query: str, table: list[str], rng: random.Random, most: int) -> list[str]:
    for phrase in sorted(table, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", query):
            others = [p for p in table if p != phrase]
            rng.shuffle(others)
            return [re.sub(rf"\b{re.escape(phrase)}\b", other, query, count=1) for other in others[:most]]
    return []


def variants(query: str, language: str) -> dict[str, list[str]]:
    """Each kind of variant of `query` (lowercase; a kind that does not apply gives none)."""
    q = " ".join(_plain(query))
    words = q.split()
    out: dict[str, list[str]] = {}
    for kind in ("drop", "double", "swap", "key"):
        out[kind] = _typos(words, language, kind, _rng(q, kind), 3)
    if language == "en":
        voiced = query.lower()
        for pattern, repl in _VOICE_EN:
            voiced = re.sub(pattern, repl, voiced)
        voiced = " ".join(_plain(voiced.replace("'", "")))
    else:
        voiced = fold(query)
        for pattern, repl in _SPELLING_ES:
            voiced = re.sub(pattern, repl, voiced)
        voiced = " ".join(_plain(voiced))
    out["voice"] = [voiced] if voiced != q else []
    rng = _rng(q, "filler")
    spots = list(range(1, len(words)))
    rng.shuffle(spots)
    out["filler"] = [" ".join(words[:at] + [rng.choice(FILLERS[language])] + words[at:]) for at in spots[:3]]
    rng = _rng(q, "partner")
    partner = _swap_phrases(q, _PARTNERS[language], rng, 3)
    if not partner:
        for word, others in _PRONOUNS[language].items():
            if word in words:
                at = words.index(word)
                partner = [" ".join(words[:at] + [other] + words[at + 1 :]) for other in others]
                break
    out["partner"] = partner
    forms = _FORMS_EN if language == "en" else _FORMS_ES
    tense = []
    for at, w in enumerate(words):
        for other in forms.get(fold(w), []):
            tense.append(" ".join(words[:at] + [other] + words[at + 1 :]))
    out["tense"] = tense[:4]
    friend = [_FRIEND[language].get(fold(w), w) for w in words]
    out["friend"] = [" ".join(friend)] if friend != words else []
    return out


_NODE = """
const fs = require("fs");
const [file, rules, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
const self = {};
new Function("self", fs.readFileSync(file, "utf8"))(self);
console.log(JSON.stringify(queries.map((q) => self.seenSearchHelp.isDanger(rules, q))));
"""


def compiled_rules(root: Path, language: str) -> tuple[dict, Path]:
    """The danger rules of `root`'s data for `language` in the form help.js reads, compiled by `root`'s own
    code, and the path of `root`'s help.js."""
    data = root / "data" if language == "en" else root / "data" / language
    if root == ROOT:
        rules = danger_rules(load_search_words(data).danger)
    else:  # another checkout's rules, compiled by its own code (the form help.js reads may differ)
        code = (
            "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "from seen.content.loading import load_search_words; from seen.search.help import danger_rules; "
            "print(json.dumps(danger_rules(load_search_words(Path(sys.argv[2])).danger)))"
        )
        found = subprocess.run(
            [sys.executable, "-c", code, str(root / "hooks"), str(data)], capture_output=True, text=True, check=True
        )
        rules = json.loads(found.stdout)
    return rules, root / LOGIC.relative_to(ROOT)


def card_rule(root: Path, language: str, *, learned: bool | dict = True) -> Callable[[Sequence[str]], list[bool]]:
    """The danger rule of `root`'s data for `language`, run by `root`'s own help.js in Node; with
    `learned=False`, its phrases alone (without the learned word weights of danger-words.yml); with
    `learned={bias, cut, weights}`, its phrases and those weights."""
    rules, logic = compiled_rules(root, language)
    if isinstance(learned, dict):
        rules["learned"] = learned
    elif not learned:
        rules.pop("learned", None)

    def shown(queries: Sequence[str]) -> list[bool]:
        if not queries:
            return []
        result = subprocess.run(
            ["node", "-e", _NODE],
            input=json.dumps([str(logic), rules, list(queries)]),
            capture_output=True,
            text=True,
            check=True,
            timeout=1800,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    return shown


def measure(
    shown: Callable[[Sequence[str]], list[bool]], queries: Sequence[str], language: str
) -> dict[str, tuple[int, int, list[str]]]:
    """Per kind: (variants that show the card, variants made, those that do not) of queries whose own
    wording shows it; a kind's variants are counted only for queries the rule already reads."""
    base = shown(list(queries))
    made: list[tuple[str, str]] = []
    for query, ok in zip(queries, base, strict=True):
        if not ok:
            continue
        for kind, found in variants(query, language).items():
            made.extend((kind, v) for v in found)
    results = shown([v for _, v in made])
    out: dict[str, tuple[int, int, list[str]]] = {}
    for kind in KINDS:
        pairs = [(v, r) for (k, v), r in zip(made, results, strict=True) if k == kind]
        out[kind] = (sum(r for _, r in pairs), len(pairs), [v for v, r in pairs if not r])
    return out


def alarms(
    shown: Callable[[Sequence[str]], list[bool]], queries: Sequence[str], language: str
) -> dict[str, tuple[int, int, list[str]]]:
    """Per kind: (variants that show the card, variants made, those variants) of ordinary queries whose
    own wording does not show it: false alarms a reader's typo or filler word would raise."""
    base = shown(list(queries))
    made: list[tuple[str, str]] = []
    for query, ok in zip(queries, base, strict=True):
        if ok:
            continue
        for kind, found in variants(query, language).items():
            made.extend((kind, v) for v in found)
    results = shown([v for _, v in made])
    out: dict[str, tuple[int, int, list[str]]] = {}
    for kind in KINDS:
        pairs = [(v, r) for (k, v), r in zip(made, results, strict=True) if k == kind]
        out[kind] = (sum(r for _, r in pairs), len(pairs), [v for v, r in pairs if r])
    return out
