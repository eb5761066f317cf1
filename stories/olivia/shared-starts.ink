// Shared starting points: the programme's Olivia and her son as the case stands at the start of
// parts 2 to 6, so a room can start a part together whatever each player chose before. Each knot sets
// every variable the part and later parts read to the values a continuing game holds on one careful
// path (named in the comment above it), prints the part's opening summary and diverts to the part.
// The path throughout: a parent-and-baby placement with Maureen, Effie and Peter known early through a
// Family Group Conference, and the naming held open as Olivia's to give.

=== shared_start_2 ===
# shared-start: 2
# scene: office
// Part 1: first visit at the flat with Jess; Amelia's judgment read with Olivia; a Family Group
// Conference (Effie and Peter named, viability positive); a SMART pre-proceedings plan written with
// her; the birth plan ranks the parent-and-baby placement with Maureen first, Effie and Peter the
// contingency. Olivia is in preparation (stage 2). No hidden fact drawn yet.
~ lives_with = "not yet born (Olivia, 37 weeks pregnant)"
~ legal_status = "unborn: child protection plan; pre-proceedings"
~ stage = 2
~ effie = 1
~ network = 2
~ fgc_held = true
~ late_move = false
~ placement = "pab"
~ s20 = false
~ naming = "unnamed"
~ evidence = 0
~ holds = 0
~ after = "none"
~ support = "none"
~ plan = "none"
~ tie_olivia = 3
~ tie_liam = 1
~ tie_sharon = 0
~ tie_amelia = 0
~ update_ties()
This case is fiction: Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. The practice, the law and the dilemmas are real.

You are the social worker for Olivia Hartley's unborn son. Olivia is twenty and care-experienced: in care from thirteen, three foster homes, and now a supported flat at Calder House, with a personal adviser, Jess Whitlock, who has known her since she was sixteen. Her daughter, Amelia, was separated from her at ten days old, when Olivia was seventeen, and was adopted eighteen months ago. The baby's father, Liam Pike, is twenty-five; there have been three police call-outs, one with a bruise to Olivia's arm. He is not married to Olivia and has no parental responsibility.

The referral came at twenty-eight weeks. You first met Olivia at her flat, with Jess, at a time she chose. The pre-birth assessment asks, with her, what is different now: she read the 2023 judgment on her own and marked the margins herself, "got a flat now, 2 yrs" beside one finding, and beside the one about a controlling partner, "still the same kind of man".

A Family Group Conference met at thirty-five weeks in the hall at St Michael's, her Nana's church. Nana Adwoa Darko, seventy-four, raised Olivia from eight to thirteen, until a stroke. Olivia's cousin Effie Quaye, a nurse in Ashworth, forty miles away, came with her husband Peter, though Olivia feels she has always come second to Effie at Nana's. The family's plan: Olivia will try, with Nana visiting daily and Liam's mother, Sharon Pike, doing Tuesdays; if she cannot keep the baby safe, "he comes to family". Effie and Peter's viability assessment is positive.

The pre-proceedings plan was written with Olivia, her solicitor Dev Patel and Jess, in her words, with the contingency set out plainly. At thirty-four weeks she went to the recovery service's drop-in on her own. Her thirty-six-week hair-strand test shows cannabis at a lower level and no cocaine in the most recent month. Liam has been seen twice in the car park at Calder House; Olivia says they are not together.

The legal planning meeting has agreed the birth plan: proceedings on the day he is born, and an interim care order with Olivia and the baby together at Maureen Hollis's, an experienced parent-and-baby foster carer, for a twelve-week assessment, with Effie and Peter as the contingency.

Olivia will not choose names. "Not yet. Maybe not at all. I'm not doing that again." She keeps the scan photos inside a library book about Ghana that she took out when she was ten and never returned. Nana has said that in their family a child is not named until the eighth day: "We wait to see if he has come to stay."
-> p2_birth

=== shared_start_3 ===
# shared-start: 3
# scene: office
// Part 2: born on a Tuesday at 37 weeks; Olivia's not naming recorded in her own words (naming held);
// the night before discharge met with conditions put to her face to face, Dev there; interim care
// order, with Olivia and the baby at Maureen's. Olivia is in action (stage 3).
~ lives_with = "Olivia, in Maureen Hollis's parent-and-baby foster placement"
~ legal_status = "interim care order (Children Act 1989 s.38)"
~ stage = 3
~ effie = 1
~ network = 0
~ fgc_held = true
~ late_move = false
~ placement = "pab"
~ s20 = false
~ naming = "held"
~ evidence = 0
~ holds = 0
~ after = "none"
~ support = "none"
~ plan = "none"
~ tie_olivia = 3
~ tie_liam = 1
~ tie_sharon = 0
~ tie_amelia = 0
~ update_ties()
This case is fiction: Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. The practice, the law and the dilemmas are real.

