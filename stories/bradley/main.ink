# title: Bradley
# summary: Bradley Hughes is three and a half when his case is allocated to you, six weeks into pre-proceedings. In three parts, decide how early the family is asked, where Bradley and his baby sister Poppy live, what family time they have, and which permanence plan goes to the four-month review and to court, then live with what makes it last.
# minutes: 40
# content: parental alcohol misuse
# content: domestic abuse
# content: neglect of young children
# content: a child's removal from home at night
# fact: kerry-change = Whether Kerry's change takes hold in Bradley's timescale \| She cannot yet stop drinking \| She changes, then relapses when the pressure comes \| She sustains it
# fact: carer-holds = Whether the people caring for Bradley can go on after the first crisis \| They cannot go on, whatever help comes \| They can go on with the right help

// Bradley: the Workshop One case study of the Achieving Permanence programme, told in three parts.
// Part 1 (part1.ink): before care and the first fortnight. Part 2 (part2.ink): the four-month decision.
// Part 3 (part3.ink): the final hearing and what sustains the plan.
// State is kept small on purpose: the explorer walks every path. Choices are sticky (+) so that
// which option was taken is held only in the variables below, never in visit counts.

// What the worker does not control is drawn from the log's seed (see stories/README.md).
EXTERNAL draw(fact, n)

// ---- case-file variables (shown in the game's case file) ----
VAR lives_with = "Kerry (mother), with Poppy"
VAR legal_status = "child protection plan; PLO pre-proceedings"
VAR tie_kerry = 5
VAR tie_dean = 1
VAR tie_poppy = 5
VAR tie_brenda = 2
VAR tie_linda = 3
VAR tie_gill = 0
VAR tie_shanice = 3

// ---- Part 1: how early the family was asked, and where the children went ----
VAR dean_in = false
// meeting: 0 nobody asked, 1 relatives phoned one by one, 2 family network meeting before the crisis, 3 Family Group Conference
VAR meeting = 0
VAR brenda_checked = false
VAR linda_checked = false
// home: where Bradley lives. gill = Gill and Pete Marsden (foster carers), brenda, linda
VAR home = "kerry"
// poppy_with: where Poppy lives. gill, brenda, linda, tina
VAR poppy_with = "kerry"
// kerry: Kerry's progress, 0 (none) to 3 (sufficient, sustained). Set in week fourteen by
// kerry_change, which the worker does not control, and moved at most one step by what happens after.
VAR kerry = 1
// trust: Kerry's working relationship with you, 0 to 3. It shapes tone and family time, not her progress,
// except that a mother who cannot stop drinking and trusts nobody stops engaging altogether.
VAR trust = 1
// kerry_change: drawn in part 2: 1 cannot yet stop drinking, 2 changes then relapses, 3 sustains it
VAR kerry_change = 0
// dean_checks: Kerry's account of Dean's control checked (police, MARAC) before he is involved
VAR dean_checks = false
// drift: s.20 without a timetable, or an extended timetable, so the court case runs late (Bradley's timescale missed)
VAR drift = false

// ---- Part 2 ----
// unit: the residential assessment was directed, so the four-month review waits for its report (reset at the end of part 2)
VAR unit = false
// story_work: in part 2, the words-and-pictures book was made; in part 3, the later life letter was written
VAR story_work = false
// support: whether the people caring for Bradley are properly supported, 0 or 1
VAR support = 1
// plan: the plan ranked first at the four-month review: home, sgo, ltf, adopt
VAR plan = ""
// together: 1 the together-or-apart assessment found the siblings should live together; 2 an adoption search for both
VAR together = 0
// poppy_plan: Poppy's own permanence plan, fixed at the four-month review: tina, home, brenda, linda, ltf (with Bradley), adopt
VAR poppy_plan = ""
// panel: what the evidence at the review supports: 1 return home, 2 or 3 a grandmother (Kerry adequate in parts, or not), 4 long-term fostering
VAR panel = 0

// ---- Part 3 ----
// final: where the court's decision leaves Bradley: home, linda, brenda, ltf, adopt
VAR final = ""
// stable: whether the arrangement has what it needs to hold, 0 or 1
VAR stable = 1
// moved: 0 the arrangement holds, 1 a planned move agreed at or after a meeting, 2 it broke down
VAR moved = 0
VAR holds = 0

INCLUDE part1.ink
INCLUDE part2.ink
INCLUDE part3.ink
INCLUDE shared-starts.ink

-> opening

=== function raise(v) ===
~ return MIN(v + 1, 3)

=== function lower(v) ===
~ return MAX(v - 1, 0)

=== function draw(fact, n) ===
// Inky's fallback only: the game draws from the log's seed.
~ return RANDOM(1, n)

=== function who(place) ===
{
- place == "gill":
    ~ return "Gill"
- place == "brenda":
    ~ return "Brenda"
- place == "linda":
    ~ return "Linda"
- place == "tina":
    ~ return "Tina"
- else:
    ~ return "Kerry"
}

=== opening ===
# scene: office
This case is fiction. Bradley, his family, the people who care for him, the professionals and the town of Calderbrook are invented; any likeness to real people is chance. The law and practice are those of England, and the dilemmas are real ones.

Content notes: parental alcohol misuse, domestic abuse, neglect of two young children, and a child removed from home at night by the police. Take a break whenever you need one.

You are Bradley's social worker from the week his case is allocated to you until a year after the court's final decision. The case comes in three parts, each ending at a pause for discussion. Choices you make in the first fortnight will shape who Bradley lives with, who he still sees, and how well the adults around him hold on. Some of what happens is not yours to decide: whether Kerry's change lasts, and whether the people caring for Bradley can keep going, depend on them, as they would in life.
-> p1_allocation
