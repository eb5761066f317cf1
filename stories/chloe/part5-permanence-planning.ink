// Part 5: Permanence planning.
// Opens by court (part 4): 1 the adjourned final hearing, late August 2025 (Chloe with Joyce);
// 2 the review of a settled plan, July 2026; 3 (or drift) April 2026, with the drift and the IRO's formal challenge.
// Draws leanne (leanne-recovery). Sets plan (1 SGO Joyce, 2 long-term fostering, 3 residential with family ties,
// 4 home to Leanne), home, legal_status, lives_with, ties, family_time_plan, donna_assessed, move_planned, iro_answer
// (1-3), p5_sgo_when. A court 1 where Chloe is not with Joyce is read as court 2 (care order at the August hearing).
// The support decision's allowance dilemma is for plan 1 only: a connected-person foster carer (plan 2, home 1) is
// paid the fostering allowance without a means test.
// p5_sgo_later: the special guardianship order waits until after Joyce's move to a bigger house (this part only).
VAR p5_sgo_later = false
// p5_sgo_when: when the special guardianship order was made (1 August 2025, 3 autumn 2026, 4 spring 2027),
// set in settle for plan 1; part 6 reads it only in its opening text and clears it.
VAR p5_sgo_when = 0
// p5_delayed: the return home was put off (support decision, plan 4), so a relapse comes before Chloe has gone home.
// Kept only where that relapse moved her to Joyce's from another home; part 6 reads it in its opening text and clears it.
VAR p5_delayed = false
// p5_grants_late: Chloe moved from Ash House to the Grants in this part (plan 2, home 2), so by March 2028 she has been
// there about two years, not nearly three. Part 6 reads it only in its opening text and clears it.
VAR p5_grants_late = false
// p5_joyce_fostered: Chloe was already living with Joyce as her foster carer when this part began; read by the
// support decision only (the fee element after special guardianship, and whether Nathan has been asked before).
VAR p5_joyce_fostered = false

=== part5 ===
# part: 5 Permanence planning
# scene: office
~ leanne = draw("leanne-recovery", 3)
~ p5_joyce_fostered = home == 1
~ move_type = 0
~ crisis_severity = 0
// Nothing from here on reads these: clearing them lets the explorer merge the paths that differ only in them.
~ carers_told = false
~ family_time = 0
~ matched_well = false
~ visits = 0
~ joyce_involved = false
~ voice = 0
~ issued = false
~ ash_checked = false
~ chloe_heard = false
~ p3_voice = 0
~ p3_meeting = true
~ tie_shah = 2
~ tie_donna = 2
{andre == 2:
    ~ tie_andre = 2
- else:
    ~ tie_andre = 1
}
~ tie_leanne = 3
~ tie_tyler = 5
{home == 1:
    ~ tie_joyce = 4
    ~ tie_grace = 2
- else:
    ~ tie_joyce = 3
    ~ tie_grace = 1
}
{home == 2:
    ~ tie_paulette = 2
- else:
    ~ tie_paulette = 0
}
// An extension where Chloe is not living with Joyce ended in a care order at the adjourned hearing in August 2025:
// review tells that hearing (court == 1 there means home != 1) and then reads it as court 2.
{court == 1 && home == 1: -> adjourned}
-> review

= adjourned
Mid-August 2025. Chloe is twelve and starts Year 8 in a fortnight. She has lived with her Auntie Joyce and her cousin Nathan on Marsh Lane since earlier this year; since July Joyce has been an approved connected-person foster carer. In June the judge extended the proceedings under section 32(5) so that Joyce's special guardianship assessment could be finished. The adjourned final hearing is on 21 August, inside the eight weeks, and the local authority's final care plan is due on the 14th, a week before it.

The assessment is positive, with three questions in it. Joyce works shifts: the rota gives her earlies three weeks in four, she has given up her Saturday overtime, and the Haverley mail centre is due to close, its work merged into the new regional hub at Fallowmere, thirty-five miles across the county; her job may move with it. Her house has two bedrooms: Chloe has Joyce's room, Joyce the front-room sofa bed, and Nathan, fifteen, sixteen next month, his own room and his GCSEs next summer; seen alone, Nathan told the assessor he is glad Chloe is there, and would like his mum to sleep in a proper bed. And she and Leanne have barely spoken since 2018. Joyce told the assessor that in the spring of 2018 her marriage ended and Nathan was struggling at school and was nearly excluded; that in April she stopped the Tuesdays and Thursdays herself, by a text to Leanne, and did not come back; and that she never explained it to Chloe, and sent cards instead. "I had nothing left, and I stopped coming. That is mine."

Joyce wants the order, and she wants the move first: the housing association's offer of a three-bedroom house at the top of Marsh Lane for this autumn fell through, and the housing officer says a three-bedroom let is unlikely before the summer of 2026. "I don't want my first months as her guardian spent in boxes, ringing the council to beg." Miriam Ellery, Chloe's guardian, has seen Chloe three times. Her report says Chloe wants to live with Auntie Joyce "for good", to see her mum "lots, if she's well", to see Tyler every week, and "to stop being in care".
-> common_opening

= review
{court == 3: April 2026. Chloe is thirteen. She has been in care for eighteen months. In June the judge would not approve a care plan whose permanence was still open; the months that followed were lost to reports and listings. {home == 1:The care order came in the autumn, once Joyce's special guardianship assessment was filed: positive, but Joyce asked to wait until the family had moved to a house with three bedrooms, so the plan was long-term fostering with special guardianship to follow. Since then neither the support plan nor the application has moved. The permanence planning meeting promised within three months has been moved twice.|{home == 3:The care order came in the autumn, on a plan that she move to Joyce's once the family had a third bedroom, as Joyce had asked, by March, with Ash House meanwhile and long-term care at Ash House if the house had not come by then; March has passed, the house has not come, nobody has chased it, and the permanence planning meeting has been moved twice.|The care order came in the autumn, on a plan of long-term fostering where she is, because the guardian advised against another move and Joyce had two bedrooms, with Joyce's positive assessment kept on file; the match has not reached panel, and the permanence planning meeting has been moved twice.}}|July 2026. Chloe is thirteen. It is {court == 1:nearly |}a year since the care order, and the looked-after review must ask whether her long-term plan is still the right one.{court == 1: At the adjourned hearing in August the judge read Joyce's positive assessment and Chloe's wish to live with her beside {home == 2:how settled Chloe had become with Paulette and Daniel|{home == 3:Lou's account of Chloe's first months at Ash House|Chloe's ten months with Julie and Martin}}, and Joyce's two bedrooms; {home == 3:Joyce, with Nathan's GCSEs coming, asked not to be put forward until the family had moved, so the judge made a care order on a plan of placement with Joyce once the house came, by March, with the housing priority letter filed, Chloe at Ash House meanwhile, and long-term care at Ash House if the house had not come by then. March came and went without the house, and the plan fell back to long-term care at Ash House, as it said it would; nobody has asked Chloe what she makes of that.|she made a care order on long-term fostering where Chloe is, on the guardian's advice against another move, and asked that special guardianship with Joyce be looked at again at review.}}}
{court == 1:
    ~ court = 2
}