Olivia Hartley's son is three weeks old. He was born at thirty-seven weeks, on a Tuesday afternoon at St Aidan's, weighing 2.74 kilograms, with a lot of dark hair and a frown. Olivia is twenty and care-experienced; her first child, Amelia, was adopted in 2023. Since discharge, Olivia and the baby have lived together at Maureen Hollis's, an experienced parent-and-baby foster carer in Castlebridge, under an interim care order, for a twelve-week assessment of her care.

At six on the morning after the birth, Olivia rang the recovery service's duty line herself and booked an appointment. On the night before discharge she left the ward at eleven and came back at ten past two, smelling of cannabis; Liam Pike's car was seen in the pick-up bay. She says he had messaged that he would come up to the ward if she did not come out. Before the hearing she signed conditions in the hospital corridor, with her solicitor, Dev Patel, beside her: no going out after nine without the baby, Liam's contact supervised, and if he threatens to turn up, she rings Maureen or the police, not him.

She has not named her son. Her words, written down on the ward and read back to her: "Write down that I'm not not-bothered. Write down that I'm waiting." The ward, Maureen and the file all know that it is her choice. Her Nana, Adwoa Darko, has told you that a Tuesday-born boy has a day name in Twi, Kwabena, and that in their family a child is named on the eighth day: "Before the eighth day he is a visitor." The birth has not yet been registered.

Liam is the baby's father and has no parental responsibility: he is not married to Olivia and is named on nothing. Nobody has assessed him yet. Olivia's cousin Effie Quaye and her husband Peter, in Ashworth, are the family's contingency from the Family Group Conference before the birth, with a positive viability assessment. Jess Whitlock, Olivia's personal adviser, and Nana are beside her.

Helen Okafor has been appointed as the children's guardian. The case management hearing is in the third week: the court will set a timetable to a final hearing at twenty-six weeks and decide what assessment it needs.
-> p3_court

=== shared_start_4 ===
# shared-start: 4
# scene: office
// Part 3: the evidence statement's facts, opinions and judgements sorted; Liam seen on his own (DNA,
// his own assessment and family time); an independent social worker's parenting assessment directed.
// Olivia's change is holding so far (stage 4).
~ lives_with = "Olivia, in Maureen Hollis's parent-and-baby foster placement"
~ legal_status = "interim care order (Children Act 1989 s.38)"
~ stage = 4
~ effie = 1
~ network = 0
~ fgc_held = true
~ late_move = false
~ placement = "pab"
~ s20 = false
~ naming = "held"
~ evidence = 0
~ holds = 0
~ after = "none"
~ support = "none"
~ plan = "none"
~ tie_olivia = 3
~ tie_liam = 2
~ tie_sharon = 2
~ tie_amelia = 0
~ update_ties()
This case is fiction: Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. The practice, the law and the dilemmas are real.

Olivia Hartley's son is about a month old and has no name yet. He and Olivia, twenty, live together at Maureen Hollis's parent-and-baby foster placement in Castlebridge, under an interim care order, and the court has set a 26-week timetable. Olivia is care-experienced, and her first child, Amelia, was adopted in 2023. The people she trusts most are her Nana, Adwoa Darko, and her personal adviser, Jess Whitlock.

At the case management hearing the court directed an independent social worker, Ruth Adeyemi, to assess Olivia's parenting over twelve weeks, alongside the recovery service, domestic abuse work and hair-strand tests. Ruth told Olivia she would write down the good things as carefully as the worrying ones. Olivia started the recovery programme on a Tuesday. Your evidence statement now keeps fact, opinion and professional judgement apart.

Liam Pike, the baby's father, has no parental responsibility and is being assessed on his own: a DNA test confirmed he is the father, he has started a perpetrator programme, and he has his own family time, on other days from Olivia's. He brought a letter he had written to the baby, with a drawing of a football. Olivia said of the separate days, "Good. Thanks." She has also said, "Some days we're sort of back on."

Olivia is waiting to name him. Helen Okafor, the children's guardian, asked what the local authority's plan about his name was; the plan now records that Olivia has chosen not to name him yet, and that the naming is hers. A birth in England has to be registered within forty-two days.

Olivia's cousin Effie Quaye and Effie's husband Peter, in Ashworth, were named at the Family Group Conference before the birth as the family's contingency, with a positive viability assessment; no full assessment has begun. Liam wants his mother, Sharon Pike, assessed as well.
-> p4_interim

=== shared_start_5 ===
# shared-start: 5
# scene: office
// Part 4: Maureen's worries about the nights met by a plan revised with Olivia; a holding name agreed
// with her and the carers; registered without a forename (naming held). Stage 4.
~ lives_with = "Olivia, in Maureen Hollis's parent-and-baby foster placement"
~ legal_status = "interim care order (Children Act 1989 s.38)"
~ stage = 4
~ effie = 1
~ network = 0
~ fgc_held = true
~ late_move = false
~ placement = "pab"
~ s20 = false
~ naming = "held"
~ evidence = 0
~ holds = 0
~ after = "none"
~ support = "none"
~ plan = "none"
~ tie_olivia = 3
~ tie_liam = 2
~ tie_sharon = 2
~ tie_amelia = 0
~ update_ties()
This case is fiction: Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. The practice, the law and the dilemmas are real.

