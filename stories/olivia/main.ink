# title: Olivia and her un-named son
# summary: Olivia is twenty, care-experienced, and pregnant with her second child; her daughter was adopted two years ago. From the pre-birth assessment to the final care plan, you make and defend the decisions about her son, a baby his mother has not named.
# minutes: 75
# content: substance misuse
# content: domestic abuse
# content: neglect
# content: removal at birth
# content: a previous child's adoption
# content: grief and loss

INCLUDE part1.ink
INCLUDE part2.ink
INCLUDE part3.ink
INCLUDE part4.ink
INCLUDE part5.ink
INCLUDE part6.ink
INCLUDE endings.ink

// Case-file variables read by the game
VAR lives_with = "not yet born (Olivia, 28 weeks pregnant)"
VAR legal_status = "unborn: child protection plan pending"
VAR tie_olivia = 3
VAR tie_abena = 1
VAR tie_effie = 0
VAR tie_jordan = 1
VAR tie_sharon = 0
VAR tie_lorraine = 0
VAR tie_amelia = 0
VAR tie_maureen = 0
VAR tie_claire = 0
VAR tie_denise = 0

// Consequence variables (kept small so the story can be explored exhaustively)
// trust: Olivia's working relationship with you, 0 to 3
VAR trust = 1
// progress: Olivia's stage of change, 0 pre-contemplation, 1 contemplation, 2 preparation, 3 action
VAR progress = 1
// network: 0 none before the birth, 1 worker-led family network meeting, 2 Family Group Conference
VAR network = 0
// effie: 0 not known, 1 known early and offering to care, 2 assessed positively, 3 withdrew, 4 came forward late
VAR effie = 0
// placement: nana, pab (with Olivia, parent-and-baby), maureen (Olivia left, baby stayed), ffa, foster
VAR placement = "none"
// family_time: quality of the baby's time with Olivia, 1 to 3
VAR family_time = 2
// naming: unnamed, nickname (the carers' name has taken hold), held (Olivia's choice held open with her), kofi (named by Olivia), pressed (named under pressure)
VAR naming = "unnamed"
// jordan: the father was assessed and offered his own family time
VAR jordan = false
// evidence: quality of the written evidence (0 to 3 in part 3, then 0 or 1)
VAR evidence = 0
// plan: the final care plan the local authority put to the court
VAR plan = "none"

-> p1_start

=== function update_ties() ===
{
- placement == "pab":
    ~ tie_olivia = 5
- placement == "maureen":
    ~ tie_olivia = 3
- else:
    ~ tie_olivia = family_time + 1
}
{
- naming == "held" || naming == "kofi":
    ~ tie_abena = 3
- else:
    ~ tie_abena = 2
}
{
- effie == 2:
    ~ tie_effie = 3
- effie == 0:
    ~ tie_effie = 0
- else:
    ~ tie_effie = 1
}
{
- jordan:
    ~ tie_jordan = 2
    ~ tie_sharon = 2
- else:
    ~ tie_jordan = 0
    ~ tie_sharon = 1
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
- placement == "ffa":
    ~ tie_claire = 5
- else:
    ~ tie_claire = 0
}
{
- placement == "foster":
    ~ tie_denise = 5
- else:
    ~ tie_denise = 0
}

=== function stage_of_change() ===
{
- progress <= 0:
    ~ return "pre-contemplation: she does not yet see what others see as needing to change"
- progress == 1:
    ~ return "contemplation: she can see it, and is not yet sure she can do it"
- progress == 2:
    ~ return "preparation: she is making plans and the first small changes"
- else:
    ~ return "action: she is doing it, week after week, and it is showing"
}

=== function carer_name() ===
{
- placement == "ffa":
    ~ return "Claire and Sam"
- placement == "foster":
    ~ return "Denise"
- else:
    ~ return "Maureen"
}

=== function baby_name() ===
{
- naming == "kofi" || naming == "pressed":
    ~ return "Kofi"
- naming == "nickname":
    ~ return "the baby everyone in the carers' house calls by their own name for him"
- else:
    ~ return "Olivia's son"
}
