// Part 3: First placement crisis.
// crisis_severity (1 mild, 2 serious, 3 acute) is computed from part 2's choices:
// how the placement was matched, what the carers were told, how often Chloe was visited, how family time was set up.
// Leaves behind move_type (1 planned, 2 emergency, 3 held), chloe_heard, and tie changes.

=== part3 ===
# part: 3 First placement crisis
# scene: office
~ care_points = visits + family_time
{matched_well:
    ~ care_points = care_points + 1
}
{carers_told:
    ~ care_points = care_points + 1
}
{
- care_points >= 5:
    ~ crisis_severity = 1
- care_points >= 3:
    ~ crisis_severity = 2
- else:
    ~ crisis_severity = 3
}
~ care_points = 0
~ chronology_insight = 0
~ consent_sound = false
~ tie_julie = 2
~ lives_with = "foster carers (the Hargreaves)"
February 2025. Chloe has lived at the farmhouse in Brackenfield for four months. She is eleven, nearly twelve, in Year 7, on an interim care order. Tyler is settled with Sandra Pearson, who has been approved as his connected-person foster carer and is talking about special guardianship. Leanne has been going to Open Door, the alcohol service on Market Street, on and off; Gary Pearson is on remand after breaching his bail. {nana_involved: Nana Abena came back from Kumasi in November and rang you the day she landed.|You learned only in January that Chloe's paternal grandmother, Abena Mensah, is back in Haverley: Chloe mentioned her in a review and nobody had followed it up.}
{crisis_severity == 1: -> mild}
{crisis_severity == 2: -> serious}
-> acute

= mild
# scene: office
~ nana_involved = true
Julie Hargreaves rings on a Tuesday morning in February. "I'm not ringing to complain," she says first. "I'm ringing because I think we're getting something wrong, and I'd rather ask now than in a month."

It has been a bad fortnight. Kwame cancelled his visit by text the night before, the second time since Christmas. At family time on Thursday Leanne was flat and quiet, and Chloe came back to the farm and slammed every door in the house. On Friday she told Julie, "You're not my mum and you never will be," and went to her room. On Monday she got off the school taxi in Haverley instead of coming home and turned up two hours late, dropped off by a woman in a church coat: Nana Abena, who had found her sitting in the back of the choir rehearsal at Wesley Methodist. Julie was frantic for ninety minutes and did not ring the police because the taxi driver had seen where she went.

"And there's something at school," Julie says. "She's been wearing a beanie in lessons. She's had two detentions for it. She won't tell me why. I think a lad's been saying things about her hair. I did ask whether she wanted me to do anything with it and she looked at me as though I'd slapped her."

"How are you and Martin?"

"Tired. Fond of her. Martin thinks we should ask for help before it gets worse, and I agree with him, which doesn't happen often."

{carers_told: Julie knows what the bathroom door means, and she knows about Leanne's drinking; that is why she did not shout when Chloe came in late.}{visits == 2: You have seen Chloe alone every few weeks since the autumn, and she has told you about the choir at the Academy and about missing her mum's cooking.}
-> first_response

= serious
# scene: office
Julie Hargreaves rings at eight on a Monday morning, and you can hear in her voice that she has not slept.

On Saturday, family time at the contact centre was ended after twenty minutes because Leanne had been drinking. Chloe was driven back to the farm in silence. At seven she said she was going to see the lambs. At eight she was not anywhere, and Martin reported her missing. At half past one in the morning the police found her at Leanne's flat on Tannery Row: Leanne had let her in and they had both been crying on the settee, and Leanne had not rung anyone. On Sunday Julie found new cuts on Chloe's upper arm, deeper than before, and took her to the minor injuries unit.

"And school have sent her home for the day on Friday," Julie says. "She threw a chair. Not at anyone. A boy had been calling her names about her hair and the teacher made her take her hat off in front of everybody. Nobody told us about the boy until Friday." A pause. "Martin said last night he doesn't know if we're the right people for her. He says we don't understand half of what's going on with her. I don't want to give up on her. But I don't know what we're doing."

{not carers_told: "Nobody told us," Julie says again, later, "about the bathroom, or the shouting, or that there was a grandmother. We found out from Chloe at two in the morning."}{visits == 0: You realise you have not seen Chloe on her own since November.}{family_time == 0: Family time only restarted properly in January; Chloe has seen Tyler five times since October.}
-> first_response

= acute
# scene: car
Friday, 11.05 pm. The out-of-hours worker rings you at home because you asked to be told. Chloe has gone missing for the third time in three weeks. Tonight a police patrol found her in a parked car behind the retail park in Haverley with two older boys, one of them nineteen; the car smelled of cannabis; Chloe had a new phone she would not explain. The officer has raised a concern about child exploitation.

On Wednesday, Julie tried to brush Chloe's hair before school, "because it was a bird's nest and she'd been sent home for it being untidy", and Chloe threw a mug that smashed on the wall beside Julie's head. There are fresh cuts on both of Chloe's forearms. Sam, who is sixteen, has told his parents he is frightened of her.

Julie comes on the line herself. Her voice is shaking. "We want her moved. We'll do the proper notice if we have to, but I don't know if we can do even that. I'm sorry. I'm so sorry. We don't know this child. We never did." Behind her you can hear Martin saying "tell them about the phone".

Chloe, in the police car, has told the officer: "I want to go home to my mum, or I'll just keep running."

{not carers_told: Nobody ever told the Hargreaves about the bathroom door, the shouting, or the grandmother who braided Chloe's hair.}{not matched_well: Nobody asked them, before she arrived, what they knew about caring for a Black girl's hair and skin, or what Chloe's church and her family's language meant to her.}{visits == 0: You have not seen Chloe on her own since the first week of November.}{family_time == 0: For the first two weeks, and for much of the autumn, family time was rationed to help her settle.}
-> first_response

= first_response
// From here on only whether visits and family time fell short matters; collapse the scale.
{visits > 1:
    ~ visits = 1
}
{family_time > 1:
    ~ family_time = 1
}
# decision: chloe.p3.first-response
# prompt: What does the severity of this crisis ask of you in the next twenty-four hours, and what can wait?
+ {crisis_severity == 1} [Ask Rachel to chair a pre-disruption meeting next week so that everyone's role is written down # permanence: +1 # contact: 0 # disruption: -1 # why: A formal meeting brings the network together and makes actions clear, but calling it a pre-disruption meeting may tell carers who are asking for help that you think the placement is failing. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the team manager # stance: with]
    Rachel agrees, and asks you to call it a stability meeting on the invitation. Julie reads the word "disruption" in the agenda anyway and rings Gareth to ask whether they are "in trouble".
+ {crisis_severity == 1} [Go to school tomorrow and see Chloe alone, then see Julie and Martin that evening, and agree a stability plan with them before it grows # permanence: +2 # contact: +1 # disruption: -2 # why: Responding early and in person to carers who are asking for help is how placements are kept; it costs a day you had promised to a court statement. # ref: Module 4: what sustains permanence; Practice Standards, Children in Care: seeing the child alone # stance: with]
    You move the court statement to the weekend, which means your Saturday. You see Chloe at school the next day and Julie and Martin that evening, at the kitchen table, with the dogs shut out.
+ {crisis_severity == 1} [Reassure Julie that this is ordinary testing at four months, log the late return, and pick it up properly at the looked-after review in three weeks # permanence: -1 # contact: 0 # disruption: +2 # why: It is often true that children test placements at this point, and your diary is full, but carers who ask for help and do not get it stop asking, and the school problem is left to grow. # ref: Module 4: factors that put permanence at risk # stance: not]
    Julie says, "Right. Yes. That's what Gareth said." In the three weeks before the review Chloe gets two more detentions for her hat and misses a choir rehearsal because she has stopped going. You hear about both at the review.
+ {crisis_severity == 2} [Ring the carers, agree a missing-from-care protocol with the police, and put the case to Thursday's placements panel so a search can start in case the placement ends # permanence: 0 # contact: 0 # disruption: +1 # why: It manages the immediate risk and prepares for the worst, but a placement search started before anyone has sat with Chloe or the carers can become the plan by default. # ref: Module 4: managing disruption and change as effectively as possible # stance: to]
    The protocol is sensible and the panel agrees a search "as contingency". Gareth tells Julie. By Wednesday Martin is asking when the new carers will be found.
+ {crisis_severity == 2} [Make an urgent CAMHS referral and leave the placement support to Gareth, who knows the carers better than you do # permanence: 0 # contact: 0 # disruption: +1 # why: The cuts need a health response and Gareth is skilled, but Chloe's relationship with her own worker is one of the few constants she has, and carers notice who turns up. # ref: Practice Standards, Children in Care: children know their worker and how to contact them # stance: for]
    CAMHS offer an assessment in five weeks. Gareth visits on Wednesday. Chloe asks Julie where you are.
+ {crisis_severity == 2} [Go out today: see Chloe alone, agree a safety plan with her and the carers for going missing and self-harm, make an urgent referral to CAMHS with the minor injuries notes, make sure she is offered an independent return home interview, and ask Rachel to chair a pre-disruption meeting this week # permanence: +2 # contact: +1 # disruption: -2 # why: A same-day response that starts with the child and puts a safety plan in place gives the placement its best chance; everything else in your week slides. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the team manager; missing children procedures: return home interview # stance: with]
    You cancel two visits and drive to Brackenfield. Chloe sits in your car in the farmyard, because she will not talk in the house. You agree, together, what she will do if she feels like running or cutting: who she will text, where she will go, what Julie will do. Rachel sets the meeting for Thursday.
+ {crisis_severity == 3} [Accept that the placement has ended tonight and ask the out-of-hours team for an emergency bed, so the carers and Sam are safe and everyone gets some sleep # permanence: -1 # contact: -1 # disruption: +2 # why: The carers have said they cannot go on and their son is frightened; but a midnight move to strangers, after a night in a car with older boys, is a second rupture that will confirm everything Chloe believes about adults. # ref: Module 4: managing disruption; Practice Standards, Children in Care: introductions where possible # stance: for]
    ~ home = 3
    The only bed in the county is at Ash House, a three-bed children's home on the edge of Haverley. Chloe arrives at two in the morning in Julie's spare dressing gown. The night worker makes her toast. She does not eat it.
+ {crisis_severity == 3 && nana_involved} [Ring Nana Abena tonight, do a same-night viability check with the out-of-hours manager, and ask whether Chloe can stay with her under regulation 24 while a plan is made # permanence: +2 # contact: +2 # disruption: 0 # why: A known, loved relative is the least disruptive emergency option and keeps Chloe in her own community, but a midnight viability check is thin, and Nana's health and the risk from the older boys in Haverley are not yet understood. # ref: Practice Standards, Children in Care: viability assessment within 24 hours; Care Planning Regulations 2010 regulation 24 # stance: with]
    ~ home = 1
    ~ tie_abena = 3
    Abena answers on the second ring. "Bring her," she says. "I have the room made up since November." The out-of-hours manager and you see her flat at one in the morning: two bedrooms, a spare bed with a pink cover, a framed photograph of Chloe aged four in a choir robe on the wall. Chloe walks in, sees the photograph, and sits down on the hall floor.
+ {crisis_severity == 3} [Go out tonight with the out-of-hours worker, see Chloe alone at the police station, ask the carers to keep her for the weekend with support on call, and ask for a strategy discussion about exploitation, an independent return home interview within seventy-two hours and an urgent pre-disruption meeting on Monday # permanence: +2 # contact: +1 # disruption: -1 # why: Seeing the child, managing the exploitation risk and buying time for a planned response gives the best chance of a move that is not another rupture, but the carers may not be able to hold on even for a weekend. # ref: Practice Standards, Permanence: pre-disruption meeting; Module 4: managing disruption; missing children procedures: return home interview # stance: with]
    You are at the station by midnight. Chloe is sitting on the same plastic chair as in October. Julie and Martin agree to the weekend, "for her, not for us". The strategy discussion is set for Monday morning, the pre-disruption meeting for Monday afternoon.
- -> hear_chloe

= hear_chloe
# scene: car
Before the meeting, there is the question of how Chloe's own account gets into the room. She has plenty to say and is not used to being asked.
# decision: chloe.p3.chloe-voice
# prompt: Chloe is eleven. How do you make sure the pre-disruption meeting hears what is happening for her, not only what she is doing?
+ [Make a referral to the advocacy service so Chloe has someone independent of everyone # permanence: +1 # contact: 0 # disruption: 0 # why: Independent advocacy is right and should be offered, but the service has a three-week wait, so the meeting goes ahead without her voice unless you also hear her yourself. # ref: Practice Standards, Children in Care: support to access advocacy services # stance: for]
    ~ chloe_heard = false
    The referral goes in. The advocacy service rings back: the first appointment is in three weeks. The meeting is on Thursday.
+ [See Chloe alone somewhere she chooses, ask what has been happening in her own words, offer her an independent advocate, and agree with her how her views go to the meeting: in person for part of it, a letter, or a voice note # permanence: +2 # contact: +1 # disruption: -2 # why: Hearing the child directly and letting her choose how she takes part turns a meeting about her into one with her, at the cost of time you do not have before the meeting. # ref: Practice Standards, Children in Care: advocacy and the child's voice; SMART planning: participation as a protective factor # stance: with]
    ~ chloe_heard = true
    Chloe chooses the café by the bus station, because it does a hot chocolate with marshmallows and because nobody from the farm goes there. It takes an hour for her to say anything real. Then it comes out in a rush.
    
    A boy in Year 8 has been calling her "Brillo" and making monkey noises behind her on the bus since Christmas. She told a teacher, who told her to ignore it. Julie once called her hair "a bird's nest" and meant it kindly, and Chloe has not let anyone touch it since. Nobody at the farm, the village or the Academy bus looks like her. She has been going to Nana's church on her way home, some Mondays, to sit in the back of the choir, "because it's the only place I'm not the only one". Her dad cancelled again. Tyler called Sandra "Mum" by accident at family time and Chloe has not stopped thinking about it.
    
    "I don't hate Julie," she says. "I just can't be the only one all the time."
    
    She records a voice note for the meeting on your phone, and asks that Julie hear it too.
+ [Ask Julie and Martin to pass on Chloe's views, since they see her every day and she talks to Julie at bedtime # permanence: 0 # contact: 0 # disruption: +1 # why: The carers know her well and it saves a visit, but a child's views relayed by the people she is in conflict with arrive filtered, and the things she cannot say at home stay unsaid. # ref: Practice Standards, Children in Care: advocacy and independent voice # stance: for]
    ~ chloe_heard = false
    Julie reports that Chloe "wants to go home to her mum" and "isn't happy at school". Both are true. Neither is the whole of it.
+ [Invite Chloe to the whole pre-disruption meeting so that nothing is said behind her back # permanence: +1 # contact: 0 # disruption: 0 # why: Openness is respectful and she will hear the truth, but a child in crisis listening to adults discuss whether her home will end can be overwhelmed, and may say nothing at all. # ref: Practice Standards, Children in Care: involving the child in meetings about them # stance: with]
    ~ chloe_heard = true
    Chloe comes. She sits next to Gareth because he is furthest from Julie. For the first forty minutes she says nothing. When Martin says "we're not sure we're the right people", she says, very clearly, "You're not. You don't know what it's like being the only brown person in Brackenfield," and leaves the room. You find her in the car park, and in the next twenty minutes she tells you about the boy on the bus who calls her names, and about Nana's church.
- -> meeting

= meeting
# scene: foster-home
The pre-disruption meeting is in the farmhouse kitchen, because Julie would rather host than be summoned. Rachel chairs. Around the table: Julie and Martin, Gareth, Ms Shah from the Academy, the IRO Sunita Bhatt on speakerphone, and you. {chloe_heard: Chloe's voice note is the first item: two minutes and ten seconds, recorded in a café, ending with "I just can't be the only one all the time." Julie cries. Martin looks at the table.|Chloe is not there and nothing of her own words is in the room.}

Rachel has asked you to set the agenda. There are five things that must be covered, and the order will shape what the meeting becomes.
# decision: chloe.p3.agenda
# prompt: Put the agenda for the pre-disruption meeting in order. What goes first, and what does your order tell the carers about the purpose of the meeting?
# rank
+ [Chloe's safety: going missing, self-harm and the risk of exploitation # permanence: +1 # contact: 0 # disruption: -2 # expert: 2 # expert-why: Safety cannot wait, and in an acute crisis many chairs would take it first; the panel puts it second because a safety plan built without understanding why Chloe runs will not hold. # why: A clear safety plan protects Chloe and reassures the carers, but on its own it treats the behaviour and not its causes. # ref: Module 4: risk factors in placement breakdown # stance: with]
    Rachel takes safety first. The meeting agrees a missing protocol, a plan for the cuts, and what Julie will do at two in the morning. It takes forty minutes and leaves everyone feeling a little steadier and no wiser.
+ [The contingency: where Chloe would go if this placement ends, and how a move would be planned rather than rushed # permanence: 0 # contact: 0 # disruption: +1 # expert: 5 # expert-why: A contingency must be agreed, but putting it first tells the carers the decision is already made and turns a pre-disruption meeting into a disruption meeting. # why: Planning for the worst is responsible, but leading with it signals that the placement is already being ended. # ref: SMART planning: contingency planning # stance: to]
    Rachel takes the contingency first, "so we know where we stand". Julie hears it as the end. She says very little for the rest of the meeting.
+ [What is happening for Chloe, in her words and the carers': what happened, what harm it has done, what needs to happen # permanence: +2 # contact: +1 # disruption: -2 # expert: 1 # expert-why: Starting with the child's experience and the restorative questions stops the meeting becoming a verdict on the carers or on Chloe; every later action depends on understanding what the behaviour means. # why: A shared understanding of what the behaviour means is what turns a list of incidents into a plan. # ref: SMART planning: restorative questions; Practice Standards, Permanence: pre-disruption meetings # stance: with]
    Rachel starts with the three restorative questions and writes them on the back of the agenda: what happened, what harm has been done, what needs to happen now. {chloe_heard: The voice note answers the first question better than any of the adults can.|The adults answer the first question for Chloe, and answer it in terms of what she has done.}
+ [Family time and identity: Tyler, her mum, her dad, Nana Abena, church and the choir # permanence: +2 # contact: +2 # disruption: -1 # expert: 4 # expert-why: Relational and cultural permanence run through this crisis, so this item matters a great deal; the panel puts it fourth only because the meeting must first agree the immediate safety and support around the placement. # why: Repairing her ties to her brother, her grandmother and her heritage addresses the loneliness under the behaviour. # ref: Permanency job aid: relational and cultural permanence # stance: with]
    Rachel starts with family. It changes the temperature of the room: it is easier for everyone to talk about Tyler and Nana than about cuts and car parks.
+ [What Julie and Martin need: respite, more support, training on caring for a Black child's hair, skin and identity, and therapeutic advice # permanence: +1 # contact: 0 # disruption: -2 # expert: 3 # expert-why: Carer support is what pre-disruption meetings exist to agree, and the identity gap is real; third, because what carers need follows from understanding the child. # why: Naming the carers' needs keeps them in the room, and the identity training goes straight to what Chloe is missing. # ref: Practice Standards, Permanence: who needs to do what to support the placement # stance: with]
    Rachel asks Julie and Martin first what they need. Martin says, "To know what we're doing." Julie says, "Someone to show me her hair. Properly."
- 
{chloe_heard: By the end of the meeting the room knows something it did not know before: that under the slammed doors and the hat and the running is a girl who is the only one of her kind everywhere she goes, except at her grandmother's church.|The meeting produces a list of actions. Nobody in it has asked what Chloe's hat is for.}

{crisis_severity == 1: Julie and Martin want to carry on. They want help.}{crisis_severity == 2: Julie wants to carry on. Martin is not sure. They both want to know what you think.}{crisis_severity == 3 && home == 0: Julie and Martin have said they cannot go on. They will hold on for a few weeks if there is a plan, but not indefinitely.}{home > 0: Chloe is no longer at the farm. The meeting has become a meeting about what happens next.}

Rachel turns to you. "It's your recommendation."
# decision: chloe.p3.placement-decision
# prompt: Should this placement continue, and if it should end, how? Whose timescale decides?
# justify
+ {crisis_severity == 1} [Start planning a move to Nana Abena, with a viability assessment this week and a planned transition, because Chloe says she wants to live there # permanence: +1 # contact: +2 # disruption: 0 # why: Her grandmother offers family, culture and community, and Chloe's wish is clear, but moving a child out of a placement that is asking for help, before Nana has been assessed, risks another loss and teaches everyone that trouble ends placements. # ref: Practice Standards, Children in Care: viability assessment of family members; Module 4: managing change # stance: with]
    ~ move_type = 1
    ~ tie_abena = 3
    ~ nana_involved = true
    Julie takes it well, to your face. Martin says, "Right. Well. If that's what's best." The viability assessment is positive with questions: Abena's diabetes, her knee, her age, and the fact that she and Leanne have not spoken in seven years. A move is planned for the Easter holidays.
+ {crisis_severity == 1} [Hold the placement with a written support plan: Pauline Clarke and Nana Abena to help Julie with Chloe's hair, weekly choir at Wesley Methodist with Nana, the Academy to deal with the racist bullying as racism, Tyler every Saturday, and a review in six weeks # permanence: +2 # contact: +2 # disruption: -2 # why: Support that goes to the cause, her isolation and identity, gives a committed placement the best chance, at the cost of handing some of Chloe's care to her grandmother and asking the carers to learn in public. # ref: Practice Standards, Permanence: pre-disruption meeting identifies who does what; Permanency job aid: cultural permanence # stance: with]
    ~ move_type = 3
    ~ tie_abena = 3
    ~ tie_grace = 2
    ~ tie_julie = 3
    ~ nana_involved = true
    Abena comes to the farm the following Sunday with a bag of products and a wide-tooth comb and sits Julie and Chloe down at the kitchen table. "You start at the ends," she tells Julie. "Never at the roots. Never when you're in a hurry." Chloe laughs for the first time in weeks, at Julie's face. Ms Shah deals with the boy in Year 8; his parents are called in, and the school records it as a racist incident. Chloe joins the children's choir at Wesley Methodist, run by Auntie Grace Owusu, on Thursday evenings; Martin does the run.
+ {crisis_severity == 1} [Hold the placement but reduce family time with Leanne to fortnightly for a while, since the worst days follow family time # permanence: -1 # contact: -2 # disruption: 0 # why: It responds to a visible pattern and the carers' request, but treats family time as the cause rather than the grief it reveals, and takes away the one thing Chloe has asked for. # ref: Permanency job aid: family time as a right, not a privilege # stance: to]
    ~ move_type = 3
    ~ tie_leanne = tie_leanne - 1
    The worst days do become fewer. So do the good ones. Chloe stops mentioning her mum at all, which Julie takes as settling and you are not sure about.
+ {crisis_severity == 2} [Move Chloe this week to the first available placement, to protect her from further missing episodes and give the carers a break # permanence: -2 # contact: -1 # disruption: +2 # why: It answers the immediate risk and the carers' exhaustion, but a rushed move is another rupture and the next carers will know even less about her. # ref: Practice Standards, Children in Care: visit the placement in advance and make introductions # stance: to]
    ~ move_type = 2
    Julie says, "If you think that's best," in a voice that means she does not. Chloe is told on Tuesday evening and moves on Wednesday.
+ {crisis_severity == 2} [Hold the placement with an intensive support plan for six weeks: an urgent CAMHS assessment, a respite weekend a month, identity and hair-care help from Nana Abena and Pauline Clarke, the Academy to tackle the racist bullying, Tyler every Saturday, and a review in four weeks # permanence: +2 # contact: +1 # disruption: -1 # why: It puts real resources behind a placement that has not given up, but it only holds if the support reaches what is actually driving Chloe's distress. # ref: Practice Standards, Permanence: pre-disruption meeting; Module 4: what sustains permanence # stance: with]
    ~ tie_abena = 3
    ~ nana_involved = true
    {chloe_heard:
        ~ move_type = 3
        ~ tie_julie = 3
        ~ tie_grace = 2
        Because everyone knows what the hat is for, the plan is aimed at the right things. Abena teaches Julie to do Chloe's hair at the farmhouse table; the boy on the bus is dealt with as racism; Chloe joins Auntie Grace Owusu's Thursday choir at Wesley Methodist. There is one more missing episode, four hours long, ending at Nana's. Then none. At the four-week review Martin says, "I think we're getting there," and Chloe says, "He means I am."
    - else:
        ~ move_type = 1
        The plan is good on paper. The respite weekend happens; CAMHS see Chloe once. But the bullying on the bus is dealt with as "falling out", and nobody connects the hat to anything. Chloe goes missing twice more, both times to Haverley. At the four-week review Julie and Martin say, gently and finally, that they will give notice, and that they want the move to be done properly.
    }
+ {crisis_severity == 2} [Plan a move over four weeks, with proper introductions, because the carers are uncertain and Chloe needs to be nearer her family and her own community # permanence: +1 # contact: +1 # disruption: 0 # why: A planned move with an ending is far less harmful than a breakdown, and Haverley is where her people are, but ending a placement the carers have not yet given up on teaches Chloe that trouble ends homes. # ref: Module 4: managing disruption and change as effectively as possible # stance: with]
    ~ move_type = 1
    ~ nana_involved = true
    Julie is relieved and ashamed of being relieved. Martin shakes your hand at the door, which he has never done before. You start the search, and you ring Abena Mensah.
+ {crisis_severity == 3 && home == 0} [Move Chloe this week to whatever placement is available; the carers have said they cannot go on and the risk outside is rising # permanence: -1 # contact: -1 # disruption: +2 # why: The carers' limits and the exploitation risk are real, but an unplanned move to strangers is likely to increase her running, not reduce it. # ref: Module 4: managing disruption # stance: to]
    ~ move_type = 2
    Chloe is told on Monday evening and moves on Tuesday, with her things in three black bin bags because nobody thought about suitcases.
+ {crisis_severity == 3 && home == 0} [Ask the carers to hold on for up to four weeks, with daily support, so that the move is planned, with introductions and an ending, and agree an exploitation safety plan with the police # permanence: +1 # contact: +1 # disruption: -1 # why: A planned ending, even from a placement that has broken down, protects Chloe from another midnight rupture, but it asks exhausted carers for more than they may have and keeps her where she has been running from. # ref: Module 4: managing disruption and change as effectively as possible # stance: with]
    ~ move_type = 1
    ~ nana_involved = true
    Julie and Martin agree to three weeks, "and not a day more". Gareth visits every other day. Chloe goes missing once more, for three hours, and comes back on her own. You ring Abena Mensah.
+ {home > 0} [Ask the Hargreaves whether Chloe can return to the farm for a trial period with a full support package, since she has settled there before # permanence: 0 # contact: 0 # disruption: +1 # why: It avoids giving up on the relationship, but returning a child to carers who have said they cannot go on, with a frightened teenager in the house, risks a second breakdown that would be worse than the first. # ref: Module 4: risk factors for placement breakdown # stance: for]
    ~ move_type = 2
    Julie says no, through tears. Martin says it for her again, more gently. They ask whether they can stay in touch.
+ {home > 0} [Accept that the move has happened; plan the next weeks properly from where she is now, with a proper ending with Julie and Martin # permanence: +1 # contact: +1 # disruption: 0 # why: There is no sense in pretending the placement can resume, and the priority is to make the next step planned, but the first move was an emergency and its costs are already paid. # ref: Module 4: managing disruption and change as effectively as possible # stance: with]
    ~ move_type = 2
    Julie asks whether she can write to Chloe. Rachel says yes, of course, and that you will help with when and how.
- 
{move_type == 3: The placement holds. Rachel writes in the minutes: "Placement stable. Support plan in place. Review in six weeks." It is not the end of the story.}
{move_type == 1: Chloe will leave the farmhouse. The question now is where to, and how.}
{move_type == 2: Chloe has left, or is about to leave, in a hurry. The question now is where she will land, and what can still be done well.}
+ [Part 4: Chloe leaves placement]
-> part4
