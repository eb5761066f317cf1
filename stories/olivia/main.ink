# title: Olivia and her un-named son
# summary: Olivia is twenty, care-experienced, and pregnant with her second child; her daughter was adopted eighteen months ago. From the pre-birth assessment to the final care plan, you make and defend the decisions about her son, a baby his mother has not named.
# minutes: 75
# content: substance misuse
# content: domestic abuse
# content: neglect
# content: removal at birth
# content: a previous child's adoption
# content: grief and loss
# fact: olivia-holds = Whether Olivia's change holds through the anniversary of Amelia's adoption and Liam's release, whatever the worker does \| It does not hold in his timescale \| It holds

INCLUDE part1.ink
INCLUDE part2.ink
INCLUDE part3.ink
INCLUDE part4.ink
INCLUDE part5.ink
INCLUDE part6.ink
INCLUDE endings.ink
INCLUDE shared-starts.ink

// Case-file variables read by the game
EXTERNAL draw(fact, n)

VAR lives_with = "not yet born (Olivia, 28 weeks pregnant)"
VAR legal_status = "unborn: child protection plan pending"
VAR tie_olivia = 3
VAR tie_adwoa = 1
VAR tie_effie = 0
VAR tie_liam = 1
VAR tie_sharon = 0
VAR tie_lorraine = 0
VAR tie_amelia = 0
VAR tie_maureen = 0
VAR tie_laura = 0
VAR tie_denise = 0

// Consequence variables (kept few and small so the story can be explored exhaustively)
// stage: Olivia's engagement and stage of change, 0 pre-contemplation, 1 contemplation,
// 2 preparation, 3 action, 4 maintenance (change that is holding)
VAR stage = 0
// effie: 0 not known, 1 known early (FGC) and offering to care, 2 assessed positively, 3 withdrew, 4 came forward late
VAR effie = 0
// network: 0 none before the birth, 1 worker-led family network meeting, 2 Family Group Conference (part 1 only)
VAR network = 0
// fgc_held: a Family Group Conference was held before the birth (never reset; read by the adoption judge)
VAR fgc_held = false
// late_move: in the long-term fostering ending, he moved to long-term carers late in his first year
VAR late_move = false
// placement: nana, effie (with Effie and Peter under regulation 24), pab (with Olivia, parent-and-baby), maureen (Olivia left, baby stayed), ffa, foster
VAR placement = "none"
// s20: Olivia was asked to consent to section 20 accommodation on the postnatal ward (part 2 only)
VAR s20 = false
// naming: unnamed, nickname (the carers' name has taken hold), held (Olivia's choice held open with her), named (named by Olivia), pressed (named under pressure)
VAR naming = "unnamed"
// evidence: sentences correctly classified in the part 3 exercise (part 3 only)
VAR evidence = 0
// holds: hidden fact drawn from the seed in part 5 (drawn late to keep the story explorable):
// 1 Olivia's change does not hold through September (the letterbox letter and Liam's release), 2 it holds
VAR holds = 0
// after: the contact plan after adoption (part 6, adoption plans only): open (planned or ordered), letterbox (letterbox, or a plan that stalled), none
VAR after = "none"
// support: whether Olivia has support that someone owns after proceedings (part 6): yes, none
VAR support = "none"
// plan: the final care plan and how the court received it (part 6)
VAR plan = "none"

-> p1_start

=== function draw(fact, n) ===
~ return RANDOM(1, n)

=== function update_ties() ===
// Ties are recomputed only at part boundaries, from the variables that carry the story.
{
- placement == "pab":
    ~ tie_olivia = 5
- placement == "maureen":
    ~ tie_olivia = 3
}
{
- naming == "held" || naming == "named":
    ~ tie_adwoa = 3
- else:
    ~ tie_adwoa = 2
}
{
- effie == 2:
    ~ tie_effie = 3
- effie == 0:
    ~ tie_effie = 0
- else:
    ~ tie_effie = 1
}
~ tie_lorraine = 1
{
- placement == "pab":
    ~ tie_maureen = 4
- placement == "maureen":
    ~ tie_maureen = 5
- else:
    ~ tie_maureen = 0
}
{
- placement == "effie":
    ~ tie_effie = 5
}
{
- placement == "ffa":
    ~ tie_laura = 5
- else:
    ~ tie_laura = 0
}
{
- placement == "foster":
    ~ tie_denise = 5
- else:
    ~ tie_denise = 0
}

=== function stage_of_change() ===
{
- stage <= 0:
    ~ return "pre-contemplation: she does not yet see what others see as needing to change"
- stage == 1:
    ~ return "contemplation: she can see it, and is not yet sure she can do it"
- stage == 2:
    ~ return "preparation: she is making plans and the first small changes"
- stage == 3:
    ~ return "action: she is doing it, week after week, and it is showing"
- else:
    ~ return "maintenance: the change is holding, including through a bad week"
}

=== function la_plan() ===
// The plan the local authority put to the court, whatever the court made of it.
{
- plan == "home" || plan == "home-refused" || plan == "home-unsafe":
    ~ return "home"
- plan == "sgo" || plan == "sgo-extend" || plan == "sgo-not-needed":
    ~ return "sgo"
- plan == "adoption" || plan == "sgo-court" || plan == "adopt-refused" || plan == "adopt-not-needed":
    ~ return "adoption"
- else:
    ~ return "ltf"
}

=== function carer_name() ===
{
- placement == "ffa":
    ~ return "Laura and Matt"
- placement == "effie":
    ~ return "Effie and Peter"
- placement == "foster":
    ~ return "Denise"
- else:
    ~ return "Maureen"
}
