# title: Chloe
# summary: A six-part continuing case. Chloe Walsh is eleven, of white British and Jamaican heritage, and comes into care in October 2024. Follow her from the chronology to her first placement, its first crisis, a move, permanence planning and the plan that carries her towards adulthood, and see how early choices shape her legal, relational and cultural permanence.
# minutes: 90
# content: parental mental illness, including an overdose a child finds
# content: bereavement
# content: self-harm
# content: a child going missing and the risk of exploitation
# content: racism and identity
# fact: andre-offer = Whether Andre puts himself forward when he is asked \| He declines, for reasons of his own \| He asks to be assessed
# fact: hargreaves-hold = Whether Julie and Martin can hold on through a serious crisis \| The farm is sold, and the cottage they move to has no room for her \| The farm can make room for her, with help
# fact: leanne-recovery = Whether Leanne's recovery holds \| She relapses within the year \| She holds, with a lapse she tells you about \| She holds
# fact: joyce-health = Whether Joyce's household holds \| The mail centre moves her to the hub across the county, two hours' travel a day, and Nathan drops out of college, and she is stretched to breaking \| It holds

// Chloe: the six-part continuing case study of the Achieving Permanence programme.
// Each part lives in its own file. Variables that carry between parts are kept few.
// Every part from 2 on has a knot shared_start_N (in the part's own file): the programme's
// Chloe as the case stands at the start of that part, so a room can start a part together.

// What the worker does not control is drawn from the log's seed (see stories/README.md).
EXTERNAL draw(fact, n)

// ---- case-file variables (shown in the game's case file) ----
VAR lives_with = "mother and brother"
VAR legal_status = "child protection plan (no legal order)"
VAR tie_leanne = 3
VAR tie_andre = 1
VAR tie_joyce = 1
VAR tie_tyler = 5
VAR tie_donna = 2
VAR tie_julie = 0
VAR tie_shah = 2
VAR tie_grace = 0
VAR tie_paulette = 0

// ---- Part 1: how much of the chronology's meaning the worker picked out (0-4, one per activity); it colours two lines of part 1 and does not decide whether Joyce is traced ----
VAR chronology_insight = 0

// ---- Part 2: how Chloe came into placement (matched_well, carers_told, visits and family_time set the severity of the
// part 3 crisis; consent_sound is read only by part 2's proceedings) ----
VAR consent_sound = false
VAR matched_well = false
VAR carers_told = false
VAR visits = 0
VAR family_time = 0
// Part 2: whether Julie reported Chloe's first missing evening at once (read only in part 3's mild crisis).
VAR missing_reported = false
VAR joyce_involved = false

// ---- Part 3: the crisis ----
// care_points (0-6) is the sum of part 2's good practice; it sets crisis_severity and is then cleared
VAR care_points = 0
VAR crisis_severity = 0
VAR chloe_heard = false
// move_type: 1 planned move, 2 emergency move, 3 placement held (Chloe later leaves on her own initiative)
VAR move_type = 0

// ---- Part 4: where Chloe lives after she leaves the Hargreaves ----
// home: 1 Auntie Joyce, 2 the Grants, 3 Ash House, 4 back with the Hargreaves
VAR home = 0
// p4_ash: within part 4 only (cleared before its learning decision): 1 Chloe came to Ash House from part 3's station,
// where the home was told of the exploitation concern at admission; 2 she has had a look-round day there;
// 3 a planned move from Ash House to Joyce's, 4 placed with Joyce the same day under regulation 24 (both read in the
// lines that follow the where-next choice); 5 set by part 3 when the meeting planned a move to Joyce (read by part 4's
// planned opening)
VAR p4_ash = 0

// ---- Part 5: the permanence plan ----
// plan: 1 special guardianship with Joyce, 2 long-term fostering, 3 residential care with family ties, 4 return home to Leanne
VAR plan = 0
VAR family_time_plan = false

