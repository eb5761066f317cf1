// Shared starting points: the programme's Bradley as the case stands at the start of parts 2 and 3,
// so a room can start a part together whatever each player chose before. Each knot sets every
// variable the part and later parts read to the values a continuing game holds on one careful path
// (named in the comment above it), prints the part's opening summary and diverts to the part's knot.

=== shared_start_2 ===
# shared-start: 2
# scene: office
// The path: Dean told after police and MARAC checks; a family network meeting in week one, with
// viability assessments of Brenda and Linda; on the night of the crisis both children go to Brenda
// (regulation 24); care proceedings issued from the hospital, interim care orders; both children kept
// with Brenda; family time twice a week, one teatime and bath at Brenda's. No hidden fact drawn yet.
~ lives_with = "Brenda (maternal grandmother), with Poppy"
~ legal_status = "interim care order (s.38)"
~ tie_kerry = 5
~ tie_dean = 3
~ tie_poppy = 5
~ tie_brenda = 4
~ tie_linda = 3
~ tie_gill = 0
~ tie_shanice = 3
~ dean_in = true
~ meeting = 2
~ brenda_checked = true
~ linda_checked = true
~ home = "brenda"
~ poppy_with = "brenda"
~ kerry = 1
~ trust = 1
~ kerry_change = 0
~ dean_checks = false
~ drift = false
~ unit = false
~ story_work = false
~ support = 1
~ plan = ""
~ together = 0
~ poppy_plan = ""
~ panel = 0
~ final = ""
~ stable = 1
~ moved = 0
~ holds = 0
This case is fiction: Bradley, his family and the town of Calderbrook are invented. The law and practice are those of England.

You are Bradley Hughes's social worker in the Children's Safeguarding team in Calderbrook. Bradley is three and a half, gentle, obsessed with bin lorries, and knows the bin men's names. His half-sister Poppy is ten months old. It is the end of week four since the case was allocated to you.

On day eleven, at twenty to one in the morning, the police found Bradley on the landing outside his mother's flat in a sodden nappy, holding Poppy's bottle, and Kerry on the kitchen floor with a cut above her eye, too drunk to stand. Callum Thwaite, her partner and Poppy's father, was arrested at his mother's house; he is on bail for the assault, with a condition not to contact Kerry. Both children were taken into police protection.

They went that night to Kerry's mother, Brenda Hughes, in her two-bedroom flat in Bramley Court. A family network meeting in week one had made a plan for an emergency, and Brenda's viability assessment was already done, so she was approved as a connected person under regulation 24, and both children are still with her. Brenda has been sober for nine years and works early shifts at Calderbrook General; she and Kerry had not spoken since a row in the summer. The local authority issued care proceedings the day after the crisis, the court made interim care orders, and Hannah Brooks is the children's guardian. Brenda's full assessment has begun.

Bradley's father, Dean Cartwright, has parental responsibility and had never been asked about his son. Kerry says he was controlling; the police and MARAC hold nothing on either of them, which does not make her account untrue, and Dean sees Bradley on Saturdays at his own mother's, never at Kerry's. Linda Cartwright, in Thornleigh, has had Bradley most Saturdays all his life; her viability assessment is positive for Bradley alone, because she could not manage a baby as well as caring for her partner Mick. Callum's mother, Tina Thwaite, sees Poppy now and then.

Kerry sees the children twice a week: once at the contact centre, and once at teatime and bath at Brenda's, under a written agreement that she arrives sober. She has been to the alcohol service twice since the crisis and has a date for her first hair-strand test. Bradley has bitten another child at nursery twice, which he has never done before, and he asks Brenda whether Mummy is still poorly.

What is open now: what Bradley is told, how Brenda holds up, where Poppy's future lies, and whether Kerry can change in Bradley's timescale. The four-month review is in week nineteen.
-> p2_start

