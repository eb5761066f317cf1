# title: Chloe
# summary: A six-part continuing case. Chloe Walsh is eleven, of white British and Ghanaian heritage, and comes into care in October 2024. Follow her from the chronology to her first placement, its first crisis, a move, permanence planning and the plan that carries her towards adulthood, and see how early choices shape her legal, relational and cultural permanence.
# minutes: 90
# content: domestic abuse
# content: parental alcohol misuse
# content: bereavement
# content: self-harm
# content: a child going missing and the risk of exploitation
# content: racism and identity

// Chloe: the six-part continuing case study of the Achieving Permanence programme.
// Each part lives in its own file. Variables that carry between parts are kept few.

// ---- case-file variables (shown in the game's case file) ----
VAR lives_with = "mother and brother"
VAR legal_status = "child protection plan (no legal order)"
VAR tie_leanne = 3
VAR tie_kwame = 1
VAR tie_abena = 1
VAR tie_tyler = 5
VAR tie_donna = 2
VAR tie_julie = 0
VAR tie_shah = 2
VAR tie_grace = 0
VAR tie_comfort = 0

// ---- Part 1: how much of the chronology's meaning the worker picked out (0-3); it decides whether Nana is traced at once ----
VAR chronology_insight = 0

// ---- Part 2: how Chloe came into placement (these set the severity of the part 3 crisis) ----
VAR consent_sound = false
VAR matched_well = false
VAR carers_told = false
VAR visits = 0
VAR family_time = 0
VAR nana_involved = false

// ---- Part 3: the crisis ----
// care_points (0-6) is the sum of part 2's good practice; it sets crisis_severity and is then cleared
VAR care_points = 0
VAR crisis_severity = 0
VAR chloe_heard = false
// move_type: 1 planned move, 2 emergency move, 3 placement held (Chloe later leaves on her own initiative)
VAR move_type = 0

// ---- Part 4: where Chloe lives after she leaves the Hargreaves ----
// home: 1 Nana Abena, 2 the Boatengs, 3 Ash House, 4 back with the Hargreaves
VAR home = 0

// ---- Part 5: the permanence plan ----
// plan: 1 special guardianship with Nana, 2 long-term fostering, 3 residential care with family ties, 4 return home to Leanne
VAR plan = 0
VAR family_time_plan = false

// ---- Part 6: the quality of the plan written with Chloe ----
VAR plan_quality = 0
VAR contingency_specific = false

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

Content notes: domestic abuse, parental alcohol misuse, bereavement, self-harm, a child going missing and the risk of exploitation, and racism experienced by a child. Take a break whenever you need one.

You are Chloe's social worker from the week her case is allocated to you until she is fifteen. The case comes in six parts. Each part begins with a checkpoint, so you can stop and come back. What you do early on will matter later, sometimes a long time later.
-> part1
