=== p5_assess ===
# part: 5 Assessments and the four-month review
# scene: office
~ tie_liam = 1
~ tie_sharon = 1
By week fourteen the case has the rhythm of proceedings: statements, directions, the guardian's visits, Ruth Adeyemi's sessions twice a week. {placement == "maureen": The baby is with Maureen; Olivia comes four times a week and leaves each time as if the door might not open again.}{placement == "pab": Olivia and the baby are still at Maureen's.}{placement == "ffa": The baby is with Laura and Matt, and family time is {tie_olivia >= 4: long and ordinary, which is the best thing it can be|what the court ordered, and no more}.}{placement == "effie": The baby is with Effie and Peter in Ashworth, and family time is {tie_olivia >= 4: long and ordinary, which is the best thing it can be|what the court ordered, and no more}.}{placement == "foster": The baby is with Denise, and family time is {tie_olivia >= 4: long and ordinary, which is the best thing it can be|what the court ordered, and no more}.}

The baby is fourteen weeks old. He has rolled from his front to his back once, by accident, and been so surprised that he cried. He has a laugh that {placement == "pab": Olivia|his mother} can get out of him and nobody else can, by blowing on his neck. {naming == "named" || naming == "pressed": Everyone calls him Kwabena now, even Liam, in his letters from custody.}{naming == "held": He is still, in Olivia's phrase, "waiting for his name", and everyone around him knows why.}{naming == "nickname": In the carers' house he has a name that is not his mother's choice.}{naming == "unnamed": On every form he is still Baby Hartley.}

{placement == "ffa" || placement == "foster" || placement == "effie":
    ~ tie_olivia = 3
}
If you had to describe where Olivia is, using the language of the stages of change, it would be {stage_of_change()}.

Then the three-month hair strand result arrives.
{
- stage >= 3:
    It shows cannabis at reducing levels across the three months, and cocaine at a low level in the first month after the birth only.
- else:
    It shows cannabis throughout the three months, and cocaine at a low level in two of the three.
}
The local authority's solicitor forwards it to you with one line: "Client needs to address this in her next statement."
# decision: olivia.p5.hair-strand
# prompt: A test result lands in the middle of an assessment. Who hears it first, how is it weighed, and what happens to the work with Olivia?
* [Treat it as evidence of continued use and of deception, and tighten arrangements: all of Olivia's care supervised until further notice # permanence: 0 # contact: -1 # disruption: 0 # why: It responds firmly to a real risk and will look decisive; but it acts on the result before understanding it, and reducing the time she has with the baby reduces the very evidence that might show she can change. # ref: Children Act 1989 s.34; Practice Standards: risks of harm identified on a triangulation of data # stance: to]
    ~ stage = MAX(stage - 1, 0)
    Olivia finds out from Dev, not from you. {placement == "pab": Maureen is asked to supervise every feed, which she does, uncomfortably.|Family time moves back to the contact centre.} Olivia stops speaking at sessions, and Ruth records "a marked withdrawal".
* [Ask for a second, independent test on a fresh sample before anyone draws a conclusion, and say nothing to Olivia until it is back # permanence: 0 # contact: 0 # disruption: 0 # why: Cautious and fair on the science; but it delays the conversation by a month in a 26-week timetable, she hears of both tests from her solicitor, and it may only confirm what you know. # ref: Public Law Outline: evidence proportionate to the issues; 26 weeks # stance: for]
    The second test takes five weeks. It says, in more detail, the same thing. Olivia, who has heard about both tests from Dev, says, "So you didn't believe the first one either."
* [Talk it through with Olivia before anyone else does; ask the toxicologist what the levels can show, and weigh it with the carers' logs # permanence: +1 # contact: +1 # disruption: {stage >= 3:-1|0} # why: It keeps the result in proportion and Olivia inside the process, and gets an honest account if there is one; the result still goes to court, and she may still deny it. # ref: Permanency job aid: looking beyond the behaviour, evaluating progress; Practice Standards, Assessment: fact, opinion and professional judgement kept distinct # stance: with]
    {
    - stage >= 3:
        Olivia is silent, then says: {placement == "pab": "The first week at Maureen's. One night. I went to Liam's when I said I was at Nana's, and I didn't want to feel anything."|"The night I handed him over. Or the night after. I don't really remember. I went to Liam's and I didn't want to feel anything."} The toxicologist confirms the pattern fits a single period of use. Olivia agrees to monthly tests. The next one is clear of cocaine.
    - else:
        Olivia denies it at first. Then, at the end of the visit, with her coat on: "Weekends. Sometimes. It's the only time I don't think about any of it." It is the first time she has told you something that could only hurt her case. Ruth calls it "the first honest sentence about the drugs in two sets of proceedings".
    }
* [Raise it with Olivia while she is caring for him, with {carer_name()} there, so that everyone caring for him hears her account at once # permanence: -1 # contact: -1 # disruption: +2 # why: Open, and nobody hears it second-hand; but she is asked to account for her drug use in front of the people who hold her baby, with him in her arms, and shame makes honest answers less likely. # ref: Practice Standards, Assessment: triangulation of data; Practice Model: with is high challenge as well as high support # stance: with]
    Olivia goes very still. "Here? Now?" She answers in single words, {placement == "pab":hands the baby to Maureen and goes to her room|hands the baby to {carer_name()} ten minutes early and leaves}. Her account, when it comes a week later through Dev, is two lines long.
* [File the result with the court without raising it with Olivia; the lawyers and the experts are better placed to argue about the science # permanence: 0 # contact: 0 # disruption: +1 # why: It avoids a difficult conversation and keeps you out of an argument about the science; but she learns it from her solicitor, and the work between you loses the one honest conversation the result might have opened. # ref: Practice Model: with, not to; SMART planning: plans understood by families # stance: not]
    ~ stage = MAX(stage - 1, 0)
    Olivia reads it in Dev's office. She does not mention it to you for three weeks, and when she does, it is to say: "I thought you'd at least tell me to my face."
* [Let Olivia explain it to the court herself in her next statement, as she asks, and keep it out of your own work with her for the time being # permanence: -1 # contact: 0 # disruption: +2 # why: It respects her wish to answer for herself and keeps the sessions calm; but it is collusion: the result goes unexplored in the assessment, her account is written by her lawyer, and the carers are left guessing. # ref: Practice Standards: triangulation of data; Practice Model: with is high challenge as well as high support # stance: for]
    Olivia's statement says the result "reflects historic use". Ruth asks what that means, and nobody can tell her.
- -> relatives

= relatives
# scene: family-home
{effie == 0: On a home visit to Nana's, Nana says something that stops you. "Nobody has asked my granddaughter Efua. She is a nurse. She lives in Ashworth. She has a big house and a good husband. Why has nobody asked her?" Two days later Effie rings you herself. She is polite and very direct. "I would have come at the start if anybody had told me. I want to be assessed. I know Olivia doesn't want me. I'm still his family."}
{effie == 0:
    ~ effie = 4
}
{effie == 1: Effie has rung every fortnight since the Family Group Conference to ask how the baby is and what she should be doing. She has already cleared the box room.}

Sharon Pike has also asked, again, to be assessed. Liam has been in custody since July and is due out in the middle of September; Sharon says he will live with her when he is released. Her viability in July was negative for that reason, and she is asking for a full assessment to challenge it. Nana has told everyone what she told you: she cannot care for a baby, and she can be a grandmother to him for as long as she lives.

Graham's note from the first review is still on your desk: "Every permanence option explored by the four-month review, please." That is in three weeks. {placement == "effie":Effie and Peter's full assessment as connected-person foster carers has been running since he went to them under regulation 24; their temporary approval runs out at sixteen weeks. What it will not tell the court is whether they could be his special guardians. Your team has capacity for one more full assessment in the time: the special guardianship assessment now, or Sharon.|Your team has capacity for one full connected-persons assessment in the time.}

Olivia, when you ask her, says: {stage >= 2: "If it can't be me, I'd rather it was family. Even Effie. Don't tell her I said that."|"Not Effie. She'll take him and tell him my mum was a drunk and I was worse. I'd rather strangers."}
# decision: olivia.p5.relative
# prompt: One full assessment, three relatives, and a mother with strong views about who her son should not live with. Whose assessment do you prioritise, and how much weight do Olivia's wishes carry?
# justify
* [Assess Sharon Pike fully: she asked first, she lives locally near his father, and she has been entirely consistent throughout # permanence: -1 # contact: 0 # disruption: +1 # why: It honours a grandmother who has shown up and keeps the baby near his father's family; but Liam's place in her home is the question the assessment has to answer, and the team's one slot is spent on it. # ref: Care Planning Regulations 2010 reg 24 and Practice Standards: assessment of connected persons the family identifies; Permanency job aid: placement with relatives # stance: with]
    {effie == 4:
        ~ effie = 1
    }
    Sharon's assessment is thorough and kind, and negative. Before July Liam stayed at her house three or four nights a week, and he will live there when he is released. Sharon cannot see why that would be a problem. "He's his dad. He'd never hurt a baby." The assessor writes that Sharon "would love this child very much and could not keep him safe from the one risk that brought him into care".
* {effie == 1} [{placement == "effie":Add the special guardianship assessment to Effie and Peter's fostering assessment now, and ask Olivia to help with it|Start the full connected-persons and special guardianship assessment of Effie and Peter now, and ask Olivia to help with it} # permanence: +1 # contact: +1 # disruption: -1 # why: The relative the family itself named, known early enough to be assessed in time; it may cost Olivia's goodwill if she feels her cousin is being lined up to replace her. # ref: Special Guardianship Regulations 2005 (as amended 2016): assessment and support plan; Children Act 1989 s.22C(7)(a); Permanency job aid: relational and cultural permanence # stance: with]
    {
    - stage >= 2 || placement == "effie":
        ~ effie = 2
        {placement == "effie" && stage < 2: Olivia will not help with it. She tells the assessor Effie "only wants a baby of her own again". The assessor notes it, and notes the baby asleep on Peter's chest.}
        The assessing social worker from the fostering team visits Ashworth three times. Peter is quieter than Effie and more certain. Their daughter Naomi, fourteen, asks whether the baby will "still be Olivia's". The assessment is positive, with a clear support plan: travel costs for family time, an allowance, and a named worker for the first two years. Olivia reads it and says, "She's put that my mum was ill, not a drunk. She didn't have to do that."
    - else:
        ~ effie = 3
        Olivia tells Effie, on the phone, that she would rather the baby went to strangers. Effie rings you that evening, in tears and then very calm. "I won't take him against his mother's wishes. Not like this. If she changes her mind, I'm here." She withdraws from the assessment in writing the following week.
    }
* {effie == 4} [Start Effie's viability straight away with a full assessment behind it, and tell the court now that it may not finish in 26 weeks # permanence: +1 # contact: +1 # disruption: 0 # why: It gives a late-identified relative a fair chance and is honest with the court; but it risks taking the case past 26 weeks, and the delay is the baby's. # ref: Re B-S \[2013\] EWCA Civ 1146: all realistic options; Children and Families Act 2014: extension only where necessary # stance: with]
    {
    - stage >= 2:
        Effie's viability is positive within a week. The full assessment begins, but the fostering team is frank: it will finish in week thirty at the earliest. The court is told, and the judge says she will consider an extension "if and when it is necessary".
    - else:
        ~ effie = 3
        Effie's viability is positive. Then Olivia, at a family time, tells Nana that Effie is "stealing my baby", and Nana tells Effie. Effie withdraws. "I won't be the reason she hates her own family. I'm sorry. Tell the baby I asked."
    }
* [{placement == "effie":Let Effie and Peter's fostering assessment run its course and concentrate on Olivia's; special guardianship can wait for the final plan|Rely on the viabilities already done and concentrate on Olivia's assessment; the plan is Olivia or, if not, adoption} # permanence: -1 # contact: 0 # disruption: +1 # why: It focuses scarce capacity on the central question; but {placement == "effie":the people he lives with are not assessed for the order that would keep him there|a known relative goes unassessed}, and a court applying Re B-S will ask why a realistic family option was not explored. # ref: Re B-S \[2013\] EWCA Civ 1146: all realistic options; Re B \[2013\] UKSC 33: nothing else will do # stance: to]
    {effie == 4:
        ~ effie = 1
    }
    The plan is simpler on paper. {placement == "effie":Effie asks you, at the door, whether anyone is ever going to ask if they could keep him.|Effie writes to the court herself.} The guardian's next position statement has a paragraph headed "Family members not assessed".
- -> letterbox

= letterbox
# scene: family-home
In the middle of September, the adoption agency's letterbox service sends Olivia her annual letter from Amelia's adoptive parents. There is a photograph: Amelia at three, on a beach, in a yellow sunhat, squinting. The letter says she loves dinosaurs and has started nursery. Olivia did not reply last year.

{placement == "pab": That night Olivia leaves Maureen's at nine, without the baby and without saying where she is going. She comes back at seven in the morning, sober and hollow-eyed, and says she was at Nana's. She was.|That week Olivia misses three family times in a row. She does not answer her phone. Jess finds her on the fourth day, in bed, with the photograph on the pillow next to her.}

Jess rings you. "It's the letter. It's always the letter. Last year she didn't get out of bed for a week." Then, after a pause: "And Liam's getting out. He's been inside since July, and he's out on Friday."
# decision: olivia.p5.letterbox
# prompt: Olivia's grief for her first child is showing up as the behaviour that lost her that child. What is your response, and what does it say about what you think is happening?
* [Write to Olivia and her solicitor recording the missed care, and warning that further absences will go to the court as evidence # permanence: 0 # contact: 0 # disruption: +1 # why: Accurate and fair warning; but it treats grief as non-compliance, arrives on the worst week of her year, and tells her the system sees the behaviour, not the reason. # ref: Public Law Outline: clarity about consequences; restorative practice window: to # stance: to]
    ~ stage = MAX(stage - 1, 0)
    Dev rings you. "Did you know about the letterbox letter?" You did. Olivia comes back the following week and is correct and distant at every session for a month.
* [Go to see her with Jess; name the grief, offer help to write back to Amelia's parents, and refer her to the birth parents' support service # permanence: +1 # contact: +1 # disruption: -1 # why: It treats the absence as grief to be worked with rather than defiance to be recorded, and links her to support she can ask for as Amelia's birth mother; the missed care is still recorded, and the court will still ask what it means. # ref: Permanency job aid: loss and grief, looking beyond the behaviour; Adoption Support Services Regulations 2005: support for birth parents # stance: with]
    ~ stage = MIN(stage + 1, 4)
    Olivia lets you in. She shows you the photo. "She's got my chin," she says. "Poor kid." You sit on the floor of her bedroom and she talks about Amelia for an hour, and then about the baby, and then about both of them in the same sentence, which she has never done before. "If I name him, and they take him too, that's two names I've got to stop saying." She writes back to Amelia's parents that night, three lines and a drawing of a dinosaur. She still misses the next {placement == "pab": two night feeds, and Maureen does them|session}, and the record has to say so, with the reason beside it. The session after that she is {placement == "pab": at the breakfast table with the baby on her knee before Maureen is up|at family time twenty minutes early}.
* [Call a meeting this week with Olivia, Jess and Ruth to agree a plan for the anniversary weeks, so that September is planned for rather than feared # permanence: -1 # contact: -1 # disruption: +2 # why: It treats the week as something to plan for together; but it asks a grieving young woman to sit in a meeting about her grief while she cannot get out of bed, and the plan is made without her. # ref: SMART planning: contingency plans made with the family; Permanency job aid: loss and grief # stance: with]
    Olivia does not come. Jess comes instead, and Ruth, and the three of you write a careful plan for anniversaries that Olivia reads a fortnight later and calls "a plan about me, by people who weren't there".
* [Cancel the rest of the week's family time and offer to rebook when she feels ready, because she needs space # permanence: 0 # contact: -1 # disruption: 0 # why: Gentle, and it avoids a confrontation; but it leaves her alone with it, loses a week of the baby's time with her, and misses the chance to understand what this week means. # ref: Restorative practice window: for; Permanency job aid: family time as a right of the child # stance: for]
    Olivia rebooks for the following Monday and comes. Neither of you mentions the letter. Ruth's report later describes "an unexplained week of non-attendance in September".
* [Agree with Olivia that this week need not go in the record, given what it is, and tell Ruth only that she was unwell that week # permanence: -1 # contact: -1 # disruption: +2 # why: It protects her from a week she cannot help; but it is collusion that hides evidence from the court and the guardian, and if it comes out it will cost her more than the week itself. # ref: Practice Standards, Assessment: fact, opinion and professional judgement; Public Law Outline: candour with the court # stance: for]
    Olivia is grateful, and says so. Six weeks later Maureen's logs and the contact records, which you did not write, reach Ruth anyway. Ruth asks you, in a meeting with Dev present, why the case record says "unwell".
- ~ holds = draw("olivia-holds", 2)
{holds == 1: -> slide}
{stage >= 1: The Friday Liam is out, Olivia rings you before anyone else can. He has messaged; she has not answered. She has already asked Ruth for an extra test, "so nobody has to wonder", and she has told Jess which bus stop to avoid. The test is clear.}
{stage >= 1:
    ~ stage = MIN(stage + 1, 4)
}
-> review

= slide
The week after the letter, Liam is out. {placement == "pab": Olivia starts going "to Nana's" on Saturdays again.|Olivia misses two family times and comes to the third with a new phone and an old bruise she will not talk about.} The next test Ruth asks for, a fortnight after he is out, shows cocaine again, and the urine test the following week confirms it. Ruth writes that Olivia "is not in denial about any of it, which is new, and cannot yet hold the line when grief and Liam arrive in the same week".

{stage >= 3: You have done what the plan asked. So, until September, had she.} Jess says it plainly, on the stairs at Calder House: "It's not you. It's not even him, really. It's September. It'll be September every year."
~ stage = MIN(stage, 1)
-> review

= review
# scene: office
The four-month review, his second looked-after review, is held in week seventeen at the office, because Graham wanted everyone in one room: Olivia and Jess, Dev by phone, {carer_name()}, Ruth, the guardian, you. Liam is invited to the second half and does not come.

Ruth's interim view is careful. She grades progress on the scale the team borrows from the US job aid: sufficient, adequate, or inadequate.
{
- stage >= 4:
    She describes Olivia's progress as adequate and, in some areas, sufficient: "she is actively working on every objective, and the change is showing in the baby's care".
- stage == 3:
    She describes Olivia's progress as adequate in some areas and inadequate in others: "real progress, from a low base, and not yet secure".
- else:
    She describes Olivia's progress as inadequate, with some progress: "she has partly engaged, and some change is visible, but the central risks are unchanged".
}
{stage <= 1: Privately, she tells you she is not sure Olivia can see yet what needs to change.}

{effie == 2: Effie and Peter's assessment is positive.}{effie == 4: Effie's assessment is under way and will not finish before week thirty.}{effie == 3: Effie has withdrawn.}{effie == 1 && placement == "effie": Effie and Peter are approved as his connected-person foster carers; nobody has yet assessed them as special guardians.}{effie == 1 && placement != "effie": Effie has offered to care for him and has not been assessed.}

Graham puts the question to you directly. "By this review every permanence option should have been explored, and I should be ratifying a plan. What is this baby's plan?"
# decision: olivia.p5.review
# prompt: The permanence plan should be settled at the four-month review. How honest can a twin-track plan be about where the parent actually is?
* [Ask Graham to defer ratifying the plan until the assessments report at week twenty, so that the plan rests on the full evidence # permanence: -1 # contact: 0 # disruption: +1 # why: Cautious and evidence-led, and it avoids pre-empting the assessment; but it misses the four-month standard and leaves the baby without a ratified plan at the point the alternatives must be made ready. # ref: Care Planning Regulations 2010 and IRO Handbook: the permanence plan settled at the second review; Practice Standards, Permanence: within 4 months # stance: not]
    Graham agrees, reluctantly, and records that the standard has not been met. Nobody, for three weeks, is quite sure what the plan is, including the carers.
* [Ratify a twin-track plan: return to Olivia stays the primary plan with a named parallel plan, and what she must show by week twenty # permanence: +1 # contact: +1 # disruption: {stage <= 1:0|-1} # why: Both/and planning that is honest with Olivia and keeps the baby's alternative ready; it needs you to say hard things kindly in front of her, and the parallel plan must be real, not a threat. # ref: Practice Standards, Permanence: plan ratified at the 4-month review; parallel (twin-track) planning, which the Permanency job aid calls concurrent planning as both/and # stance: with]
    Graham writes it up in longhand. Three things by week twenty, in Olivia's words: "Clear tests. Every night feed or every family time, no gaps without a reason. And tell you, not hide it, if Liam turns up." Olivia reads it back. "That's fair," she says. "That's actually fair."
* [Ratify a twin-track plan with Olivia, but leave the parallel plan unnamed, to be agreed with her at the next review so that she can bear to hear it # permanence: -1 # contact: -1 # disruption: +2 # why: It is honest that there is a second plan and spares her hearing it named today; but an unnamed alternative is not ready, the carers cannot prepare, and the baby waits if it is needed. # ref: Care Planning Regulations 2010 and IRO Handbook: the plan settled at the second review # stance: with]
    Graham records a parallel plan "to be confirmed". Olivia is relieved. At the next review nobody can say what it is, and Graham writes to your service manager.
* [Ratify a single plan away from Olivia: on the evidence her progress is not enough in the baby's timescale, and he needs certainty # permanence: {stage <= 1:+2|+1} # contact: -2 # disruption: {stage <= 1:-1|0} # why: It gives the baby an early, clear direction if the evidence supports it; but if it comes before the assessment has reported, a court may see the local authority as having decided in advance. # ref: Re B-S \[2013\] EWCA Civ 1146: no option dismissed without analysis; Permanency job aid: stages of change # stance: to]
    ~ stage = MAX(stage - 1, 0)
    {stage <= 1: Graham ratifies it. Olivia leaves the room, and comes back ten minutes later to ask what the parallel plan is now. The guardian says the evidence supports it.|Graham ratifies it with a recorded reservation. Olivia leaves the room. Dev tells the court at the next hearing that the local authority "closed its mind at week seventeen", and the guardian does not disagree.}
* [Keep return home as the only plan, as Olivia and Dev ask, and look at a parallel plan only if week twenty goes badly for her # permanence: -1 # contact: 0 # disruption: +2 # why: It keeps faith with Olivia and keeps her hopeful; but it is collusion with a plan that has no alternative ready, so if it fails the baby waits while the alternative is found. # ref: parallel (twin-track) planning, which the Permanency job aid calls concurrent planning as both/and; IRO Handbook: the plan must be capable of being achieved # stance: for]
    Graham ratifies it and records that there is no parallel plan. "I hope you're right," he says to Olivia, and means it. He asks you to stay behind.
- -> part_end

= part_end
{
- placement == "pab" && stage <= 0:
    ~ placement = "maureen"
    ~ lives_with = "Maureen Hollis (foster carer); Olivia left the placement"
    Two weeks after the review, Olivia leaves Maureen's for good. She leaves at night, not with Liam but to him, and she rings Maureen at midnight to say: "Keep him. Please keep him. I'm not coming back tonight and I don't know about tomorrow." The court approves the baby staying with Maureen as his foster carer. Olivia comes to family time four days later, and apologises to the baby, not to anyone else.
- else:
    The weeks between the review and the final evidence go quickly, as they always do.
}
~ update_ties()
-> p6_final