=== shared_start_3 ===
# shared-start: 3
# scene: office
// The path: as part 2's start, then the words-and-pictures book made with Brenda and Kerry; a
// pre-disruption meeting when Brenda struggled (support holds); a together-or-apart assessment and
// Tina's full assessment (Poppy stays with Bradley); kerry-change came out 2 (she changes, then relapses
// under pressure), shown in week fourteen, and the plan was written with her (progress adequate in
// parts); at the four-month review a Special Guardianship Order to Brenda was ranked first. A
// continuing game clears kerry_change, kerry, panel and the assessment flags at the end of part 2, and
// holds the outcome in plan, final and poppy_plan; the same is done here.
~ lives_with = "Brenda (maternal grandmother), with Poppy"
~ legal_status = "interim care order (s.38)"
~ tie_kerry = 5
~ tie_dean = 3
~ tie_poppy = 5
~ tie_brenda = 4
~ tie_linda = 3
~ tie_gill = 0
~ tie_shanice = 3
~ dean_in = true
~ meeting = 0
~ brenda_checked = false
~ linda_checked = false
~ home = "brenda"
~ poppy_with = "brenda"
~ kerry = 0
~ trust = 1
~ kerry_change = 0
~ dean_checks = false
~ drift = false
~ unit = false
~ story_work = true
~ support = 1
~ plan = "sgo"
~ together = 0
~ poppy_plan = "brenda"
~ panel = 0
~ final = "brenda"
~ stable = 1
~ moved = 0
~ holds = 0
This case is fiction: Bradley, his family and the town of Calderbrook are invented. The law and practice are those of England.

You are Bradley Hughes's social worker in Calderbrook. Bradley is nearly four; his half-sister Poppy is just over a year old. Since the night the police found Bradley on the landing of his mother's flat, holding Poppy's bottle, both children have lived with their maternal grandmother, Brenda Hughes, in Bramley Court, under interim care orders. Brenda's full assessment was positive, and the fostering panel has approved her as their connected-person foster carer. The final hearing is weeks away, inside the 26-week timetable.

Kerry Hughes, their mother, has tried hard. She went to most of her alcohol sessions and missed only two family times out of twenty, and when she is there Bradley lights up. She had a heavy weekend in week eleven and told her key worker herself. Then, when Callum Thwaite's bail was extended and a letter from the housing office threatened her tenancy, she drank for three days, and rang you herself on the third. The third hair-strand test shows it. Callum, Poppy's father, on bail for assaulting her, has been texting her. Judged against the progress categories, her progress is adequate in parts and inadequate in others.

In week nine Brenda nearly reached the end of what she could manage: her allowance had not been paid, and Kerry had shouted through her letterbox after the pub while Bradley hid in the airing cupboard. A pre-disruption meeting chaired by your manager, Sue Pritchard, put in a family support worker for the worst bedtimes, the allowance with back pay, a written agreement with Kerry about visits, and a call from you every Friday. The biting at nursery has stopped. Bradley calls Brenda's "my house", and he has a words-and-pictures book, made with Brenda and Kerry, that he wants read every night.

Tina Thwaite, Callum's mother, came forward to care for Poppy alone. An independent together-or-apart assessment found the bond between brother and sister strong, and on Bradley's side protective: they should live together unless that leaves one of them without a family home. Tina's full assessment was positive, on condition that Callum never has a key to her house again, and she still has Poppy for an afternoon a fortnight. Dean Cartwright, Bradley's father, has not missed a Saturday with him at his mother Linda's in Thornleigh, and says he cannot offer a home himself.

At the four-month review in week nineteen, chaired by Keith Fenwick, the IRO, the local authority ranked a Special Guardianship Order to Brenda first, for both children, with family time for Kerry, Dean, Linda and Tina; a supported return home came second. Kerry's solicitor says she will oppose it. Hannah Brooks, the children's guardian, wants every realistic option weighed side by side.

What is open now: the final evidence, the order and the support around it, family time after it, and what will make it last.
-> p3_start
