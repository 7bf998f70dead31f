"""The urgent-help card's danger rule, closest pages, and the reading of typos: the code the reader's
browser runs (search/seen-help.js and seen-query.js of the built site), run in Node over whole query
sets at once. The card in the real search box at phone size: tests/browser/test_search_browser.py.
"""

from __future__ import annotations

import json
import subprocess
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from seen.content.guide import load_guide
from seen.search.help import SCRIPT
from support.browser import require as require_tool
from support.project import ROOT, Site
from support.query_sets import (
    CARD_FLOORS,
    DANGER_SETS,
    FALSE_ALARMS_BELOW,
    LANGUAGES,
    danger_path,
    load_danger,
    require,
)


@pytest.fixture(autouse=True)
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require_tool("node", "Node")


PREFIX = {"en": "", "es": "es/"}


def node(script: str, *args: object) -> object:
    """Run `script` in Node with `args` (as JSON in ARGS, sent on its standard input: a whole query
    set is longer than one command-line argument may be); its last console.log line, read as JSON. The
    timeout only stops a hang: a language's every read query takes under a minute here, and how fast the
    card reads a query is measured in bench/card_speed.py, not by a clock in a test."""
    code = f'const ARGS = JSON.parse(require("fs").readFileSync(0, "utf8"));\n{script}'
    result = subprocess.run(
        ["node", "-e", code], input=json.dumps(list(args)), capture_output=True, text=True, check=True, timeout=900
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def shipped_help(site: Site, language: str) -> Path:
    return site.root / PREFIX[language] / SCRIPT


def shipped_query(site: Site, language: str) -> Path:
    return next((site.root / PREFIX[language] / "assets" / "javascripts" / "workers").glob("seen-query.*.js"))


# Loads the shipped file as the browser does (a script: SEEN_SEARCH, then the code), with no document.
_DANGER = """
const fs = require("fs");
const [file, queries] = ARGS;
const run = new Function("self", fs.readFileSync(file, "utf8") + "; return [SEEN_SEARCH, self.seenSearchHelp];");
const [data, help] = run({});
console.log(JSON.stringify(queries.map((q) => help.isDanger(data.danger, q))));
"""


# Whether the card shows, per (built site, language) and query: Node starts once per language, on
# the first ask, with every query of every set in DANGER_SETS (each start of Node costs about half a
# second, and the card tests asked 44 times).
_shown: dict[tuple[Path, str], dict[str, bool]] = {}


def card_shown(site: Site, language: str, queries: list[str]) -> dict[str, bool]:
    known = _shown.setdefault((site.root, language), {})
    asked = [q for q in dict.fromkeys(queries) if q not in known]
    if asked and not known:
        for name in DANGER_SETS:
            path = danger_path(name, language)
            if path.is_file():
                found = load_danger(path)
                asked += found.danger + found.ordinary
        asked = list(dict.fromkeys(asked))
    if asked:
        known.update(zip(asked, node(_DANGER, str(shipped_help(site, language)), asked), strict=True))
    return {q: known[q] for q in queries}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", DANGER_SETS)
def test_every_danger_query_shows_the_card_and_few_ordinary_ones_do(site: Site, language: str, name: str) -> None:
    queries = load_danger(require(danger_path(name, language)))
    if name == "tuning":
        assert len(queries.danger) >= 60 and len(queries.ordinary) >= 100
    missed = [q for q, shown in card_shown(site, language, queries.danger).items() if not shown]
    alarms = [q for q, shown in card_shown(site, language, queries.ordinary).items() if shown]
    rate = len(alarms) / len(queries.ordinary)
    print(
        f"\n{name} {language}: card for {len(queries.danger) - len(missed)}/{len(queries.danger)} danger queries, "
        f"for {len(alarms)}/{len(queries.ordinary)} ordinary ({rate:.0%})"
    )
    if (name, language) in CARD_FLOORS:  # held out: not every danger query reaches the card yet
        shown = 1 - len(missed) / len(queries.danger)
        assert shown >= CARD_FLOORS[name, language] - 1e-9, f"card for {shown:.0%}; no card for: {missed}"
    else:
        assert missed == [], f"no card for: {missed}"
    assert rate < FALSE_ALARMS_BELOW, f"false alarms ({rate:.0%}): {alarms}"


def test_the_rule_reads_everyday_words_typos_accents_and_near_misses(site: Site) -> None:
    english = card_shown(
        site,
        "en",
        [
            "HE HIT ME",
            "he'll kill me",
            "sucidal",
            "my boyfriend thretened me",
            "he held me down",
            "he hit the roof",
            "this is killing me slowly",
            "scared he'll leave me",
            "he pushes me away",
        ],
    )
    assert [q for q, shown in english.items() if shown] == list(english)[:5]
    spanish = card_shown(
        site, "es", ["me pegó", "ME PEGO", "tengo miedo de volver a casa", "me amenasa", "me muero de ganas de verlo"]
    )
    assert [q for q, shown in spanish.items() if shown] == list(spanish)[:4]


def test_an_everyday_phrase_does_not_silence_harm_said_beside_it(site: Site) -> None:
    """An ordinary phrase's "~" words (data/search.yml): harm said before or after an everyday phrase whose words a
    danger phrase needs still shows the card; the everyday phrase alone, or with a "~" word in its everyday
    sense, does not."""
    english = card_shown(
        site,
        "en",
        [
            "nobody is hurting me just myself",
            "he cut my hair off while i slept",
            "he hurt my feelings again and he hit me",
            "i want to kill myself hes always busy with work",
            "he threatened to kill me, this relationship is slowly wearing me down",
            "nobody is hurting me, i just feel invisible",
            "i cut my hair short and now i cant sleep",
            "nobody is hurting me, i just feel bad about myself",
            "killing myself at work to pay the bills",
        ],
    )
    assert [q for q, shown in english.items() if shown] == list(english)[:5]
    spanish = card_shown(
        site,
        "es",
        [
            "nadie me lastima, solo yo misma",
            "me cortó el pelo mientras dormía",
            "me quiero matar, me mata de risa con sus chistes",
            "se le pasó la mano conmigo",
            "nadie me lastima, solo me siento invisible",
            "me corté el pelo corto después de la ruptura",
            "se le pasó la mano con la sal",
        ],
    )
    assert [q for q, shown in spanish.items() if shown] == list(spanish)[:4]


def test_the_card_reads_the_kinds_the_twelfth_set_missed(site: Site) -> None:
    """Kinds of harm the twelfth set showed the phrases missing (fists, watched after leaving, a neighbour who
    hears it, leaving while the partner sleeps, things turning physical, fear for one's life), in wordings of
    their own; and the everyday near misses beside them (a house minded on holiday, work while he sleeps)."""
    english = card_shown(
        site,
        "en",
        [
            "he comes at me with his fists when hes angry",
            "i moved out but my ex keeps driving past my house at night",
            "i can hear my neighbour being hit through the wall",
            "how do i escape while hes asleep",
            "our arguments have turned physical",
            "i dont think ill make it out of this marriage alive",
            "my neighbour is watching my house while we are on holiday",
            "i leave for work while hes still asleep",
            "pulling my hair out trying to plan the wedding",
            "got a knife block as a wedding gift",
        ],
    )
    assert [q for q, shown in english.items() if shown] == list(english)[:6]
    spanish = card_shown(
        site,
        "es",
        [
            "me pega con los puños cuando llega borracho",
            "lo dejé y sigue rondando mi casa en la noche",
            "oigo platos rompiéndose en el departamento de al lado",
            "quiero escaparme mientras él duerme",
            "las peleas con mi novio se volvieron físicas",
            "de esta no salgo viva",
            "le di en el clavo con el regalo",
            "me ahoga el trabajo de la oficina",
            "nos agarramos a gritos por la cena",
            "el chiste no lo cuento porque es malo",
        ],
    )
    assert [q for q, shown in spanish.items() if shown] == list(spanish)[:6]


_CLOSEST = """
const fs = require("fs");
const [file, queries] = ARGS;
const run = new Function("self", fs.readFileSync(file, "utf8") + "; return [SEEN_SEARCH, self.seenSearchHelp];");
const [data, help] = run({});
console.log(JSON.stringify(queries.map((q) => help.closest(data.pages, data.skip, q, 3).map((p) => p.url))));
"""


def test_figures_of_speech_of_the_latest_sets_stay_ordinary_and_harm_beside_them_shows(site: Site) -> None:
    """Figures of speech the latest sets showed the card for, each mended as a kind in the sixteenth round (data/search.yml):
    the reader's own "i could strangle him" over a chore, a hole punched in plans, smothered with texts, bruises from
    gardening; "me va a matar si sabe que me comí" something, a reader's "la mataría", news that "pegó fuerte", dying
    of shame, "lo agobio con mensajes", knees purple from gardening. The same words beside harm still show it."""
    english = card_shown(
        site,
        "en",
        [
            "i could strangle him for leaving wet towels, and then he hit me",
            "he punched a hole in our plans and then punched me",
            "he smothered me with a pillow",
            "my knees are bruised from where he kicked me",
            "she could strangle me for leaving towels",
            "i could strangle him for leaving wet towels on the floor",
            "he punched a hole in our plans by working saturday",
            "she says i'm smothering her with texts",
            "my knees are bruised from gardening",
        ],
    )
    assert [q for q, shown in english.items() if shown] == list(english)[:5]
    spanish = card_shown(
        site,
        "es",
        [
            "me va a matar si sabe que lo quiero dejar",
            "le pego fuerte la noticia y despues me pego a mi",
            "me queria morir de la verguenza, ya no quiero vivir",
            "me ahoga con tantos mensajes y me aprieta el cuello",
            "tengo las rodillas moradas porque me pateo",
            "me dijo que la mataria si se iba",
            "me va a matar si sabe que me comi el ultimo alfajor",
            "la mataria por contarle a mi suegra lo de nuestra pelea",
            "le pego fuerte la noticia del despido",
            "me queria morir de la verguenza",
            "me dice que lo agobio con tantos mensajes",
            "tengo las rodillas moradas de la jardineria",
        ],
    )
    assert [q for q, shown in spanish.items() if shown] == list(spanish)[:6]


def test_a_pet_left_when_the_reader_is_gone_shows_the_card_one_minded_for_a_day_does_not(site: Site) -> None:
    """Who will keep, feed or look after a pet or a child "when I'm gone" or "dead" is a goodbye; the same words with
    a day out, a week away or a term at university are a favour asked of a neighbour (data/search.yml)."""
    shown = card_shown(
        site,
        "en",
        [
            "who will look after my dog when im dead",
            "who will care for my kids when im gone",
            "who will feed my cat when im gone forever",
            "who will take my dog when im gone i have the pills ready",
            "can my neighbour feed the cat when im gone all day",
            "who will take my dog when im gone to uni",
            "who will walk the dog while im away at work",
            "can you look after my cat when im gone all week",
        ],
    )
    assert [q for q, card in shown.items() if card] == list(shown)[:4]


def test_a_death_blamed_on_the_reader_or_a_hidden_search_shows_the_card_their_everyday_twins_do_not(site: Site) -> None:
    """A partner who says their death would be the reader's fault, and a reader asking whether private browsing hides
    this guide from a partner, are danger; a pet's surgery, and a story viewed in incognito, are not (data/search.yml)."""
    shown = card_shown(
        site,
        "en",
        [
            "girlfriend says its my fault if she dies",
            "if he dies it will be all my fault he said",
            "incognito does my husband know",
            "does private browsing stop my wife seeing this",
            "my dog is old is it my fault if he dies during surgery",
            "when my grandad died it felt like my fault",
            "instagram story in incognito mode will they know",
            "does private browsing save my passwords",
        ],
    )
    assert [q for q, card in shown.items() if card] == list(shown)[:4]


def test_wanting_to_vanish_so_as_not_to_bother_shows_the_card_a_phone_setting_does_not(site: Site) -> None:
    """Wanting to vanish "y no molesto", or "esta noche lo termino todo" said by a reader at the end of their strength,
    are the wish to die; the phone's "no molestar" mode and a thesis finished tonight are not (data/es/search.yml)."""
    shown = card_shown(
        site,
        "es",
        [
            "mejor desaparezco y no molesto a nadie",
            "si desaparezco dejo de molestar a todos",
            "no aguanto mas, esta noche lo termino todo",
            "ya no aguanto, me trague las pastillas de pulgas del perro",
            "como desaparecer el icono de no molestar",
            "tengo la tesis atrasada, esta noche lo termino todo",
            "cuantas pastillas desparasitantes le doy a mi perro",
            "el entreno de piernas de hoy me mató",
        ],
    )
    assert [q for q, card in shown.items() if card] == list(shown)[:4]


def test_closest_pages_come_from_single_words(site: Site) -> None:
    found = node(
        _CLOSEST, str(shipped_help(site, "en")), ["narcissistically", "my partner is narcissistic zzqx", "zzqx vvbnm"]
    )
    assert found[0][:1] == ["what-is-emotional-neglect/"]
    assert "what-is-emotional-neglect/" in found[1]
    assert found[2] == []


def test_the_card_lists_the_same_lines_as_the_help_block(site: Site) -> None:
    """The card is the short help block, drawn by the same template: the same numbers, in order."""
    guide = load_guide(ROOT / "data")
    script = shipped_help(site, "en").read_text(encoding="utf-8").splitlines()[0]
    card = json.loads(script.removeprefix("var SEEN_SEARCH = ").removesuffix(";"))["card"]
    block = site.page("/check-in/").select_one("section.seen-help--short")
    calls = [a["href"] for a in block.select("a[href^='tel:']")]
    drawn = BeautifulSoup(card, "html.parser")
    assert [a["href"] for a in drawn.select("a[href^='tel:']")] == calls
    texts = [f"sms:{text.number}" for line in guide.help.lines for text in line.texts]
    assert [a["href"].split("?")[0] for a in drawn.select("a[href^='sms:']")] == texts
    assert drawn.select_one("h2")["id"] == "seen-search-help-title" and not drawn.select(".headerlink")


_REWRITE = """
const fs = require("fs");
const [file, index, queries] = ARGS;
const self = {};
new Function("self", fs.readFileSync(file, "utf8"))(self);
self.seenQuery.learn(JSON.parse(fs.readFileSync(index, "utf8")));
console.log(JSON.stringify(queries.map((q) => self.seenQuery.rewrite(q))));
"""


def rewrite(site: Site, language: str, queries: list[str]) -> list[str]:
    index = site.root / PREFIX[language] / "search" / "search_index.json"
    return node(_REWRITE, str(shipped_query(site, language)), str(index), queries)  # type: ignore[return-value]


def test_typos_and_missing_accents_also_search_the_words_meant(site: Site) -> None:
    english = rewrite(site, "en", ["lonelly", "he ignores me", "exhaustd", "apologize+ me*"])
    assert english[0].split()[0] == "lonelly" and "lonely" in english[0].split()
    assert english[1] == "he ignores me", "words the guide has are left as typed"
    assert "exhausted" in english[2].split()
    assert english[3] == "apologize+ me*", "lunr's own syntax is left alone"
    spanish = rewrite(site, "es", ["reparacion", "pestana"])
    assert "reparación" in spanish[0].split() and "pestaña" in spanish[1].split()


def hurried(query: str) -> tuple[str, str]:
    """`query` as a hurried thumb types it, two ways, the same every run: one space left out (after the word a
    checksum of the query picks), and one letter doubled (in its longest word, at a place the checksum picks)."""
    words = query.split()
    mark = zlib.crc32(query.encode("utf-8"))
    joined = query
    if len(words) > 1:
        at = mark % (len(words) - 1)
        joined = " ".join([*words[:at], words[at] + words[at + 1], *words[at + 2 :]])
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    place = 1 + mark % (len(word) - 1) if len(word) > 1 else 0
    words[longest] = word[:place] + word[place - 1 : place] + word[place:] if place else word
    return joined, " ".join(words)


# How many danger queries, typed in a hurry, must still show the card (each language, every set's danger
# lists): English / Spanish, joined 94.4% / 94.8% and doubled 99.5% / 99.0% before the mending of `wordsApart`
# came in, 98.7% / 97.7% and 99.96% / 99.94% with it; the floors leave room for the queries sets add later. A
# word run together can still hide what no piece of the reading knows.
HURRIED_FLOORS = {"joined": 0.97, "doubled": 0.995}


@pytest.mark.parametrize("language", LANGUAGES)
def test_danger_typed_in_a_hurry_still_shows_the_card(site: Site, language: str) -> None:
    queries = []
    for name in DANGER_SETS:
        path = danger_path(name, language)
        if path.is_file():
            queries += load_danger(path).danger
    queries = list(dict.fromkeys(queries))
    variants = {"joined": [hurried(q)[0] for q in queries], "doubled": [hurried(q)[1] for q in queries]}
    for kind, typed in variants.items():
        shown = node(_DANGER, str(shipped_help(site, language)), typed)
        rate = sum(shown) / len(typed)
        missed = [q for q, s in zip(typed, shown, strict=True) if not s]
        print(f"\n{language} {kind}: card for {sum(shown)}/{len(typed)} danger queries typed in a hurry ({rate:.1%})")
        assert rate >= HURRIED_FLOORS[kind], f"{kind}: card for {rate:.1%}; for example no card for {missed[:10]}"
