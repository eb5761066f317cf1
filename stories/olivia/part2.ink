=== p2_birth ===
# part: 2 Birth
# scene: hospital
~ lives_with = "Olivia, on the postnatal ward at St Aidan's"
~ legal_status = "child protection plan; proceedings planned"
~ network = 0
The baby is born at thirty-seven weeks, at twelve minutes past four on a Tuesday afternoon, at St Aidan's. He weighs 2.74 kilograms. He has a lot of dark hair and a frown, Jess says, "like he's doing sums".

Olivia labours for fourteen hours with Jess holding one hand and, for the last two, Nana holding the other, having refused to leave. Liam texts eleven times and is not there. When the midwife lays the baby on Olivia's chest, she looks at him for a long time and says, "Oh. Hello. It's you."

By the time you arrive at ten the next morning, the whiteboard above the cot says BABY HARTLEY in blue marker. Carol has put a note on the ward file: mother has chosen not to name baby at present; please do not pressure.

Jess tells you something nobody asked for: at six this morning, between feeds, Olivia rang the recovery service's duty line herself and booked an appointment for the week after discharge. "Her idea," Jess says. "Not mine, not yours."
~ stage = MIN(stage + 1, 4)
Olivia is feeding him, badly and determinedly. "He keeps falling asleep," she says. "Is that normal?" It is, the midwife says. Olivia relaxes a fraction.

When you sit down she says, before you can ask, "I know. You want a name for your forms."

You say you don't, or not for the forms. She looks at you as if deciding whether that is true.

On the second day Nana sits by the cot and tells you, while Olivia sleeps, what a Tuesday-born boy is called in Twi, the language she grew up speaking in Kumasi. "Kwabena. Every Tuesday boy has that name, whatever else you call him. It is his day name. Her father is Yaw, a Thursday boy. I am Adwoa, a Monday girl." She smiles at that. "When I was a girl in Kumasi, it was the father's family who gave a child his other name, the one chosen for him. Here we have made our own way. In this family, since I came to England, it is whoever loves the child and is with him on the eighth day. On the eighth day we bring the baby out, we touch water to his tongue and then a drop of drink, so that he will know water from drink, and truth from falsehood, and we say his name. My mother taught me this. Before the eighth day he is a visitor. You do not give a name to a visitor who may not stay."

Olivia, who was not asleep, says from the bed, without opening her eyes: "And what if you don't know he's staying, Nana? What if someone else decides?"

Nobody answers her.