Olivia Hartley's son is fourteen weeks old and still, in Olivia's phrase, "waiting for his name". He and Olivia, twenty, live together at Maureen Hollis's parent-and-baby foster placement in Castlebridge, under an interim care order. Ruth Adeyemi, an independent social worker, is assessing Olivia's parenting; Helen Okafor is the children's guardian; the final hearing is due at twenty-six weeks. Olivia's first child, Amelia, was adopted in 2023.

Olivia's daytime care has been warm from the start: she sings him the songs her Nana sang in Twi and notices his cues before Maureen does. In the first weeks she slept through some of the 3am feeds and went out on Saturdays. At a meeting with Maureen and Jess Whitlock, her personal adviser, the plan was rewritten with her: she does the nights, with Maureen's alarm as back-up, and shows Maureen every message from Liam. "If I'm doing nights, I'm not going out Saturdays." Since then she has missed one night feed in fourteen.

Liam Pike, the baby's father, was remanded in custody in July for an assault outside a pub that had nothing to do with Olivia, and has since been sentenced; he is due out in the middle of September. He has no parental responsibility. Before his remand he was assessed on his own and had his own family time.

Maureen called the baby "Little Man", as she calls every baby in her house. At a meeting with Olivia the carers agreed on "little one" for now, and the placement plan has a paragraph headed "His name": a proper name is Olivia's to give. On day thirty-eight you went with her to register him without a forename, which the law allows: a name can be added within twelve months. The certificate says HARTLEY and a blank, and Olivia keeps it folded inside her library book about Ghana, with the scan photos.

Olivia's cousin Effie Quaye and her husband Peter, in Ashworth, were named before the birth as the family's contingency, with a positive viability assessment, and no full assessment has been done. The four-month review, by which every permanence option should have been explored, is three weeks away.
-> p5_assess

=== shared_start_6 ===
# shared-start: 6
# scene: office
// Part 5: the hair-strand result talked through with Olivia first; Effie and Peter fully assessed,
// positive (effie 2); the September letter met with Jess at her side. olivia-holds came out 1: her
// change did not hold through the letter and Liam's release, and the story set stage 1. A twin-track
// plan was ratified at the four-month review. Olivia and the baby are still at Maureen's.
~ lives_with = "Olivia, in Maureen Hollis's parent-and-baby foster placement"
~ legal_status = "interim care order (Children Act 1989 s.38)"
~ stage = 1
~ effie = 2
~ network = 0
~ fgc_held = true
~ late_move = false
~ placement = "pab"
~ s20 = false
~ naming = "held"
~ evidence = 0
~ holds = 1
~ after = "none"
~ support = "none"
~ plan = "none"
~ tie_olivia = 3
~ tie_liam = 1
~ tie_sharon = 1
~ tie_amelia = 0
~ update_ties()
This case is fiction: Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. The practice, the law and the dilemmas are real.

Week twenty of care proceedings. Olivia Hartley's son is nearly five months old and has no first name: he is registered as HARTLEY with a blank, and Olivia has until the first anniversary of his registration to add one. He and Olivia, twenty, live at Maureen Hollis's parent-and-baby foster placement in Castlebridge, under an interim care order. The final hearing is listed for week twenty-six.

For most of the summer the change held. Olivia did the night feeds and showed Maureen every message from Liam. Her three-month hair-strand test showed cannabis falling and cocaine only in the first month after the birth, and she told you herself that it was one night, at Liam's, in her first week at Maureen's. She agreed to monthly tests, and the next was clear of cocaine.

Then came September. The adoption agency's annual letter arrived from Amelia's adoptive parents, with a photograph of Amelia at three in a yellow sunhat, and Olivia left Maureen's one night and came back at seven, sober, from her Nana's. You went to see her with Jess Whitlock, her personal adviser; she talked about Amelia and the baby in the same breath for the first time, and wrote back to Amelia's parents. The week after, Liam Pike, the baby's father, came out of custody. Olivia began going "to Nana's" on Saturdays again, and a test a fortnight later showed cocaine, which a urine test confirmed. Ruth Adeyemi, the independent social worker, wrote that Olivia "is not in denial about any of it, which is new, and cannot yet hold the line when grief and Liam arrive in the same week".

At the four-month review in week seventeen, Graham Price, the IRO, ratified a twin-track plan: return to Olivia as the primary plan, with three things for her to show by week twenty, and a named parallel plan with family. Olivia's cousin Effie Quaye, a nurse in Ashworth, forty miles away, and her husband Peter have had a full connected-persons and special guardianship assessment. It is positive, with a support plan: travel costs for family time, an allowance, and a named worker for two years. Olivia read it and said that Effie had written that her mum was ill, not a drunk: "She didn't have to do that."

Liam has no parental responsibility and lives at his mother's. Nana Adwoa Darko, seventy-four, holds the family's story and language, and the eighth-day naming that Olivia has not yet asked for. Ruth's final report is due, and with it the final care plan: every realistic option for him, side by side.
-> p6_final
