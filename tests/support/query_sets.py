"""The search query sets in tests/queries/: which exist, and what they hold.

- tuning-<lang>.yml: reader queries with the page that should come first (tuned on);
- danger-tuning-<lang>.yml: `danger` queries (the urgent-help card must show) and `ordinary` ones;
- held-out-<lang>.yml and danger-held-out-<lang>.yml: the same, written apart before any tuning.
  The ranking set was never tuned on. The danger set was measured once, untouched (BENCHMARKS.md
  keeps that result), and then used to widen the danger rule: it is tuning material since.
- held-out-2-<lang>.yml and danger-held-out-2-<lang>.yml: a second set, written apart after the first
  was used. The ranking set was never tuned on. The danger set was measured once, untouched
  (BENCHMARKS.md keeps that result), and then the rule was widened for the kinds of wording it
  missed: it is tuning material since, and the next honest measure needs a third set.
- Since the search3 round, every set here (the ranking sets too) is tuning material: that round tuned
  on the tuning and first held-out sets, kept the second ranking set out of its tuning and looked at it
  only at the end. The honest measure is a third set, written apart, measured once by the integrator.
- held-out-3-<lang>.yml and danger-held-out-3-<lang>.yml: that third set, written apart (without the
  search vocabulary or the earlier sets) before the search3 round and never tuned on. It was measured
  twice, untouched: on the code before that round and on the code after it (BENCHMARKS.md keeps both).
  Its tests held those rates as floors until the search4 round, which tuned on it (and on every other
  set here), so it is tuning material too: the honest measure is a fourth set, written apart and kept
  out of the repository, measured once by the integrator after that round.
- held-out-4-<lang>.yml and danger-held-out-4-<lang>.yml: a fourth set, written apart (without the search
  vocabulary or the earlier sets) on the day of the search4 round, in other voices (voice-typed run-ons,
  fragments, UK and Australian words, more Spanish regions). It was measured twice, untouched: on the code
  before the search4 round and after it (BENCHMARKS.md keeps both). The fifth round then tuned on it, so
  it is tuning material too.
- held-out-5-<lang>.yml and danger-held-out-5-<lang>.yml: a fifth set, written apart in the fifth round
  (from the source facts and the page titles and summaries only) before that round's tuning, and not
  tuned on in that round. It was measured once, untouched, after it (BENCHMARKS.md keeps the result:
  English 145/171 first, 163/171 top three; Spanish 111/128 and 122/128). The search6 round tuned on it
  (and on every other set here): it is in SETS with floors, tuning material like the rest.
- held-out-6-<lang>.yml and danger-held-out-6-<lang>.yml: a sixth set, written apart in the sixth round
  (from the source facts and the page titles and summaries only, in more voices: older and younger
  readers, same-sex couples, people writing in a second language, voice typing) while the search6 round
  tuned on the others, never seen by it. Measured once, untouched, after that round (BENCHMARKS.md keeps
  the result: English 200/229 first, 219/229 top three; Spanish 150/176 and 168/176). The seventh
  round tunes on it (and on every other set here): it is in SETS with floors, tuning material like
  the rest.
- held-out-7-<lang>.yml and danger-held-out-7-<lang>.yml: a seventh set, written apart in the seventh
  round (from the source facts and the page descriptions only, by someone who saw neither the search data
  nor any earlier set) while that round tuned on the others, never seen by it. bench/search.py measures it
  (MEASURED_ONLY). Measured untouched before and after that round (BENCHMARKS.md keeps the result);
  then its danger lists were tuned on (tuning material since). The eighth round tunes on its ranking lists
  too (measured untouched after the seventh round: English 189/209 first, 201/209 top three; Spanish
  133/149 and 140/149): it is in SETS with floors, tuning material like the rest.
- tuning-2-<lang>.yml and danger-tuning-2-<lang>.yml: a second tuning set, written apart in the eighth round
  (from the source article and the page titles and summaries only, without the search data or any earlier
  set). Its ranking list was measured once before the eighth round tuned on it (BENCHMARKS.md keeps the
  result); it is in SETS with floors, tuning material like the rest.
- held-out-8-<lang>.yml and danger-held-out-8-<lang>.yml: an eighth set, written apart in the eighth round
  (from the source article and the page titles and summaries only, by someone who saw neither the search
  data nor any earlier set) while that round tuned on the others, never seen by it. Measured untouched
  after the eighth round (English 191/206 first, 202/206 top three; Spanish 139/148 and 146/148); the ninth
  round tuned on its danger lists and its English ranking list: it is in SETS with floors.
- tuning-3-en.yml and danger-tuning-3-<lang>.yml: a third tuning set, written apart in the ninth round: an
  English ranking list only (ONLY_IN) and danger lists in both languages, measured once before they were
  tuned on.
- held-out-9-<lang>.yml and danger-held-out-9-<lang>.yml: a ninth set, written apart in the ninth round while
  that round tuned on the others, never seen by it. Measured untouched before and after that round (English
  206/236 -> 213/236 first, 222/236 -> 228/236 top three; Spanish 137/160 and 156/160 both times); its
  danger lists were tuned on at the end of that round, and the tenth round tunes on its ranking lists: it is
  in SETS with floors, tuning material like the rest.
- tuning-4-<lang>.yml and danger-tuning-4-<lang>.yml: a fourth tuning set, written apart at the start of the
  tenth round (from the source article and the page titles and summaries only, favouring short searches and
  plain questions), measured once on main before anyone tuned on it (English 210/240 first, 225/240 top
  three, the card for 131/131 danger and 10/125 ordinary queries; Spanish 154/180 and 167/180, the card for
  126/127 and 8/122); tuning material since.
- held-out-10-<lang>.yml and danger-held-out-10-<lang>.yml: a tenth set, written apart at the start of the
  tenth round (from the source article and the page titles and summaries only) while that round tuned on the
  others, never seen by it. Before its first measure, the queries an earlier set already held word for word
  were taken out, whatever their result (the files' headers say how many). Measured untouched before and after
  the round's tuning (English 182/211 -> 184/211 first, 198/211 top three both times, the card for 125/125 ->
  124/125 danger and 18/148 -> 14/148 ordinary queries; Spanish 125/147 and 142/147 both times, the card for
  115/116 and 17/134 -> 13/134). Tuning material since, in SETS with floors.
- held-out-11-<lang>.yml and danger-held-out-11-<lang>.yml: an eleventh set, written apart during the tenth
  round (as the tenth was; its writer was asked to favour one person's own wording over stock phrasings) while
  the round's second pass tuned on the others, never seen by it. Queries an earlier set already held word for
  word were taken out before its first measure. Measured untouched before and after that pass (English 177/215
  first and 207/215 top three both times, the card for 138/138 -> 137/138 danger and 8/146 -> 9/146 ordinary
  queries; Spanish 119/150 first both times, 133/150 -> 134/150 top three, the card for 118/122 -> 120/122 and
  13/143 -> 12/143). Tuning material since, in SETS with floors.
- held-out-12-<lang>.yml and danger-held-out-12-<lang>.yml: a twelfth set, written apart at the start of the
  eleventh round (as the eleventh was) while that round built the learned page words and tuned the card on the
  others, never seen by it. Queries an earlier set already held word for word were taken out before its first
  measure. Measured untouched before and after the round (English 184/219 -> 199/219 first, 202/219 -> 211/219
  top three, the card for 127/129 -> 126/129 danger and 8/133 ordinary queries both times; Spanish 122/148 ->
  128/148 first, 137/148 -> 140/148 top three, the card for 119/122 -> 118/122 and 13/137 both times). Tuning
  material since, in SETS with floors (and the learned page words and danger words learn from it).
- held-out-13-<lang>.yml and danger-held-out-13-<lang>.yml: a thirteenth set, written apart during the eleventh
  round (after the twelfth was measured), never seen by it. Queries an earlier set already held word for word were
  taken out before its first measure. Measured untouched on the code before the round and after it (English
  172/204 -> 187/204 first, 192/204 -> 198/204 top three, the card for 131/133 -> 132/133 danger and 10/150 ordinary
  queries both times; Spanish 101/124 -> 109/124 first, 111/124 -> 120/124 top three, the card for 112/114 ->
  111/114 and 11/133 -> 10/133). Tuning material since, in SETS with floors.
- held-out-14-<lang>.yml and danger-held-out-14-<lang>.yml: a fourteenth set, written apart at the start of the
  twelfth round, never seen by it. Queries an earlier set already held word for word were taken out before its
  first measure. Measured untouched on the code before the round and after it (English 182/199 first and 198/199
  top three both times, the card for 131/131 danger and 9/148 -> 13/148 ordinary queries; Spanish 125/138 first
  and 135/138 top three both times, the card for 113/115 -> 112/115 and 9/140 -> 10/140). Tuning material since,
  in SETS with floors.
- held-out-15-<lang>.yml and danger-held-out-15-<lang>.yml: a fifteenth set, written apart at the start of the
  twelfth round (beside the fourteenth, by another writer), kept unseen until the round's work and the fourteenth
  set's tuning were in. Queries an earlier set (the fourteenth too) already held word for word were taken out
  first. Measured untouched on the code before the round and after that work (English 202/220 -> 203/220 first,
  215/220 top three both times, the card for 130/132 danger both times and 11/147 -> 12/147 ordinary queries;
  Spanish 134/153 -> 136/153 first, 147/153 -> 148/153 top three, the card for 116/120 both times and 8/138 ->
  9/138). Tuning material since, in SETS with floors.
- held-out-16-<lang>.yml and danger-held-out-16-<lang>.yml: a sixteenth set, written apart at the end of the
  twelfth round, kept unseen until the thirteenth round's start. Queries an earlier set already held word for word
  were taken out first. Measured untouched on the code before the twelfth round and after it (English 189/203 ->
  188/203 first, 198/203 -> 199/203 top three, the card for 125/125 danger both times and 9/139 -> 8/139 ordinary
  queries; Spanish 103/120 -> 107/120 first, 112/120 -> 116/120 top three, the card for 114/116 both times and
  11/135 -> 13/135). Tuning material since the thirteenth round, in SETS with floors.
- held-out-17-<lang>.yml and danger-held-out-17-<lang>.yml: a seventeenth set, written apart at the start of the
  thirteenth round, never seen by it. Queries an earlier set already held word for word were taken out first.
  Measured untouched on the code before the round and after its work (English 183/207 -> 186/207 first, 198/207 ->
  199/207 top three, the card for 134/135 -> 133/135 danger and 11/135 -> 9/135 ordinary queries; Spanish 117/129
  first both times, 123/129 -> 121/129 top three, the card for 113/116 both times and 10/133 -> 6/133). Tuning
  material since, in SETS with floors.
- held-out-18-<lang>.yml and danger-held-out-18-<lang>.yml: an eighteenth set, written apart near the end of the
  thirteenth round, never seen by it. Queries an earlier set already held word for word were taken out first.
  Measured untouched on the code before the round and on what it shipped (English 209/228 -> 213/228 first, 220/228
  -> 224/228 top three, the card for 125/128 -> 126/128 danger and 13/145 -> 12/145 ordinary queries; Spanish
  156/172 -> 162/172 first, 169/172 -> 170/172 top three, the card for 113/114 -> 114/114 danger and 14/136 ->
  12/136). Tuning material since the fourteenth round, in SETS with floors.
- held-out-19-<lang>.yml and danger-held-out-19-<lang>.yml, held-out-20-<lang>.yml and danger-held-out-20-<lang>.yml:
  a nineteenth and a twentieth set, each written apart at the start of the fourteenth round, never seen by it.
  Queries an earlier set already held word for word were taken out first. Measured untouched on the code before
  the round's work and after it. Nineteenth: English 158/171 first and 167/171 top three both times, the card for
  123/124 -> 124/124 danger and 6/125 -> 5/125 ordinary queries; Spanish 104/111 and 110/111 both times, the card
  for 101/102 both times and 7/122 -> 8/122. Twentieth: English 183/200 and 196/200 both times, the card for
  122/124 both times (one query gained, one lost) and 5/135 both times; Spanish 128/136 and 134/136 both times,
  the card for 105/108 both times (one gained, one lost) and 12/127 -> 11/127. Tuning material since, in SETS
  with floors.
- held-out-21-<lang>.yml and danger-held-out-21-<lang>.yml: a twenty-first set, written apart near the end of the
  fourteenth round, never seen by it. Queries an earlier set already held word for word were taken out first.
  Measured untouched on the code before the round and on what it shipped: English 163/170 -> 164/170 first,
  167/170 -> 168/170 top three, the card for 102/104 -> 101/104 danger and 11/125 -> 9/125 ordinary queries;
  Spanish 95/101 -> 96/101 first, 98/101 both times, the card for 91/93 both times and 12/124 -> 10/124. Tuning
  material since the fifteenth round, in SETS with floors.
- held-out-22-<lang>.yml and danger-held-out-22-<lang>.yml: a twenty-second set, written apart at the start of the
  fifteenth round. Queries an earlier set already held word for word were taken out first. Measured untouched on
  the code before the round and on what it shipped: English 189/202 -> 185/202 first, 195/202 -> 196/202 top
  three, the card for 117/119 both times and 8/134 both times; Spanish 155/178 -> 157/178 first, 171/178 ->
  173/178 top three, the card for 119/120 -> 118/120 and 9/131 both times. Its card lines (not its ranking misses)
  were read at its first measure, so its card numbers on what shipped flatter a little. Tuning material since
  the sixteenth round, in SETS with floors.
- held-out-23-<lang>.yml and danger-held-out-23-<lang>.yml: a twenty-third set, written apart during the
  fifteenth round and read by nobody until it was measured untouched on the code before the round and on what it
  shipped: English 172/185 first both times, 179/185 top three both times, the card for 112/113 -> 113/113 and
  8/127 -> 10/127; Spanish 160/181 -> 164/181 first, 172/181 -> 174/181 top three, the card for 102/102 both times
  and 3/120 -> 2/120. Tuning material since the sixteenth round, in SETS with floors.
- held-out-24-<lang>.yml and danger-held-out-24-<lang>.yml: a twenty-fourth set, written apart at the start of the
  sixteenth round. Queries an earlier set already held word for word were taken out first. Measured untouched on
  the code before the round and on what it shipped: English 154/166 -> 159/166 first, 162/166 -> 163/166 top
  three, the card for 115/116 both times and 10/137 -> 8/137; Spanish 133/141 -> 136/141 first, 139/141 both
  times, the card for 114/115 -> 115/115 and 13/134 -> 15/134. Tuning material since the seventeenth round, in
  SETS with floors.
- held-out-25-<lang>.yml and danger-held-out-25-<lang>.yml: a twenty-fifth set, written apart during the
  sixteenth round; its repeats of earlier sets and of the twenty-fourth were taken out. Measured untouched on the
  code before the round and on what it shipped: English 210/225 -> 214/225 first, 219/225 -> 220/225 top three,
  the card for 125/127 both times and 10/140 -> 7/140; Spanish 148/162 -> 150/162 first, 156/162 -> 157/162 top
  three, the card for 111/112 both times and 11/130 -> 9/130. Tuning material since the seventeenth round, in
  SETS with floors.
- held-out-26-<lang>.yml and danger-held-out-26-<lang>.yml: a twenty-sixth set, written apart at the start of the
  seventeenth round. Queries an earlier set already held word for word were taken out first. Measured untouched on
  the code before the round and on what it shipped: English 172/182 -> 173/182 first, 178/182 top three both
  times, the card for 120/121 -> 121/121 and 8/136 both times; Spanish 142/161 -> 144/161 first, 155/161 top three
  both times, the card for 102/105 -> 103/105 and 12/141 both times. Tuning material since the eighteenth round,
  in SETS with floors.
- held-out-27-<lang>.yml and danger-held-out-27-<lang>.yml: a twenty-seventh set, written apart at the start of
  the seventeenth round; its repeats of earlier sets and of the twenty-sixth were taken out. Measured untouched on
  the code before the round and on what it shipped: English 176/183 -> 173/183 first, 181/183 top three both
  times, the card for 121/123 both times and 9/134 both times; Spanish 153/164 -> 152/164 first, 160/164 ->
  161/164 top three, the card for 114/114 -> 113/114 and 9/129 -> 7/129. Tuning material since the eighteenth
  round, in SETS with floors.
- held-out-28-<lang>.yml and danger-held-out-28-<lang>.yml: a twenty-eighth set, written apart during the
  seventeenth round; its repeats of earlier sets and of the twenty-sixth and twenty-seventh were taken out.
  Measured untouched on the code before the round and on what it shipped: English 171/176 first and 175/176 top
  three both times, the card for 106/107 -> 105/107 and 9/132 -> 10/132; Spanish 147/152 -> 146/152 first,
  148/152 top three both times, the card for 102/104 both times and 11/130 -> 9/130. Tuning material since the
  eighteenth round, in SETS with floors.
- held-out-29-<lang>.yml and danger-held-out-29-<lang>.yml: a twenty-ninth set, written apart at the start of the
  eighteenth round. Queries an earlier set already held word for word were taken out first. Measured untouched on
  the code before the round and on what it shipped: English 175/189 -> 176/189 first, 185/189 -> 186/189 top
  three, the card for 127/128 both times and 6/137 -> 4/137; Spanish 154/163 -> 153/163 first, 161/163 top three
  both times, the card for 107/107 both times and 10/140 both times. Tuning material since the nineteenth round,
  in SETS with floors.
- held-out-30-<lang>.yml and danger-held-out-30-<lang>.yml: a thirtieth set, written apart at the start of the
  eighteenth round; its repeats of earlier sets and of the twenty-ninth were taken out. Measured untouched on the
  code before the round and on what it shipped: English 186/199 -> 187/199 first, 195/199 -> 194/199 top three,
  the card for 109/109 both times and 5/128 both times; Spanish 178/193 first both times, 187/193 -> 189/193 top
  three, the card for 114/114 both times and 10/131 -> 8/131. Tuning material since the nineteenth round, in SETS
  with floors.
- held-out-31-<lang>.yml and danger-held-out-31-<lang>.yml: a thirty-first set, written apart at the start of the
  eighteenth round; its repeats of earlier sets and of the twenty-ninth and thirtieth were taken out. Measured
  untouched on the code before the round and on what it shipped: English 171/182 -> 170/182 first, 179/182 top
  three both times, the card for 107/110 -> 108/110 and 14/130 -> 13/130; Spanish 128/137 -> 129/137 first,
  135/137 top three both times, the card for 95/96 both times and 8/123 both times. Tuning material since the
  nineteenth round, in SETS with floors.
- held-out-34-<lang>.yml and danger-held-out-34-<lang>.yml: a thirty-fourth set, written apart in the nineteenth
  round (from the source article and the pages' titles and summaries only, favouring fast phone typing: fragments,
  slang, UK, Irish and Australian English, Mexican, Central American and Caribbean Spanish). Its repeats of earlier
  sets were taken out first (about a quarter of it). Measured untouched on the code the round started from: English
  141/144 first, 143/144 top three, the card for 75/76 danger and 8/109 ordinary queries; Spanish 100/102 first and
  100/102 top three, the card for 48/48 and 25/95 (short everyday searches: an emergency plumber, a baby gate, tap
  water). Tuning material since, in SETS with floors. (The thirty-second and thirty-third sets, written apart in the
  eighteenth round and measured untouched once, were lost with that session's machine; BENCHMARKS.md keeps their
  numbers.)
- danger-tuning-5-<lang>.yml and danger-tuning-6-<lang>.yml: danger lists only, two batches written in the tenth
  round (danger11) before its rule was tuned, for kinds no list had: danger laughed off ("lol", "jaja"),
  regional slang, typos, euphemisms, long stories with the danger in the middle, a friend asking; and near
  misses (jokes, figures of speech, "he's never hit me but", "not in danger", games, films and news). Both
  measured on main's rule before any tuning (BENCHMARKS.md keeps the numbers); tuning material since.
- danger-tuning-7-<lang>.yml: danger lists only, a batch written in the tenth round's second pass (danger12) before
  its rule was tuned: suicide and self-harm said sideways ("want it all to stop", "disappear for good", "no point
  anymore", goodbye letters, giving things away), and near misses (negations, figures of speech, an ex online,
  shouting at the TV). Measured on main's rule before any tuning (BENCHMARKS.md keeps the numbers); tuning
  material since.
- danger-tuning-8-<lang>.yml: danger lists only, a small batch written at the end of the tenth round for harm
  laughed off ("kms lol", "he choked me lol", "me pegó jaja"), which the card reads with the learned words alone,
  and hyperbole with a laugh. Measured on main's rule before tuning (English 18/20 danger, 2/12 ordinary;
  Spanish 14/14 and 1/10); tuning material since.
- danger-tuning-9-<lang>.yml: danger lists only, a batch written in the eleventh round (danger13) before its rule was
  tuned: self-harm and harm said next to a denial, harm done while asleep or unaware, harm laughed off, suicide said
  sideways, Spanish regional euphemisms, harm inside a long story, and near misses of each. Measured on main's rule
  before any tuning (English 43/48 danger, 8/41 ordinary; Spanish 39/45 and 5/40); tuning material since.
- danger-tuning-10-<lang>.yml: danger lists only, a batch written in the thirteenth round (danger16) before its rule
  was tuned, for the kinds the last sets written apart missed, each in new words: things pulled, raised or brought at
  someone, a suicide plan said sideways, getting away unseen, a threat through family or pets, money, food, warmth,
  papers or sleep used to control, harm while asleep; and near misses that share their words (flowers, a plan to
  leave a job, a go bag for a storm, snoring). Measured on main's rule before any tuning (English 89/103 danger,
  23/90 ordinary; Spanish 85/97 and 27/90); tuning material since.
- danger-tuning-11-<lang>.yml: danger lists only, a batch written in the thirteenth round (alarm16) before any rule
  was changed, to measure false alarms: mostly ordinary near misses on the guide's topics said with figures of
  speech that use danger words ("me deja colgada", "me lanzó una indirecta", "her words hit me hard", "choked up"),
  regional Spanish and typos, and danger queries sharing those words. Measured on main's rule with the learned words
  learned without it (English 45/45 danger, 14/115 ordinary; Spanish 51/51 and 29/175); tuning material since.
- danger-tuning-12-<lang>.yml: danger lists only, a batch written in the fourteenth round (danger17) before any rule
  was changed: the kinds the sets written apart missed (a threat said sideways, leaving at the one moment the partner
  cannot see, a suicide plan said sideways, getting away in secret, a threat through a pet or relative, money or food
  held back, a friend's SOS, the blow after the silence, sexual harm, hidden self-harm), each in new shapes, and near
  misses that share their words; queries an earlier set held word for word were taken out first. Measured on main's
  rule with the learned words learned without it (English 99/110 danger, 31/114 ordinary; Spanish 96/111 and 35/115;
  the phrases alone 77/110 and 8/114, 70/111 and 9/115); tuning material since.
- danger-tuning-13-<lang>.yml: danger lists only, a batch written in the fifteenth round (danger18) before any rule
  was changed: kinds of danger no phrase named yet (the neck, kept in, a phone read, trackers, someone waiting at the
  gym or work, birth control and pregnancy taken over, sex taken while asleep or drunk, money and debt in the reader's
  name, papers, medicine hidden or slipped into food, the car, fire, a weapon in sight, pets, children kept or shut
  in, an older parent, a teenager) and near misses that share their words; queries an earlier set held word for word
  were taken out first. Measured on main's rule with the learned words learned without it (English 102/109 danger,
  55/111 ordinary; Spanish 104/115 and 46/108; the phrases alone 83/109 and 20/111, 89/115 and 29/108); tuning
  material since.
- danger-tuning-14-<lang>.yml: danger lists only, a batch written in the sixteenth round (danger19) before any rule
  was changed: danger kinds in shapes no phrase named yet (violence on drink, a harm felt coming, threats through the
  children, suicide said inside a long story, a partner threatening self-harm, smart-home devices and social media,
  sexual harm, pregnancy, money, papers, medicine, older parents, pets, in-laws, honour, religion, an ex's new
  partner) and near misses that share their words; queries an earlier set held word for word were taken out first.
  Measured on main's rule with the learned words learned without it (English 113/117 danger, 38/109 ordinary;
  Spanish 110/116 and 36/113; the phrases alone 82/117 and 19/109, 82/116 and 21/113); tuning material since.
- danger-tuning-15-<lang>.yml: danger lists only, a batch written in the seventeenth round (danger20) before any rule
  was changed: danger said in shapes no phrase named yet more than in new kinds (what the reader does to cope or to
  hide it, what others noticed, plans and fears, questions typed into a search box, reported speech, the passive,
  fragments, slang and regional words, typos and voice typing, run-ons, a friend asking, harm laughed off) and near
  misses that share their words (the same coping acts in everyday life, figures of speech, sport, pets, weather);
  queries an earlier set held word for word were taken out first. Measured on main's rule with the learned words
  learned without it (English 118/129 danger, 52/119 ordinary; Spanish 117/131 and 50/117; the phrases alone 88/129
  and 26/119, 90/131 and 22/117); tuning material since.
- danger-tuning-16-<lang>.yml: danger lists only, a batch written in the seventeenth round (alarm20) before its
  rules were tuned: figures of speech that share danger's words (a snub that was "una bofetada" or "cae como patada",
  pegarle al gimnasio, un bajón que pega, tumbar una idea, el ego golpeado, atrapado en la cabeza, violent and danger
  said to deny them, a toddler or a pet, kitchen knives, "no me siento segura" speaking up, threatening to sell
  something, a phone taken at school or work, spending tracked in an app) and danger queries that use the same words
  for real harm; queries an earlier set held word for word were taken out first. Measured on main's rule with the
  learned words learned without it (English 16/16 danger, 6/19 ordinary; Spanish 43/43 and 30/63; the phrases alone
  15/16 and 5/19, 41/43 and 27/63); tuning material since (the Spanish list is mostly near misses, so its rate of
  false alarms is far above an ordinary set's).
- danger-tuning-17-<lang>.yml: danger lists only, a batch written in the eighteenth round (danger21) before any rule
  was changed: danger only half said (told by the reader's body or routine: sleeping dressed, a bag by the door,
  flinching, counting drinks, the sound of the partner's car; harm to oneself said sideways; drink or food tampered
  with; threats carried by others; pets and things hurt as a warning; sex pressed through guilt or sleep; money and
  papers held with a threat; suicide said as tiredness or as plans for others; a friend, parent, child or neighbour
  asking) and near misses that share their words; queries an earlier set held word for word were taken out first.
  Measured on main's rule with the learned words learned without it (English 83/101 danger, 35/105 ordinary;
  Spanish 79/100 and 31/104; the phrases alone 50/101 and 10/105, 46/100 and 11/104); tuning material since.
- danger-tuning-18-<lang>.yml: danger lists only, a batch written in the eighteenth round (alarm21) before its rules
  were tuned: English figures of speech that share danger's words (the death of me, a look that could kill, the knife
  stuck in with words, a gun to the head as a choice, held hostage by moods, strangled by deadlines, blowing up over
  the dishes), everyday harm that is not a partner's (a baby's kick, a dog that knocks one over, a cut while cooking),
  danger words said to deny danger, "safe" and "scared" about feelings, threats about chores, and danger queries that
  use the same words for real harm; a short Spanish list beside it. Measured on main's rule with the learned words
  learned without it (English 22/22 danger, 17/38 ordinary; Spanish 6/6 and 3/8; the phrases alone 20/22 and 13/38,
  6/6 and 2/8); tuning material since (mostly near misses, so its rate of false alarms is far above an ordinary
  set's).
- danger-tuning-19-<lang>.yml: danger lists only, written by the integrator in the nineteenth round's second pass
  (the helpers asked for new sets that day did not deliver): danger in shapes that are hard to spot (a gun shown, a
  tracker, medicine or papers held back, a partner who threatens suicide, danger after leaving, a friend asking,
  marks seen under a sleeve) and near misses that share its words (a hole punched in one's confidence, a bombshell
  dropped, golpes al saco, a bill read as a fracture). Measured once on main's rule before any phrase was written for
  it (English 68/69 danger, 5/58 ordinary; Spanish 68/69 and 5/46); tuning material since. Its writer knows the rule,
  so it tests the rule less than a set written apart does.
- danger-tuning-20-<lang>.yml: danger lists only, a batch written apart in the nineteenth round (from the source
  article and a list of danger kinds only, without the search data or any earlier set): danger told by what happens
  around it, half denied, asked as questions, carried by things (a smart speaker, papers, a hearing aid), after
  leaving, for a friend; and near misses, mostly short everyday searches that share danger's words (a water-gun
  fight, weeds to kill, a finger cut while cooking, sleep apnea, weapons in a video game, a tracking number). Its
  repeats of earlier sets were taken out first. Measured once on main's rule before any phrase was written for it
  (English 114/116 danger, 12/106 ordinary; Spanish 100/105 and 19/97); tuning material since.
- danger-tuning-21-<lang>.yml: danger lists only, a batch written apart in the twenty-third round (from the source
  article and the pages' titles and summaries only): danger said without a violent word (sleeping in the car when
  the partner drinks, a passport kept, fear of being found reading this, farewell letters) and near misses that put
  a partner beside a strong word ("me secuestró para una cena sorpresa", a beating at chess). Its repeats of earlier
  sets were taken out first. Measured once on main's rule before any phrase was written for it (English 61/64
  danger, 6/63 ordinary; Spanish 55/57 and 16/61); tuning material since.
- danger-tuning-22-<lang>.yml: danger lists only, a batch written apart in the thirty-fifth round (from the source
  article and the pages' titles and summaries only), mostly near misses: everyday searches over two dozen kinds of
  daily life (cooking, gardening, repairs, cars, weather, pets, school, sport, first aid, plots of books and films,
  history, make-up, weddings, idioms, ordinary fears), a fifth of them heavy-sounding neglect that is not danger, and
  danger written as close twins of them (the same kitchen or garden, a partner doing the harm). Its repeats of
  earlier sets were taken out first (12 and 13). Measured once on the round's rule before any phrase was written for
  it (English 63/66 danger, 37/262 ordinary; Spanish 57/57 and 35/224); tuning material since.
- held-out-35-<lang>.yml and danger-held-out-35-<lang>.yml: a thirty-fifth set, written apart in the nineteenth round
  (longer stories and questions; US, Indian and second-language English; Spanish from Spain, Argentina, Chile,
  Colombia and Peru). Its repeats of earlier sets were taken out first. Kept as MEASURED_ONLY (no test held it, and
  nothing learned from it) for two rounds. Measured untouched on the code the nineteenth round started from (English
  126/128 first, 128/128 top three, the card for 85/85 danger and 8/99 ordinary queries; Spanish 68/68 and 68/68, the
  card for 61/61 and 10/82), on what that round shipped, and on what the twenty-first round shipped (the same ranking;
  the card for 85/85 and 6/99, Spanish 60/61 and 6/82: the relearn of that round had left "m pego n m duele todo" with
  no reader). The integrator read that measure's misses while trying a measuring script, so the twenty-second round
  tunes on it: in SETS with floors since (texting "m" read as "me", ordinary phrases for its near misses).
- held-out-36-<lang>.yml and danger-held-out-36-<lang>.yml: a thirty-sixth set, written apart in the twentieth round
  (fast texting with short forms, older readers writing formally, same-sex couples, second-language English; Spanish
  from Mexico, Argentina, Spain, Colombia, Chile and the US). Its repeats of earlier sets were taken out first (31 and
  21 ranking queries, 45 and 47 danger-list queries). Measured untouched on the code the twentieth round started from,
  which is also what it shipped (its search data did not change): English 93% first, 97% top three of 147, the card
  for 88/90 danger and 8/106 ordinary queries; Spanish 89% and 96% of 126, the card for 77/79 and 10/112. While
  checking BENCHMARKS.md the integrator saw its English misses, so the twenty-first round tunes on it: in SETS with
  floors since (phrases for the four danger queries no phrase read, and for seven near misses phrases read).
- held-out-37-<lang>.yml and danger-held-out-37-<lang>.yml: a thirty-seventh set, written apart in the
  twenty-third round (short searches, fragments and texting, younger readers; Spanish from Mexico, Argentina, Chile
  and the US; near misses from games, sport, pets and children). Its ranking lists' writer had time for the pages'
  titles and summaries only (a note in each file says so). Its repeats of earlier sets were taken out first (37 and
  48 ranking queries, 52 and 56 danger-list queries). Measured untouched, by counts only, on the code the round
  started from (c316e93): English 104/114 first, 110/114 top three, the card for 93/95 danger and 11/92 ordinary
  queries; Spanish 68/77 and 72/77, the card for 62/66 and 14/88. Tuning material since (in SETS with floors).
- held-out-38-<lang>.yml and danger-held-out-38-<lang>.yml: a thirty-eighth set, written apart in the twenty-third
  round (long and formal queries, older readers, second-language English; Spanish from Spain and the Caribbean;
  near misses from health, news, films and work). Its repeats of earlier sets were taken out first (22 and 15
  ranking queries, 42 and 43 danger-list queries). Measured untouched on c316e93: English 140/151 first, 144/151
  top three, the card for 78/78 danger and 12/89 ordinary queries; Spanish 120/132 and 128/132, the card for 64/64
  and 9/83. Its danger lists were also measured on the round's first change (the Spanish phrases of the twenty-first
  danger tuning batch and Spanish danger words relearned with it): Spanish 63/64, the relearn having left a gun shown
  in an argument to no reader. The integrator's measuring script printed its ranking misses, so it is tuning
  material since (in SETS with floors).
- held-out-39-<lang>.yml and danger-held-out-39-<lang>.yml: a thirty-ninth set, written apart in the
  twenty-fourth round (young readers typing fast: texting, voice-typing run-ons, hints; Spanish from Mexico, Central
  America, Peru, Bolivia and Ecuador; near misses from sport, games, school, cooking and memes). Its repeats of
  earlier sets (and of the fortieth) were taken out first (38 and 33 ranking queries, 34 and 48 danger-list
  queries). Measured untouched, by counts only, on the code of the round's first change (a777e9a): English
  114/122 first, 119/122 top three, the card for 93/93 danger and 4/103 ordinary queries; Spanish 97/112 and
  107/112, the card for 80/80 and 8/87. Tuning material since (in SETS with floors).
- held-out-40-<lang>.yml and danger-held-out-40-<lang>.yml: a fortieth set, written apart in the twenty-fourth
  round (men writing about a wife or girlfriend, same-sex couples, parents; English from India, Nigeria, the
  Philippines, South Africa and Scotland; tech control, money, documents and visas; Spanish from Argentina,
  Uruguay, Chile, Colombia, Venezuela, Puerto Rico and the US; near misses from farming, hunting, travel, police
  series, pharmacy, lyrics and home security). Its repeats of earlier sets were taken out first (40 and 25 ranking
  queries, 25 and 33 danger-list queries). Measured untouched on a777e9a: English 148/156 first, 154/156 top
  three, the card for 95/95 danger and 10/105 ordinary queries; Spanish 123/133 and 129/133, the card for 79/79
  and 10/86. Tuning material since (in SETS with floors).
- held-out-41-<lang>.yml and danger-held-out-41-<lang>.yml: a forty-first set, written apart in the
  twenty-fourth round (readers mid-crisis or just after one, rural and small-town readers, disabled readers and
  carers, older couples, partners named by name; Spanish from Andalucía, the Canaries, northern Mexico, the
  Colombian coast, the Dominican Republic and Cuba; near misses from cars, storms, gyms, true crime, theatre,
  babies and office slang). Its repeats of earlier sets were taken out first (44 and 35 ranking queries, 33 and 38
  danger-list queries). Kept out of the repository and unread for a round, it was measured untouched, by counts
  only, on the code of that round's first change (a777e9a), its third (5e60f4a) and its last (a4ffc8e); on the last:
  English 137/147 first, 143/147 top three, the card for 95/98 danger and 8/113 ordinary queries; Spanish 144/157
  and 153/157, the card for 83/86 and 8/91. Tuning material since the twenty-fifth round (in SETS with floors).
- held-out-42-<lang>.yml and danger-held-out-42-<lang>.yml: a forty-second set, written apart in the
  twenty-fifth round (readers writing in a second language, readers whose faith or elders shape how they speak of
  marriage, pregnant readers and new parents, shift-working, military and fly-in fly-out families, long dictated
  run-ons; Spanish from Central America with voseo, Venezuela, Ecuador, Bolivia, Uruguay and Puerto Rico; near
  misses from church, school, streaming, moving house, airports, plants, court dramas, photography and the
  dentist). Its repeats of earlier sets were taken out first (26 and 21 ranking queries, 32 and 39 danger-list
  queries). Measured untouched, by counts only, on the code the round started from (a4ffc8e) and on its first
  change (f71ebd9); on the latter: English 186/197 first, 194/197 top three, the card for 102/102 danger and 9/105
  ordinary queries; Spanish 181/195 and 189/195, the card for 88/89 and 8/89. Tuning material since (in SETS with
  floors).
- held-out-43-<lang>.yml and danger-held-out-43-<lang>.yml: a forty-third set, written apart in the
  twenty-fifth round (readers asking for someone else, teenagers and students dating, LGBTQ+ couples, readers who
  play it down, keywords only, autocorrected words; Spanish from Spain with Galicia and Catalonia, the River Plate,
  Chile, Andean Peru, Paraguay and US Spanglish; near misses from programming, hunting and fishing, weddings,
  insurance and banks, vets, barbecue, song lyrics and fighting games). Its repeats of earlier sets were taken out
  first (55 and 43 ranking queries, 44 and 54 danger-list queries). Kept unread a round and measured untouched, by
  counts only, on the code the twenty-fifth round started from (a4ffc8e), on each of its changes and on the code
  the twenty-sixth started from (8c94f23, the same code as 37b3202): English 125/134 first, 131/134 top three, the
  card for 94/95 danger and 5/88 ordinary queries; Spanish 139/151 and 147/151, the card for 72/72 and 6/82.
  Tuning material since the twenty-sixth round (in SETS with floors).
- held-out-45-<lang>.yml and danger-held-out-45-<lang>.yml: a forty-fifth set, written apart in the
  twenty-sixth round (men writing about a wife or girlfriend, co-parents and separated parents, long-distance and
  online couples, newly arrived immigrants, phonetic and dyslexic spelling, voice typing; Spanish from Mexico City,
  Central America, Valencia, Cordoba, Bolivia and Texas and Florida Spanglish; near misses from boxing and martial
  arts, camping and hunting knives, fireworks, exams, butchery, crime novels, first aid and children's games). Its
  repeats of earlier sets were taken out first (39 and 33 ranking queries, 47 and 59 danger-list queries). Measured
  untouched, by counts only, on the round's first change (9be422b): English 115/117 first, 116/117 top three, the
  card for 89/90 danger and 7/104 ordinary queries; Spanish 95/102 and 101/102, the card for 68/69 and 4/91.
  Tuning material since (in SETS with floors).
- held-out-44-<lang>.yml and danger-held-out-44-<lang>.yml: a forty-fourth set, written apart in the
  twenty-sixth round (older readers after long marriages, carers, readers who know therapy words, formal and long
  queries, one-thumb fragments; Spanish from New Mexico, Cuba, the Dominican Republic, the Colombian coast,
  Venezuela, Andalusia and the Canary Islands; near misses from medicines and hospitals, elder care, farms, tools,
  news headlines, board and card games and true crime). Its repeats of earlier sets were taken out first (33 and
  38 ranking queries, 31 and 31 danger-list queries). Kept unread a round and measured untouched, by counts only,
  on the code of the twenty-sixth round's last search change (d018829) and on the code the twenty-seventh started
  from (08f77a5, the same built index): English 126/132 first, 131/132 top three, the card for 85/87 danger and 8/99
  ordinary queries; Spanish 93/100 and 98/100, the card for 70/70 and 13/90. Tuning material since the
  twenty-seventh round (in SETS with floors).
- held-out-46-<lang>.yml and danger-held-out-46-<lang>.yml: a forty-sixth set, written apart in the
  twenty-seventh round (students and young adults, same-sex and queer couples, autistic and ADHD readers, rural
  readers, religious communities, shift-working and military families, readers writing about a friend; Spanish
  from Peru, Chile, Uruguay, Paraguay, Ecuador, Puerto Rico, Galicia, Murcia, Madrid and New York Spanglish; near
  misses from hospitals, elder care, farms, tools, true crime, martial arts, games, hunting, theatre, storms and
  breakdowns). Its repeats of earlier sets were taken out first (33 and 18 ranking queries, 32 and 33 danger-list
  queries). Measured untouched, by counts only, on the code the round started from (08f77a5) and on its first
  change (b2bf64a); on the latter: English 138/142 first, 142/142 top three, the card for 101/103 danger and
  3/110 ordinary queries; Spanish 121/139 and 129/139, the card for 88/88 and 4/108. Tuning material since (in
  SETS with floors).
- held-out-47-<lang>.yml and danger-held-out-47-<lang>.yml: a forty-seventh set, written apart in the
  twenty-seventh round (parents of small children, long marriages, disabled readers and readers with a chronic
  illness who depend on a partner, readers writing in a second language, readers who swear, two to four words;
  Spanish from Colombia, Venezuela, Cuba, the Dominican Republic, Costa Rica, Panama, Andalusia, the Canary
  Islands, the Basque Country, Catalonia and California; near misses from pregnancy, toddlers, pets, moving house,
  banks, phones, horror films, games, garden pests, police careers and self-defence). Its repeats of earlier sets
  were taken out first (59 and 54 ranking queries, 45 and 44 danger-list queries). Measured untouched, by counts
  only, on the code the round started from (08f77a5) and on its third search change (cf190c5); on the latter:
  English 127/131 first, 131/131 top three, the card for 91/94 danger and 9/101 ordinary queries; Spanish 114/119
  and 117/119, the card for 78/80 and 7/92. Tuning material since (in SETS with floors).
- held-out-48-<lang>.yml and danger-held-out-48-<lang>.yml: a forty-eighth set, written apart in the
  twenty-seventh round (readers in recovery from drink or drugs, tradespeople, farmers and lorry drivers, nurses and
  carers on night shifts, step-families, people who remarried late, several generations under one roof, gamers;
  Spanish from northern Mexico, Buenos Aires, Lima, Bogota, Santo Domingo, Madrid, Barcelona, Tenerife and Chicago;
  near misses from engines, gyms, horror films, plumbing and electrics, butchery, doctors and dentists, farm
  animals, storms, betting, computer words, video-game weapons and in-laws). Its repeats of earlier sets were taken
  out first (36 and 35 ranking queries, 56 and 50 danger-list queries). Kept unread a round; measured untouched,
  by counts only, on the round's last search change (ec4c42e) and on its review (d06ef3b), with the same counts:
  English 157/160 first, 159/160 top three, the card for 72/74 danger and 6/86 ordinary queries; Spanish 135/141
  and 140/141, the card for 67/68 and 8/82. Tuning material since the twenty-eighth round (in SETS with floors).
- held-out-49-<lang>.yml and danger-held-out-49-<lang>.yml: a forty-ninth set, written apart in the
  twenty-eighth round (teenagers and young adults in a first relationship, students, couples who met online or live
  apart, military and fly-in fly-out families, newcomers whose partner holds their visa, readers with a chronic
  illness, deaf readers, readers of faith; Spanish from Central America, Venezuela, Ecuador, Uruguay, Paraguay,
  Bolivia, Puerto Rico, Cuba, Andalusia, Galicia, Texas and Florida; near misses from school, phones, weddings,
  hunting, martial arts, theatre, true crime, baking, babies, camping and driving tests). Its repeats of earlier
  sets were taken out first (57 and 50 ranking queries, 49 and 51 danger-list queries). Measured untouched, by
  counts only, on the round's first search change (4b1c8a4): English 107/112 first, 110/112 top three, the card
  for 86/86 danger and 5/89 ordinary queries; Spanish 93/96 and 95/96, the card for 70/70 and 7/83. Tuning
  material since (in SETS with floors).
- held-out-50-<lang>.yml and danger-held-out-50-<lang>.yml: a fiftieth set, written apart in the twenty-eighth
  round (readers over sixty, grandparents raising grandchildren, partners of someone with dementia or depression,
  readers who spell by sound or write through a translation app, men hurt by a partner, open and polyamorous
  relationships, readers in insecure housing, couples who work together; Spanish from Mexico City, Guadalajara,
  Oaxaca, Yucatan, the Colombian coast, Medellin, Chile, the Peruvian Andes, Panama, Valencia, the Basque Country,
  Los Angeles and New York; near misses from gardening, fishing, cars, heat waves, crosswords, war films, chess,
  medicine doses, vets, sports injuries, lyrics and office jargon). The ranking helper wrote from the pages' titles
  and summaries alone, without the article. Its repeats of earlier sets were taken out first (30 and 30 ranking
  queries, 33 and 45 danger-list queries). Measured untouched, by counts only, on the round's second search change
  (692f7ca): English 125/127 first, 127/127 top three, the card for 86/86 danger and 7/94 ordinary queries;
  Spanish 94/97 and 95/97, the card for 60/61 and 11/83. Tuning material since (in SETS with floors).
- held-out-51-<lang>.yml and danger-held-out-51-<lang>.yml: a fifty-first set, written apart in the twenty-eighth
  round (very short and very long voice-typed queries, small towns, couples who farm or keep a shop together,
  parents of a disabled child, partners who work away or are in prison, readers in their forties whose children
  have left, readers who mix English with another language; Spanish from Puebla, Veracruz, Tijuana, Cali, Bogota,
  Cordoba, Rosario, Chile, Peru, the Dominican Republic, Madrid, Seville, Houston and Miami; near misses from
  barbecues, motorbikes, power tools, vets, weddings, homework, boxing, crime series, video games, hospital visits,
  weather and jokes about in-laws and bosses). Both helpers wrote from the pages' titles and summaries alone,
  without the article. Its repeats of earlier sets were taken out first (65 and 65 ranking queries, 59 and 63
  danger-list queries). Kept unread for a round and measured untouched, by counts only, on the round's last search
  change (7d7a724) and its review (b6628df), with the same counts: English 103/106 first, 104/106 top three, the
  card for 76/77 danger and 4/83 ordinary queries; Spanish 71/71 and 71/71, the card for 60/61 and 4/71. Tuning
  material since the twenty-ninth round (in SETS with floors).
- held-out-52-<lang>.yml and danger-held-out-52-<lang>.yml: a fifty-second set, written apart in the twenty-ninth
  round from the article and the pages' titles and summaries (readers from eighteen to twenty-two, students,
  partners of older people, pregnancy and newborns, military families, deaf and blind readers, angry run-ons and
  very formal sentences; Spanish from Venezuela, Ecuador, Uruguay, Paraguay, Bolivia, Guatemala, Honduras, El
  Salvador, Costa Rica, Puerto Rico, Cuba, the Canary Islands, Valencia, Barcelona, Los Angeles and New York; near
  misses from gyms and martial arts, hunting, camping, knives, horror and true crime, chemistry and biology
  homework, first aid, fireworks, farm animals, plumbing and electrics, and hyperbole). Its repeats of earlier sets,
  of the fifty-first and of the fifty-third were taken out first (56 and 43 ranking queries, 39 and 54 danger-list
  queries). Measured untouched, by counts only, on the round's second tuning change (7fb872d): English 122/123
  first, 123/123 top three, the card for 90/90 danger and 15/91 ordinary queries; Spanish 102/103 and 103/103, the
  card for 68/68 and 10/76. Tuning material since (in SETS with floors).
- held-out-53-<lang>.yml and danger-held-out-53-<lang>.yml: a fifty-third set, written apart in the twenty-ninth
  round from the article and the pages' titles and summaries (readers from fifty to past seventy, long and second
  marriages, blended families, partners who drink or gamble, chronic illness, carers of elderly parents, readers
  of faith, shift workers, heavy typos and words run together; Spanish from Andalusia, Galicia, the Basque
  Country, Murcia, Mexico City, Monterrey, Guadalajara, Oaxaca, Medellin, Barranquilla, Lima, Arequipa, Santiago,
  Valparaiso, Buenos Aires, Mendoza, Montevideo, Panama, Chicago and Texas; near misses from chainsaws, shooting
  ranges, pharmacies, tattoos, dentists, driving lessons, war history, board games, opera, crime podcasts, sports
  injuries, diets and jokes about in-laws and rivals). Its repeats of earlier sets and of the fifty-first were
  taken out first (39 and 33 ranking queries, 22 and 22 danger-list queries). Measured untouched, by counts only,
  on the code the round started from (966aa20, the search of b6628df): English 134/138 first, 137/138 top three,
  the card for 89/91 danger and 3/102 ordinary queries; Spanish 116/120 and 118/120, the card for 76/77 and 4/91.
  Tuning material since (in SETS with floors).
- held-out-54-<lang>.yml and danger-held-out-54-<lang>.yml: a fifty-fourth set, written apart in the thirtieth round
  from the article and the pages' titles and summaries. Its repeats of earlier sets were taken out first. Measured
  untouched, by counts only, on the code that round started from (1969613) and on its search change (189633c), with
  the same counts: English 92/93 first, 92/93 top three, the card for 68/69 danger and 4/87 ordinary queries;
  Spanish 55/55 and 55/55, the card for 55/55 and 6/71. Kept out of tests/queries for a round (nothing learned from
  it); tuning material since the thirty-first round (in SETS with floors).
- held-out-55-<lang>.yml: a fifty-fifth set (ranking lists only), written apart in the thirtieth round and measured
  untouched on its search change (189633c): English 93/93 first and in the top three, Spanish 58/59 and 59/59. Kept
  out of tests/queries for a round; tuning material since the thirty-first round (in SETS with floors).
- danger-held-out-56-<lang>.yml: a fifty-sixth set (danger lists only), written apart in the thirtieth round and
  measured untouched, whole, on the code the thirty-first round started from (c2a669f): the card for 92/93 English
  danger and 2/95 ordinary queries, Spanish 79/80 and 5/81 (the misses: "scared" and "miedo" typed alone). Its
  repeats of earlier sets were taken out after that measure (47 and 49). Tuning material since (in DANGER_SETS).
- held-out-58-<lang>.yml: a fifty-eighth set (ranking lists only), written apart in the thirty-first round from the
  article and the pages' titles and summaries (readers past fifty and readers writing in a second language,
  voice-typed run-ons and very short fragments). Its repeats of earlier sets were taken out first (59 and 54).
  Measured untouched, by counts only, on the code that round started from (c2a669f) and on its third search change
  (420dbc9), with the same counts: English 80/86 first, 84/86 top three; Spanish 71/74 and 72/74. Tuning material
  since (in SETS with floors).
- danger-held-out-59-<lang>.yml: a fifty-ninth set (danger lists only), written apart in the thirty-first round
  (young adults, parents of small children, a hurried thumb on a cracked phone, near misses from daily life). Its
  repeats of earlier sets and of the fifty-eighth were taken out first (54 and 59). Measured untouched on c2a669f:
  the card for 64/66 English danger and 4/80 ordinary queries, Spanish 63/66 and 7/72; on 420dbc9: 64/66 and 3/80,
  63/66 and 8/72. Tuning material since (in DANGER_SETS).
- held-out-60-<lang>.yml: a sixtieth set (ranking lists only), written apart in the thirty-second round (readers texting
  in a hurry, careful older readers, Spanish with regional partner words and voseo). Its repeats of earlier sets were
  taken out first (53 and 51). Kept unread that round; measured untouched on the code the thirty-third round started
  from (2dc215e): English 80/81 first, 80/81 top three; Spanish 48/50 and 50/50. Tuning material since (in SETS with
  floors).
- danger-held-out-61-<lang>.yml: a sixty-first set (danger lists only), written apart in the thirty-second round
  (teenagers and young adults in first relationships, readers in their fifties and sixties, near misses from their
  days). Its repeats of earlier sets were taken out first (50 and 49). Measured untouched on the code that round
  started from (51231ee): the card for 68/69 English danger and 3/85 ordinary queries, Spanish 62/62 and 4/73.
  Tuning material since (in DANGER_SETS).
- danger-held-out-62-<lang>.yml: a sixty-second set (danger lists only), written apart in the thirty-second round,
  Spanish first, with many near misses from everyday idioms (matar, morir, pegar, golpe, amenaza, sangre, miedo).
  Its repeats of earlier sets were taken out first (70 and 46). Measured untouched on 51231ee: the card for 58/60
  English danger and 7/63 ordinary queries, Spanish 77/78 and 13/86. Tuning material since (in DANGER_SETS).
- held-out-64-<lang>.yml: a sixty-fourth set (ranking lists only), written apart in the thirty-third round (readers
  asking for a friend or asking "is it normal", half-remembered self-help words, Spanish mixing registers). Its
  repeats of earlier sets were taken out first (56 and 60). Measured untouched on the code that round started from
  (2dc215e): English 83/85 first, 83/85 top three; Spanish 55/59 and 57/59. Tuning material since (in SETS with
  floors).
- danger-held-out-63-<lang>.yml: a sixty-third set (danger lists only), written apart in the thirty-third round
  (partners of many years who understate, rural and small-town readers, readers writing in a second language, near
  misses from farms, hunting, nursing and television crime). Its repeats of earlier sets were taken out first (49 and
  46). Measured untouched on the code the thirty-fourth round started from (412fc6c): the card for 69/70 English
  danger and 6/74 ordinary queries, Spanish 53/54 and 2/61. Tuning material since (in DANGER_SETS).
- danger-held-out-65-<lang>.yml: a sixty-fifth set (danger lists only), written apart in the thirty-fourth round
  (teenagers and young adults texting in slang, same-sex couples, older readers and carers, a reader typing in a
  hurry from a car park; near misses from games, sport, cooking, films, exams and hospital shifts). Its repeats of
  earlier sets were taken out first (63 and 62). Measured untouched on the code that round started from (412fc6c):
  the card for 65/65 English danger and 4/76 ordinary queries, Spanish 50/51 and 6/68; on 73f2350: 64/65 and 4/76,
  50/51 and 6/68. Tuning material since (in DANGER_SETS).
- held-out-66-<lang>.yml: a sixty-sixth set (ranking lists only), written apart in the thirty-fourth round (long
  marriages, new parents, shift, military and fly-in-fly-out families, long stories and short fragments, readers
  asking for a part of the site). Its repeats of earlier sets were taken out first (59 and 77). Measured untouched on
  412fc6c: English 112/117 first, 115/117 top three; Spanish 64/67 and 66/67; on 73f2350: English 111/117 and
  115/117, Spanish the same. Tuning material since (in SETS with floors).
- danger-held-out-67-<lang>.yml: a sixty-seventh set (danger lists only), written apart in the thirty-fourth round
  (readers living with a partner's family, whose papers or money hang on the partner, who depend on a partner's
  care; near misses from trades, hospitals, sport, history, weather, butchery and games). Its writer worked from a
  description of the task and the pages' titles, not the article. Its repeats of earlier sets were taken out first
  (54 and 56). Measured untouched on 412fc6c: the card for 71/72 English danger and 5/73 ordinary queries, Spanish
  43/44 and 4/53; on 0ae18e1: 71/72 and 5/73, 44/44 and 4/53. Tuning material since (in DANGER_SETS).
- held-out-68-<lang>.yml: a sixty-eighth set (ranking lists only), written apart in the thirty-fourth round (first
  relationships, older readers, partners who travel, a feeling typed alone, readers asking what a page is for),
  from the pages' titles and summaries alone. Its repeats of earlier sets were taken out first (51 and 42).
  Measured untouched on 412fc6c: English 67/68 first, 68/68 top three; Spanish 43/45 and 45/45; on 0ae18e1: 67/68
  and 68/68, 45/45 and 45/45. Tuning material since (in SETS with floors).
- danger-held-out-69-<lang>.yml and held-out-70-<lang>.yml: a sixty-ninth set (danger lists only) and a seventieth
  (ranking lists only), written apart at the end of the thirty-fourth round (formal and fragmentary voices, men
  hurt by a partner, threats passed on; near misses from DIY, sport injuries, fishing, theatre, games, childbirth;
  therapy words said loosely). Their repeats of earlier sets were taken out first (69: 41 and 42; 70: 51 and 39).
  Measured untouched on that round's last search change (be0b6e9): the card for 90/90 English danger and 6/77
  ordinary queries, Spanish 77/77 and 11/71 (15.5%, over the goal); ranking English 75/77 first, 77/77 top three,
  Spanish 64/67 and 67/67. Tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-71-<lang>.yml and held-out-72-<lang>.yml: a seventy-first set (danger lists only) and a
  seventy-second (ranking lists only), written apart at the start of the thirty-fifth round (late-night whispered
  fragments, religious and family words, older and same-sex couples, spelling by sound; near misses from storms,
  wrestling, tattoos, riding, babysitting, Halloween; one concrete scene with a partner, questions about oneself,
  one- or two-noun searches, Irish, Scottish, Indian, South African and Nigerian English). Their repeats of earlier
  sets were taken out first (71: 56 and 51; 72: 39 and 35). Measured untouched on the round's starting code
  (a3acd20): the card for 74/74 English danger and 7/77 ordinary queries, Spanish 61/61 and 6/68; ranking English
  85/87 first, 87/87 top three, Spanish 77/77 and 77/77. Tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-73-<lang>.yml and held-out-74-<lang>.yml: a seventy-third set (danger lists only) and a
  seventy-fourth (ranking lists only), written apart at the start of the thirty-fifth round and kept unread until
  measured (threats pasted from a partner's message, voice typing, control through devices, money and papers; near
  misses from tech support, banking, pregnancy, betting, concerts, films and camping; what to do next, a partner
  quoted, readers who fear they are the one neglecting, British idioms, autocorrect). Their repeats of earlier sets
  were taken out first. Measured untouched on the round's starting code (a3acd20): the card for 109/110 English
  danger and 14/81 ordinary queries (17.3%, over the goal), Spanish 79/80 and 5/70; ranking English 74/77 first,
  76/77 top three, Spanish 56/58 and 58/58; and on the round's last search change (90c796c): 108/110 and 12/81
  (14.8%), 79/80 and 5/70; ranking 74/77 and 76/77, 57/58 and 58/58. Tuning material since (in DANGER_SETS, and
  SETS with floors).
- danger-held-out-75-<lang>.yml and held-out-76-<lang>.yml: a seventy-fifth set (danger lists only; its writer read
  the help lines and the pages' titles and summaries, not the article) and a seventy-sixth (ranking lists only),
  written apart at the end of the thirty-fifth round and kept unread until measured (second person to oneself or a
  friend, carers, farms, a partner who drinks or gambles, writing beside the partner, transgender and non-binary
  readers; near misses from gaming, gigs, home security, self-defence, police dramas, sports news, hospitals, vets,
  kitchens, DIY and cars; whether it has a name, then and now, talking to children or family, printing or sharing,
  in the middle of an argument). Their repeats of earlier sets were taken out first. Measured untouched on the code
  the thirty-sixth round started from (acdf135): the card for 74/74 English danger and 8/79 ordinary queries (10.1%,
  over the goal), Spanish 51/51 and 7/65 (10.8%, over the goal); ranking English 59/65 first, 64/65 top three (91%,
  98%), Spanish 40/42 and 41/42 (95%, 98%). Tuning material since (in DANGER_SETS, and SETS with floors).
- danger-tuning-23-<lang>.yml: danger lists only, a batch written apart in the thirty-sixth round (from the source
  article and the pages' titles and summaries only): near misses from the kinds of daily life the twenty-second left
  out and the kinds that raised false alarms since (tech support, phones and trackers, doorbell cameras, banking,
  pregnancy, betting, gigs and mosh pits, action films and video games, camping, contact sports, crime dramas,
  self-defence, vets, kitchens, tattoos, dentists, landlords, road rage on the news, layoffs, politics, weather
  warnings), a fifth of them heavy-sounding neglect that is not danger, and danger written as their close twins.
  Its repeats of earlier sets were taken out first (20 and 15). Measured once on the round's starting code before
  any phrase was written for it (English 79/79 danger, 31/303 ordinary; Spanish 87/87 and 45/297); tuning material
  since.
- danger-held-out-81-<lang>.yml and held-out-82-<lang>.yml: an eighty-first set (danger lists only; its writer read
  the help lines and the pages' titles and summaries, not the article) and an eighty-second (ranking lists only),
  written apart at the start of the thirty-seventh round (teenagers and people over sixty, men, same-sex couples,
  second-language writers, rural readers, partners who hold the money, the phone or the papers; near misses from
  games, sport, kitchens, films, tools, first aid, pets, work, cars, tech, weather, news, history, music, school,
  gardening, hunting and police work as a job). The sets the thirty-sixth round left for the next were lost with
  its machine, unread, so these were written new. Their repeats of earlier sets were taken out first (70 and 53;
  73 and 63). Measured untouched on the code the thirty-seventh round started from (90d2fb9, the same search as
  2d80ecc): the card for 87/88 English danger and 4/78 ordinary queries, Spanish 72/72 and 6/83; ranking English
  99/100 first, 100/100 top three, Spanish 65/68 and 68/68. Tuning material since (in DANGER_SETS, and SETS with
  floors).
- danger-tuning-24-<lang>.yml: danger lists only, a batch written apart in the thirty-seventh round (from the help
  lines and the pages' titles and summaries only): danger said indirectly (the harm not named, a question about
  something else that shows it), in chat shorthand and with shaking hands, in fragments and run-ons, with regional
  slang for hitting, threats and the police, and near misses for each kind. Its repeats of earlier sets were taken
  out first (27 and 16). Measured once on the round's starting code before any phrase was written for it (English
  88/97 danger, 9/84 ordinary; Spanish 117/119 and 4/111); tuning material since.
- danger-held-out-83-<lang>.yml and held-out-84-<lang>.yml: an eighty-third set (danger lists only, written as the
  eighty-first was) and an eighty-fourth (ranking lists only), written apart at the start of the thirty-seventh round
  in other voices (text speak, shaking hands, all caps, euphemism, carers who are partners, papers held by a partner,
  teenagers; one concrete scene per query, long-distance and late-life couples, a partner with depression) and kept
  unread while the round tuned on the eighty-first, eighty-second and the twenty-fourth batch. Their repeats of
  earlier sets were taken out first (59 and 48; 71 and 62). Measured untouched on the round's starting code
  (90d2fb9) and on its first tuning (ea28bbc): the card for 100/102 -> 101/102 English danger and 4/103 ordinary
  queries both times, Spanish 89/94 -> 90/94 and 1/91 -> 0/91; ranking English 106/107 first and 107/107 top three
  both times, Spanish 73/76 and 76/76 both times. Tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-85-<lang>.yml and held-out-86-<lang>.yml: an eighty-fifth set (danger lists only, written as the
  eighty-first was) and an eighty-sixth (ranking lists only), written apart at the start of the thirty-seventh round in
  other voices again (how to get help safely, the past tense, readers who play it down, pregnancy, disability, a
  partner with a gun licence; "is it normal" questions, body feelings, short keyword searches) and never read. Their
  repeats of earlier sets were taken out first (72 and 54; 65 and 50). Measured untouched, counts only, on the round's
  starting code (90d2fb9), after its first tuning (ea28bbc) and after its second (763baa2): the card for 115/116 ->
  114/116 -> 114/116 English danger and 4/88 ordinary queries each time, Spanish 106/110 -> 106/110 -> 107/110 and
  1/107 each time; ranking English 99/101 first and 100/101 top three each time, Spanish 76/81 -> 78/81 -> 78/81 and
  80/81 each time. Kept as MEASURED_ONLY (no test holds them, no weight learns from them) until the thirty-eighth
  round, which measured the card once more on its starting code (4ed703e, whose search is 763baa2's: the same
  counts) and tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-87-<lang>.yml and held-out-88-<lang>.yml: an eighty-seventh set (danger lists only, written as the
  eighty-first was) and an eighty-eighth (ranking lists only), written apart at the start of the thirty-eighth round
  in other voices again (harm said indirectly and readers in a hurry; long first-person stories and "is it normal",
  "why does", "how do i" questions) and kept unread while the round tuned on the eighty-fifth and eighty-sixth.
  Their repeats of earlier sets were taken out first (98 and 62; 26 and 16). Measured untouched on the round's
  starting code (4ed703e) and on its first tuning (07b7908): the card for 122/133 English danger queries both times
  and 8/159 ordinary both times, Spanish 156/165 -> 157/165 and 8/150 -> 7/150; ranking English 183/196 first both
  times and 192/196 -> 193/196 top three, Spanish 161/170 -> 162/170 and 166/170 -> 165/170. Tuning material since
  (in DANGER_SETS, and SETS with floors).
- danger-held-out-89-<lang>.yml and held-out-90-<lang>.yml: an eighty-ninth set (danger lists only) and a ninetieth
  (ranking lists only), written apart with the eighty-seventh and eighty-eighth (older readers, men, same-sex couples,
  teenagers, questions; short fragments about what the partner does) and never read. Their repeats of earlier sets
  were taken out first (83 and 39; 64 and 52). Measured untouched, counts only, on the round's starting code
  (4ed703e), its held-letter rule alone (6a8e1c6, the card only), its first tuning (07b7908) and its second
  (eda60eb): the card for 151/159 -> 151/159 -> 150/159 -> 154/159 English danger queries and 15/153 -> 15/153 ->
  14/153 -> 13/153 ordinary, Spanish 142/145 -> 142/145 -> 142/145 -> 141/145 and 16/153 -> 16/153 -> 15/153 ->
  14/153; ranking English 136/138 first and 136/138 top three each time, Spanish 120/125 -> 120/125 -> 122/125 and
  124/125 -> 124/125 -> 125/125. Kept as MEASURED_ONLY until the thirty-ninth round, which started from the same
  search (c769db2 reads every list as eda60eb) and tuned on them: tuning material since (in DANGER_SETS, and SETS
  with floors).
- danger-held-out-91-<lang>.yml and held-out-92-<lang>.yml: a ninety-first set (danger lists only: practical
  questions, one recent event, a friend or relative in danger, neglect and danger in one query) and a ninety-second
  (ranking lists only: the words of therapy and self-help, how long it has lasted, second relationships, the
  reader's own reactions), written apart near the end of the thirty-eighth round and never read. Repeats of earlier
  sets (the eighty-ninth and ninetieth too) taken out first (61 and 39; 47 and 29). Measured untouched, counts only,
  on the round's last search (eda60eb): the card for 135/139 English danger and 6/164 ordinary queries, Spanish
  164/165 and 12/146; ranking English 158/171 first and 166/171 top three, Spanish 164/175 and 171/175. Kept
  as MEASURED_ONLY until the thirty-ninth round, which measured them once more, counts only, after its first
  tuning (6384fd6): the card for 135/139 English danger and 6/164 ordinary queries, Spanish 165/165 and 9/146;
  ranking English 157/171 and 167/171, Spanish 165/175 and 171/175. Tuning material since (in DANGER_SETS, and SETS
  with floors).
- danger-held-out-93-<lang>.yml and held-out-94-<lang>.yml: a ninety-third set (danger lists only: short fragments,
  older readers, same-sex couples, readers who depend on the partner for care, money or papers, readers who play it
  down) and a ninety-fourth (ranking lists only: long stories of one evening, asking for a friend or a relative,
  comparing with a parents' marriage or an earlier relationship, asking what to do), written apart at the start of
  the thirty-ninth round and never read. Repeats of earlier sets taken out first (76 and 101; 24 and 14). Measured
  untouched, counts only, on the round's starting code (c769db2), its first tuning (6384fd6) and its second
  (45238b6): the card for 146/153 -> 148/153 -> 147/153 English danger queries and 7/126 -> 6/126 -> 7/126
  ordinary, Spanish 136/140 -> 135/140 -> 136/140 and 12/147 -> 13/147 -> 13/147; ranking English 155/161 ->
  154/161 -> 157/161 first and 159/161 -> 159/161 -> 160/161 top three, Spanish 163/170 -> 164/170 -> 165/170 and
  170/170 each time. Kept as MEASURED_ONLY until the fortieth round, which started from the same search (6c5e3e9
  reads every list as 45238b6) and tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-95-<lang>.yml and held-out-96-<lang>.yml: a ninety-fifth set (danger lists only: typing in the
  middle of an incident, pregnancy or a new baby, teens and young adults, euphemisms and code words, text dictated
  by voice) and a ninety-sixth (ranking lists only: only what the partner does, yes-or-no questions, right after a
  fight about money, chores, sex, in-laws or screens, long marriages and retired partners, text dictated by voice),
  written apart at the start of the fortieth round and never read. Repeats of earlier sets taken out first (79 and
  41; 46 and 27). Measured untouched, counts only, on the round's starting code (6c5e3e9) and on its tuning
  (f30ba50): the card for 149/156 -> 151/156 English danger queries and 7/166 both times ordinary, Spanish 173/180
  -> 171/180 and 10/155 -> 9/155; ranking English 197/214 first both times and 210/214 -> 209/214 top three,
  Spanish 185/198 -> 188/198 and 193/198 both times.
- danger-held-out-97-<lang>.yml and held-out-98-<lang>.yml: a ninety-seventh set (danger lists only: drink, drugs
  or gambling beside what happens, rural places far from help, men harmed by a partner, threats by text, voice note
  or social media, a shared family device or a work computer) and a ninety-eighth (ranking lists only: what the
  body feels, the partner quoted word for word, newly married or just moved in, culture, religion and family
  expectations, labels used loosely; its Spanish list has no query for the map page), written apart in the
  fortieth round and never read. Repeats of earlier sets (the ninety-fifth and ninety-sixth too) taken out first
  (100 and 57; 39 and 24). Measured untouched, counts only, on the round's starting code (6c5e3e9) and on its
  tuning (f30ba50): the card for 136/148 -> 138/148 English danger queries and 6/130 -> 9/130 ordinary, Spanish
  188/191 and 10/189 both times; ranking English 136/139 first and 138/139 top three both times,
  Spanish 152/157 and 157/157 both times.
  Sets 95 to 98 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the forty-first
  round, which started from the same search (ae4bc4c reads every list of 95 to 98 as f30ba50) and tuned on them:
  tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-99-<lang>.yml and held-out-100-<lang>.yml: a ninety-ninth set (danger lists only: writing at night
  after the partner falls asleep, a partner who controls medication, mobility aids or care, close-knit families and
  faith communities, words of another language, threats made "as a joke", asking whether it "counts") and a
  hundredth (ranking lists only: a partner absent while present, caring for small children or ageing parents,
  explaining it to someone else, very short fragments, how long it has lasted; its English list has no query for
  the map page), written apart at the start of the forty-first round and never read. Repeats of earlier sets taken
  out first (74 and 49; 67 and 34). Measured untouched, counts only, on the round's starting code (ae4bc4c) and on
  its tuning (d3d3952): the card for 140/145 -> 142/145 English danger queries and 6/133 both times ordinary,
  Spanish 130/135 -> 133/135 and 6/147 -> 5/147; ranking English 139/146 -> 138/146 first and 143/146 both times
  top three, Spanish 140/148 -> 138/148 and 145/148 -> 147/148.
- danger-held-out-101-<lang>.yml and held-out-102-<lang>.yml: a hundred-and-first set (danger lists only: jealousy and
  accusations that turned physical, children or custody used as a threat, a place named in one word, older teens
  living with a partner's family, a weapon kept for work or hunting, last night told in the past tense) and a
  hundred-and-second (ranking lists only: "why" questions about the partner, comparing with friends' or parents'
  relationships, feeling like a flatmate, wanting a printable list or a quiz, heavy typos), written apart with the
  ninety-ninth and hundredth and never read. Repeats of earlier sets (the ninety-ninth and hundredth too) taken out
  first (83 and 54; 52 and 44). Measured untouched, counts only, on the round's starting code (ae4bc4c) and on its
  tuning (d3d3952): the card for 138/143 -> 139/143 English danger queries and 12/117 both times ordinary, Spanish
  156/162 -> 157/162 and 9/168 -> 8/168; ranking English 164/178 -> 165/178 first and 173/178 -> 172/178 top three,
  Spanish 143/156 -> 146/156 and 151/156 both times.
  Sets 99 to 102 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the forty-third
  round, which started from the same search (11bd9f3 reads every list of 99 to 102 as d3d3952 did, counts only:
  the card for 142/145 and 139/143 English danger queries, 6/133 and 12/117 ordinary; Spanish 133/135 and 157/162,
  5/147 and 8/168) and tuned on them: tuning material since (in DANGER_SETS, and SETS with floors). Four queries
  of the hundred-and-first set name a hiding place alone ("bathroom", "car park", "stairwell"; "baño"): no phrase
  reads a place alone as danger, but the danger words learned with this set do (a reader hiding there may type
  only that); the card shows above the results, which stay as they were.
- danger-held-out-103-<lang>.yml and held-out-104-<lang>.yml: a hundred-and-third set (danger lists only, from the
  help lines and the pages' titles and summaries: typing while hiding in a bathroom, a car or at work, a partner with
  power through the law or their job (a police officer or soldier, a visa, a custody case), same-sex relationships,
  older readers whose partner or adult child controls money, care or medicine, an injury told without saying who,
  a sister or a friend asked about first) and a hundred-and-fourth (ranking lists only, from the article and the
  pages' titles and summaries: one concrete recent evening, weekend or holiday, long-distance or shift-work
  relationships, caring for a sick or disabled partner, readers who blame themselves, the second person), written
  apart in the forty-second round and never read. Repeats of earlier sets taken out first (73 and 62; 33 and 24).
  Measured untouched, counts only, on the forty-second round's search (bd40d84, read as 11bd9f3) and on the
  forty-third's tuning (58934be): the card for 124/127 English danger queries both times and 10/138 -> 9/138
  ordinary, Spanish 160/163 both times and 8/142 -> 7/142; ranking English 143/153 -> 145/153 first and 150/153 ->
  151/153 top three, Spanish 153/163 -> 156/163 and 160/163 both times.
  Sets 103 and 104 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the
  forty-fourth round, which started from the same search (0d6bdd3 reads them as 58934be did: the same counts) and
  tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-105-<lang>.yml and held-out-106-<lang>.yml: a hundred-and-fifth set (danger lists only: pregnancy
  or a new baby, teenagers and students dating, a partner who threatens to out the reader, report them to
  immigration or get them fired, walls punched, things smashed or reckless driving with the reader in the car,
  writing while it is happening, a bank account or benefits cut off under threat, yes-or-no questions) and a
  hundred-and-sixth (ranking lists only: what the reader wants to do next, life before and after children or a
  move, wondering whether they are the neglectful one, one or two words, a friend's or therapist's words quoted, a
  same-sex or non-binary partner), written apart at the start of the forty-third round and never read. Repeats of
  earlier sets (the hundred-and-third and hundred-and-fourth too) taken out first (99 and 50; 84 and 51). Measured
  untouched, counts only, on the round's starting code (11bd9f3) and on its tuning (58934be): the card for 124/128
  -> 125/128 English danger queries and 2/119 both times ordinary, Spanish 159/162 -> 160/162 and 13/152 -> 11/152;
  ranking English 136/141 first and 139/141 top three both times, Spanish 144/150 -> 145/150 and 148/150 ->
  149/150.
  One slip: after their measure on 58934be, a check of the whole Spanish card printed the Spanish danger queries of
  sets 103 and 105 that miss the card and their ordinary queries that show it (5 and 18 queries; the rest of those
  lists, and every English and ranking list of 103 to 106, stay unread). No phrase was written from them; a round
  that measures Spanish set 105 untouched should say that its misses were seen. Measured once more on the
  forty-fourth round's starting code (0d6bdd3): the same counts as on 58934be; and on its first tuning (4cc5efd,
  on sets 103 and 104; c3e01ee, after its first review, reads them the same): the card for 125/128 English and
  2/119, Spanish 159/162 and 12/152; ranking English 136/141 and 139/141, Spanish 144/150 and 149/150.
  Sets 105 and 106 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the forty-fourth
  round's second pass, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-107-<lang>.yml and held-out-108-<lang>.yml: a hundred-and-seventh set (danger lists only: an ex
  who keeps calling, turning up or threatening after a separation, a partner who threatens suicide if the reader
  leaves, injuries and a doctor's visit, evidence kept or wanted, cameras, smart speakers, a child's tablet or a
  shared cloud account, self-harm hinted by method or place, the key word misspelt) and a hundred-and-eighth (ranking
  lists only: what it does to the body and sleep, a partner who works away or at night, an empty nest or
  retirement, words of pop psychology, questions about the guide itself, neglect around sex, touch, birthdays or
  illness, a partner kind to everyone else), written apart at the start of the forty-fourth round and never read.
  Repeats of earlier sets taken out first (91 and 66; 33 and 42). Measured untouched, counts only, on the round's
  starting code (0d6bdd3): the card for 121/131 English danger queries and 7/116 ordinary, Spanish 127/136 and
  7/113; ranking English 149/158 first and 155/158 top three, Spanish 168/180 and 175/180.
  Measured again, counts only, on its first tuning (4cc5efd): the card for 122/131 and 5/116, Spanish 130/136
  and 5/113; ranking the same counts as at the start. And on its second pass (ef66741): the card for 121/131 and 7/116,
  Spanish 128/136 and 5/113; ranking English 150/158 and 154/158, Spanish 168/180 and 175/180.
  And on the forty-fifth round's starting code (83c3d5d): the card for 121/131 and 7/116, Spanish 128/136 and 5/113;
  ranking English 150/158 and 154/158, Spanish 168/180 and 175/180 (the same as on ef66741).
  Sets 107 and 108 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the forty-fifth
  round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-109-<lang>.yml and held-out-110-<lang>.yml: a hundred-and-ninth set (danger lists only: older
  readers, pregnancy or a new baby, same-sex partners, teens and students, money or papers kept, threats to share
  intimate photos, a partner drunk or high right now, hands on the neck or pinned down, pets hurt, typing in the car
  or the bathroom, asking for a friend or relative, panic in the body, goodbyes hinted, the key word misspelt) and a
  hundred-and-tenth (ranking lists only: a partner absorbed in a phone, games, the gym or work, a new baby or small
  children, in-laws or a long distance, self-blame, same-sex partners, pictures for the feeling, being called
  dramatic, whether counseling is worth it, the guide's own tools in the reader's words, a slow drift), written
  apart at the start of the forty-fifth round and never read. Repeats of earlier sets taken out first (141 and 86;
  47 and 44). Measured untouched, counts only, on the round's starting code (83c3d5d): the card for 129/131
  English danger queries and 11/135 ordinary, Spanish 157/157 and 12/162; ranking English 159/167 first and 166/167
  top three, Spanish 136/143 and 140/143. And on the round's tuning (248ef7c, on sets 107 and 108 with the first
  review's fixes): the card for 128/131 and 11/135, Spanish 156/157 and 12/162; ranking English 160/167 and 166/167,
  Spanish 133/143 and 140/143. The second review's fixes (ebf0c09) read them the same.
  And on the forty-sixth round's starting code (79df4af, the same search as ebf0c09 but one Spanish everyday phrase)
  and on its first commit (8caa1a4, word lists named once as families, no change in what the rule reads): the card
  for 128/131 and 11/135, Spanish 156/157 and 12/162; ranking English 160/167 and 166/167, Spanish 133/143 and
  140/143. Sets 109 and 110 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the
  forty-sixth round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors). After that
  tuning (relearned words, phrases for what the relearn and set 109 missed, three keywords): the card for 131/131
  and 0/135, Spanish 157/157 and 0/162; ranking English 167/167 first and top three, Spanish 143/143 and 143/143.
- danger-held-out-111-<lang>.yml and held-out-112-<lang>.yml: a hundred-and-eleventh set (danger lists only, written
  from the help-lines list and the page titles and summaries: danger typed in a hurry and half-said, asked for a
  friend or a sister, told through what happened to a door, a pet or the children; near misses from hobbies and
  home life shared with a partner, and everyday worries about health, sleep and money) and a hundred-and-twelfth
  (ranking lists only, written from the source article and the page titles and summaries: one concrete moment told
  without naming the pattern, readers after a long marriage, English as a second language, very short Spanish
  searches), written apart at the start of the forty-sixth round and never read (but two lines of set 112's first
  bench output, seen by accident; nothing was written for them). Repeats of earlier sets taken out first (66 and 61;
  76 and 64). Measured untouched, counts only, on the round's starting code (79df4af): the card for
  118/126 English danger queries and 6/117 ordinary, Spanish 134/136 and 6/124; ranking English 153/158 first and
  157/158 top three, Spanish 150/154 and 152/154. And on the round's tuning (1d6ce30) and on both reviews' fixes
  (f575e77, 2a4699e): the card for 119/126 and 6/117, Spanish 135/136 and 5/124; ranking the same as at the start.
  And on the forty-seventh round's starting code (86faafb, the same search as 2a4699e): the same counts again.
  Sets 111 and 112 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the
  forty-seventh round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors). After that
  tuning (relearned words, phrases for what the relearn and set 111 missed, eight keywords for set 112's misses and
  three for older Spanish sets the relearn left a query under their floors) and the first review's fixes: the card
  for 126/126 and 0/117, Spanish 136/136 and 0/124; ranking English 158/158 first and top three, Spanish 154/154 and
  154/154.
- danger-held-out-113-<lang>.yml and held-out-114-<lang>.yml: a hundred-and-thirteenth set (danger lists only, written
  from the help-lines list and the page titles and summaries: the partner's own words quoted, older, ill or disabled
  readers who depend on the partner, danger told through money, papers, a car or a phone, asking what counts; near
  misses from work and civic life and from the everyday care of an older parent or a sick partner, and readers who
  fear they are the neglectful one) and a hundred-and-fourteenth (ranking lists only, written from the source article
  and the page titles and summaries: readers who fear they are the neglectful one, new or long-distance
  relationships, a partner absent from family life, same-sex couples, two- or three-word searches), written apart at
  the start of the forty-seventh round and never read (but the first danger query of set 113's English list, seen by
  accident in a file's first lines; nothing was written for it). Repeats of earlier sets taken out first (81 and 41;
  85 and 73). Measured untouched, counts only, on the round's starting code (86faafb): the card for 118/121 English
  danger queries and 2/110 ordinary, Spanish 140/145 and 2/134; ranking English 144/148 first and 146/148 top three,
  Spanish 131/136 and 136/136. And on the round's tuning with the first review's fixes (fb8f4fc): the card for
  118/121 and 2/110, Spanish 140/145 and 3/134; ranking English 143/148 and 146/148, Spanish 132/136 and 136/136. And
  on the second review's fixes (7370b9b): the same but the Spanish card, for 141/145.
  And on the forty-eighth round's starting code (b47b87a, the same search as 7370b9b): the same counts again.
  Sets 113 and 114 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the
  forty-eighth round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors). After that
  tuning (relearned words, phrases for what the relearn and set 113 missed, two English keywords for set 114's misses,
  and one each for set 112 and the Spanish set 74, which the relearn had left a query under their floors) and both
  reviews' fixes: the card for 121/121 and 0/110, Spanish 145/145 and 0/134; ranking English 148/148 first and top
  three, Spanish 135/136 and 136/136.
- danger-held-out-115-<lang>.yml and held-out-116-<lang>.yml: a hundred-and-fifteenth set (danger lists only, written
  from the help-lines list and the page titles and summaries: what is happening right now or tonight, young readers
  dating in school or college, pregnancy, rural readers, tracking devices and shared accounts, pets hurt to control,
  the wish not to go on said through sleep and tiredness; near misses from sport and fitness, tech help, pregnancy
  and babies, sleep and tiredness, and readers who feel numb in a cold marriage) and a hundred-and-sixteenth (ranking
  lists only, written from the source article and the page titles and summaries: one concrete scene told instead of
  a label, a big life change, what to do next or how to say it, informal words for a partner, one feeling typed
  fast), written apart at the start of the forty-eighth round and never read. Repeats of earlier sets taken out first
  (68 and 44; 86 and 68). Measured untouched, counts only, on the round's starting code (b47b87a): the card for
  131/134 English danger queries and 2/128 ordinary, Spanish 125/133 and 8/140; ranking English 156/160 first and
  159/160 top three, Spanish 141/143 and 143/143.
  And on the round's tuning with both reviews' fixes (5bf9a48; b341330 reads every query the same): the card for
  132/134 and 2/128, Spanish 125/133 and 8/140; ranking English 157/160 and 159/160, Spanish 141/143 and 143/143.
  The card the same on the last round's leftovers (367dc85).
  And on the forty-ninth round's starting code (ba019ed, the same search as 367dc85): the same counts again.
  Sets 115 and 116 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the
  forty-ninth round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors). After that
  tuning (relearned words, phrases for what the relearn and set 115 missed, an everyday phrase that no longer reads
  "casa" as "caza" by its sound, two Spanish keywords for set 102 and 108 queries the relearn had moved to second
  place) and both reviews' fixes: the card for 134/134 and 1/128, Spanish 133/133 and 0/140; ranking English 159/160
  first and top three, Spanish 143/143 and 143/143.
- danger-held-out-117-<lang>.yml and held-out-118-<lang>.yml: a hundred-and-seventeenth set (danger lists only, written
  from the help-lines list and the page titles and summaries: money and papers used to control, danger after a
  break-up, hands on the neck in plain words, older, disabled or ill readers, a threat to out the reader, a partner who
  turns up or waits outside, the wish to die said as being a burden; near misses from games and series, law and money
  on ordinary days, work stress and the everyday care of older relatives, and readers whose partner is always busy)
  and a hundred-and-eighteenth (ranking lists only, written from the source article and the page titles and summaries:
  readers asking for a friend or a relative, couples after decades together, partners on other shifts or away for
  work, readers who blame themselves, chat shorthand and voice typing, a feeling named in the body), written apart at
  the start of the forty-ninth round and never read. Repeats of earlier sets taken out first (89 and 60; 84 and 56).
  Measured untouched, counts only, on the round's starting code (ba019ed): the card for 113/117 English danger
  queries and 2/113 ordinary, Spanish 132/136 and 7/130; ranking English 147/150 first and 149/150 top three, Spanish
  155/158 and 158/158.
  And on the round's tuning with both reviews' fixes (584ab76): the card for 113/117 and 3/113, Spanish 133/136 and
  9/130; ranking English 148/150 and 149/150, Spanish 155/158 and 158/158. And on the fiftieth round's starting code
  (05728cb, the same search as 584ab76): the same counts again.
  Sets 117 and 118 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the fiftieth
  round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
  After that tuning (relearned words, phrases for what the relearn and set 117 missed, keywords for older Spanish
  queries the relearn moved to second place) and both reviews' fixes: the card for 117/117 and 0/113, Spanish 136/136
  and 2/130; ranking English 148/150 first and 149/150 top three, Spanish 156/158 and 158/158.
- danger-held-out-119-<lang>.yml and held-out-120-<lang>.yml: a hundred-and-nineteenth set (danger lists only, written
  from the help-lines list and the page titles and summaries: pregnancy and a new baby, phones and accounts turned
  against the reader, being choked until blacking out, a pet hurt or threatened, dangerous driving to scare, a partner
  drunk or high, what happens after the reader says they are leaving, young readers and same-sex partners, the
  reader's own self-harm said plainly; near misses from sport and fitness, cooking and the home, pets, phone settings,
  true crime and first aid, and readers whose partner is depressed, grieving or worn out by a new baby) and a
  hundred-and-twentieth (ranking lists only, written from the source article and the page titles and summaries:
  newlyweds, long-distance couples, blended families, readers who guess at a reason for the partner, religious
  couples, readers who speak in pictures, one- and two-word searches and heavy misspellings, questions about the guide
  itself), written apart at the start of the fiftieth round and never read. Repeats of earlier sets taken out first
  (92 and 63; 99 and 78). Measured untouched, counts only, on the round's starting code (05728cb): the card for
  117/121 English danger queries and 6/107 ordinary, Spanish 127/130 and 8/123; ranking English 131/135 first and
  134/135 top three, Spanish 136/145 and 140/145. And on the round's tuning with both reviews' fixes (set 120 in the
  browser on the first review's fixes, which the second left the same for its queries): the card for 117/121 and
  5/107, Spanish 129/130 and 8/123; ranking English 129/135 and 134/135, Spanish 137/145 and 140/145. Three Spanish
  queries of set 120 were seen once, by mistake, in the tail of the first measure's output; none was tuned on.
  And on the fifty-first round's starting code (65f6915, the fiftieth round's tuning with a fix after CI) and on its
  one search commit (phrases only): the card for 117/121 and 5/107, Spanish 129/130 and 8/123; ranking English
  129/135 and 134/135, Spanish 137/145 and 140/145.
  Sets 119 and 120 were kept as MEASURED_ONLY (no test held them, no weight learned from them) until the fifty-second
  round, which tuned on them: tuning material since (in DANGER_SETS, and SETS with floors).
- danger-held-out-121-<lang>.yml and held-out-122-<lang>.yml: a hundred-and-twenty-first set (danger lists only,
  written from the help-lines list and the page titles and summaries: older couples and carers, disability aids taken
  or hidden, money turned against the reader, papers used as a threat, an ex who turns up at work or the new home,
  fake accounts and new numbers after a block, hands on the neck said sideways, a weapon kept "to remind me", men hit
  and not believed, the wish to die said sideways; near misses from hunting, fishing and shooting, crime fiction and
  games, caring for a parent with dementia, money apps, wills and insurance, shared passwords, moving, lyrics and
  idioms, pets that fight; and older couples, long illness and readers who fear they are the neglectful one) and a
  hundred-and-twenty-second (ranking lists only, written from the source article and the page titles and summaries:
  night and shift work, a new baby or teenagers, older couples, a long illness, after an affair, men about their
  wife or girlfriend, helping a friend, readers who fear they neglect, what to say or write, voice typing, one- and
  two-word searches, heavy misspellings, questions about the guide), written apart at the start of the fifty-first
  round and never read. Repeats of earlier sets taken out first (84 and 46; 94 and 64). Measured untouched, counts
  only, on the round's starting code (65f6915) and on its search commit (phrases only): the card for 112/116 English
  danger queries and 2/113 ordinary, Spanish 132/136 and 5/131; ranking English 141/145 first and 143/145 top three,
  Spanish 138/144 and 143/144. And on the fifty-second round's starting code (2c5ddf8, the same search): the same
  counts. And on its tuning with both reviews' fixes (relearned words, sets 119 and 120 tuned on): the card for 112/116
  and 2/113, Spanish 133/136 and 6/131; ranking English 140/145 and 143/145, Spanish 139/144 and 142/144.
  Sets 121 and 122 are kept as MEASURED_ONLY (no test holds them, no weight learns from them) until a round tunes on
  them.
- danger-held-out-123-<lang>.yml and held-out-124-<lang>.yml: a hundred-and-twenty-third set (danger lists only,
  written from the help-lines list and the page titles and summaries: teenagers and young couples, a farm or a village
  far from help, papers and visas used as a threat, a faith community beside harm, pregnancy and the weeks after a
  birth, trackers and smart-home devices with fear, stalking after a break-up, custody threats, drink or drugs
  forced, intimate pictures held over the reader, the wish to die said in slang or sideways, danger said in two or
  three calm words; near misses from martial arts, games, cooking, idioms, gardening and DIY, ordinary hospital
  visits, weddings and funerals, moving house, care homes and children's games) and a hundred-and-twenty-fourth
  (ranking lists only, written from the source article and the page titles and summaries: long-distance couples, a
  partner lost in games, TV or work, retirement and an empty nest, blended families, same-sex couples, in-laws,
  forgotten birthdays, couples who only text, a disabled or chronically ill reader, one- to three-word searches,
  voice typing, asking for a friend or a parent, readers who wonder if they are the problem), written apart at the
  start of the fifty-second round and never read. Repeats of earlier sets taken out first (56 and 49; 72 and 61).
  Measured untouched, counts only, on the round's starting code (2c5ddf8): the card for 107/110 English danger
  queries and 5/114 ordinary, Spanish 116/117 and 7/114; ranking English 110/111 first and 111/111 top three,
  Spanish 118/124 and 120/124. And on the round's tuning with both reviews' fixes: the card for 107/110 and 5/114,
  Spanish 117/117 and 6/114; ranking English 110/111 and 111/111, Spanish 118/124 and 120/124.
  Sets 123 and 124 are kept as MEASURED_ONLY (no test holds them, no weight learns from them) until a round tunes on
  them.
  Held-out sets may be absent from a checkout; then their tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

FOLDER = Path(__file__).resolve().parents[1] / "queries"
LANGUAGES = ("en", "es")
SETS = (
    "tuning",
    "held-out",
    "held-out-2",
    "held-out-3",
    "held-out-4",
    "held-out-5",
    "held-out-6",
    "held-out-7",
    "tuning-2",
    "held-out-8",
    "tuning-3",
    "held-out-9",
    "tuning-4",
    "held-out-10",
    "held-out-11",
    "held-out-12",
    "held-out-13",
    "held-out-14",
    "held-out-15",
    "held-out-16",
    "held-out-17",
    "held-out-18",
    "held-out-19",
    "held-out-20",
    "held-out-21",
    "held-out-22",
    "held-out-23",
    "held-out-24",
    "held-out-25",
    "held-out-26",
    "held-out-27",
    "held-out-28",
    "held-out-29",
    "held-out-30",
    "held-out-31",
    "held-out-34",
    "held-out-36",
    "held-out-35",
    "held-out-37",
    "held-out-38",
    "held-out-39",
    "held-out-40",
    "held-out-41",
    "held-out-42",
    "held-out-43",
    "held-out-45",
    "held-out-44",
    "held-out-46",
    "held-out-47",
    "held-out-48",
    "held-out-49",
    "held-out-50",
    "held-out-51",
    "held-out-52",
    "held-out-53",
    "held-out-54",
    "held-out-55",
    "held-out-58",
    "held-out-60",
    "held-out-64",
    "held-out-66",
    "held-out-68",
    "held-out-70",
    "held-out-72",
    "held-out-74",
    "held-out-76",
    "held-out-82",
    "held-out-84",
    "held-out-86",
    "held-out-88",
    "held-out-90",
    "held-out-92",
    "held-out-94",
    "held-out-96",
    "held-out-98",
    "held-out-100",
    "held-out-102",
    "held-out-104",
    "held-out-106",
    "held-out-108",
    "held-out-110",
    "held-out-112",
    "held-out-114",
    "held-out-116",
    "held-out-118",
    "held-out-120",
)
# Sets whose ranking lists are in some languages only, with their languages: another language's ranking file
# is absent by design, not missing (no test or bench looks for it). Every other set is in every language.
ONLY_IN: dict[str, tuple[str, ...]] = {"tuning-3": ("en",)}
# Sets written with ranking lists only (no danger-held-out-<n>-<lang>.yml): the card's tests pass them over.
RANKING_ONLY: tuple[str, ...] = tuple(
    f"held-out-{number}" for number in (55, 58, 60, 64, 66, 68, 70, 72, 74, 76, 82, *range(84, 121, 2))
)
# Sets bench/search.py measures but no test holds yet: a held-out set is measured untouched first; once it
# is in SETS with floors it is tuning material.
MEASURED_ONLY: tuple[str, ...] = (
    "held-out-121",
    "held-out-122",
    "held-out-123",
    "held-out-124",
)
# Every set whose danger lists the card's tests hold (tests/site/test_search_help.py): the sets above (the
# second and third tuning sets' danger lists are danger-tuning-2-<lang>.yml and danger-tuning-3-<lang>.yml,
# written apart from the source article and page titles only, measured once before they were tuned on), and
# the eighth and ninth held-out sets' danger lists, and the fifth and sixth tuning sets (danger lists only,
# written in the tenth round before its rule was tuned, the seventh in its second pass, the eighth at its end, the
# ninth in the eleventh round; the tenth, of danger in new words, and the eleventh, of near misses, in the thirteenth
# round, each measured before its rule was tuned).
DANGER_SETS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *(name for name in SETS if name not in RANKING_ONLY),
            "held-out-7",
            "tuning-2",
            "held-out-8",
            "held-out-9",
            "tuning-5",
            "tuning-6",
            "tuning-7",
            "tuning-8",
            "tuning-9",
            "tuning-10",
            # the thirteenth round's false-alarm batch (alarm16), measured before its phrases were written
            "tuning-11",
            # the fourteenth round's batch (danger17) of danger kinds in new shapes and their near misses, measured
            # before its phrases were written
            "tuning-12",
            # the fifteenth round's batch (danger18) of danger kinds no phrase named yet (the neck, kept in, tracking,
            # waiting outside, birth control, sex taken, money, papers, medicine, the car, fire, weapons, pets,
            # children, an older parent, a teenager) and their near misses, measured before its phrases were written
            "tuning-13",
            # the sixteenth round's batch (danger19) of danger kinds in new shapes (drink, a harm felt coming, threats
            # through the children, suicide said inside a long story, smart devices, social media, in-laws, honour,
            # religion, an ex's new partner) and their near misses, measured before its phrases were written
            "tuning-14",
            # the seventeenth round's batch (danger20) of danger said in new shapes (coping acts, what others noticed,
            # questions to a search box, reported speech, fragments, slang, run-ons, a friend asking, harm laughed off)
            # and their near misses, measured before its phrases were written
            "tuning-15",
            # the seventeenth round's false-alarm batch (alarm20) of figures of speech that share danger's words
            # (a snub that was "una bofetada", pegarle al gimnasio, tumbar una idea, atrapado en la cabeza, violent and
            # danger said to deny them, a toddler or a pet, kitchen knives, a phone taken at school) and danger
            # queries that use the same words, measured before its phrases were written
            "tuning-16",
            # the eighteenth round's batch (danger21) of danger only half said (the body or the routine tells it,
            # harm to oneself said sideways, drink or food tampered with, threats carried by others, pets and things
            # hurt as a warning, money and papers held with a threat, a friend or relative asking) and near misses
            # that share its words, measured before its phrases were written
            "tuning-17",
            # the eighteenth round's false-alarm batch (alarm21) of English figures of speech that share danger's
            # words (the death of me, a look that could kill, held hostage by moods), everyday harm that is not a
            # partner's, danger words said to deny danger, and danger queries that use the same words, measured
            # before its phrases were written
            "tuning-18",
            # the nineteenth round's second-pass batch, written by the integrator: danger hard to spot and near misses
            # that share its words, measured before its phrases were written
            "tuning-19",
            # the nineteenth round's batch (danger22) of danger hard to spot and short everyday near misses, written
            # apart and measured before its phrases were written
            "tuning-20",
            # the twenty-third round's batch (danger23) of danger said without a violent word (sleeping in the car, a
            # passport kept, fear of being found reading this) and near misses that put a partner beside a strong word
            # (killed it at karaoke, threatened to spoil a series), written apart and measured before its phrases were
            # written
            "tuning-21",
            # the fifty-sixth held-out set (danger lists only), measured untouched in the thirty-first round
            "held-out-56",
            # the fifty-ninth held-out set (danger lists only), measured untouched in the thirty-first round
            "held-out-59",
            # the sixty-first and sixty-second held-out sets (danger lists only), measured untouched in the
            # thirty-second round
            "held-out-61",
            "held-out-62",
            # the sixty-third, sixty-fifth and sixty-seventh held-out sets (danger lists only), measured untouched
            # in the thirty-fourth round
            "held-out-63",
            "held-out-65",
            "held-out-67",
            # the sixty-ninth held-out set (danger lists only), measured untouched at the end of the thirty-fourth round
            "held-out-69",
            # the seventy-first (danger lists only), measured untouched at the start of the thirty-fifth round
            "held-out-71",
            # the thirty-fifth round's batch of near misses over two dozen kinds of daily life, and danger written as
            # their close twins, written apart and measured before its phrases were written
            "tuning-22",
            # the seventy-third (danger lists only), measured untouched at the start and the end of the thirty-fifth
            # round
            "held-out-73",
            # the seventy-fifth (danger lists only), measured untouched at the start of the thirty-sixth round
            "held-out-75",
            # the thirty-sixth round's batch of near misses from the kinds the twenty-second left out, and danger
            # written as their close twins, written apart and measured before its phrases were written
            "tuning-23",
            # the eighty-first (danger lists only), measured untouched at the start of the thirty-seventh round
            "held-out-81",
            # the thirty-seventh round's batch of danger said indirectly, in chat shorthand and with shaking hands,
            # and its near misses, written apart and measured before its phrases were written
            "tuning-24",
            # the eighty-third (danger lists only), measured untouched at the start of the thirty-seventh round and
            # after its first tuning
            "held-out-83",
            # the eighty-fifth (danger lists only), measured untouched on each commit of the thirty-seventh round
            # and at the start of the thirty-eighth
            "held-out-85",
            # the eighty-seventh (danger lists only), measured untouched at the start of the thirty-eighth round and
            # after its first tuning
            "held-out-87",
            # the eighty-ninth (danger lists only), written with it and measured untouched on each commit of the
            # thirty-eighth round
            "held-out-89",
            # the ninety-first (danger lists only), written near the end of the thirty-eighth round and measured
            # untouched on its last search and on the thirty-ninth's first tuning
            "held-out-91",
            # the ninety-third (danger lists only), written at the start of the thirty-ninth round and measured
            # untouched on each of its commits
            "held-out-93",
            # the ninety-fifth and ninety-seventh (danger lists only), written in the fortieth round and measured
            # untouched on its starting code and on its tuning
            "held-out-95",
            "held-out-97",
            # the ninety-ninth and hundred-and-first (danger lists only), written at the start of the forty-first
            # round and measured untouched on its starting code, on its tuning and on the forty-second's
            "held-out-99",
            "held-out-101",
            # the hundred-and-third (danger lists only), written in the forty-second round and measured untouched on
            # its search and on the forty-third's tuning
            "held-out-103",
            # the hundred-and-fifth (danger lists only), written at the start of the forty-third round and measured
            # untouched on its starting code, on its tuning, on the forty-fourth's starting code and first tuning
            "held-out-105",
            # the hundred-and-seventh (danger lists only), written at the start of the forty-fourth round and measured
            # untouched on its starting code, on both its passes and on the forty-fifth's starting code
            "held-out-107",
            # the hundred-and-ninth (danger lists only), written at the start of the forty-fifth round and measured
            # untouched on its starting code, on both its passes and on the forty-sixth's starting code
            "held-out-109",
            # the hundred-and-eleventh (danger lists only), written at the start of the forty-sixth round and measured
            # untouched on its starting code, on both its passes and on the forty-seventh's starting code
            "held-out-111",
            # the hundred-and-thirteenth (danger lists only), written at the start of the forty-seventh round and
            # measured untouched on its starting code, on both its passes and on the forty-eighth's starting code
            "held-out-113",
            # the hundred-and-fifteenth (danger lists only), written at the start of the forty-eighth round and
            # measured untouched on its starting code, on both its passes and on the forty-ninth's starting code
            "held-out-115",
            # the hundred-and-seventeenth (danger lists only), written at the start of the forty-ninth round and
            # measured untouched on its starting code, on its tuning and on the fiftieth's starting code
            "held-out-117",
            # the hundred-and-nineteenth (danger lists only), written at the start of the fiftieth round and measured
            # untouched on its starting code, on its tuning and on the fifty-first round's two commits
            "held-out-119",
        )
    )
)
FALSE_ALARMS_BELOW = 0.10  # the card for fewer than 10% of ordinary queries
# The issue's goal is the card for every danger query, and every set that was tuned on meets it. A set
# held out that does not yet gets a floor here (set, language): the share of its danger queries that
# must show the card, so that it cannot get worse; raise a floor as the rule improves, never lower one.
# The third set had floors (English 89/97, Spanish 72/88) until the search4 round tuned on it: it now
# meets the goal like every other set here, so none is left.
# The fourth tuning set's Spanish danger list missed one query when it was measured before tuning (126/127):
# the tenth round (danger11) read "me deja encerrada" (present tense), so it meets the goal too, and none is left.
# The tenth set's danger lists, measured untouched after the tenth round: English 124/125, Spanish 115/116.
# The eleventh set's danger lists, measured untouched after the tenth round's second pass: English 137/138,
# Spanish 120/122.
# The twelfth set's danger lists, measured untouched after the eleventh round: English 126/129, Spanish 118/122.
# After the danger14 round tuned on them: 129/129 and 122/122 (the phrases alone 121/129 and 115/122; the
# learned words, which learned the set, carry the rest).
# The thirteenth set's danger lists, measured untouched after the eleventh round: English 132/133, Spanish 111/114;
# phrases for the kinds it missed, written after that measure, read all of them.
# The fourteenth set's danger lists, measured untouched after the twelfth round: English 131/131, Spanish 112/115;
# phrases for the kinds it missed, written after that measure, read all of them.
# The fifteenth set's danger lists, measured untouched after the twelfth round's work: English 130/132, Spanish
# 116/120; phrases for the kinds it missed, written after that measure, read all of them.
# The sixteenth set's danger lists, measured untouched at the end of the twelfth round: English 125/125, Spanish
# 114/116; learned in the thirteenth round, which read them all (and wrote phrases for three queries of other sets the
# relearned words stopped reading).
# The seventeenth set's danger lists, measured untouched after the thirteenth round's work: English 133/135, Spanish
# 113/116; phrases for the kinds it missed, written after that measure, read all of them.
# The eighteenth set's danger lists, measured untouched on what the thirteenth round shipped: English 126/128, Spanish
# 114/114; phrases for the kinds English missed (a threat said as 'accidents happen', leaving while the partner
# sleeps), written after that measure, read all of them.
# The nineteenth and twentieth sets' danger lists, measured untouched after the fourteenth round's work: English
# 124/124 and 122/124, Spanish 101/102 and 105/108; phrases for the kinds they missed, written after that measure,
# read all of them.
# The twenty-first set's danger lists, measured untouched on what the fourteenth round shipped: English 101/104,
# Spanish 91/93; phrases for the kinds they missed (a beating foreseen, "going to get it"; a cover story for an
# injury; going for someone with a thing; in Spanish: the partner on the way back, "get me out of here"), written
# after that measure, read all of them.
# The twenty-second and twenty-third sets' danger lists, measured untouched on what the fifteenth round shipped:
# English 117/119 and 113/113, Spanish 118/120 and 102/102; phrases for the kinds they missed, written after that
# measure, read all of them.
# The twenty-fourth and twenty-fifth sets' danger lists, measured untouched on what the sixteenth round shipped:
# English 115/116 and 125/127, Spanish 115/115 and 111/112; phrases for the kinds they missed, written after that
# measure, read all of them.
# The twenty-sixth, twenty-seventh and twenty-eighth sets' danger lists, measured untouched on what the
# seventeenth round shipped: English 121/121, 121/123 and 105/107, Spanish 103/105, 113/114 and 102/104; phrases
# for the kinds they missed, written after that measure, read all of them.
# The twenty-ninth, thirtieth and thirty-first sets' danger lists, measured untouched on what the eighteenth round
# shipped: English 127/128, 109/109 and 108/110, Spanish 107/107, 114/114 and 95/96; phrases for the kinds they
# missed, written after that measure, read all of them.
# The tenth and eleventh sets' floors were raised to every danger query in the twelfth round (danger15), when
# the learned words, learned leaning toward danger, showed the card for all of them (they did before too).
CARD_FLOORS: dict[tuple[str, str], float] = {
    ("held-out-10", "en"): 1.0,
    ("held-out-10", "es"): 1.0,
    ("held-out-11", "en"): 1.0,
    ("held-out-11", "es"): 1.0,
    ("held-out-12", "en"): 1.0,
    ("held-out-12", "es"): 1.0,
    ("held-out-13", "en"): 1.0,
    ("held-out-13", "es"): 1.0,
    ("held-out-14", "en"): 1.0,
    ("held-out-14", "es"): 1.0,
    ("held-out-15", "en"): 1.0,
    ("held-out-15", "es"): 1.0,
    ("held-out-16", "en"): 1.0,
    ("held-out-16", "es"): 1.0,
    ("held-out-17", "en"): 1.0,
    ("held-out-17", "es"): 1.0,
    ("held-out-18", "en"): 1.0,
    ("held-out-18", "es"): 1.0,
    ("held-out-19", "en"): 1.0,
    ("held-out-19", "es"): 1.0,
    ("held-out-20", "en"): 1.0,
    ("held-out-20", "es"): 1.0,
    ("held-out-21", "en"): 1.0,
    ("held-out-21", "es"): 1.0,
    ("held-out-22", "en"): 1.0,
    ("held-out-22", "es"): 1.0,
    ("held-out-23", "en"): 1.0,
    ("held-out-23", "es"): 1.0,
    ("held-out-24", "en"): 1.0,
    ("held-out-24", "es"): 1.0,
    ("held-out-25", "en"): 1.0,
    ("held-out-25", "es"): 1.0,
    ("held-out-26", "en"): 1.0,
    ("held-out-26", "es"): 1.0,
    ("held-out-27", "en"): 1.0,
    ("held-out-27", "es"): 1.0,
    ("held-out-28", "en"): 1.0,
    ("held-out-28", "es"): 1.0,
    ("held-out-29", "en"): 1.0,
    ("held-out-29", "es"): 1.0,
    ("held-out-30", "en"): 1.0,
    ("held-out-30", "es"): 1.0,
    ("held-out-31", "en"): 1.0,
    ("held-out-31", "es"): 1.0,
    ("held-out-34", "en"): 1.0,
    ("held-out-34", "es"): 1.0,
    ("held-out-36", "en"): 1.0,
    ("held-out-36", "es"): 1.0,
    ("held-out-35", "en"): 1.0,
    ("held-out-35", "es"): 1.0,
    ("held-out-37", "en"): 1.0,
    ("held-out-37", "es"): 1.0,
    ("held-out-38", "en"): 1.0,
    ("held-out-38", "es"): 1.0,
    ("held-out-39", "en"): 1.0,
    ("held-out-39", "es"): 1.0,
    ("held-out-40", "en"): 1.0,
    ("held-out-40", "es"): 1.0,
    ("held-out-41", "en"): 1.0,
    ("held-out-41", "es"): 1.0,
    ("held-out-42", "en"): 1.0,
    ("held-out-42", "es"): 1.0,
    ("held-out-43", "en"): 1.0,
    ("held-out-43", "es"): 1.0,
    ("held-out-45", "en"): 1.0,
    ("held-out-45", "es"): 1.0,
    ("held-out-44", "en"): 1.0,
    ("held-out-44", "es"): 1.0,
    ("held-out-46", "en"): 1.0,
    ("held-out-46", "es"): 1.0,
    ("held-out-47", "en"): 1.0,
    ("held-out-47", "es"): 1.0,
    ("held-out-48", "en"): 1.0,
    ("held-out-48", "es"): 1.0,
    ("held-out-49", "en"): 1.0,
    ("held-out-49", "es"): 1.0,
    ("held-out-50", "en"): 1.0,
    ("held-out-50", "es"): 1.0,
    ("held-out-51", "en"): 1.0,
    ("held-out-51", "es"): 1.0,
    ("held-out-52", "en"): 1.0,
    ("held-out-52", "es"): 1.0,
    ("held-out-53", "en"): 1.0,
    ("held-out-53", "es"): 1.0,
    ("held-out-54", "en"): 1.0,
    ("held-out-54", "es"): 1.0,
    ("held-out-56", "en"): 1.0,
    ("held-out-56", "es"): 1.0,
    ("held-out-59", "en"): 1.0,
    ("held-out-59", "es"): 1.0,
    ("held-out-61", "en"): 1.0,
    ("held-out-61", "es"): 1.0,
    ("held-out-62", "en"): 1.0,
    ("held-out-62", "es"): 1.0,
    ("held-out-63", "en"): 1.0,
    ("held-out-63", "es"): 1.0,
    ("held-out-65", "en"): 1.0,
    ("held-out-65", "es"): 1.0,
    ("held-out-67", "en"): 1.0,
    ("held-out-67", "es"): 1.0,
    ("held-out-69", "en"): 1.0,
    ("held-out-69", "es"): 1.0,
    ("held-out-71", "en"): 1.0,
    ("held-out-71", "es"): 1.0,
    ("held-out-73", "en"): 1.0,
    ("held-out-73", "es"): 1.0,
    ("held-out-75", "en"): 1.0,
    ("held-out-75", "es"): 1.0,
    ("held-out-81", "en"): 1.0,
    ("held-out-81", "es"): 1.0,
    ("held-out-83", "en"): 1.0,
    ("held-out-83", "es"): 1.0,
    ("held-out-85", "en"): 1.0,
    ("held-out-85", "es"): 1.0,
    ("held-out-87", "en"): 1.0,
    ("held-out-87", "es"): 1.0,
    ("held-out-89", "en"): 1.0,
    ("held-out-89", "es"): 1.0,
    ("held-out-91", "en"): 1.0,
    ("held-out-91", "es"): 1.0,
    ("held-out-93", "en"): 1.0,
    ("held-out-93", "es"): 1.0,
    ("held-out-95", "en"): 1.0,
    ("held-out-95", "es"): 1.0,
    ("held-out-97", "en"): 1.0,
    ("held-out-97", "es"): 1.0,
    ("held-out-99", "en"): 1.0,
    ("held-out-99", "es"): 1.0,
    ("held-out-101", "en"): 1.0,
    ("held-out-101", "es"): 1.0,
    ("held-out-103", "en"): 1.0,
    ("held-out-103", "es"): 1.0,
    ("held-out-105", "en"): 1.0,
    ("held-out-105", "es"): 1.0,
    ("held-out-107", "en"): 1.0,
    ("held-out-107", "es"): 1.0,
    ("held-out-109", "en"): 1.0,
    ("held-out-109", "es"): 1.0,
    ("held-out-111", "en"): 1.0,
    ("held-out-111", "es"): 1.0,
    ("held-out-113", "en"): 1.0,
    ("held-out-113", "es"): 1.0,
    ("held-out-115", "en"): 1.0,
    ("held-out-115", "es"): 1.0,
    ("held-out-117", "en"): 1.0,
    ("held-out-117", "es"): 1.0,
    ("held-out-119", "en"): 1.0,
    ("held-out-119", "es"): 1.0,
}

# The help page first in the results (not only the card) for danger queries the learned danger words alone read
# (no phrase does), over every danger list of DANGER_SETS, per language: (first, top three) at least. Measured after
# the twelfth round lifted it for them (hooks/seen/search/worker.py LEARNED_LIFT): English 103/127 first, 121/127 top
# three; Spanish 137/153 and 149/153 (before it: 15/127, 33/127; 36/153, 69/153). Raise, never lower a floor for
# the same queries. Which queries these are moves when the phrases or the learned words change: after the fourteenth
# set was learned (and its phrases written), Spanish had 161 such queries, 143 with the help page first (88.8%),
# 159 in the top three; its first-place floor is 0.88 since. After the nineteenth and twentieth sets were learned in
# the fourteenth round (and their phrases written), English had 210 such queries, 166 with the help page first
# (79.0%), 96% in the top three; its first-place floor is 0.79 since. In the fifteenth round a stronger lift far above
# the cut (LEARNED_LIFT, more than 4: 64) put it first for 188 of those 210 (89.5%; top three 202, as before) and for
# 243 of Spanish's 252 (96.4%; all 252 in the top three): the floors follow, but for the Spanish top three, left at
# 0.97, since which queries these are moves with every relearning (a floor of 1.0 would fall at the first one).
# Once the twenty-first set and the thirteenth danger tuning set were learned too (merging that round), Spanish had
# 259 such queries, 243 with the help page first (93.8%), all in the top three: its first-place floor is 0.93.
# In the nineteenth round the thirty-fourth set and two danger batches were learned and 23 danger phrases written:
# English then had 405 such queries, 86% with the help page first and 95% in the top three (the card shows for every
# one of them). The phrases now read many that the words alone used to, and those left to the words alone are the
# half-said ones ("if anything happens to me it was him"), which the pages' own words pull elsewhere. The English
# floors follow, lowered for a different, harder set of queries; lifting the help page for them is open work.
LEARNED_HELP_FLOORS: dict[str, tuple[float, float]] = {"en": (0.85, 0.94), "es": (0.93, 0.97)}


@dataclass(frozen=True)
class DangerSet:
    danger: list[str]
    ordinary: list[str]


def languages(name: str) -> tuple[str, ...]:
    """The languages a set is written in (ONLY_IN, or every language)."""
    return ONLY_IN.get(name, LANGUAGES)


def ranking_sets(names: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(set, language) for every ranking list a set of `names` (SETS by default) has by design."""
    return [(name, language) for name in (SETS if names is None else names) for language in languages(name)]


def ranking_path(name: str, language: str) -> Path:
    return FOLDER / f"{name}-{language}.yml"


def danger_path(name: str, language: str) -> Path:
    return FOLDER / f"danger-{name}-{language}.yml"


def load_danger(path: Path) -> DangerSet:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return DangerSet(danger=[str(q) for q in data["danger"]], ordinary=[str(q) for q in data["ordinary"]])


def every_query(language: str) -> list[str]:
    """Every query in tests/queries/ in `language`: ranking and danger lists, as typed (for parity checks)."""
    found = []
    for path in sorted(FOLDER.glob(f"*-{language}.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [q for v in data.values() for q in v] if isinstance(data, dict) else [c["query"] for c in data]
    return found


def require(path: Path) -> Path:
    """`path`, or a skip saying why (a failure under CI=true: the held-out set must be there)."""
    if not path.is_file():
        reason = (
            f"{path.relative_to(FOLDER.parent.parent)} is not in this checkout (the held-out set is merged separately)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason + "; under CI=true it must be")
        pytest.skip(reason)
    return path