You think about the baby who will one day read his file, and about the young woman in the bed who named one child and then had to stop saying her name. You think about the registrar's forty-two days, about the carers who will need to call him something at three in the morning, and about who, in the end, will choose what this boy is called.
# decision: olivia.p2.not-naming
# prompt: Olivia has chosen not to name her son. Whose decision is this, what might it mean for her, and what might it mean for him?
# justify
* [Encourage her gently to choose a name before discharge: for his sake and his records, and because it might help her bond with him # permanence: +1 # contact: -1 # disruption: 0 # why: A name matters to a child and some believe naming helps a parent bond; but pressing her in the first days turns a grieving choice into a test she can fail. # ref: Permanency job aid: loss and grief; Practice Model: with, not to # stance: to]
    ~ stage = MAX(stage - 1, 0)
    Olivia hears you out. Then she turns her face to the wall. "You name him, then. You lot will anyway." Jess asks you, very quietly on the way out, to leave it for now.
* [Ask Nana Adwoa to talk with Olivia about the eighth day, and offer to help arrange a naming with the family if and when Olivia wants one # permanence: +1 # contact: +1 # disruption: 0 # why: It roots the question in Olivia's heritage and her own family, where it belongs; it also asks a frail grandmother to carry something heavy, and Olivia may feel her family has been recruited. # ref: Permanency job aid: cultural permanence, a continuous connection to family, tradition and culture; Practice Standards: respecting culture and identity # stance: with]
    ~ naming = "held"
    Nana and Olivia talk for an hour with the curtain drawn. Afterwards Olivia says, "Nana says it can be any day, the naming, as long as it's meant. She says it's not too late till he's old enough to be cross about it." Something in her face has loosened. "I'm not doing it yet."
* [Suggest Olivia choose a holding name with the midwives for now, so that the whiteboard and the wristband say something kinder than Baby Hartley # permanence: -1 # contact: 0 # disruption: +1 # why: It softens the ward for both of them; but a name chosen in a hurry, under the eyes of staff, is still a name, and it moves a grieving choice onto a ward's timetable. # ref: Permanency job aid: loss and grief; Practice Standards: respecting culture and identity # stance: with]
    Olivia shrugs and lets the midwife write "Little One" on the whiteboard. By the next morning one of the night staff has written "Little One" on his cot card with a heart, as if it were his name. Olivia rubs it off herself. "I said not a proper name."
* [Leave it: it is Olivia's right, it is not a safeguarding matter, and the records can say Baby Hartley for now without anyone making an issue of it # permanence: -1 # contact: 0 # disruption: 0 # why: It avoids intruding on a painful choice, but it also avoids understanding it; the question will come back at registration and in the carers' home, unprepared. # ref: Practice Standards: how a child's culture and identity is important will be included within assessments and plans # stance: not]
    The file says Baby Hartley. The ward says Baby Hartley. Olivia calls him nothing at all, out loud.
* [Ask Olivia what she would like him called for now; write her reasons in her words, and make sure the ward, the carers and the file know it is her choice # permanence: 0 # contact: 0 # disruption: 0 # why: It treats her choice as meaningful rather than as a deficit, and keeps the naming hers to make; it does not solve the question of registration or what he is called day to day. # ref: Practice Standards: I will record for the child so they understand how decisions were made; would I say this to the child? # stance: with]
    ~ naming = "held"
    Olivia thinks about it for so long that you think she will not answer. "Just 'the baby'. Or 'him'. Or 'little one', that's all right." Then: "Write down that I'm not not-bothered. Write down that I'm waiting." You write it down exactly like that and read it back to her. She corrects one word.
- -> route

= route
{
- placement == "pab": -> discharge_pab
- placement == "nana": -> nana_days
- else: -> handover
}

= discharge_pab
On the night before discharge, Olivia leaves the ward at eleven and comes back at ten past two. The night staff note that she smelled of cannabis and said she had been to the flat for clothes. A security guard saw Liam's car in the pick-up bay. The baby was fed by a midwife at one.

In the morning Olivia is defiant and exhausted. "I came back. That's the difference. Last time I didn't come back till morning. I came back."

The hearing is this afternoon. Maureen Hollis has the room ready, with a cot beside Olivia's bed. Dev Patel rings to say his client's position is that "nothing has happened that was not predicted in your own assessment".
# decision: olivia.p2.discharge-pab
# prompt: A parent-and-baby placement is about to begin, and the night before looks like the night that ended the last one. What do you do with what happened?
* [Go ahead as planned and take Olivia at her word that she came back: raise nothing today, so that the placement starts on trust, not suspicion # permanence: -1 # contact: +1 # disruption: +2 # why: Trust matters and she did come back; but saying nothing is collusion with the pattern that ended her first placement, Maureen starts without the facts, and the court will ask what you did with the night. # ref: Practice Standards: risks of harm clearly identified and shared with carers; Permanency job aid: high support needs high accountability # stance: for]
    The judge makes the interim care order and approves the plan for placement at Maureen's. Nobody mentions the night. Maureen learns of it a week later from the health visitor, who read it in the discharge summary, and rings you. "I'd rather have heard it from you."
* [Change the plan: ask the court this afternoon to approve separation and a short-term placement with Denise Barker, because last night shows the risk # permanence: 0 # contact: -2 # disruption: 0 # why: It removes the risk of a night-time repeat, but it ends the assessment before it starts on the strength of one night and a car park; the court must ask whether his safety requires separation now and whether it is proportionate. # ref: Children Act 1989 s.38; Re L-A \[2009\] EWCA Civ 822; Re C (Interim Separation) \[2019\] EWCA Civ 1998 # stance: to]
    ~ stage = MAX(stage - 1, 0)
    ~ placement = "foster"
    The judge hears the application with some reluctance and approves separation "on the narrowest of margins, given the history". Denise collects the baby from the ward at six. Olivia does not come out of the bathroom until Denise has gone.
* [Go ahead with Maureen's placement; talk last night through with Olivia and let her write her own additions to the agreement # permanence: 0 # contact: +1 # disruption: +1 # why: It makes her part of managing the risk and she may explain what happened; but it leaves the boundary to the person who crossed it last night, and Maureen starts without clear rules. # ref: Permanency job aid: stages of change, the balance of support and accountability; Children Act 1989 s.38 # stance: with]
    Olivia tells you, after a long silence, that Liam had messaged to say he would come to the ward if she did not come out. "I went out so he wouldn't come in. So he wouldn't see the baby. I thought that was the protective thing." You write that down too. Her additions say she will tell Maureen before she goes out and will "try not to" see Liam. Maureen reads them and asks you what happens if trying is not enough. The judge makes the interim care order that afternoon and approves the plan for placement at Maureen's.
* [Go ahead, with firm conditions put to her face to face, Dev there: no going out after nine without the baby, and Liam's contact supervised # permanence: +2 # contact: 0 # disruption: -1 # why: Clear boundaries, said in person, for a mother who left a newborn at night to go to a violent partner; rules made for her can feel like care all over again, and she may test them. # ref: Children Act 1989 s.38; Public Law Outline: clarity about what must change; restorative window: to # stance: to]
    Olivia signs the conditions in the hospital corridor. "Like being in care again," she says. "Brilliant. Good practice for him." Then, to Dev, not to you: "He messaged that he'd come up to the ward if I didn't go out. That's why." Dev makes sure it goes in the agreement: if Liam threatens to turn up, she rings Maureen or the police, not him. The judge makes the interim care order and approves the plan for placement at Maureen's.
- ~ update_ties()
-> p3_court

= nana_days
Olivia and the baby go home to Nana's ground-floor flat on Priory Road, to the box room with the picture of Nana's church in Kumasi. You visit every day, and for eight days it is better than you feared. Olivia feeds him every three hours with an alarm on her phone. Nana sits in the armchair and tells him proverbs. On the eighth day Nana puts water on her finger, looks at Olivia, and puts it away again. "When you say."

On the ninth night, at ten to one, the police are called by a neighbour. Liam is at the door, shouting for Olivia to come out. Olivia goes out to calm him down and leaves the baby asleep in the box room. Nana, trying to follow her, falls in the hallway and cannot get up. When the officers arrive, the baby is crying, Nana is on the floor, and Olivia is in the street in her socks.

Nana is admitted to St Aidan's with a fractured wrist. Olivia sits in the police car with the baby on her lap and says, over and over, "I didn't let him in. I didn't let him in."
# decision: olivia.p2.nana-night
# prompt: The safety plan rested on Nana, and Nana is in hospital. What do you ask the court for, tomorrow morning, and why?
* [Keep them at Nana's once she is home, as Olivia and Sharon ask, under a revised safety plan with Sharon staying over; issue only if it happens again # permanence: -1 # contact: 0 # disruption: +2 # why: It keeps the family together and out of court, as they want; but it relies on Sharon, Liam's mother, to keep Liam away, and a second incident would mean an emergency removal at night. # ref: Children Act 1989 s.31: likelihood of significant harm; SMART planning: contingency plans that are real # stance: for]
    ~ placement = "foster"
    Four nights later Liam comes back. This time Sharon lets him in, "just to see the baby, he's his dad". There is shouting, a broken mug, and a call from Olivia herself to the police. The police take the baby into police protection under section 46 at two in the morning, and he is placed with Denise Barker. The court approves separation at the hearing the following day. Olivia tells you, calmly, "You should have just done it last week. It would've hurt less."
* [Issue proceedings and ask for an interim care order with Olivia and the baby placed together with Maureen Hollis, a parent-and-baby foster carer # permanence: +1 # contact: +2 # disruption: 0 # why: It keeps mother and baby together in a safer house with a legal framework, and the last eight days are real evidence of her care; it also risks repeating how her first placement ended. # ref: Children Act 1989 s.38; Permanency job aid: placement in the least restrictive setting # stance: with]
    ~ placement = "pab"
    The judge makes the interim care order the next morning, notes "a troubling incident, and also eight days of good care", and lists a case management hearing. Maureen takes them that afternoon.
* [Issue proceedings, tell Olivia face to face tonight what you will ask for and why, and ask the court to approve separation, the baby placed with Denise Barker # permanence: +1 # contact: -1 # disruption: 0 # why: It removes the immediate risk of Liam's turning up, but it separates a mother and baby after eight days of good care; the court will ask whether his safety requires that now, and whether it is proportionate. # ref: Children Act 1989 s.38; Re L-A \[2009\] EWCA Civ 822; Re C (Interim Separation) \[2019\] EWCA Civ 1998 # stance: with]
    ~ placement = "foster"
    ~ stage = MAX(stage - 1, 0)
    The officers take him into police protection under section 46 for the night, and Denise collects him from the police station, where he has been asleep in a car seat on a desk for three hours. Olivia hands him to Denise herself, at the station, because you asked her in the police car whether she wanted to, and she did. At ten the next morning the judge approves separation under an interim care order.
* [Ask Sharon to have Olivia and the baby to stay with her while Nana recovers, with daily visits and a written agreement, and issue if anything else happens # permanence: -1 # contact: 0 # disruption: +2 # why: Family, a house with a working adult in it, and no court; but it is Liam's mother's house, the agreement depends on her keeping her own son out, and a second night like this one would end in an emergency removal. # ref: Practice Standards: family placement considered first; Children Act 1989 s.31: likelihood of significant harm # stance: with]
    ~ placement = "foster"
    Sharon clears her front room. For five days it holds. On the sixth, Liam has a key cut from his mother's, and lets himself in at midnight. Olivia rings the police herself. The police take the baby into police protection under section 46, and the court approves separation the next day, with the baby placed with Denise Barker. Sharon rings you in tears: "He's my son. What was I supposed to do?"
- ~ update_ties()
-> p3_court

= handover
{placement == "ffa": The baby will go to Laura and Matt Whitaker.}{placement == "foster": The baby will go to Denise Barker.}{placement == "effie": The baby will go to Effie and Peter.} {s20:Olivia signed the section 20 form on the first evening, in the chair by her bed, between feeds, with nobody from Dev's firm there. The baby stays on the ward under the lights for jaundice. On day three Dev, instructed at last, writes that his client did not understand she could refuse or take her son home, and withdraws her consent. The local authority issues that afternoon, and the urgent hearing it had hoped to avoid is held at four. The judge approves separation under an interim care order, with family time to be "generous", and adds that consent asked of a twenty-year-old care leaver on a postnatal ward, hours after the birth and without advice, "was not informed and freely given, and should never have been sought in that way". She asks for the authority's practice on section 20 to be reviewed. Frances takes the note without a word.|The hearing is on day three. The judge approves separation under an interim care order, with family time to be "generous".} Olivia sits through it without speaking and then asks Dev one question: "Can I be the one who gives him to them?"

{s20:
    ~ stage = MAX(stage - 1, 0)
}
The baby is still on the ward. The midwives have been kind and firm with Olivia about feeding. She has been expressing milk into little bottles with the date on, in her careful handwriting, "in case they want it".

{placement == "effie": Effie comes to the ward on day four, in her own clothes this time, with Peter and a car seat still in its box. She stands at the end of the bed and says to Olivia, "I'm not here to take him. I'm here to keep him for you while they decide." Olivia says, "They all say that." Effie says, "I'm not they."}{placement == "ffa": Laura and Matt come to the ward on day four. They are in their late thirties; Laura is a primary teacher and Matt works for the water board. They were approved as adopters two years ago, and last week as this baby's foster carers too, for as long as the court's question is open. Laura has brought a cardigan she knitted, and then put it back in her bag, because she wasn't sure whether that was all right.}{placement == "foster": Denise comes to the ward on day four. She is sixty-one, has fostered for twenty years, and has a car seat, a bag of vests and a flask of tea. She tells Olivia, "I'll look after him like he's mine until he's yours again or somebody else's. That's my job."}
# decision: olivia.p2.handover
# prompt: The court has approved separation. How should a newborn leave his mother, and who is the plan for?
* [Ask the court to let the baby stay on the ward with Olivia for two more days, so that feeding is established, then hand over # permanence: -1 # contact: +1 # disruption: 0 # why: Two more days of care and feeding are good for him, but the bed is needed, the delay prolongs the limbo for both of them, and the handover still has to be planned. # ref: Permanency job aid: family time as a right; Practice Standards: child's needs first # stance: for]
    The judge agrees. The two extra days are gentle and strange. On day six the carers come. Olivia hands him over in the corridor, quickly, "like ripping off a plaster", and walks away without looking back. The midwife tells you she went to the chapel and sat there for an hour.
* [Plan it with Olivia: she dresses and feeds him and hands him to the carers herself, with Jess and Nana there; a photo comes the next morning # permanence: +1 # contact: +1 # disruption: -1 # why: She keeps her dignity and her part in his story, and the carers meet her as his mother; it is very hard to watch, and it takes staff time on a busy ward. # ref: Born into Care best-practice guidelines (Nuffield FJO): a planned, humane handover with the mother involved; Permanency job aid: family time and shared parenting # stance: with]
    Olivia dresses him in the only outfit she bought, a white sleepsuit that is too big. She feeds him, winds him, says something into his ear that nobody hears, and hands him to {placement == "ffa": Laura}{placement == "foster": Denise}{placement == "effie": Effie}. She does not cry until the door shuts. Then she cries for a long time with her head on Nana's shoulder. The ward could not spare a midwife, so Jess held the door, the bag and Nana's stick at once, and afterwards nobody is left to sit with Olivia but Nana. The first family time is the day after, and Olivia misses it: she sleeps through three alarms at Nana's and rings Jess at noon, furious with herself. At eight the next morning a photo arrives on Jess's phone: the baby asleep in a Moses basket, in the white sleepsuit. Olivia sets it as her lock screen.
* [Have Olivia travel with the carers and the baby to the family centre near their home, and hand him over there after a feed, with Jess beside her # permanence: -1 # contact: -1 # disruption: +2 # why: She stays with him to the last minute and the carers see her as his mother; but she must leave him in a strange room forty minutes from home, and the journey back is hers to make without him. # ref: Born into Care best-practice guidelines (Nuffield FJO); Practice Model: with, not for # stance: with]
    The car journey is quiet. At the family centre Olivia feeds him, changes him twice, and cannot put him down. In the end Jess takes him from her and gives him to {placement == "ffa": Laura}{placement == "foster": Denise}{placement == "effie": Effie}. On the way home Olivia asks Jess to stop the car twice. She does not come to the first family time. She comes to the second, and sits by the door.
* [Spare her the moment: arrange for the carers to collect him from the ward while Olivia is at the hearing, with a midwife to support her when she returns # permanence: 0 # contact: -1 # disruption: +1 # why: Meant kindly, and some mothers would choose it; but it was not her choice, it takes from her the last act of caring for him at birth, and she may not forgive it. # ref: Practice Model: with, not for; would I say this to the child? # stance: for]
    ~ stage = MAX(stage - 1, 0)
    When Olivia comes back from court, the cot is empty and the midwife is waiting. She throws the little bottles of milk across the room one by one. She does not come to the first family time, or the second.
* [Agree to what Olivia asks: she takes him to the carers' home herself by taxi with Jess, settles him in his cot, and leaves him there when she is ready # permanence: -1 # contact: 0 # disruption: +2 # why: It is her request and it honours her as his mother; but she would see the home she may later have to stay away from, leave her baby there alone at the door, and the carers have not agreed to it. # ref: Born into Care best-practice guidelines (Nuffield FJO); early permanence practice: family time at a venue, the carers' address a matter of risk and local policy # stance: for]
    {placement == "ffa": Laura and Matt agree, after a long phone call with their supervising social worker, and regret it.|The carer agrees, uneasily.} Olivia settles him in the cot and cannot leave. It takes two hours and Jess half carrying her to the taxi. For a fortnight she rings the carers' landline at night, until the number is changed. "I know where he sleeps," she tells you. "That's worse, not better."
- ~ update_ties()
-> p3_court
