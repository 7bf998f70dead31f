"""Search as a reader on a phone uses it: the real search box of the built site, in Chromium.

Reader queries (tests/queries/: every set in SETS, all tuned on) must find their page first and in the top
three at least as often as the floors below. Each set is answered by the page's own search worker, given what
the box gives it, and a share of it goes through the box and is read from the page as drawn: the two must
agree (query_set). The
urgent-help card shows first for danger queries typed into the box; the danger rule itself is
tested over whole query sets in tests/site/test_search_help.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request

from seen.search.help import PAGES_SCRIPT, SCRIPT
from support.browser import AXE, AXE_TAGS, PHONES
from support.project import Site
from support.query_sets import (
    DANGER_SETS,
    LEARNED_HELP_FLOORS,
    danger_path,
    load_danger,
    ranking_path,
    ranking_sets,
    require,
)
from support.search_box import answer_cases, load_cases, open_search, rates, report, search, worker_answers
from support.walk import also

# (first, top three) at least, per language. GOALS are the goals for a held-out set; every set
# here has been tuned on (BENCHMARKS.md, search block), so none is the honest measure. FLOORS guard
# against getting worse: what each set measured after the search6 round, rounded down to the percent
# (a top three of every query is held at 99%). Raise a floor when ranking improves; never lower one.
GOALS = {"en": (0.90, 0.98), "es": (0.85, 0.95)}
FLOORS = {
    ("tuning", "en"): (0.95, 0.99),  # 201/210 after the tenth round's second pass (a long why question)
    ("tuning", "es"): (0.97, 0.99),  # 121/124 after the second pass (whose act: "me culpa")
    ("held-out", "en"): (0.98, 0.99),  # 153/156 after the tenth round (English) paired question words
    ("held-out", "es"): (0.99, 0.99),
    ("held-out-2", "en"): (0.96, 0.99),  # 143/148, 148/148 after the tenth round (English)
    ("held-out-2", "es"): (0.98, 0.98),  # 81/82 after the second pass
    # The third set was held out until the search4 round (measured untouched after the search3 round at
    # English 122/138 first, 134/138 top three, Spanish 87/99 and 95/99); that round tuned on it.
    ("held-out-3", "en"): (0.99, 0.99),
    ("held-out-3", "es"): (0.98, 0.99),
    # The fourth set was held out until the fifth round (measured untouched after the search4 round at
    # English 155/176 first, 167/176 top three, Spanish 109/121 and 116/121); that round tuned on it.
    ("held-out-4", "en"): (0.98, 0.99),  # 174/176 after the eighth round
    ("held-out-4", "es"): (0.98, 0.99),
    # The fifth set was held out until the search6 round (measured untouched after the fifth round at
    # English 145/171 first, 163/171 top three, Spanish 111/128 and 122/128); that round tuned on it.
    ("held-out-5", "en"): (0.97, 0.99),  # 166/171 after the eighth round (165 after the seventh)
    ("held-out-5", "es"): (0.95, 0.99),
    # The sixth set was held out until the seventh round (measured untouched after the search6 round at
    # English 200/229 first, 219/229 top three, Spanish 150/176 and 168/176); that round tuned on it
    # (English after it: 209/229, 224/229).
    ("held-out-6", "en"): (0.93, 0.99),  # 215/229, 229/229 after the eighth round
    ("held-out-6", "es"): (0.96, 0.99),  # 170/176 after the second pass
    # The seventh set was held out until the eighth round (measured untouched after the seventh round at
    # English 189/209 first, 201/209 top three, Spanish 133/149 and 140/149); that round tuned on it.
    ("held-out-7", "en"): (0.94, 0.99),  # 197/209, 209/209 after the eighth round
    ("held-out-7", "es"): (0.92, 0.97),  # 138/149, 146/149 after the eighth round
    # The second tuning set, written apart in the eighth round, measured once before it was tuned on: English
    # 232/252 first, 245/252 top three on the code before that round, 235/252 and 248/252 after its first
    # changes (made before it was read); Spanish 174/206 and 194/206 before the round, 176/206 and 195/206
    # before it was tuned on.
    ("tuning-2", "en"): (0.95, 0.99),  # 241/252, 252/252 after the eighth round tuned on it
    ("tuning-2", "es"): (0.88, 0.99),  # 182/206, 204/206 after the eighth round tuned on it
    # The eighth set was held out until the ninth round (English) tuned on its ranking lists (measured untouched
    # after the eighth round at English 191/206 first, 202/206 top three, Spanish 139/148 and 146/148; the
    # same on main before the ninth round).
    ("held-out-8", "en"): (0.95, 0.99),  # 196/206, 204/206 after the ninth round (English) tuned on it
    ("held-out-8", "es"): (0.93, 0.98),
    # The third tuning set, English only, written apart in the ninth round (English), measured once before it
    # was tuned on: 263/339 first, 301/339 top three.
    ("tuning-3", "en"): (0.92, 0.99),  # 312/339, 336/339 after the tenth round (English)
    # The ninth set was held out until the tenth round tuned on its ranking lists (measured untouched before and
    # after the ninth round: English 206/236 -> 213/236 first, 222/236 -> 228/236 top three; Spanish 137/160 and
    # 156/160 both times).
    ("held-out-9", "en"): (0.93, 0.98),  # 220/236, 233/236 after the tenth round (English) tuned on it
    ("held-out-9", "es"): (0.85, 0.97),
    # The fourth tuning set, written apart at the start of the tenth round, measured once before it was tuned on.
    ("tuning-4", "en"): (0.90, 0.96),  # 210/240, 225/240 untouched; 216/240, 232/240 after the tenth round (English)
    ("tuning-4", "es"): (0.86, 0.92),  # 154/180, 167/180; 155/180 after the second pass
    # The tenth set, written apart at the start of the tenth round, measured untouched before and after it (English
    # 182/211 -> 184/211 first, 198/211 top three; Spanish 125/147 and 142/147 both times).
    ("held-out-10", "en"): (0.87, 0.93),
    ("held-out-10", "es"): (0.85, 0.96),
    # The eleventh set, written apart during the tenth round, measured untouched before and after its second pass
    # (English 177/215 first, 207/215 top three both times; Spanish 119/150, 133/150 -> 134/150).
    ("held-out-11", "en"): (0.82, 0.96),
    ("held-out-11", "es"): (0.79, 0.89),
    # The twelfth set, written apart at the start of the eleventh round, measured untouched before and after it
    # (English 184/219 -> 199/219 first, 202/219 -> 211/219 top three; Spanish 122/148 -> 128/148, 137/148 ->
    # 140/148): the floors are the untouched rates after the round.
    ("held-out-12", "en"): (0.90, 0.96),
    ("held-out-12", "es"): (0.86, 0.94),
    # The thirteenth set, written apart during the eleventh round, measured untouched on the code before and after
    # it (English 172/204 -> 187/204 first, 192/204 -> 198/204 top three; Spanish 101/124 -> 109/124, 111/124 ->
    # 120/124): the floors are the untouched rates after the round.
    ("held-out-13", "en"): (0.91, 0.97),
    ("held-out-13", "es"): (0.87, 0.96),
    # The fourteenth set, written apart at the start of the twelfth round, measured untouched on the code before and
    # after it (English 182/199 first, 198/199 top three; Spanish 125/138, 135/138; the same both times: the round
    # left ranking alone): the floors are the untouched rates.
    ("held-out-14", "en"): (0.91, 0.99),
    ("held-out-14", "es"): (0.90, 0.97),
    # The fifteenth set, written apart at the start of the twelfth round, measured untouched after the round's work
    # (English 203/220 first, 215/220 top three; Spanish 136/153, 148/153): the floors are those rates.
    ("held-out-15", "en"): (0.92, 0.97),
    ("held-out-15", "es"): (0.88, 0.96),
    # The sixteenth set, written apart at the end of the twelfth round, measured untouched on what it shipped
    # (English 188/203 first, 199/203 top three; Spanish 107/120, 116/120): the floors are those rates.
    ("held-out-16", "en"): (0.92, 0.98),
    ("held-out-16", "es"): (0.89, 0.96),
    # The seventeenth set, written apart at the start of the thirteenth round, measured untouched after its work
    # (English 186/207 first, 199/207 top three; Spanish 117/129, 121/129): the floors are those rates.
    ("held-out-17", "en"): (0.89, 0.96),
    ("held-out-17", "es"): (0.90, 0.93),
    # The eighteenth set, written apart near the end of the thirteenth round, measured untouched on what it shipped
    # (English 213/228 first, 224/228 top three; Spanish 162/172, 170/172): the floors are those rates.
    ("held-out-18", "en"): (0.93, 0.98),
    ("held-out-18", "es"): (0.94, 0.98),
    # The nineteenth and twentieth sets, written apart at the start of the fourteenth round, measured untouched after
    # its work (nineteenth: English 158/171 first, 167/171 top three, Spanish 104/111, 110/111; twentieth: English
    # 183/200, 196/200, Spanish 128/136, 134/136): the floors are those rates.
    ("held-out-19", "en"): (0.92, 0.97),
    ("held-out-19", "es"): (0.93, 0.99),
    ("held-out-20", "en"): (0.91, 0.98),
    ("held-out-20", "es"): (0.94, 0.98),
    # The twenty-first set, written apart near the end of the fourteenth round, measured untouched on what it shipped
    # (English 164/170 first, 168/170 top three; Spanish 96/101, 98/101): the floors are those rates.
    ("held-out-21", "en"): (0.96, 0.98),
    ("held-out-21", "es"): (0.95, 0.97),
    # The twenty-second and twenty-third sets, written apart in the fifteenth round, measured untouched on what it
    # shipped (English 185/202 and 172/185 first, 196/202 and 179/185 top three; Spanish 157/178 and 164/181,
    # 173/178 and 174/181): the floors are those rates.
    ("held-out-22", "en"): (0.91, 0.97),
    ("held-out-22", "es"): (0.88, 0.97),
    ("held-out-23", "en"): (0.92, 0.96),
    ("held-out-23", "es"): (0.90, 0.96),
    # The twenty-fourth and twenty-fifth sets, written apart in the sixteenth round, measured untouched on what it
    # shipped (English 159/166 and 214/225 first, 163/166 and 220/225 top three; Spanish 136/141 and 150/162,
    # 139/141 and 157/162): the floors are those rates.
    ("held-out-24", "en"): (0.95, 0.98),
    ("held-out-24", "es"): (0.96, 0.98),
    ("held-out-25", "en"): (0.95, 0.97),
    ("held-out-25", "es"): (0.92, 0.96),
    # The twenty-sixth, twenty-seventh and twenty-eighth sets, written apart in the seventeenth round, measured
    # untouched on what it shipped (English 173/182, 173/183 and 171/176 first, 178/182, 181/183 and 175/176 top
    # three; Spanish 144/161, 152/164 and 146/152, 155/161, 161/164 and 148/152): the floors are those rates.
    ("held-out-26", "en"): (0.95, 0.97),
    ("held-out-26", "es"): (0.89, 0.96),
    ("held-out-27", "en"): (0.94, 0.98),
    ("held-out-27", "es"): (0.92, 0.98),
    ("held-out-28", "en"): (0.97, 0.99),
    ("held-out-28", "es"): (0.96, 0.97),
    # The twenty-ninth, thirtieth and thirty-first sets, written apart in the eighteenth round, measured untouched
    # on what it shipped (English 176/189, 187/199 and 170/182 first, 186/189, 194/199 and 179/182 top three;
    # Spanish 153/163, 178/193 and 129/137, 161/163, 189/193 and 135/137): the floors are those rates.
    ("held-out-29", "en"): (0.93, 0.98),
    ("held-out-29", "es"): (0.93, 0.98),
    ("held-out-30", "en"): (0.93, 0.97),
    ("held-out-30", "es"): (0.92, 0.97),
    ("held-out-31", "en"): (0.93, 0.98),
    ("held-out-31", "es"): (0.94, 0.98),
    # The thirty-fourth set, written apart in the nineteenth round, measured untouched on the code the round started
    # from (English 141/144 first, 143/144 top three; Spanish 100/102 and 100/102): the floors are those rates.
    ("held-out-34", "en"): (0.97, 0.99),
    ("held-out-34", "es"): (0.98, 0.98),
    # The thirty-sixth set, written apart in the twentieth round, measured untouched on the code it started from
    # and shipped (English 137/147 first, 143/147 top three; Spanish 112/126 and 121/126): the floors are those rates.
    ("held-out-36", "en"): (0.93, 0.97),
    ("held-out-36", "es"): (0.88, 0.96),
    # The thirty-fifth set, written apart in the nineteenth round, measured untouched on the code it started from, on
    # what it shipped and on what the twenty-first round shipped (English 126/128 first, 128/128 top three; Spanish
    # 68/68 and 68/68 each time): the floors are those rates.
    ("held-out-35", "en"): (0.98, 1.0),
    ("held-out-35", "es"): (1.0, 1.0),
    # The thirty-seventh and thirty-eighth sets, written apart in the twenty-third round, measured untouched on the
    # code it started from (English 104/114 first, 110/114 top three, and 140/151, 144/151; Spanish 68/77, 72/77, and
    # 120/132, 128/132), then tuned on: the floors are the rates after page words were learned with them (English
    # 114/114 and 114/114, 144/151 and 146/151; Spanish 77/77 and 77/77, 129/132 and 132/132), rounded down, a full
    # score held at 99% (98% for a list of fewer than a hundred).
    ("held-out-37", "en"): (0.99, 0.99),
    ("held-out-37", "es"): (0.98, 0.98),
    ("held-out-38", "en"): (0.95, 0.96),
    ("held-out-38", "es"): (0.97, 0.99),
    # The thirty-ninth and fortieth sets, written apart in the twenty-fourth round, measured untouched on the code of
    # its first change (English 114/122 first, 119/122 top three, and 148/156, 154/156; Spanish 97/112, 107/112, and
    # 123/133, 129/133), then tuned on: the floors are the rates after page words were learned with them (English
    # 120/122 and 122/122, 154/156 and 156/156; Spanish 111/112 and 112/112, 130/133 and 133/133), rounded down, a
    # full score held at 99%.
    ("held-out-39", "en"): (0.98, 0.99),
    ("held-out-39", "es"): (0.99, 0.99),
    ("held-out-40", "en"): (0.98, 0.99),
    ("held-out-40", "es"): (0.97, 0.99),
    # The forty-first set, written apart in the twenty-fourth round and kept unread a round, measured untouched on
    # the code that round ended with (English 137/147 first, 143/147 top three; Spanish 144/157, 153/157), then tuned
    # on: the floors are the rates after page words were learned with it (English 143/147 and 146/147, Spanish 154/157
    # and 157/157), rounded down, a full score held at 99%.
    ("held-out-41", "en"): (0.97, 0.99),
    ("held-out-41", "es"): (0.98, 0.99),
    # The forty-second set, written apart in the twenty-fifth round, measured untouched on the code that round started
    # from and on its first change (English 186/197 first, 194/197 top three; Spanish 181/195, 189/195), then tuned on:
    # the floors are the rates after page words were learned with it (English 193/197 and 196/197, Spanish 193/195 and
    # 195/195), rounded down, a full score held at 99%.
    ("held-out-42", "en"): (0.97, 0.99),
    ("held-out-42", "es"): (0.98, 0.99),
    # The forty-third set, written apart in the twenty-fifth round and kept unread a round, measured untouched on the
    # code the twenty-sixth round started from (English 125/134 first, 131/134 top three; Spanish 139/151, 147/151),
    # then tuned on: the floors are the rates after page words were learned with it (English 131/134 and 133/134,
    # Spanish 149/151 and 151/151), rounded down, a full score held at 99%.
    ("held-out-43", "en"): (0.97, 0.99),
    ("held-out-43", "es"): (0.98, 0.99),
    # The forty-fifth set, written apart in the twenty-sixth round, measured untouched on its first change (English
    # 115/117 first, 116/117 top three; Spanish 95/102, 101/102), then tuned on: the floors are the rates after page
    # words were learned with it (English 117/117 and 117/117, Spanish 101/102 and 102/102), rounded down, a full
    # score held at 99%.
    ("held-out-45", "en"): (0.99, 0.99),
    ("held-out-45", "es"): (0.99, 0.99),
    # The forty-fourth set, written apart in the twenty-sixth round and kept unread a round, measured untouched on the
    # code the twenty-seventh round started from (English 126/132 first, 131/132 top three; Spanish 93/100, 98/100),
    # then tuned on: the floors are the rates after page words were learned with it (English 130/132 and 132/132,
    # Spanish 97/100 and 100/100), rounded down, a full score held at 99%.
    ("held-out-44", "en"): (0.98, 0.99),
    ("held-out-44", "es"): (0.97, 0.99),
    # The forty-sixth set, written apart in the twenty-seventh round, measured untouched on the round's first change
    # (English 138/142 first, 142/142 top three; Spanish 121/139, 129/139), then tuned on: the floors are the rates
    # after page words were learned with it (English 142/142 and 142/142, Spanish 138/139 and 138/139), rounded
    # down, a full score held at 99%.
    ("held-out-46", "en"): (0.99, 0.99),
    ("held-out-46", "es"): (0.99, 0.99),
    # The forty-seventh set, written apart in the twenty-seventh round, measured untouched on the round's third search
    # change (English 127/131 first, 131/131 top three; Spanish 114/119, 117/119), then tuned on: the floors are the
    # rates after page words were learned with it (English 129/131 and 131/131, Spanish 117/119 and 119/119), rounded
    # down, a full score held at 99%.
    ("held-out-47", "en"): (0.98, 0.99),
    ("held-out-47", "es"): (0.98, 0.99),
    # The forty-eighth set, written apart in the twenty-seventh round and kept unread a round, measured untouched on
    # that round's last search change (English 157/160 first, 159/160 top three; Spanish 135/141, 140/141), then tuned
    # on in the twenty-eighth: the floors are the rates after page words were learned with it (English 159/160 and
    # 160/160, Spanish 141/141 and 141/141), rounded down, a full score held at 99%.
    ("held-out-48", "en"): (0.99, 0.99),
    ("held-out-48", "es"): (0.99, 0.99),
    # The forty-ninth set, written apart in the twenty-eighth round, measured untouched on that round's first search
    # change (English 107/112 first, 110/112 top three; Spanish 93/96, 95/96), then tuned on: the floors are the rates
    # after page words were learned with it (English 111/112 and 112/112, Spanish 95/96 and 96/96), rounded down, a
    # full score held at 99%.
    ("held-out-49", "en"): (0.99, 0.99),
    ("held-out-49", "es"): (0.98, 0.99),
    # The fiftieth set, written apart in the twenty-eighth round, measured untouched on that round's second search
    # change (English 125/127 first, 127/127 top three; Spanish 94/97, 95/97), then tuned on: the floors are the rates
    # after page words were learned with it (English 127/127 and 127/127, Spanish 96/97 and 97/97), rounded down, a
    # full score held at 99%.
    ("held-out-50", "en"): (0.99, 0.99),
    ("held-out-50", "es"): (0.98, 0.99),
    # The fifty-first set, written apart in the twenty-eighth round, kept unread a round and measured untouched on that
    # round's last search change and its review (English 103/106 first, 104/106 top three; Spanish 71/71, 71/71), then
    # tuned on: the floors are the rates after page words were learned with it (English 106/106 and 106/106, Spanish
    # 71/71 and 71/71), rounded down, a full score held at 99%.
    ("held-out-51", "en"): (0.99, 0.99),
    ("held-out-51", "es"): (0.99, 0.99),
    # The fifty-second set, written apart in the twenty-ninth round, measured untouched on that round's second tuning
    # change (English 122/123 first, 123/123 top three; Spanish 102/103, 103/103), then tuned on: the floors are the
    # rates after page words were learned with it (English 123/123 and 123/123, Spanish 103/103 and 103/103), rounded
    # down, a full score held at 99%.
    ("held-out-52", "en"): (0.99, 0.99),
    ("held-out-52", "es"): (0.99, 0.99),
    # The fifty-third set, written apart in the twenty-ninth round, measured untouched on the code that round started
    # from (English 134/138 first, 137/138 top three; Spanish 116/120, 118/120), then tuned on: the floors are the
    # rates after page words were learned with it (English 138/138 and 138/138, Spanish 120/120 and 120/120), rounded
    # down, a full score held at 99%.
    ("held-out-53", "en"): (0.99, 0.99),
    ("held-out-53", "es"): (0.99, 0.99),
    # The fifty-fourth set, written apart in the thirtieth round, measured untouched on that round's start and its
    # search change (English 92/93 first, 92/93 top three; Spanish 55/55, 55/55), kept out a round, then tuned on in
    # the thirty-first: the floors are the rates after page words were learned with it (English 93/93 and 93/93,
    # Spanish 55/55 and 55/55), a full score held at 99%.
    ("held-out-54", "en"): (0.99, 0.99),
    ("held-out-54", "es"): (0.99, 0.99),
    # The fifty-fifth set (ranking lists only), written apart in the thirtieth round, measured untouched on that
    # round's search change (English 93/93 first, 93/93 top three; Spanish 58/59, 59/59), kept out a round, then tuned
    # on in the thirty-first: the floors are the rates after page words were learned with it (English 93/93 and
    # 93/93, Spanish 59/59 and 59/59), a full score held at 99%.
    ("held-out-55", "en"): (0.99, 0.99),
    ("held-out-55", "es"): (0.99, 0.99),
    # The fifty-eighth set (ranking lists only), written apart in the thirty-first round, measured untouched on that
    # round's start and its third search change (English 80/86 first, 84/86 top three; Spanish 71/74, 72/74), then
    # tuned on: the floors are the rates after page words were learned with it (English 85/86 and 86/86, Spanish
    # 74/74 and 74/74), rounded down, a full score held at 99%.
    ("held-out-58", "en"): (0.98, 0.99),
    ("held-out-58", "es"): (0.99, 0.99),
    # The sixtieth set (ranking lists only), written apart in the thirty-second round, kept unread that round and
    # measured untouched on the code the thirty-third started from (English 80/81 first, 80/81 top three; Spanish
    # 48/50, 50/50), then tuned on: the floors are the rates after page words were learned with it (English 81/81
    # and 81/81, Spanish 49/50 and 50/50), rounded down, a full score held at 99%.
    ("held-out-60", "en"): (0.99, 0.99),
    ("held-out-60", "es"): (0.98, 0.99),
    # The sixty-fourth set (ranking lists only), written apart in the thirty-third round and measured untouched on the
    # code it started from (English 83/85 first, 83/85 top three; Spanish 55/59, 57/59), then tuned on: the floors
    # are the rates after page words were learned with it (English 85/85 and 85/85, Spanish 56/59 and 58/59),
    # rounded down, a full score held at 99%.
    ("held-out-64", "en"): (0.99, 0.99),
    ("held-out-64", "es"): (0.94, 0.98),
    # The sixty-sixth set (ranking lists only), written apart in the thirty-fourth round and measured untouched on the
    # code it started from (English 112/117 first, 115/117 top three; Spanish 64/67, 66/67), then tuned on: the
    # floors are the rates after page words were learned with it (English 116/117 and 117/117, Spanish 67/67 and
    # 67/67), rounded down, a full score held at 99%.
    ("held-out-66", "en"): (0.99, 0.99),
    ("held-out-66", "es"): (0.99, 0.99),
    # The sixty-eighth set (ranking lists only), written apart in the thirty-fourth round and measured untouched on the
    # code it started from (English 67/68 first, 68/68 top three; Spanish 43/45, 45/45) and on its second search
    # change (67/68 and 68/68, 45/45 and 45/45), then tuned on: the floors are the rates after page words were learned
    # with it (English 68/68 and 68/68, Spanish 45/45 and 45/45), a full score held at 99%.
    ("held-out-68", "en"): (0.99, 0.99),
    ("held-out-68", "es"): (0.99, 0.99),
    # The seventieth set (ranking lists only), written apart at the end of the thirty-fourth round and measured
    # untouched on that round's last search change (English 75/77 first, 77/77 top three; Spanish 64/67, 67/67), then
    # tuned on: the floors are the rates after page words were learned with it (77/77 and 77/77, 67/67 and 67/67), a
    # full score held at 99%.
    ("held-out-70", "en"): (0.99, 0.99),
    ("held-out-70", "es"): (0.99, 0.99),
    # The seventy-second set (ranking lists only), written apart at the start of the thirty-fifth round and measured
    # untouched on that round's starting code (English 85/87 first, 87/87 top three; Spanish 77/77, 77/77), then tuned
    # on: the floors are the rates after page words were learned with it (87/87 and 87/87, 77/77 and 77/77), a full
    # score held at 99%.
    ("held-out-72", "en"): (0.99, 0.99),
    ("held-out-72", "es"): (0.99, 0.99),
    # The seventy-fourth set (ranking lists only), written apart at the start of the thirty-fifth round, kept unread
    # and measured untouched on the round's starting code and on its last search change (English 74/77 first, 76/77
    # top three both times; Spanish 56/58 then 57/58, 58/58), then tuned on: the floors sit under the rates after page
    # words were learned with it (77/77 and 77/77, 58/58 and 58/58), a full score held at 99%.
    ("held-out-74", "en"): (0.99, 0.99),
    ("held-out-74", "es"): (0.99, 0.99),
    # The seventy-sixth set (ranking lists only), written apart at the end of the thirty-fifth round, kept unread and
    # measured untouched on the code the thirty-sixth started from (English 59/65 first, 64/65 top three; Spanish
    # 40/42, 41/42), then tuned on: the floors sit under the rates after page words were learned with it (English
    # 64/65 and 65/65, Spanish 40/42 and 41/42), rounded down, a full score held at 99%.
    ("held-out-76", "en"): (0.98, 0.99),
    ("held-out-76", "es"): (0.95, 0.97),
    # The eighty-second set (ranking lists only), written apart at the start of the thirty-seventh round and measured
    # untouched on the code it started from (English 99/100 first, 100/100 top three; Spanish 65/68, 68/68), then tuned
    # on: the floors sit under the rates after page words were learned with it (English 100/100 and 100/100, Spanish
    # 67/68 and 68/68), rounded down, a full score held at 99%.
    ("held-out-82", "en"): (0.99, 0.99),
    ("held-out-82", "es"): (0.98, 0.99),
    # The eighty-fourth set (ranking lists only), written apart at the start of the thirty-seventh round, kept unread
    # and measured untouched on its starting code and after its first tuning (English 106/107 first, 107/107 top three;
    # Spanish 73/76, 76/76 both times), then tuned on: the floors sit under the rates after page words were learned
    # with it (English 107/107 and 107/107, Spanish 75/76 and 76/76), rounded down, a full score held at 99%.
    ("held-out-84", "en"): (0.99, 0.99),
    ("held-out-84", "es"): (0.98, 0.99),
    # The eighty-sixth set (ranking lists only), written apart at the start of the thirty-seventh round and never read
    # in it, measured untouched on each of its commits (English 99/101 first, 100/101 top three; Spanish 76/81 -> 78/81
    # and 80/81), then tuned on in the thirty-eighth: the floors sit under the rates after page words were learned with
    # it (English 100/101 and 101/101, Spanish 80/81 and 81/81), rounded down, a full score held at 99%.
    ("held-out-86", "en"): (0.99, 0.99),
    ("held-out-86", "es"): (0.98, 0.99),
    # The eighty-eighth set (ranking lists only), written apart at the start of the thirty-eighth round, kept unread and
    # measured untouched on its starting code and after its first tuning (English 183/196 first both times, 192/196 ->
    # 193/196 top three; Spanish 161/170 -> 162/170 and 166/170 -> 165/170), then tuned on: the floors sit under the
    # rates after page words were learned with it and three keywords added (English 192/196 and 196/196, Spanish
    # 168/170 and 170/170), rounded down, a full score held at 99%.
    ("held-out-88", "en"): (0.97, 0.99),
    ("held-out-88", "es"): (0.98, 0.99),
    # The ninetieth set (ranking lists only), written apart at the start of the thirty-eighth round, kept unread and
    # measured untouched on each of its commits (English 136/138 first and top three each time; Spanish 120/125 ->
    # 122/125 first, 124/125 -> 125/125 top three), then tuned on in the thirty-ninth: the floors sit under the rates
    # after page words were learned with it (English 137/138 and 138/138, Spanish 124/125 and 125/125), rounded
    # down, a full score held at 99%.
    ("held-out-90", "en"): (0.99, 0.99),
    ("held-out-90", "es"): (0.99, 0.99),
    # The ninety-second set (ranking lists only), written apart near the end of the thirty-eighth round, kept unread and
    # measured untouched on its last search and on the thirty-ninth's first tuning (English 158/171 -> 157/171 first,
    # 166/171 -> 167/171 top three; Spanish 164/175 -> 165/175 and 171/175 both times), then tuned on: the floors sit
    # under the rates after page words were learned with it and keywords added (English 168/171 and 171/171, Spanish
    # 173/175 and 175/175), rounded down, a full score held at 99%.
    ("held-out-92", "en"): (0.98, 0.99),
    ("held-out-92", "es"): (0.98, 0.99),
    # The ninety-fourth set (ranking lists only), written apart at the start of the thirty-ninth round, kept unread and
    # measured untouched on each of its commits (English 155/161 -> 154/161 -> 157/161 first, 159/161 -> 159/161 ->
    # 160/161 top three; Spanish 163/170 -> 164/170 -> 165/170 and 170/170 each time), then tuned on in the fortieth:
    # the floors sit under the rates after page words were learned with it and two phrases of the card written for
    # it (English 159/161 and 161/161, Spanish 168/170 and 170/170), rounded down, a full score held at 99%.
    ("held-out-94", "en"): (0.98, 0.99),
    ("held-out-94", "es"): (0.98, 0.99),
    # The ninety-sixth and ninety-eighth sets (ranking lists only), written apart in the fortieth round, kept unread and
    # measured untouched on its starting code and on its tuning (96: English 197/214 first both times, 210/214 ->
    # 209/214 top three, Spanish 185/198 -> 188/198 and 193/198 both times; 98: English 136/139 and 138/139, Spanish
    # 152/157 and 157/157, each time), then tuned on in the forty-first: the floors sit under the rates after page words
    # were learned with them (96: English 207/214 and 212/214, Spanish 194/198 and 198/198; 98: English 138/139 and
    # 139/139, Spanish 155/157 and 157/157), rounded down, a full score held at 99%.
    ("held-out-96", "en"): (0.96, 0.99),
    ("held-out-96", "es"): (0.97, 0.99),
    ("held-out-98", "en"): (0.99, 0.99),
    ("held-out-98", "es"): (0.98, 0.99),
    # The hundredth and hundred-and-second sets (ranking lists only), written apart in the forty-first round, kept unread
    # and measured untouched on its starting code, on its tuning and on the forty-second's (100: English 139/146 ->
    # 138/146 first, 143/146 top three, Spanish 140/148 -> 138/148 and 145/148 -> 147/148; 102: English 164/178 ->
    # 165/178 and 173/178 -> 172/178, Spanish 143/156 -> 146/156 and 151/156), then tuned on in the forty-third: the
    # floors sit under the rates after page words were learned with them (100: English 142/146 and 146/146, Spanish
    # 144/148 and 147/148; 102: English 174/178 and 178/178, Spanish 149/156 and 153/156), rounded down, a full score
    # held at 99%.
    ("held-out-100", "en"): (0.97, 0.99),
    ("held-out-100", "es"): (0.97, 0.99),
    ("held-out-102", "en"): (0.97, 0.99),
    ("held-out-102", "es"): (0.95, 0.98),
    # The hundred-and-fourth and hundred-and-sixth sets (ranking lists only), written apart in the forty-second and
    # forty-third rounds and measured untouched (104: English 143/153 -> 145/153 first, 150/153 -> 151/153 top three,
    # Spanish 153/163 -> 156/163 and 160/163; 106: English 136/141 and 139/141, Spanish 144/150 to 145/150 and
    # 148/150 to 149/150), then tuned on in the forty-fourth: the floors sit under the rates after page words were
    # learned with them (104: English 152/153 and 153/153, Spanish 162/163 and 163/163; 106: a full score in both
    # languages), rounded down, a full score held at 99%.
    ("held-out-104", "en"): (0.99, 0.99),
    ("held-out-104", "es"): (0.99, 0.99),
    ("held-out-106", "en"): (0.99, 0.99),
    ("held-out-106", "es"): (0.99, 0.99),
    # The hundred-and-eighth set (ranking lists only), written apart at the start of the forty-fourth round and measured
    # untouched on its starting code, on both its passes and on the forty-fifth's starting code (English 149/158 to
    # 150/158 first, 154/158 to 155/158 top three; Spanish 168/180 and 175/180 each time), then tuned on in the
    # forty-fifth: the floors sit under the rates after page words were learned with it (English 157/158 and 158/158,
    # Spanish 179/180 and 180/180), rounded down, a full score held at 99%.
    ("held-out-108", "en"): (0.99, 0.99),
    ("held-out-108", "es"): (0.99, 0.99),
    # The hundred-and-tenth set (ranking lists only), written apart at the start of the forty-fifth round and measured
    # untouched on its starting code, on both its passes and on the forty-sixth's starting code (English 159/167 to
    # 160/167 first, 166/167 top three; Spanish 136/143 to 133/143 first, 140/143 top three), then tuned on in the
    # forty-sixth: the floors sit under the rates after page words were learned with it and three keywords were added
    # (English 167/167 and 167/167, Spanish 143/143 and 143/143), a full score held at 99%.
    ("held-out-110", "en"): (0.99, 0.99),
    ("held-out-110", "es"): (0.99, 0.99),
    # The hundred-and-twelfth set (ranking lists only), written apart at the start of the forty-sixth round and measured
    # untouched on its starting code, on both its passes and on the forty-seventh's starting code (English 153/158
    # first, 157/158 top three; Spanish 150/154 and 152/154 each time), then tuned on in the forty-seventh: the floors
    # sit under the rates after page words were learned with it and eight keywords were added (English 158/158 and
    # 158/158, Spanish 154/154 and 154/154), a full score held at 99%.
    ("held-out-112", "en"): (0.99, 0.99),
    ("held-out-112", "es"): (0.99, 0.99),
    # The hundred-and-fourteenth set (ranking lists only), written apart at the start of the forty-seventh round and
    # measured untouched on its starting code, on both its passes and on the forty-eighth's starting code (English
    # 144/148 to 143/148 first, 146/148 top three; Spanish 131/136 to 132/136 first, 136/136 top three), then tuned on
    # in the forty-eighth: the floors sit under the rates after page words were learned with it and two English keywords
    # were added (English 148/148 and 148/148, Spanish 135/136 and 136/136), rounded down, a full score held at 99%.
    ("held-out-114", "en"): (0.99, 0.99),
    ("held-out-114", "es"): (0.99, 0.99),
    # The hundred-and-sixteenth set (ranking lists only), written apart at the start of the forty-eighth round and
    # measured untouched on its starting code, on both its passes and on the forty-ninth's starting code (English
    # 156/160 to 157/160 first, 159/160 top three; Spanish 141/143 first, 143/143 top three), then tuned on in the
    # forty-ninth: the floors sit under the rates after page words were learned with it (English 159/160 and 159/160,
    # Spanish 143/143 and 143/143), rounded down, a full score held at 99%.
    ("held-out-116", "en"): (0.99, 0.99),
    ("held-out-116", "es"): (0.99, 0.99),
    # The hundred-and-eighteenth set (ranking lists only), written apart at the start of the forty-ninth round and
    # measured untouched on its starting code, on its tuning and on the fiftieth's starting code (English 147/150 to
    # 148/150 first, 149/150 top three; Spanish 155/158 first, 158/158 top three), then tuned on in the fiftieth: the
    # floors sit under the rates after page words were learned with it (English 148/150 and 149/150, Spanish 156/158
    # and 158/158), rounded down, a full score held at 99%.
    ("held-out-118", "en"): (0.98, 0.99),
    ("held-out-118", "es"): (0.98, 0.99),
    # The hundred-and-twentieth set (ranking lists only), written apart at the start of the fiftieth round and measured
    # untouched on its starting code, on its tuning and on the fifty-first round's two commits (English 131/135 to
    # 129/135 first, 134/135 top three; Spanish 136/145 to 137/145 first, 140/145 top three), then tuned on in the
    # fifty-second: the floors sit under the rates after page words were learned with it (English 133/135 and 135/135,
    # Spanish 143/145 and 145/145), rounded down, a full score held at 99%.
    ("held-out-120", "en"): (0.98, 0.99),
    ("held-out-120", "es"): (0.98, 0.99),
}
PREFIX = {"en": "", "es": "es/"}
# A reader in danger types what is happening; help must come first, every time.
DANGER = [
    "he hit me",
    "my partner threatens me",
    "i want to die",
    "who can i call",
    "domestic violence",
    "i am not safe",
]
NOTHING_MATCHES = "zzqx vvbnm"
# Danger no phrase reads, only the learned danger words (well above their cut): the help page must come first in
# the results too, not only the card (hooks/seen/search/worker.py LEARNED_LIFT). Before the twelfth round it was
# second for "im gonna kill myself lol", out of the first three for both Spanish queries, and "lowkey wanna kms lol"
# found no page at all. (In the sixteenth round a phrase came to read "mi ex entro a mi casa sin permiso de
# madrugada"; a query of the same kind, still read by the learned words alone, took its place.)
LEARNED_DANGER = {
    "en": ["im gonna kill myself lol", "he hit me lol", "lowkey wanna kms lol", "honestly want to end it all lol"],
    "es": [
        "me hizo una llave en el cuello y dijo que era broma",
        "lo deje hace un mes y me sigue encontrando",
    ],
}
_READING = "(q) => self.seenSearchHelp.reading(SEEN_SEARCH.danger, q)"


@pytest.fixture()
def phone(browser: Browser) -> Iterator[tuple[BrowserContext, Page]]:
    context = browser.new_context(viewport=PHONES["390x844"])
    yield context, context.new_page()
    context.close()


# Every SAMPLE-th query of a set also goes through the box and is read from the page once drawn.
SAMPLE = 10


def query_set(page: Page, base_url: str, item: tuple[str, str], every: list[str]) -> dict:
    """One reader query set, on a page of its language at 390 x 844 with search opened from the header:
    every query answered by the page's own search worker, given exactly what the box gives it
    (search_box.worker_answers: a few seconds for a few hundred queries, nothing drawn), and every
    SAMPLE-th put into the real box and read from the page once drawn (search_box.answer_all, which
    also checks the drawing against the worker's reply): the two must agree. What the reader got,
    what differed, and whether the address or the history changed, for the test to judge."""
    name, language = item
    cases = load_cases(require(ranking_path(name, language)))
    base_path = "/" + PREFIX[language]
    page.goto(base_url + PREFIX[language])
    open_search(page)
    url_before, history_before = page.url, page.evaluate("history.length")
    outcomes, differ = answer_cases(page, cases, base_path=base_path, sample=SAMPLE)
    return {
        "outcomes": outcomes,
        "differ": differ,
        "same_address": page.url == url_before and page.evaluate("history.length") == history_before,
        "results": page.evaluate("[...document.querySelectorAll('.md-search-result__link')].map((a) => a.href)"),
    }


# Every set, in the walks' browsers once they have walked every page (in the background), each
# browser taking every other set; a page of its own per set, in one phone context per browser.
# A set written in one language only (query_sets.ONLY_IN) is walked in that language alone.
QUERY_SETS = ranking_sets()
also("query sets", query_set, items=QUERY_SETS, viewport=PHONES["390x844"])


@pytest.mark.parametrize(("name", "language"), QUERY_SETS)
def test_reader_queries_find_their_page(page_checks, name: str, language: str) -> None:
    found = page_checks.results("query sets")[QUERY_SETS.index((name, language))]
    outcomes = found["outcomes"]
    print(f"\n{name} {language}: " + report(outcomes))
    # What the worker answered is what the box shows (every SAMPLE-th query, through the box).
    assert not found["differ"], "\n".join(found["differ"])
    first, top3 = rates(outcomes)
    goal_first, goal_top3 = FLOORS.get((name, language), GOALS[language])
    assert first >= goal_first and top3 >= goal_top3, report(outcomes)
    # Nothing a reader typed reached the address bar or the history.
    assert found["same_address"]
    if language != "en":  # on a Spanish page, only Spanish pages are searched
        assert all("/es/" in href for href in found["results"])


def test_a_few_queries_typed_key_by_key_find_their_page_first(
    phone: tuple[BrowserContext, Page], base_url: str
) -> None:
    _, page = phone
    page.goto(base_url)
    open_search(page)
    assert search(page, "is my husband gasslighting me")[:1] == ["/signs/gaslighting/"]
    assert search(page, "i feel so lonely even though we live together")[:1] == ["/signs/lonely-together/"]
    page.goto(base_url + "es/")
    open_search(page)
    assert search(page, "me castiga con el silencio", base_path="/es/")[:1] == ["/signs/silent-treatment/"]


def test_spanish_words_for_danger_find_help_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "es/signs/")
    open_search(page)
    danger = ["me pegó", "me amenaza", "quiero morir", "violencia doméstica", "no estoy a salvo"]
    wrong = {
        query: pages[:3] for query in danger if (pages := search(page, query, base_path="/es/"))[:1] != ["/get-help/"]
    }
    assert not wrong


def test_words_for_danger_find_help_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "signs/")
    open_search(page)
    wrong = {query: pages[:3] for query in DANGER if (pages := search(page, query))[:1] != ["/get-help/"]}
    assert not wrong


@pytest.mark.parametrize("language", ["en", "es"])
def test_danger_only_the_learned_words_read_finds_help_first(
    phone: tuple[BrowserContext, Page], base_url: str, language: str
) -> None:
    _, page = phone
    page.goto(base_url + PREFIX[language])
    open_search(page)
    for query in LEARNED_DANGER[language]:
        read = page.evaluate(_READING, query)
        assert not read["phrase"] and read["margin"] > 2, f"{query!r}: meant as danger the learned words alone read"
    wrong = {
        query: pages[:3]
        for query in LEARNED_DANGER[language]
        if (pages := search(page, query, base_path="/" + PREFIX[language]))[:1] != ["/get-help/"]
    }
    assert not wrong


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_danger_query_only_the_learned_words_read_finds_the_help_page_near_the_top(
    phone: tuple[BrowserContext, Page], base_url: str, language: str
) -> None:
    """Over every danger list: the danger queries no phrase reads but the learned words do, answered by the page's
    own search worker as the box asks it; the help page first and in the top three at least as often as the floors."""
    _, page = phone
    page.goto(base_url + PREFIX[language])
    open_search(page)
    queries = [
        query
        for name in DANGER_SETS
        if danger_path(name, language).is_file()
        for query in load_danger(danger_path(name, language)).danger
    ]
    reads = page.evaluate(f"(queries) => queries.map({_READING})", queries)
    learned = [q for q, read in zip(queries, reads, strict=True) if not read["phrase"] and read["margin"] > 0]
    answers = worker_answers(page, learned, base_path="/" + PREFIX[language])
    first = sum(pages[:1] == ["/get-help/"] for pages in answers) / len(learned)
    top3 = sum("/get-help/" in pages[:3] for pages in answers) / len(learned)
    floor_first, floor_top3 = LEARNED_HELP_FLOORS[language]
    missed = {q: pages[:3] for q, pages in zip(learned, answers, strict=True) if "/get-help/" not in pages[:3]}
    assert first >= floor_first and top3 >= floor_top3, f"{len(learned)} queries: {first:.0%}, {top3:.0%}; {missed}"


def test_search_works_with_no_network_once_it_has_been_opened(
    phone: tuple[BrowserContext, Page], base_url: str
) -> None:
    """Search loads its index and worker when first opened (hooks/seen/search/lazy.py), not with
    every page; from then on it needs no network on that page."""
    context, page = phone
    page.goto(base_url + "signs/", wait_until="networkidle")
    # Opening search fetches the index and the theme's worker; offline once both have arrived.
    with (
        page.expect_response(lambda r: r.url.endswith("/search/search_index.json")),
        page.expect_response(lambda r: "/workers/search." in r.url),
    ):
        open_search(page)
    context.set_offline(True)
    assert search(page, "cold shoulder after a fight")[:1] == ["/signs/silent-treatment/"]
    assert search(page, "he checks his phone all through dinner")[:1] == ["/signs/distracted-presence/"]


def test_no_results_is_kind_and_offers_two_ways_on(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONES["390x844"], bypass_csp=True)  # bypass: to load axe-core
    page = context.new_page()
    page.goto(base_url + "effects/")
    open_search(page)
    assert search(page, NOTHING_MATCHES) == []
    empty = page.locator("[data-seen-search-empty]")
    assert empty.get_attribute("role") == "status"
    assert empty.get_by_text("Nothing matched those words.").is_visible()
    assert not page.locator(".md-search-result__meta").is_visible(), "the theme's bare count is replaced, not doubled"
    links = {link.inner_text(): link.get_attribute("href") for link in empty.locator("a").all()}
    assert links == {"See all 13 signs": "../signs/", "Get help now": "../get-help/"}
    # Reachable as the theme's results are: arrow keys from the search box.
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "See all 13 signs"
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async (tags) => (await axe.run('.md-search', {runOnly: {type: 'tag', values: tags}})).violations"
        ".map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(' '))",
        AXE_TAGS,
    )
    assert violations == []
    # A search that finds something again hides it.
    assert search(page, "silent treatment")[:1] == ["/signs/silent-treatment/"]
    assert not empty.get_by_text("Nothing matched those words.").is_visible()
    assert page.locator(".md-search-result__meta").is_visible()
    context.close()


def test_following_a_no_results_link_closes_search_and_goes_there(
    phone: tuple[BrowserContext, Page], base_url: str
) -> None:
    _, page = phone
    page.goto(base_url + "steps/")
    open_search(page)
    search(page, NOTHING_MATCHES)
    page.locator("[data-seen-search-empty] a").last.click()
    page.wait_for_url("**/get-help/")
    assert "zzqx" not in page.url


# ---- the urgent-help card, typed into the real search box at phone size ----

# The search dialog in the order a screen reader reads it: headings and links, with their text.
_READING_ORDER = """() => [...document.querySelectorAll('.md-search__output h2, .md-search__output a')]
  .filter((node) => node.getClientRects().length)
  .map((node) => node.tagName + ' ' + node.textContent.trim())"""


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "he hit me"),
        ("en", "i dont want to be alive anymore"),
        ("es", "me pegó"),
        ("es", "tengo miedo de volver a casa"),
    ],
)
def test_a_danger_query_shows_the_help_card_first_then_the_results(
    phone: tuple[BrowserContext, Page], base_url: str, site: Site, language: str, query: str
) -> None:
    context, page = phone
    page.goto(base_url + PREFIX[language] + "signs/")
    open_search(page)
    url_before = page.url
    results = search(page, query, base_path="/" + PREFIX[language])
    card = page.locator("[data-seen-search-help] section.seen-help")
    assert card.is_visible()
    box = card.bounding_box()
    assert box and box["width"] <= 390, "the card fits the phone's width"
    # Emergency numbers and crisis lines, as links a phone can call or text.
    calls = card.locator("a[href^='tel:']").all()
    assert len(calls) >= 4 and card.locator("a[href^='sms:']").count() >= 1
    # First in the results: its heading is what a screen reader reaches first, then the results.
    order = page.evaluate(_READING_ORDER)
    title = page.locator("#seen-search-help-title").inner_text()
    assert order[0] == "H2 " + title, order[:3]
    assert results, "ordinary results follow the card"
    first_result = page.locator(".md-search-result__link").first
    assert page.evaluate(
        "([a, b]) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)",
        [card.element_handle(), first_result.element_handle()],
    )
    # The card's link to the full help page works from here.
    more = card.locator("a:not([href^='tel:']):not([href^='sms:'])").last.get_attribute("href")
    assert (
        more
        and page.evaluate("(href) => new URL(href, location.href).pathname", more)
        == "/" + PREFIX[language] + "get-help/"
    )
    # Nothing typed reached the address.
    assert page.url == url_before
    # An ordinary query takes the card away again.
    search(page, "silent treatment" if language == "en" else "ley del hielo", base_path="/" + PREFIX[language])
    assert not card.count() or not card.is_visible()


def test_the_card_needs_no_network_once_search_is_open(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    context, page = phone
    page.goto(base_url, wait_until="networkidle")
    with page.expect_response(lambda r: r.url.endswith("/search/seen-help.js")):
        open_search(page)
    context.set_offline(True)
    search(page, "my boyfriend choked me")
    assert page.locator("[data-seen-search-help] a[href^='tel:']").first.is_visible()


def test_the_card_shows_without_the_search_workers_page_words(
    phone: tuple[BrowserContext, Page], base_url: str
) -> None:
    """The page loads the card's script (seen-help.js) and never the learned page words (seen-pages.js, which
    only the search worker uses): a reader in danger on a weak connection waits for no more than the card needs."""
    context, page = phone
    page.goto(base_url, wait_until="networkidle")
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))  # the page's and, in Playwright, its search worker's
    open_search(page)
    search(page, "my boyfriend choked me")
    assert page.locator("[data-seen-search-help] a[href^='tel:']").first.is_visible()
    # What the page itself fetched (a worker's imports are in the worker's own timeline, not the page's).
    fetched = page.evaluate("performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)")
    assert "/" + SCRIPT in fetched and "/" + PAGES_SCRIPT not in fetched, fetched
    assert not [r.url for r in requests if r.url.endswith(PAGES_SCRIPT) and r.resource_type == "script"]
    # The worker does load them, to lift pages (test_the_worker_lifts_the_page_its_learned_words_name): a fetch
    # into the browser's cache, then the import that reads it there (seen.search.worker).
    assert [r for r in requests if r.url.endswith("/" + PAGES_SCRIPT)]


# Queries from tuning sets the learned page words learned from, each with the page it expects; the page words
# are sure of it (bench/page_words.py). For some, lunr alone puts another page first and the page words decide
# it. Retraining the words (bench/page_words.py --write) may move which ones they decide, so the test takes
# every query whose first result differs with and without seen-pages.js, and needs at least one.
LIFTED = {
    "en": (
        ("he changes the subject whenever i bring up my day", "/signs/not-being-heard/"),
        ("ive felt down and flat for months", "/effects/low-mood/"),
        ("i give and give and get nothing back", "/signs/one-sided/"),
        ("he says i made it up that we agreed on dinner", "/signs/gaslighting/"),
        ("feels like talking to an empty room", "/signs/distracted-presence/"),
        ("always left on read after a fight", "/signs/silent-treatment/"),
    ),
    "es": (
        ("quizas me lo merezco", "/effects/self-blame/"),
        ("siento que algo esta mal conmigo", "/effects/self-worth/"),
        ("me paso pidiendo perdon aunque no hice nada", "/signs/always-your-fault/"),
        ("me enferme y se fue de fiesta con sus amigos", "/signs/no-support-when-it-matters/"),
    ),
}


@pytest.mark.parametrize("language", PREFIX)
def test_the_worker_lifts_the_page_its_learned_words_name(browser: Browser, base_url: str, language: str) -> None:
    """The search worker loads the page words (search/seen-pages.js) and lifts the page they find likeliest:
    with the file served empty, some of these queries get another first page, and with it each of those gets
    the page it expects; a worker that never loaded the words would change none."""
    first: dict[bool, list[list[str]]] = {}
    for served in (True, False):
        context = browser.new_context(viewport=PHONES["390x844"])
        if not served:
            context.route(
                f"**/{PREFIX[language]}{PAGES_SCRIPT}",
                lambda route: route.fulfill(body="var SEEN_PAGE_WORDS = null;\n", content_type="text/javascript"),
            )
        page = context.new_page()
        page.goto(base_url + PREFIX[language])
        open_search(page)
        first[served] = [
            search(page, query, base_path="/" + PREFIX[language], typed=False)[:1] for query, _ in LIFTED[language]
        ]
        context.close()
    decided = [
        (query, expected, lifted)
        for (query, expected), lifted, alone in zip(LIFTED[language], first[True], first[False], strict=True)
        if lifted != alone
    ]
    assert decided, f"no query's first result changed with the page words: {first}"
    assert all(lifted == [expected] for _, expected, lifted in decided), decided


def test_no_results_shows_the_closest_pages_above_the_kind_words(
    phone: tuple[BrowserContext, Page], base_url: str
) -> None:
    _, page = phone
    page.goto(base_url + "steps/")
    open_search(page)
    assert search(page, "narcissistically") == []
    closest = page.locator("[data-seen-search-closest]")
    assert closest.is_visible()
    links = closest.locator("a")
    assert links.first.inner_text() == "What emotional neglect is"
    assert (
        page.evaluate("(href) => new URL(href, location.href).pathname", links.first.get_attribute("href"))
        == "/what-is-emotional-neglect/"
    )
    kind = page.locator("[data-seen-search-empty]").get_by_text("Nothing matched those words.")
    assert kind.is_visible() and closest.bounding_box()["y"] < kind.bounding_box()["y"]
    search(page, NOTHING_MATCHES)
    assert not closest.is_visible(), "words near no page: only the kind words and the two ways on"


def test_no_word_a_page_is_about_is_marked_missing(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "es/")
    open_search(page)
    assert search(page, "ley del hielo", base_path="/es/")[:1] == ["/signs/silent-treatment/"]
    assert (
        page.locator(".md-search-result__terms").count() == 0
        or not page.locator(".md-search-result__terms").first.is_visible()
    )
    assert "Falta" not in page.locator(".md-search-result").inner_text()