{home == 1: She lives with Nathan on Marsh Lane in the care of Auntie Joyce, now an approved connected-person foster carer. She sings alto in the Academy choir and in Auntie Grace's choir at the Caribbean Centre on Thursdays. There are rows about her phone and what time she comes in, which Joyce calls "normal thirteen" and Chloe calls "prison". The three-bedroom house has not come, and Joyce is still on the sofa bed.{court == 2: The order the judge was told was six weeks away is still waiting on the house, thirteen months on; Sunita has recorded it at two reviews and asked for a date.} "I want to be her guardian, with the papers to prove it," she says, "and I want a bed of my own. I am not sure in which order."}
{home == 2: She lives with Paulette and Daniel Grant in Eastholme. She calls them "Auntie" and "Uncle D" as if she has said it all her life. She has Sunday dinner at Auntie Joyce's with Nathan most weeks, and Daniel drives her to Auntie Grace's choir on Thursdays. Paulette and Daniel have said they would like to care for her until she is grown. Chloe has said she does not want to move again, ever.}
{home == 3: She lives at Ash House. Lou Carter, the manager, is the adult Chloe argues with most, which everyone understands is a good sign. There have been two short missing episodes, both to Haverley town centre. She sees Auntie Joyce twice a week and Tyler every Saturday. She does not want another family, she says, and once, unasked, that she does not want a children's home until she is eighteen either.}
{home == 4: She lives with Julie and Martin Hargreaves in Brackenfield, with alternate weekends at Auntie Joyce's and choir every Thursday. She has taken over the lambing rota. Julie and Martin want to care for her long-term. Chloe loves them and loves her Auntie Joyce, and says the hardest thing about her life is being asked to choose.}
-> common_opening

= common_opening
{leanne == 3: Leanne started the peer support group at Open Door and a new medication in late February 2025, {court == 1:six|{court == 3:fourteen|seventeen}} months ago, and her recovery has held. She volunteers on the Open Door Tuesday drop-in, which was her own idea, and her sister Donna, who had kept her distance since the overdose, now comes along on her night off. "Donna keeps me honest," Leanne says. "She's worse than you."}
{leanne == 2: Leanne is {court == 1:six|{court == 3:fourteen|seventeen}} months into her recovery, and {court == 1:the bad spell she talks about is a week in July, after the hearing, when she stayed in bed for three days|the bad spell she talks about is a fortnight around the anniversary of her mum's death, when she stopped her tablets and stayed in bed}. She told her Open Door key worker on the Monday and you on the Tuesday, before anyone else could, and saw her GP that week. Donna stayed with her that week. "I'm not pretending it didn't happen," Leanne says. "That's the difference."}
{leanne == 1: Leanne says she has been well since February 2025, {court == 1:six|{court == 3:fourteen|seventeen}} months. Her Open Door key worker says she has missed four sessions since {court == 1:the hearing in June|the spring} and stopped volunteering, and she has not collected a repeat prescription for two months. Donna sends you a text and then another asking you to forget the first: Leanne is "not right". Leanne says she is tired, that is all.}
In the spring of 2025 her housing association moved her from Tannery Row, and the bedroom where Chloe found her, to a flat on Cedar Road, with a small bedroom she has let Chloe paint purple.
{court == 1: Tyler, six, has lived with his dad under a child arrangements order since the hearing in June.|Tyler is {court == 3:six|seven} and lives with his dad, Gary Pearson, under a child arrangements order made in June 2025.} {siblings == 0: Nobody has ever assessed whether Chloe and Tyler should live together.}{siblings == 1: The sibling assessment concluded they should live apart, with sibling time every Saturday, and it happens.}{siblings == 2: The sibling assessment said they should grow up together if a way can be found; the way it named has not yet opened.}
{andre == 2: Andre, assessed in the autumn of 2024 and clear that he could not offer Chloe a home now, comes once a month, and has put his name down for a two-bedroom flat "so she can stay over, one day".}{andre == 1: Andre said no when he was asked whether he could care for her, for reasons he explained to Chloe himself; he comes when he can.}{andre == 0: Andre has been to family time three times in a year and sends a message on her birthday. Nobody has ever asked him whether he could offer her a home.}
{drift || court == 3: -> iro_challenge}
-> chloe_voice

= iro_challenge
// Reached only after a final hearing that would not approve an open plan (court 3, drift), so the text assumes it.
Sunita Bhatt, the IRO, has written to Rachel under the authority's dispute resolution process, copied to the service manager. Eighteen months in care; {home == 1:the plan is special guardianship after Joyce's move to a bigger house, and neither the support plan nor the housing priority letter has been pursued|{home == 3:the plan has said since the autumn that Chloe moves to Joyce's when the family has a third bedroom, and nobody has chased the housing or updated Joyce's assessment|the long-term match has not been taken to panel in the six months since the care order}}. She wants a written answer with a timetable in ten working days. If she is not satisfied, she will consider a referral to Cafcass.

Rachel's part in this is not small. She held {home == 1:the support plan back "until we know we can fund what it recommends"|{home == 3:the housing letter back "until we know we can fund what Joyce's move needs"|the plan back "until the panel has a slot"}}, and moved the meeting twice for other cases' hearings. She has a hundred and forty children on the team and two vacancies. "Draft me a reply," she says. "Set out what we've done. We've done a lot."
# decision: chloe.p5.iro-challenge
# prompt: The IRO has formally challenged the drift, and your own manager is part of it. How do you answer, and to whom do you owe what?
+ [Send the reply Rachel asks for: a full account of the work done, and no dates you cannot be sure the team will keep # permanence: -1 # contact: 0 # disruption: +1 # why: It is loyal, accurate as far as it goes and protects an overstretched team, but it answers the IRO's question about delay with a list of activity, and Chloe's wait goes on. # ref: Children Act 1989 s.25B(3); IRO Handbook 2010: dispute resolution # stance: not]
    ~ iro_answer = 2
    Sunita's reply is two lines. She is not satisfied, and she is taking it to the head of service under the dispute resolution process; a referral to Cafcass is her next step. A week later the head of service writes the timetable you would not write, and Rachel is asked to explain the delay in person.
+ [Ask Sunita to meet you and Rachel first, so she hears the team's pressures, and ask for time until the next review # permanence: -1 # contact: 0 # disruption: 0 # why: It keeps a working relationship with the IRO and is honest about caseloads, but asking the child's independent reviewer for more time is asking her to share the drift. # ref: IRO Handbook 2010: the IRO's independent challenge; Care Planning Regulations 2010 # stance: not]
    ~ iro_answer = 2
    Sunita listens, and gives you until the next review. At the review nothing has moved, and she takes it to the head of service herself. The timetable comes three months late.
+ [Go to Chloe, Joyce and Leanne first: own the delay to them, and write the dates with them before you answer # permanence: -1 # contact: 0 # disruption: +1 # why: The family are owed the apology first, and dates written with them mean something to them; but dates the team and legal have not agreed are promises you cannot keep, and the ten days run out while you visit. # ref: IRO Handbook 2010: dispute resolution; SMART planning: co-production # stance: with]
    ~ iro_answer = 2
    Joyce listens to the apology and says, "Dates, then." Chloe writes them in her planner. Legal cannot meet two of them, and the reply to Sunita goes on the eleventh day without them. Sunita takes it to the head of service, with Cafcass named as her next step, and Chloe crosses the dates out herself.
+ [Agree a timetable with Rachel and legal this week, with the delays owned in writing, and share it with Sunita and the family # permanence: +2 # contact: +1 # disruption: -1 # why: Owning the delay with dates is what the challenge asks for; but legal will only commit to dates behind two other children's hearings, so the timetable you put your name to is three months later than Sunita asked for, Rachel signs it only if you take the two cases legal put first, and Chloe waits longer than anyone wanted. # ref: Children Act 1989 s.25B(3); IRO Handbook 2010; Care Planning Regulations 2010 # stance: with]
    ~ iro_answer = 1
    Rachel reads your draft twice and changes one word, "delayed" to "not progressed". Then she changes it back, signs it, and puts two more files on your desk. Sunita says three months is too long and that she will hold the referral only while every date is kept, and writes each one into her diary.
+ [Tell Rachel you will not sign a reply without dates, and take it to the service manager yourself if she will not agree them # permanence: +1 # contact: 0 # disruption: -1 # why: It puts Chloe's timescale before team loyalty and gets a timetable fast, but it goes round a manager who is carrying a hundred and forty children, and your supervision will be cold for months. # ref: Children Act 1989 s.25B(3); IRO Handbook 2010: dispute resolution # stance: for]
    ~ iro_answer = 3
    Rachel does not argue. The service manager agrees dates within a day. In supervision the next week Rachel says, "You could have told me you'd go upstairs." You say you did. She says, "Yes. You did."
- -> chloe_voice

= chloe_voice
# scene: school
// Read only in the opening and the IRO's challenge.
~ drift = false
{court == 1:You see Chloe at the Caribbean Centre after choir practice, in the side room, because she chose it.|You see Chloe at school, in the music room at lunchtime, because she chose it.} She has a list on her phone. "Things I want," she reads. "One. No more moving. Two. Tyler. Three. Mum, but not if she goes back to how she was. Four. Auntie Joyce, and Nathan when he's not being annoying. Five. Not to have a social worker come to school, no offence." She looks up. "Can I come to the meeting?"
# decision: chloe.p5.chloe-in-meeting
# prompt: How should Chloe take part in the meeting that decides her permanence plan, and what should she be spared, if anything?
+ [See her beforehand, write her list into the report word for word, and read it out first, so she is spared the arguments # permanence: +1 # contact: +1 # disruption: 0 # why: Her own words open the meeting, whole and before any adult's, and she is spared hearing her mum's illness argued over; but being spoken for is not being in the room, and a plan she did not hear made is one she will test. # ref: Practice Standards, Children in Care: creative ways to gather and share the child's views # stance: for]
    You read the list aloud at the start. Leanne asks for a copy, and keeps it folded in her purse.
+ [She comes for the first half, reads her list and hears the options, and leaves before her mum's illness # permanence: +2 # contact: +1 # disruption: -1 # why: She shapes the plan and is spared the hardest part, but she knows the adults talked about her mum after she left, and she will ask what was said. # ref: Practice Standards, Children in Care: involving the child in decisions, co-chairing; SMART planning: co-production # stance: with]
    Chloe reads her list and gets to item four, and Joyce finishes it for her. At the break she goes, as agreed. That evening she asks what was said about her mum, and you tell her, carefully. "So you did talk about her when I'd gone," she says. "Fine. Good, actually."
+ [She comes to the whole meeting as she asks, with {court == 1:Miriam|an advocate} beside her, and stays while her mum's illness is discussed # permanence: -1 # contact: 0 # disruption: +1 # why: It honours what she asked for, but a {court == 1:twelve|thirteen}-year-old hears her mother's relapse risk weighed aloud, and Leanne will not say the honest thing in front of her, so the plan is made on what was said for Chloe's sake. # ref: Practice Standards, Children in Care: involving the child, advocacy # stance: with]
    Chloe stays for all of it. When the key worker's report is read out, Leanne says she is "fine, honestly", looking at Chloe, and Chloe looks at the table.
+ [Hold the meeting without her, since the adults must talk frankly about her mum's health, and go through every decision with her that evening # permanence: -1 # contact: 0 # disruption: +1 # why: Adults do sometimes need a frank conversation, and she hears every decision and its reason from you the same day; but she asked to come and was told no, and a plan she hears second-hand is one she will test. # ref: Practice Standards, Children in Care: involving the child in decisions about them # stance: to]
    The meeting is frank. That evening you go through it with Chloe, decision by decision, and she listens with her arms folded. She says, "You could have just said no at the start."
- -> options

= options
# scene: office
On the whiteboard you draw the balance sheet: every realistic option, its benefits and its risks for Chloe, side by side.
# decision: chloe.p5.permanence-option
# prompt: Weigh every realistic option for Chloe on the evidence you now have. Which gives her legal, relational and cultural permanence, and at what cost?
# balance
# justify
+ {court == 1 && home == 1} [A care order, Chloe staying with Joyce as her foster carer, and an SGO application dated with her for after the move # permanence: +1 # contact: +1 # disruption: 0 # benefits: Joyce's move to a three-bedroom house planned with the council's support, as she asked; her wish respected; a settled plan with a date the court can scrutinise. # risks: Chloe stays in care for months more, with reviews and visits she has said she does not want; "after the move" can slip; and a care order is not a support plan, as Miriam may tell the court. # why: It respects the carer and keeps support certain, at the price of Chloe's wish and more months in care. # ref: Children Act 1989 s.31(3A); Special Guardianship Regulations 2005 (as amended 2016) # stance: with]
    ~ plan = 1
    ~ p5_sgo_later = true
+ {court == 1 && home == 1} [Ask the court for eight more weeks to test a return home to Leanne, with Chloe staying at Joyce's meanwhile # permanence: {leanne == 3:0|-2} # contact: {leanne == 1:0|+1} # disruption: {leanne == 1:+2|+1} # benefits: Leanne's recovery is {leanne == 1:claimed but not shown|real} and Chloe wants her mum in her life. # risks: Six months is early; Chloe wants Auntie Joyce "for good"; the court extends only where necessary, and the delay is Chloe's. # why: It honours a mother's effort, but the evidence for return is thin and the court is unlikely to find another extension necessary. # ref: Children Act 1989 s.32(5); Permanency job aid: evaluating progress (a US scale) # stance: for]
    ~ plan = 1
    You file the request. At the hearing the judge is not persuaded that another extension is necessary: Leanne's progress can be built on in family time, and Chloe has waited long enough. The local authority's alternative, in the same statement, is special guardianship to Joyce, and the judge turns to that.
+ {court == 1 && home == 1} [A special guardianship order to Joyce at this hearing, once she agrees, with the support plan filed with her assessment # permanence: +2 # contact: +1 # disruption: -1 # benefits: Legal permanence in her family now; an end to being in care, which Chloe asked Miriam to tell the judge; her father's family every day, and her choir on Thursdays. # risks: Joyce's move and Nathan's exams fall in her first months as guardian; support becomes something to ask for; from sixteen to twenty-one Chloe can ask only for advice and help (s.24(1A)), not a personal adviser and pathway plan. # why: It gives Chloe what she asked for and what the evidence supports, if the support plan is real and Joyce agrees to the order before the move. # ref: Children Act 1989 s.14A, s.24(1A); Special Guardianship Regulations 2005 (as amended 2016); Wade et al. (2014) # stance: with]
    ~ plan = 1
+ {court == 1 && home == 1} [A care order with long-term fostering by Joyce, chosen for her so support stays automatic, no SGO in view # permanence: +1 # contact: +1 # disruption: 0 # benefits: Support and leaving-care entitlements stay automatic; Chloe stays with Joyce. # risks: Chloe remains in care indefinitely, against her wish, when a family order could give her the same home with less intrusion. # why: It keeps her leaving-care entitlements and a fostering allowance with no means test, but it keeps her in care, with the reviews and visits she has asked to stop, when a family order could give her the same home. # ref: Permanency job aid: legal permanency options # stance: for]
    ~ plan = 2
+ {court != 1 && home == 1} [Keep the care order, with Joyce as long-term connected-person foster carer, so the council carries the support for her # permanence: +1 # contact: +1 # disruption: 0 # benefits: Support, reviews and leaving-care entitlements stay in place; no move. # risks: Chloe stays in care, with the reviews she hates; it falls short of the order Joyce is asking for. # why: Support stays automatic, but a child stays in care when a family order could give her the same home. # ref: Permanency job aid: legal permanency options # stance: for]
    ~ plan = 2
+ {court != 1 && home == 1} [Support Joyce's application for a special guardianship order, with a support plan and her move planned # permanence: +2 # contact: +1 # disruption: -1 # benefits: Legal, relational and cultural permanence in one home; an end to being in care. # risks: Joyce's shifts, two bedrooms and Nathan's {court != 2:exams|start at college}; support becomes something to ask for; from sixteen to twenty-one only advice and help (s.24(1A)). # why: The fullest permanence on offer, if the support plan is real and the house and her shifts are planned for. # ref: Children Act 1989 s.14A, s.24(1A); Special Guardianship Regulations 2005 (as amended 2016) # stance: with]
    ~ plan = 1
+ {court != 1 && home == 2} [Long-term fostering with Paulette and Daniel, matched at panel, with family time with Joyce, Mum, Tyler and Dad # permanence: +2 # contact: +1 # disruption: -2 # benefits: No move; carers of her heritage who want her for good; Staying Put later. # risks: She stays in care; the match must be made and supported to feel permanent. # why: Stability and cultural fit in a home she already calls home, if the match is made. # ref: Practice Standards, Permanence: long-term match within six months; Biehal et al. (2010) # stance: with]
    ~ plan = 2
+ {court != 1 && (home == 2 || home == 4)} [Special guardianship to Joyce, with a move from her settled carers that you plan and then explain to her # permanence: +1 # contact: +1 # disruption: +1 # benefits: Legal permanence in her own family and community. # risks: Another move from settled carers; Joyce's two bedrooms and shifts; it overrides "no more moving"; from sixteen to twenty-one only advice and help (s.24(1A)). # why: Family permanence pulls hard, but a move to get an order can cost more than it gains. # ref: Re B-S (Children) \[2013\] EWCA Civ 1146 (holistic analysis of realistic options); Children Act 1989 s.24(1A) # stance: to]
    ~ plan = 1
    ~ home = 1
+ {court != 1 && home == 3} [Special guardianship to Joyce, with a move from Ash House that Chloe chooses and plans # permanence: +2 # contact: +2 # disruption: 0 # benefits: Her father's family, her choir and Sunday dinners at Joyce's, and an end to residential care and to care itself. # risks: Joyce's two bedrooms and shifts; the older boys near her house; from sixteen to twenty-one only advice and help (s.24(1A)). # why: The fullest permanence available, if the move is Chloe's own choice. # ref: Permanency job aid: legal, relational and cultural permanence; Children Act 1989 s.24(1A) # stance: with]
    ~ plan = 1
    ~ home = 1
+ {court != 1 && home == 3} [Long-term fostering with the Grants in Eastholme, after introductions at Chloe's pace # permanence: +1 # contact: +1 # disruption: 0 # benefits: A family home with carers of her heritage, near her school and family. # risks: Chloe says she does not want another family; a placement against her wishes is likely to break down. # why: A family can offer what a home rarely can, but only if she chooses it. # ref: Practice Standards, Permanence: long-term fostering placement referral # stance: with]
    ~ plan = 2
    ~ home = 2
    ~ p5_grants_late = true
+ {court != 1 && home == 3} [Chloe stays at Ash House, with a written plan for her family ties and Staying Close after eighteen # permanence: 0 # contact: +2 # disruption: 0 # benefits: It respects her refusal of another family and keeps her close to everyone. # risks: Staff change; residential care rarely offers a family for life. # why: It honours her wishes, but the permanence has to be built outside the building. # ref: Permanency job aid: relational permanence; Care Leavers standards: the local offer # stance: for]
    ~ plan = 3
+ {court != 1 && home == 4} [Long-term fostering with Julie and Martin, matched at panel, with alternate weekends at Joyce's # permanence: +2 # contact: +1 # disruption: -2 # benefits: No move; carers who held on through a crisis; shared care with her aunt that works. # risks: She stays in care; her heritage is held by Joyce, the choir and weekends on Marsh Lane rather than her daily home. # why: A proven home, with her heritage held through shared care, if the shared care is written in. # ref: Practice Standards, Permanence: long-term match; Biehal et al. (2010) # stance: with]
    ~ plan = 2
+ {court != 1} [Return home to Leanne under the care order, planned with her and Chloe, aiming to end the order after a year # permanence: {leanne == 1:-2|+1} # contact: {leanne == 1:0|+2} # disruption: {leanne == 3:-1|+1} # benefits: Chloe goes home to her mother; {leanne == 1:Leanne wants it badly|Leanne's recovery is real and she is open about it}. # risks: {leanne == 1:the signs of relapse are already there, and Chloe could become her mother's carer again|recovery is still young, and Chloe could slip back into being her mother's carer}. # why: Reunification honours a mother's own change and Chloe's wish, only where the evidence shows the change holding. # ref: Care Planning Regulations 2010: placement with parents; Permanency job aid: stages of change # stance: with]
    ~ plan = 4
- -> support

= support
# scene: family-home
{plan == 1 && court == 1: The final care plan is filed on the 14th, a week before the hearing: some of this must be in the support plan by then, and some can follow it.}
{plan == 1 || (plan == 2 && home == 1): Joyce's move to a three-bedroom house needs a fortnight of boxes, paint and no beds, and it has to miss {court != 2:Nathan's exams and the start of term|Nathan's results and the start of college, and Chloe's new term}; the mail centre will not give her the fortnight off. Donna works nights on the shelves at the supermarket on the ring road and has three children.}{plan == 1: The special guardianship allowance is means-tested; Joyce says the policy rate, with the overtime she gave up, leaves her forty pounds a week short. {p5_joyce_fostered:As Chloe's foster carer before the order she could ask for any fee element of her fostering payments to continue for up to two years; the policy leaves that to the panel.|She has never been Chloe's foster carer, so there is no fostering fee to carry over.}}{plan == 2 && home == 1: As Chloe's foster carer Joyce is paid the fostering allowance, at the same rate as any other foster carer and with no means test; money is not what keeps her awake. She has had no evening off since Chloe came, and nobody has said who would look after Chloe during the move, or in the weeks the rota puts her back on lates.}{plan == 2 && home != 1: The match has to reach panel, and the plan needs a back-up if the placement falters.}{plan == 3: Ash House will be Chloe's home only if someone makes it one.}{plan == 4: The return needs a plan for the day Leanne cannot get out of bed, if it comes.}
# decision: chloe.p5.support
# prompt: What support and contingency must be real for this plan to last, and what will you give up to get it?
+ {plan == 1} [Go through Joyce's finances with her and help her make her own case to the resources panel, before anything else # permanence: +1 # contact: 0 # disruption: 0 # why: Money strain breaks kinship care and the case is hers to make, with you beside her; but it takes months, and the move and a back-up carer are left to chance. # ref: Practice Standards, Permanence: SGO support plan with financial assessment; Wade et al. (2014) # stance: with]
    The panel says no, then yes at the second asking, three months later. Joyce's moving date comes from the housing association with nobody planned around it.
+ {plan == 1} [Plan the move and Joyce's late shifts round the kitchen table with Joyce and Nathan, {p5_joyce_fostered:who said nobody asked him|whom nobody has asked yet} # permanence: 0 # contact: 0 # disruption: +1 # why: {p5_joyce_fostered:Nathan was left out when Chloe came and said so|Nobody has yet asked Nathan what Chloe's coming means to him}, and a move the whole household plans is one it owns; but it makes a sixteen-year-old {court != 2:in his exam year|starting college} the cover on Joyce's lates, no adult back-up is assessed, and the money waits. # ref: Practice Standards, Permanence: support plan for connected care and SGO placements; SMART planning: contingency plans specific to the child # stance: with]
    Nathan says yes, because for once somebody asked him. He draws the rota on the fridge and covers Joyce's lates {court != 2:through the spring, revising at the kitchen table while Chloe does her homework opposite. A month before his exams he tells Joyce he cannot do both|into the autumn, with his college work at the kitchen table while Chloe does her homework opposite. By half-term, with college and a Saturday job, he tells Joyce he cannot do it all}, and Joyce goes back to asking the rota for favours. Her moving date comes from the housing association with nobody planned around it.
+ {plan == 2 && home == 1} [Get Joyce a regular break first: a respite carer she chooses, one weekend in every four # permanence: +1 # contact: 0 # disruption: 0 # why: Kinship carers without a break burn out, and Joyce has had none; but Chloe spends one weekend in four with someone she hardly knows, and the move and a back-up carer are left to chance. # ref: Practice Standards, Permanence: support plan for connected care and SGO placements # stance: with]
    The respite carer is a retired teacher in Eastholme with a piano. Chloe goes, sulks, and plays the piano. Joyce's moving date comes from the housing association with nobody planned around it.
+ {plan == 1 || (plan == 2 && home == 1)} [Insist Donna is assessed as back-up, though Joyce says they will manage, and fix the move round her shifts{plan == 1:, on the policy allowance} # permanence: +2 # contact: +1 # disruption: -2 # why: The cover is real, tested before it is needed, and the Walsh side is in the plan; but Joyce feels overruled in her own family, {plan == 1:she lives on the lower allowance|Joyce still gets no break}, Donna gives up night shifts she needs, and Chloe spends the fortnight of the move on a camp bed among three cousins. # ref: Practice Standards, Permanence: support plan for connected care and SGO placements; SMART planning: contingency # stance: to]
    ~ donna_assessed = true
    ~ move_planned = true
    Donna's assessment takes eight weeks. She swaps to days for the fortnight of the move, {court == 2:in the October half-term, so that Chloe goes back after it to the new house|in the summer holidays after Nathan's exams, so that Chloe starts the new term in the new house}; the panel will not pay her lost premium, and she does it anyway. "Mum would have," she says. Joyce and Donna meet for the first time in years at Joyce's kitchen table, and argue about who packs the pans.
+ {plan == 1 || (plan == 2 && home == 1)} [Take Joyce at her word: she and Donna will manage the move between them, as families do, with no assessment # permanence: 0 # contact: +1 # disruption: +1 # why: It respects a family that wants less of the council, but an unassessed, unplanned back-up is a hope, not a contingency. # ref: SMART planning: contingency plans specific to the child # stance: for]
    Joyce says she has managed worse. Donna says she will "do what she can around nights".
+ {plan == 1 || (plan == 2 && home == 1)} [Cover the move under the care order, with a respite foster carer Chloe has met{plan == 1:, and let special guardianship wait} # permanence: 0 # contact: -1 # disruption: -1 # why: The cover is certain and paid for, but Chloe spends the fortnight of the move with a carer she has met twice{plan == 1: and months more in care|, away from her school friends}. # ref: Care Planning Regulations 2010; Practice Standards, Permanence: achieved as early as possible # stance: for]
    ~ move_planned = true
    {plan == 1:
        ~ p5_sgo_later = true
    }
    Chloe meets the respite carer twice. "She's nice," she says. "She's not Auntie Joyce."
+ {plan == 2 && home != 1} [Make Joyce the named back-up: update her connected-person assessment and plan her move so she could step in # permanence: +1 # contact: +2 # disruption: -1 # why: Her family becomes the contingency, but the match waits for the spring panel, the carers sign nothing themselves till then, and Chloe waits another term to hear she is staying. # ref: SMART planning: contingency plans with the family # stance: with]
    ~ move_planned = true
    Joyce's move to a three-bedroom house is fixed for the summer holidays. The match goes to panel in March.
+ {plan == 2 && home != 1} [Take the match to panel within six months, with delegated authority so her carers can sign for trips # permanence: +2 # contact: +1 # disruption: -1 # why: It makes the placement feel like family life, but the back-up stays unnamed and Joyce's house still has two bedrooms. # ref: Practice Standards, Permanence: long-term match within six months # stance: with]
    The match is approved in the autumn. Chloe's carers sign her first sleepover form. She calls it "the most boring good news ever".
+ {plan == 2 && home != 1} [Let the placement run and take the match to panel when the agenda has room # permanence: 0 # contact: 0 # disruption: +1 # why: Nothing changes day to day, which is why it feels safe, but unconfirmed placements are how children drift. # ref: Practice Standards, Permanence: match approved within six months # stance: not]
    The match reaches panel fourteen months later. Chloe misses a school trip because a consent form sat in a tray.
+ {plan == 3} [Write the plan with Chloe and Lou: Lou as her key worker, family time written in, a family asked about at each review # permanence: +1 # contact: +2 # disruption: -1 # why: Named relationships make a home of a children's home, but it rests on Lou staying, and there is no family bed if Ash House cannot hold her. # ref: Permanency job aid: relational permanence; Care Leavers standards: the local offer # stance: with]
    Lou puts the plan on the office wall. Chloe adds, in purple pen: "And Lou is not allowed to leave."
+ {plan == 3} [Make Joyce's the place Chloe can always stay: keep Joyce's approval current and plan her move so the door stays open # permanence: 0 # contact: +1 # disruption: 0 # why: The family back-up is real, but the plan for Ash House itself stays thin and rests on whoever is on shift. # ref: SMART planning: contingency plans with the family # stance: with]
    ~ move_planned = true
    The third bedroom in Joyce's new house is Chloe's. The move is fixed for the summer holidays.
+ {plan == 3} [Keep looking for a foster family in the background without telling Chloe, in case she changes her mind # permanence: 0 # contact: 0 # disruption: +1 # why: It keeps a family in view, but a search she has not agreed to tells her that her home is temporary. # ref: Practice Standards, Children in Care: involving children in their plans # stance: to]
    Chloe hears about the search from another young person. She does not speak to you for a month.
+ {plan == 4} [A phased return over the summer with a relapse plan: if Leanne becomes unwell, Chloe goes to Joyce's that night # permanence: +2 # contact: +2 # disruption: -1 # why: Joyce is the safe place Chloe chose, with her move planned round it; but Leanne hates the plan, it needs Joyce's household to hold, and it asks Chloe to judge, on the night, whether her mum is too unwell. # ref: SMART planning: contingency planning with the family; Permanency job aid: stages of change # stance: with]
    ~ move_planned = true
    Leanne calls it "the fridge plan". She says Joyce's name as if it costs her, and signs it.
+ {plan == 4} [A phased return with Donna as the named person if Leanne becomes unwell, assessed now, as Leanne would prefer # permanence: 0 # contact: +1 # disruption: 0 # why: Leanne trusts her sister and the plan is hers, but Donna lives ten miles away, works nights, and Joyce is left out. # ref: SMART planning: contingency plans specific to the child # stance: with]
    ~ donna_assessed = true
    Donna's assessment takes eight weeks. She changes her shifts to be on call at weekends, and loses money doing it.
+ {plan == 4} [Return Chloe home before the school year with the usual visits, and no written plan for a relapse # permanence: 0 # contact: 0 # disruption: +1 # why: It honours the plan promptly and Leanne finds it respectful, but nobody has written down what happens if she becomes unwell again. # ref: Permanency job aid: evaluating progress (a US scale) # stance: for]
    The visits happen. Nobody writes down what happens if Leanne is unwell again.
+ {plan == 4} [Delay the return until Leanne has been well for two full years, whatever her key worker says now # permanence: -1 # contact: 0 # disruption: 0 # why: Caution is understandable, but a fixed delay not linked to what Leanne is doing puts Chloe's life on hold. # ref: Permanency job aid: evaluating progress (a US scale); Practice Standards, Permanence: in the child's timescales # stance: to]
    ~ p5_delayed = true
    Leanne is devastated. The return is put back to the spring.
- -> family_time_plan_stitch

= family_time_plan_stitch
~ p5_joyce_fostered = false
# scene: contact-centre
Whatever the plan, Chloe's people do not stop being her people. Gary has asked for Tyler's Saturdays with Chloe to go fortnightly: since the spring he has wet the bed after every handover, and his teacher has noticed how tired he is on Mondays.
# decision: chloe.p5.family-time
# prompt: What should family time look like under this plan, who decides it, and what does each relationship need?
+ [Set the calmer schedule Gary asks for: Tyler fortnightly, Mum monthly, Dad when he can # permanence: 0 # contact: -2 # disruption: +1 # why: Gary is Tyler's father, the bed-wetting after every handover is real, and it is easy to keep; but it ignores what each relationship is for, and thins the one with Tyler that Chloe values most. # ref: Permanency job aid: family time and shared parenting # stance: for]
    Chloe points out that she already sees Tyler every week and asks whether she is now supposed to see him less. For five months she does. It is Tyler, at Christmas, who asks his dad for his Saturdays back, and by then Chloe has stopped asking for anything.
+ [Bring Leanne, Andre, Joyce and Gary round one table to agree a single timetable they will all keep # permanence: 0 # contact: 0 # disruption: +1 # why: Adults who agree a plan together keep it better than one handed down, and all four have asked to be heard; but it puts people who fell out years ago in one room, and Chloe's own list becomes one voice among the adults'. # ref: Permanency job aid: family time and shared parenting; SMART planning: co-production # stance: with]
    The meeting takes two evenings. Leanne and Joyce are polite to each other for forty minutes. The timetable is fair to every adult in the room. Tyler's Saturdays become alternate ones, to fit Gary's Saturday shifts, and nobody asks Chloe until it is typed. It takes until the new year, and a letter Chloe writes to Gary herself, to get them back.
+ {plan != 4} [Agree what Leanne asks: every weekend at her flat, overnight, from now on, since Chloe wants it too # permanence: 0 # contact: {leanne == 1:-1|+1} # disruption: {leanne == 1:+2|0} # why: It follows what mother and daughter both want, but it hands the arrangement to Leanne's recovery without a check on how it is going. # ref: {plan == 1 && !p5_sgo_later:Children Act 1989 s.14B(1), s.8 child arrangements order|Children Act 1989 s.34}; Permanency job aid: family time as a right # stance: for]
    {leanne == 1: In the third weekend Chloe rings Joyce at eleven at night and asks to be fetched. She will not say why.|The weekends go well. Chloe's choir and Saturdays with Tyler start to squeeze, and by the autumn she is seeing Tyler on Sunday afternoons, in a rush, until Gary asks for the Saturdays back.}
+ {plan == 4} [Agree what Leanne asks: no more arranged time at Joyce's or her dad's now Chloe is home; she can visit when she likes # permanence: 0 # contact: -1 # disruption: +1 # why: It treats Chloe's life as ordinary family life, as Leanne wants, but it lets the ties Leanne finds hardest fade first. # ref: Permanency job aid: relational and cultural permanence # stance: for]
    ~ tie_andre = 1
    Chloe goes to Joyce's less. Andre's visits drift to every other month.
+ [Plan each tie with Chloe for what it is for: Tyler every Saturday, as tea at Gary's, not a doorstep handover # permanence: +2 # contact: +2 # disruption: 0 # why: Family time built round each relationship keeps her ties alive; but Saturdays cost Chloe choir trips and her friends' weekends, and Gary, who asked for fortnightly and has the order that Tyler lives with him, decides his side of it: Saturdays stay weekly only because you persuade him, and he gives up weekends he wanted, and Tyler may still pay for it in wet sheets while the new Saturdays settle. # ref: Permanency job aid: family time as a right, both/and; {plan == 1 && !p5_sgo_later:Children Act 1989 s.14B(1), s.8 child arrangements order|Children Act 1989 s.34} # stance: with]
    ~ family_time_plan = true
    ~ tie_andre = MIN(tie_andre + 1, 4)
    Chloe draws it as a wheel. Tyler every Saturday, tea at Gary's, with no goodbye on the doorstep. Mum {plan == 4:every day, at home, with one evening a week that is just theirs|{leanne == 1:at the family centre, until things are clearer|every week, at the flat with the purple room}}. Dad once a month, and a day at the coast with him in the summer. Auntie Donna on Sundays. {home != 4: Julie at Christmas, "if I want to".} Chloe says she has no Saturdays left and looks pleased about it. She misses the choir's trip to Manchester for Tyler's birthday, and says it was worth it, mostly.
+ {plan != 4} [Tie Leanne's weekends to her recovery: overnights once she has been well for three months # permanence: 0 # contact: -1 # disruption: +1 # why: It gives Leanne something to work towards, her key worker backs it, and Chloe's weekends are safe when they happen; but it makes Chloe's time with her mum a reward for Leanne's recovery, and Chloe pays for every bad week. # ref: Permanency job aid: family time as a right, not a reward, assessed for safety and purpose # stance: with]
    ~ tie_andre = 1
    Leanne agrees, and crosses the weeks off on the calendar by her fridge. {leanne == 3:The three months pass, and the overnights start in the autumn; Chloe has stopped asking by then.|In the seventh week she has a bad spell, and the count starts again; Chloe hears it from you at school.} Nobody writes down when she sees her dad, and Andre's visits drift.
+ {plan == 4} [Leave family time to the people she lives with to arrange, as ordinary family life, with no written plan # permanence: 0 # contact: -1 # disruption: +1 # why: It feels normal, which Chloe wants, but the weakest ties fade first and disagreements have nowhere to go. # ref: SMART planning: who does what, by when # stance: not]
    ~ tie_andre = 1
    Saturdays with Tyler carry on because Gary makes them. Andre's visits drift.
- -> identity

= identity
# scene: family-home
Later that week, in your car, Chloe said, almost in passing: "At Auntie Grace's choir I'm the white one. At school I'm the Black one. {home == 4:In Brackenfield I'm|In Brackenfield I was} the girl the boy on the bus made monkey noises at. Mum's side is all Walsh and Dolly Parton, and I've never been to Jamaica."

{court == 1:Ms Shah rings you a few days later, from the Academy's summer music school.|Ms Shah rings you a week later.} A boy in Chloe's {court == 1:group|class} asked, in front of everyone, where she was "really" from, and somebody made a monkey noise. Chloe laughed along, then spent lunch in the toilets. She has not told Joyce.
# decision: chloe.p5.identity
# prompt: How should the plan sustain Chloe's cultural permanence, both sides of her heritage, while racism is happening to her now?
+ [Go with her to the youth service group for young people of mixed heritage, where others know what she means # permanence: +1 # contact: 0 # disruption: 0 # why: Peers can help in a way adults cannot, and going with her makes the first evening possible; but it leaves the school's racism and her families' part untouched. # ref: Module 4: identity and self-esteem # stance: with]
    Chloe goes three times and likes one of the other girls. The group ends when the funding does.
+ [Take the racism on first: Chloe decides what she wants the school to do, and you go with her to Ms Shah and the head # permanence: +2 # contact: 0 # disruption: -1 # why: It deals with the harm happening now, on her terms, but she fears being "the girl who complained", and the family work waits. # ref: Practice Standards, Children in Care: the child's voice; Permanency job aid: cultural permanence # stance: with]
    Chloe wants an apology, not an assembly. She gets the apology, and an assembly anyway, which she survives. Joyce, told afterwards, is furious that Chloe did not tell her, and then asks the school for a meeting of her own.
+ [Sit down with Chloe and Joyce to work out her own answers for the next time someone asks where she is "really" from # permanence: 0 # contact: 0 # disruption: +1 # why: It starts where Chloe is, Joyce has had to do the same all her life, and a girl with words ready feels less helpless; but it makes the racism hers to manage, and the school, whose job it is to stop it, is never told. # ref: Practice Standards, Children in Care: the child's voice; Permanency job aid: cultural permanence # stance: with]
    Joyce has answers, some of them not for school. Chloe types three into her phone and practises them on Nathan, who is not impressed. The next time, in science, she uses one; the boys laugh at her instead of with her, and the teacher, who heard only Chloe, tells her to calm down. She does not tell anyone.
+ [Let her work it out at her own pace: she is settled, she goes to choir, and she can decide what she wants later # permanence: -1 # contact: 0 # disruption: +1 # why: It respects her pace, but cultural permanence does not keep itself, and racism left alone teaches her it is hers to carry. # ref: Permanency job aid: cultural permanence # stance: not]
    Chloe says "Fine", and stops singing in the Academy choir.
+ [Build it through her families: choir and Sundays with Joyce, Andre's family, and Leanne's stories of the Walsh side # permanence: +1 # contact: {andre == 0:0|+1} # disruption: 0 # why: Identity drawn from both sides of her family is what cultural permanence means, but it asks families who do not get on to share her, and the racism she is meeting now goes on at school while the families plan. # ref: Permanency job aid: cultural permanence, connection to family, community and history # stance: with]
    ~ tie_grace = 3
    {andre == 0: Andre, asked to help, says he will think about it.|Andre says, "I can tell her how my mum came here at nine. And my uncle's still in Mandeville." Leanne laughs, not unkindly. "Take her, then."}
- -> outcome

= outcome
# scene: office
{plan == 4 && leanne == 1: -> relapse}
-> settle

= relapse
{
- p5_delayed:
    In the winter, before Chloe has gone home, Leanne's depression comes back. For a week she does not get up; Donna finds her with the curtains shut and rings the GP. The return is called off. {home == 1:Chloe stays with Joyce, and says she knew.|Chloe stays where she is until the spring and then, at her own asking, moves to Joyce's, once Joyce is approved as her foster carer.}
- not move_planned && not donna_assessed:
    In the winter Leanne's depression comes back. For four days she does not get up; on the fifth night she tells Chloe she cannot keep herself safe, and Chloe rings 999 herself. Leanne goes to the ward, and Chloe spends the night with an emergency foster carer she has never met. Two days later she goes to Joyce's.
- move_planned:
    In the winter Leanne's depression comes back. After three days of closed curtains, Chloe rings Joyce, as the fridge plan says, and Joyce drives over straight from a parents' evening at Nathan's college. "I'm not cross with her," Joyce says in the car. "She's ill. I'm cross with the waiting list." Joyce's move, planned for the February half-term while Chloe was living at home, goes back to Easter, with Donna taking Chloe for the week of boxes.
- else:
    In the winter Leanne's depression comes back. After three days of closed curtains, Chloe rings Donna, who comes straight from work, still in her supermarket fleece. A week later Chloe goes to Joyce's.
}
{not p5_delayed:{move_planned:The out-of-hours manager approves Joyce as Chloe's carer under regulation 24 that night, after a visit and the checks|When Chloe moves to Joyce's, the duty manager approves Joyce as her carer under regulation 24, after a visit and the checks}{home == 1:; Joyce had asked for her approval to end when Chloe went home}.}
{not p5_delayed:
    ~ came_back = true
}
{p5_delayed:Leanne goes back to her Open Door key worker and sees her GP the week after.|Leanne asks for her Open Door key worker in the morning, and sees her GP the week after.} She does not ask for Chloe back. "Not yet," she says. "I'm not doing that to her again."
~ plan = 2
{home == 1:
    ~ p5_delayed = false
}
~ home = 1
-> settle

= settle
{plan == 4:
    ~ p5_delayed = false
}
{
- plan == 1:
    ~ home = 1
    ~ tie_joyce = 5
    ~ lives_with = "paternal aunt, Joyce Campbell (special guardian)"
    {p5_sgo_later:
        ~ legal_status = "care order, then special guardianship order (Joyce Campbell) after the move"
    - else:
        ~ legal_status = "special guardianship order (Joyce Campbell)"
    }
    {
    - court == 1 && not p5_sgo_later:
        ~ p5_sgo_when = 1
    - court == 1 && move_planned:
        ~ p5_sgo_when = 3
    - p5_sgo_later || iro_answer == 2:
        ~ p5_sgo_when = 4
    - else:
        ~ p5_sgo_when = 3
    }
- plan == 2 && home == 1:
    ~ lives_with = "paternal aunt, Joyce Campbell (connected-person foster carer)"
    ~ legal_status = "care order (long-term connected-person foster care)"
- plan == 2 && home == 2:
    ~ lives_with = "foster carers (Paulette and Daniel Grant)"
    ~ legal_status = "care order (long-term fostering)"
    ~ tie_paulette = 3
- plan == 2 && home == 4:
    ~ lives_with = "foster carers (the Hargreaves)"
    ~ legal_status = "care order (long-term fostering)"
    ~ tie_julie = 4
- plan == 3:
    ~ lives_with = "Ash House children's home"
    ~ legal_status = "care order (residential care)"
- plan == 4:
    ~ lives_with = "her mother, Leanne Walsh"
    ~ legal_status = "care order (placed at home with her mother)"
}
{donna_assessed:
    ~ tie_donna = 3
}
{plan == 1 && court == 1 && not p5_sgo_later: {move_planned:Joyce agrees: not in boxes, she says, but with a date for the house and someone named for the fortnight of the move.|Joyce agrees, for Chloe, with the house a year off and nobody yet named for the fortnight of the move.} On 21 August the judge makes a special guardianship order to Joyce and no care order. Leanne comes to court and sits next to Joyce. Outside, she says, "You walked off on her in 2018. I hated you for it." Joyce says, "I know. I stopped coming, and I never told her why. That is mine."}
{plan == 1 && p5_sgo_later: {court == 1:The court makes a care order on a plan with a date in it. }{move_planned:Joyce applies for special guardianship once they have moved, and the order is made {court == 1:in the autumn of 2026|in the spring of 2027}.|Joyce waits for a house that does not come, then stops waiting and applies anyway; the order is made in the spring of 2027.} Chloe says, "So I was in care for an extra bit for a bedroom."}
{plan == 1 && court != 1 && not p5_sgo_later: Joyce's application goes in{iro_answer == 2: late, after the head of service's timetable|{iro_answer == 0: that summer, with the support plan beside it| on the date in the timetable}}. The order is made {iro_answer == 2:the following spring|in the autumn}, by consent. The care order ends.}
{plan == 2 && home == 1: Chloe stays with Joyce under the care order. She calls her reviews "Auntie Joyce's inspections".}
{plan == 2 && home != 1: The plan goes to the review and is agreed. Chloe asks Sunita whether that means she can stop having reviews. Sunita says not yet, but she can run the next one.}
{plan == 3: Sunita records that staying at Ash House is a choice Chloe keeps making, to be asked again at every review.}
{plan == 4: Chloe moves back to the purple room. {leanne == 2: In the spring Leanne has a bad week and tells Chloe herself on the first morning, before the key worker, before you, and sees her GP. The plan holds.}{leanne == 3: The plan holds, and by the end of the year Leanne is talking about applying to end the care order.}}
+ [Part 6: Planning for Chloe]
-> part6

=== shared_start_5 ===
# shared-start: 5
~ joyce_traced = true
~ andre_asked = true
~ andre = 2
~ siblings = 1
~ issued = true
~ drift = false
~ hold = 2
~ move_type = 3
~ home = 1
~ voice = 1
~ court = 1
~ ash_checked = false
~ family_time_plan = false
~ lives_with = "paternal aunt, Joyce Campbell (connected-person foster carer)"
~ legal_status = "interim care order (s.38); final hearing adjourned under s.32(5)"
~ tie_leanne = 3
~ tie_andre = 2
~ tie_joyce = 4
~ tie_tyler = 5
~ tie_donna = 2
~ tie_julie = 2
~ tie_shah = 2
~ tie_grace = 2
~ tie_paulette = 0
Chloe Walsh is twelve. She came into care in October 2024, on the Friday evening her mother, Leanne, took an overdose of her tablets for the second time; Chloe rang 999 and kept her brother Tyler, then five, out of the room. Leanne, who has lived with depression since Chloe was born, was admitted to the acute ward under the Mental Health Act the next day. Care proceedings were issued in December, and Miriam Ellery of Cafcass was appointed as her children's guardian.

She spent seven months with Julie and Martin Hargreaves on their farm in Brackenfield, an hour and two buses from Haverley, where a Year 8 boy made monkey noises behind her on the school bus and a teacher told her to ignore it, until the Academy named it as racism in February. In May 2025 she got off the school bus in Haverley and walked to her aunt's: Joyce Campbell, her father's older sister, a shift manager at the Haverley mail centre, who gave her tea twice a week and took her to choir when she was small. "I'm not running away. I'm running to." Joyce was approved as a connected-person foster carer, and Chloe has lived with her and her son Nathan, fifteen, sixteen next month, on Marsh Lane since. Julie and Martin still write.

Joyce is forty-five, divorced, and has given up her Saturday overtime at the mail centre, and the centre is due to close and merge into the new hub at Fallowmere, thirty-five miles away; her house has two bedrooms, so Chloe has Joyce's room and Joyce sleeps on the sofa bed in the front room. She and Leanne fell out in 2018, when her marriage ended and she stopped coming for Chloe, by a text to Leanne, and they barely speak.

Leanne, home from the ward since November, has been going to the peer support group at Open Door since late February; a new medication suits her, and her key worker and her GP say she is engaging. Tyler lives with his father, Gary Pearson, under a child arrangements order made in June 2025; the sibling assessment found the two should live apart, with time together every Saturday. Chloe's father, Andre, was assessed and could not offer her a home now; he comes once a month, on his rest days from the night shift.

At the final hearing in June the judge extended the proceedings under section 32(5) to finish Joyce's special guardianship assessment. The adjourned hearing is on 21 August.
-> part5