// ---- contract between the parts (issue 14). Each part's helper section below is that part's own. ----
// Part 1 sets: joyce_traced (Joyce, Chloe's aunt, found and spoken to in part 1; the name is older than the case's revision), andre_asked (Andre rung in part 1)
VAR joyce_traced = false
VAR andre_asked = false
// Part 2 sets: andre (0 not considered as a carer, 1 asked and declined, 2 asked and assessed: not a home now, a
// committed part of her life), siblings (0 no together-or-apart assessment, 1 assessed: apart, with sibling time
// fixed, 2 assessed: together is the aim, with a named way there), issued (proceedings issued in part 2 and
// Miriam Ellery appointed as Chloe's children's guardian), drift (s.20 drifting; part 2 clears it when it issues, so
// only part 4's drift, a plan the judge would not approve, reaches part 5)
VAR andre = 0
VAR siblings = 0
VAR issued = false
VAR drift = false
// Part 3 sets: move_type (above), hold (the hargreaves-hold fact, 1 or 2, drawn in part 3)
VAR hold = 0
// Part 4 sets: home (above); voice (how Chloe's wishes reached the court: 1 through Miriam's report only, 2 her own letter
// to the judge, 3 she met the judge, 4 her own solicitor taking her instructions directly); court (1 proceedings extended
// under s.32(5) to finish Joyce's special guardianship assessment, also where the judge refuses to fix long-term
// fostering while Chloe lives with Joyce or at Ash House; part 5 treats 1 with home != 1 as a care order made at the
// adjourned hearing, court 2), 2 a care order on a settled long-term plan, 3 the judge would not approve
// a plan whose permanence was open (s.31(3A)) and months were lost); ash_checked (Ash House checked it could meet her
// needs within its statement of purpose, reg 14, with an impact and matching risk assessment)
VAR voice = 0
VAR court = 0
VAR ash_checked = false
// Part 5 sets: plan (above); leanne (the leanne-recovery fact, 1 to 3, drawn in part 5); donna_assessed (Donna assessed
// as the named back-up carer); move_planned (Joyce's change of shifts or house move planned around the school year, with the cover it needs); iro_answer
// (0 no challenge, 1 answered the IRO's formal challenge with a timetable agreed with Rachel, 2 answered it defensively
// or by asking for time, 3 a timetable got by going to the service manager).
// Part 5 also sets p5_sgo_when (declared in part 5: when the special guardianship order was made, 1 August 2025,
// 3 autumn 2026, 4 spring 2027), read only in part 6's opening text and cleared there.
VAR leanne = 0
// Part 5 sets came_back when Chloe returns to Joyce's after her mum's relapse; part 6's opening reads it.
VAR came_back = false
VAR donna_assessed = false
VAR move_planned = false
VAR iro_answer = 0
// Part 6 sets: joyce_well (the joyce-health fact: whether Joyce's household holds, drawn in part 6), contingency_real (a contingency with a named,
// assessed person and a plan for what happens that night), trip (0 no trip, 1 trip agreed and paid for, 2 refused),
// staying (1 Staying Put agreed, 2 a flat of her own planned with support, 0 not settled)
VAR joyce_well = 0
VAR contingency_real = false
VAR trip = 0
VAR staying = 0

INCLUDE part1-chronology.ink
INCLUDE part2-coming-into-placement.ink
INCLUDE part3-first-placement-crisis.ink
INCLUDE part4-chloe-leaves-placement.ink
INCLUDE part5-permanence-planning.ink
INCLUDE part6-planning-for-chloe.ink

-> opening

=== opening ===
# scene: office
This case is fiction. Chloe, her family, her carers, the professionals and the town of Haverley are invented; any likeness to real people is chance. The law and practice are those of England, and the practice dilemmas are real ones.

Content notes: a parent's mental illness, including an overdose a child finds, bereavement, self-harm, a child going missing and the risk of exploitation, and racism experienced by a child. Take a break whenever you need one.

You are Chloe's worker from the week her case is allocated to you until she is fifteen: her social worker while she is looked after and, if she leaves care, the worker her family turns to. The case comes in six parts. Each part begins with a checkpoint, so you can stop and come back. What you do early on will matter later, sometimes a long time later.
-> part1

=== function draw(fact, n) ===
// Inky's fallback only: the game draws from the log's seed.
~ return RANDOM(1, n)
