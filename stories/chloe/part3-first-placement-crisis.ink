// Part 3: First placement crisis. February to March 2025.
// crisis_severity (1 mild, 2 serious, 3 acute) is computed from part 2's care (care_points):
// how the placement was matched, what the carers were told, how often Chloe was visited, how family time was set up.
// hold (the hargreaves-hold fact) is drawn at the meeting: whether Julie and Martin can go on, for reasons of their own.
// Leaves behind move_type (1 planned, 2 emergency, 3 held), hold, chloe_heard, home (3 or 1 after an emergency night),
// and tie changes. p3_meeting and p3_voice are this part's own and are cleared at the start of part 4.

// Whether a meeting about the placement was called (false only where the worker let it wait for the review).
VAR p3_meeting = true
// How Chloe's own account reached the meeting: 0 not at all, 1 a voice note she chose, 2 she came to the whole meeting.
VAR p3_voice = 0
// Whether the worker had the Academy name and deal with the abuse on the bus as racism (the_bus); read in this part only.
VAR bus_named = false
// Whether the placement held, or she went back to it, with the support plan the meeting heard (choir, Joyce, the bus); read in part 4's opening.
VAR p3_supported = false
// Whether the emergency bed became where she lives while a family meeting took five weeks to arrange; read in part 4's opening.
VAR p3_family_wait = false

=== shared_start_3 ===
# shared-start: 3
~ joyce_traced = true
~ andre_asked = true
~ joyce_involved = true
~ consent_sound = true
~ matched_well = true
~ carers_told = true
~ missing_reported = true
~ visits = 1
~ family_time = 1
~ andre = 2
~ siblings = 1
~ issued = true
~ drift = false
~ home = 0
~ move_type = 0
~ lives_with = "foster carers (the Hargreaves)"
~ legal_status = "interim care order (s.38)"
~ tie_leanne = 3
~ tie_andre = 2
~ tie_joyce = 2
~ tie_tyler = 5
~ tie_donna = 2
~ tie_julie = 2
~ tie_shah = 2
~ tie_grace = 0
~ tie_paulette = 0
Chloe Walsh is eleven, nearly twelve, in Year 7 at Haverley Academy. She is of white British and Jamaican heritage. Since October 2024 she has lived with Julie and Martin Hargreaves and their son Sam, sixteen, on a farm at Brackenfield, eighteen miles and two buses from Haverley. She met them before she moved in, and they were told her history with her there: her mum's depression, the two afternoons she found her mum after an overdose, and the years she ran the house and looked after her brother.

She came into care on the evening of 11 October, after she rang 999 because her mum had taken tablets and would not wake; the next day Leanne was admitted to the acute ward under section 2 of the Mental Health Act. Leanne agreed to section 20 on the ward, once she could weigh it and had taken advice, and in December the local authority issued care proceedings with her agreement. Chloe is on an interim care order. Miriam Ellery of Cafcass has been her children's guardian since the day proceedings were issued. The final hearing is listed for the end of June; the court has extended the timetable under section 32(5) for the psychiatric assessment of Leanne it directed, and may need to again.

Tyler, five, lives with his father, Gary Pearson, a few streets from his grandmother, Sandra, who does the school run and has him after school; he is not looked after, and Gary's application for a child arrangements order that Tyler lives with him is to be heard alongside Chloe's case. A together-or-apart assessment in November concluded that they should live apart for now, for Tyler's security with the father who has cared for him every week since he was born and for Chloe's need to be a child rather than his carer, with Saturday afternoons together, at Gary's or out with him, fixed in both their plans and a promise to look again if either home changes. Chloe sees her mum every other week at the family centre. Leanne came home from the ward in November; she sees the community mental health team, her tablets are stop-start, and she is on the waiting list for a women's peer group at Open Door. On Saturdays Gary takes the two of them to the park, or to the swimming baths when it rains.

Chloe's father, Andre Campbell, lives alone in a studio flat on Station Road in Haverley and works nights at the distribution centre. When he was asked whether he could care for Chloe he asked to be assessed. The assessment found he could not offer her a home now, and he accepted it. He comes to family time once a month and has promised more than he has sometimes managed.

Andre's older sister, Joyce Campbell, came back from a family funeral in Jamaica in November and rang you the day she landed. She is forty-five, a shift manager at the Haverley mail centre, blunt and funny, and lives on Marsh Lane with her son Nathan, fifteen. She and Leanne have not spoken since April 2018, when her marriage ended and she stopped coming, and neither woman has found a way back. When the court asked in the winter who in the family could care for Chloe, Joyce said not yet, with two bedrooms and Nathan in his GCSE years, and asked to be thought of again later. Chloe has not lived with her, but she has started to turn up on Thursday evenings at the Haverley Caribbean Centre, where Joyce used to take her to Auntie Grace's children's choir.
-> part3

=== part3 ===
# part: 3 First placement crisis
# scene: office
// Where she slept on the evening of 11 October is read only in part 2's opening.
~ night = 0
~ andre_asked = false
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
~ p3_meeting = true
~ p3_voice = 0
~ tie_julie = 2
~ lives_with = "foster carers (the Hargreaves)"
February 2025. Chloe has lived at the farmhouse in Brackenfield for four months. She is still your case: in Haverley a child who comes into care keeps her Family Safeguarding worker through the proceedings and after, unless she asks to change. Since January she has taken the village bus to the Academy instead of the school taxi: she did not want to be "the taxi kid". She is eleven, nearly twelve, in Year 7, on an interim care order; Miriam Ellery, her children's guardian, has met her twice. Tyler is settled at his dad's, Sandra doing the school run; Gary's application for a child arrangements order, which Leanne agrees, is to be heard alongside Chloe's case, and Tyler's child protection plan is to be reviewed at conference in March. At Chloe's second review, in January, Sunita recorded a twin-track plan: home to Leanne if her recovery holds, and otherwise within the family. Leanne came home from the ward in November; she sees the community mental health team, her tablets are stop-start, and she is on the waiting list for a women's peer group at Open Door on Market Street. {joyce_involved: Auntie Joyce came back from a family funeral in Jamaica in November and rang you the day she landed. When the court asked in the winter who in the family could care for Chloe, Joyce said not yet: not with two bedrooms and Nathan in his GCSE years, though she would see Chloe every week, and she asked to be thought of again later.|Nobody had rung Chloe's aunt, Joyce Campbell, by January, when Chloe raised her again at her review and Miriam's note underlining her name came back to you.}
{crisis_severity == 1: -> mild}
{crisis_severity == 2: -> serious}
-> acute

= mild
# scene: office
~ joyce_involved = true
Julie Hargreaves rings on a Tuesday morning in February. "I'm not ringing to complain," she says first. "I'm ringing because I think we're getting something wrong, and I'd rather ask now than in a month."

It has been a bad fortnight. {andre > 0:Andre cancelled his visit by text the night before, the second time since Christmas.|Chloe's dad has been to family time once since October, and nobody has asked him why.} At family time this week Leanne was flat and quiet, and Chloe came back to the farm and slammed every door in the house. On Wednesday she told Julie, "You're not my mum and you never will be," and went to her room. On Thursday she got off the school bus in Haverley instead of coming home and turned up two hours late, dropped off by a woman in her good coat on her way back from Nathan's parents' evening: Auntie Joyce, who had looked in at the Haverley Caribbean Centre and found her sitting at the back of the children's choir. {missing_reported:Julie rang the police after an hour, as the placement plan has said since October, and was cancelling the report when Joyce's car pulled into the yard.|Julie was frantic for ninety minutes and did not ring the police, because the bus driver had seen where she went.} {matched_well:"I asked her in October if she wanted to go and she said she was too old for it," Julie says.|"She's never once asked us to take her to a choir," Julie says.} "I'd have taken her." A pause. "And she's asked me twice this week whether she could stay at her auntie's. Stay, she said. Not visit."

"And there's something at school," Julie says. "She's been wearing her headphones in lessons. She's had two detentions for it. She won't tell me why. I think a lad on the bus has been saying things. I asked her if it was about, you know, her colour, and she looked at me as though I'd slapped her."

"How are you and Martin?"

"Tired. Fond of her. Martin thinks we should ask for help before it gets worse, and I agree with him, which doesn't happen often."

{carers_told: Julie knows about Leanne's depression and the two afternoons Chloe found her; that is why she did not shout when Chloe came in late.}{visits == 2: You have seen Chloe alone every few weeks since the autumn, and she has told you about the choir at the Academy and about missing her mum's cooking.}
-> first_response

= serious
# scene: office
Julie Hargreaves rings at eight on a Monday morning, and you can hear in her voice that she has not slept.

On Saturday, family time at the family centre was ended after twenty minutes because Leanne was too unwell to stay: she had stopped her tablets again, could barely speak, and left in tears. Chloe was driven back to the farm in silence. At seven she said she was going to see the lambs. At eight she was not anywhere, and Martin reported her missing. At half past one in the morning the police found her at Leanne's flat on Tannery Row: Leanne had let her in and they had both been crying on the settee, and Leanne had not rung anyone. On Sunday Julie found new cuts on Chloe's upper arm, deeper than before, and took her to the minor injuries unit.

"And the Academy suspended her for a day on Friday, and nobody told the virtual school," Julie says. "She threw a chair. Not at anyone. There's a boy on the bus who makes monkey noises behind her, and she's been wearing her headphones in lessons so she doesn't have to hear anything, and on Friday a teacher took them off her in the corridor, in front of everybody, while the boy from the bus laughed. Nobody told us about the boy until Friday." A pause. "Martin said last night he doesn't know if we're the right people for her. He says we don't understand half of what's going on with her. I don't want to give up on her. But I don't know what we're doing."

{not carers_told: "Nobody told us," Julie says again, later, "about her mum's overdoses, or that it was Chloe who found her{not matched_well:, or that there was an aunt}. We found out from Chloe at two in the morning."}{visits == 0: You realise you have not seen Chloe on her own since November.}{family_time == 0: Family time started late, and for weeks Chloe was the last to hear when she would see her mum.}
-> first_response

= acute
# scene: car
Friday, 11.05 pm. The out-of-hours worker rings you at home because you asked to be told. Chloe has gone missing for the third time in three weeks. Tonight a police patrol found her in a parked car behind the retail park in Haverley with two older boys, one of them nineteen; the car smelled of cannabis; Chloe had a new phone she would not explain. The officer has raised a concern about child exploitation. The sergeant and the out-of-hours manager will hold a strategy discussion by phone at half past twelve, and you can join it.

Since November Chloe has been going back to Auntie Grace's children's choir at the Caribbean Centre on Thursdays, five minutes' walk from school, then an hour and two buses home to the farm, or Julie in the car at nine. On Wednesday, Julie told her she could not go this week or after, "not this term, not with lambing and two buses", which she and Martin had decided the night before without asking her, and Chloe threw a mug that smashed on the wall beside Julie's head. There are fresh cuts on both of Chloe's forearms. Sam, who is sixteen, has told his parents he is frightened of her.

Julie comes on the line herself. Her voice is shaking. "We want her moved. We'll do the proper notice if we have to, but I don't know if we can do even that. I'm sorry. I'm so sorry. We don't know this child. We never did." Behind her you can hear Martin saying "tell them about the phone".

Chloe, in the police car, has told the officer: "I want to go home to my mum, or I'll just keep running."

{not carers_told: Nobody ever told the Hargreaves about the afternoons Chloe found her mum{not matched_well:, or the aunt who took her to choir every Thursday for eighteen months}.}{not matched_well: Nobody asked them, before she arrived, what they knew about bringing up a girl of white British and Jamaican heritage, what the school bus and the Academy might be for her, or what eighteen miles from Tyler, her choir and her father's family would mean to her.}{visits == 0: You have not seen Chloe on her own since the first week of November.}{family_time == 0: In the first weeks, family time waited on the adults.}
-> first_response

= first_response
// From here on only whether visits and family time fell short matters; collapse the scale.
// Read only in the mild crisis's opening: cleared so that paths differing only in it merge.
~ missing_reported = false
{visits > 1:
    ~ visits = 1
}
{family_time > 1:
    ~ family_time = 1
}
# decision: chloe.p3.first-response
# prompt: You cannot do everything in the next twenty-four hours. What comes first, and what are you willing to let wait?
+ {crisis_severity == 1} [Go to the farm tomorrow evening and agree a stability plan with Julie and Martin before you see Chloe # permanence: 0 # contact: +1 # disruption: 0 # why: Carers who ask for help early are the placement's best asset and they get it the next day; but the plan is made about Chloe before anyone has asked her about the headphones. # ref: Module 4: what sustains permanence; Practice Standards, Permanence: who does what to support the placement # stance: with]
    You sit at the farmhouse table with the dogs shut out and write a list with Julie and Martin: the bus, the headphones, choir, the phone calls with Leanne. It is a good list, and its last line is what Julie does if Chloe is not home within the hour: the police first, as the missing protocol says, and then you. Chloe, upstairs, hears her name through the floor and does not come down to say goodnight.
+ {crisis_severity == 1} [Reassure Julie that this is ordinary testing at four months and pick it up with Gareth in three weeks # permanence: -1 # contact: 0 # disruption: +2 # why: Children often do test placements at four months, Gareth has said the same and your diary is full; but carers who ask for help and do not get it stop asking, and the school problem grows. # ref: Module 4: factors that put permanence at risk # stance: not]
    ~ p3_meeting = false
    Julie says, "Right. Yes. That's what Gareth said." In the three weeks before you pick it up Chloe gets two more detentions for her headphones and misses choir because she has stopped asking for lifts. You hear about both from Sunita, who brings Chloe's review forward.
+ {crisis_severity == 1} [See Chloe alone at school tomorrow about the headphones, and Julie and Martin at the end of the week # permanence: +2 # contact: +1 # disruption: -1 # why: Starting with the child finds what the incidents mean; the cost is a court statement moved to your Saturday, and carers who asked for help today wait four days for it. # ref: Practice Standards, Children in Care: seeing the child alone; Module 4: what sustains permanence # stance: with]
    You move the court statement to the weekend. Ms Shah finds you the music room at lunchtime. Chloe keeps her headphones round her neck and talks to the piano. By the end of the hour you know the name of the boy on the bus. Julie does not. She rings twice more while she waits for you, and on Thursday, worn down, she takes the headphones off Chloe at tea to make her talk. Chloe goes upstairs without eating, and Julie rings Gareth in tears: "I asked for help on Tuesday." When you reach the farm on Friday, Martin does the talking, and Julie barely looks up.
+ {crisis_severity == 1} [See Chloe and Julie together at the farm tomorrow and ask about the headphones, so nothing is said behind her back # permanence: -1 # contact: -1 # disruption: +1 # why: It is open, it answers Julie's call the next day and nobody is talked about in their absence; but a girl being mocked for her colour will not name it in front of the carer whose question felt like a slap, and the rift between them widens. # ref: Practice Standards, Children in Care: seeing the child alone; Module 4: what sustains permanence # stance: with]
    You sit at the farmhouse table on Wednesday after school with Chloe and Julie, and ask about the headphones. Chloe looks at Julie, then at the table. "I like music." Julie says, gently, that she only wants to help, "whatever it's about", and Chloe goes upstairs without a word. "That's what happens when I ask," Julie says. By Friday there is a third detention, and Julie asks Gareth for a meeting.
+ {crisis_severity == 2} [Go out to the farm tonight to hear Julie and Martin out, and ask Rachel for a pre-disruption meeting next week # permanence: +2 # contact: 0 # disruption: -1 # why: Martin's doubt is the biggest threat to the placement and you meet it the same day; but Chloe is seen with the carers, not alone, and her account waits until the meeting. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the team manager # stance: with]
    Martin talks for an hour, mostly about feeling stupid. Julie makes tea three times and lets it go cold. Chloe stays in her room. Rachel sets the meeting for Thursday week.
+ {crisis_severity == 2} [Stay at your desk: an urgent CAMHS referral with the minor injuries notes, and a return interview booked # permanence: +1 # contact: 0 # disruption: 0 # why: The cuts need a health response and a return interview is her right within seventy-two hours; but they are services around her, and nobody who matters to her sees her today. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014): return home interview # stance: for]
    CAMHS offer an assessment in five weeks. The return interview is booked for Wednesday with a worker Chloe has never met. Chloe asks Julie where you are. Rachel, hearing Gareth's account, calls a pre-disruption meeting for Thursday week.
+ {crisis_severity == 2} [See Chloe alone today, and agree with her what she will do next time she wants to run or to cut # permanence: +1 # contact: +1 # disruption: -2 # why: A safety plan she has made herself is the one she might use; but two other children's visits are cancelled, the CAMHS referral waits a day, and Martin feels he was not the one you came for. # ref: Practice Standards, Children in Care: seeing the child alone; Module 4: risk factors in placement breakdown # stance: with]
    Chloe sits in your car in the farmyard, because she will not talk in the house. You agree, together, what she will do if she feels like running or cutting: who she will text, where she will go, what Julie will do. Martin rings Gareth that evening, not you. Rachel sets the meeting for Thursday week.
+ {crisis_severity == 2} [See Chloe and Leanne together tomorrow and agree that Chloe rings her mum, not runs, when she is upset # permanence: -1 # contact: 0 # disruption: +2 # why: It meets the pull to her mum head on, in one meeting, and Leanne is glad to be asked; but it rests Chloe's safety on a mother in a bad spell, off her tablets, who rang nobody on Saturday, and it does nothing about the cuts or the school. # ref: Module 4: risk factors in placement breakdown; Statutory guidance on children who run away or go missing from home or care (DfE, 2014): return home interview # stance: with]
    Leanne comes to the office on Tuesday, washed and dressed and ashamed, and agrees at once. "She can ring me any time. Day or night." Chloe writes her mum's number on her hand as well as in her phone. On Wednesday at ten she rings, and Leanne does not answer. Martin finds her at the end of the farm track in the dark, in her school shoes. Rachel, hearing Gareth's account, calls a pre-disruption meeting for Thursday week.
+ {crisis_severity == 3} [Go to the station, tell Chloe yourself that the farm has ended, and take her to the emergency bed at Ash House # permanence: -1 # contact: -1 # disruption: +2 # why: You are there, honest with her and with the carers, who have said they cannot go on and whose son is frightened; but the ending is accepted at one in the morning without testing a weekend, and a children's home with two older boys is the wrong bed for a child at risk of exploitation. # ref: Module 4: managing disruption; Practice Standards, Children in Care: introductions where possible # stance: for]
    ~ home = 3
    You are at the station by midnight, and you tell Chloe yourself, in a side room, that Julie and Martin have said they cannot go on. She says, "Knew it," and asks for her bag. Ash House is a four-bed children's home on the edge of Haverley; the out-of-hours manager rings the head of service, who agrees to a children's home for a child of eleven for the weekend, to be looked at again on Monday. After the strategy discussion at half past twelve, which you join from the side room, the night manager runs through the home's emergency admission check with you on the phone at one o'clock: the two boys and the girl there now, the concern about exploitation, who will be awake. You drive her there yourself and she arrives at two in the morning in Julie's spare dressing gown. The night worker makes her toast. She does not eat it.
+ {crisis_severity == 3 && joyce_involved} [Ring Auntie Joyce tonight and see, with the out-of-hours manager, whether Chloe can stay there under regulation 24 # permanence: +1 # contact: +2 # disruption: +1 # why: A loved relative is the least disruptive emergency home; but a one a.m. check is thin, Joyce's shifts, two bedrooms and a son in his GCSE years are unassessed, and her house is a mile from the car park where Chloe was found. # ref: Care Planning Regulations 2010 regulation 24; Practice Standards, Children in Care: viability assessment within 24 hours # stance: with]
    ~ home = 1
    ~ tie_joyce = 3
    Joyce answers on the second ring. "Bring her," she says. "I said not yet. I never said not ever." Straight after the strategy discussion, the out-of-hours manager and you see her house on Marsh Lane at one in the morning: two bedrooms, Nathan's door shut with music behind it, Joyce's own bed made up for Chloe with a pink cover and the sofa bed in the front room made up for herself, and a framed photograph of Chloe aged four in a choir robe on the landing wall. Chloe walks in, sees the photograph, and sits down on the hall floor.
+ {crisis_severity == 3} [Go to the station tonight, see Chloe alone, and ask the farm to keep her for the weekend while a plan is made # permanence: +2 # contact: +1 # disruption: 0 # why: Seeing her alone tonight, and taking what she says into the strategy discussion, puts the exploitation risk on a footing at once, and the weekend buys time for a planned response; but it asks carers who have said they cannot go on, with a frightened son, for two more nights. # ref: Working Together to Safeguard Children 2023: strategy discussion; Module 4: managing disruption # stance: with]
    You are at the station by midnight. Chloe is sitting in a side room with a can of Coke, the way she sat in the hospital relatives' room in October. At half past twelve you join the strategy discussion by phone with the sergeant and the out-of-hours manager, and it agrees: the nineteen-year-old and his car to be traced, the phone kept as possible evidence, and the patrols at the retail park told her name. Julie and Martin agree to the weekend, "for her, not for us". The full strategy meeting, with health and the Academy, is set for Monday morning, the pre-disruption meeting for a week on Monday, and the return interview for Tuesday.
+ {crisis_severity == 3} [Go to the station, ask Julie and Martin by phone to have her home tonight, and leave the strategy call to the manager # permanence: 0 # contact: 0 # disruption: +2 # why: You are there for her tonight, she talks to you in the car, Julie and Martin are asked, not told, and a plan Chloe makes with her carers at their own table is one she might keep; but the strategy discussion goes ahead without the one professional who knows her, what she tells you reaches it the next day, second-hand, and a kitchen-table plan is not a protection plan for a girl found with a nineteen-year-old. # ref: Working Together to Safeguard Children 2023: strategy discussion; Module 4: managing disruption # stance: for]
    You are at the station by midnight, and you ring the farm from the car park. Julie is quiet for a long time, then says, "Tonight. For her. Ask us properly tomorrow." The strategy discussion at half past twelve goes ahead between the sergeant and the out-of-hours manager, without you, while you sign Chloe out and drive her back to Brackenfield. It agrees that the car will be traced; nobody in it has heard Chloe, and the phone goes home with her. On the ring road she tells you that the nineteen-year-old has a flat above the vape shop by the retail park, and that she has been there twice; you write it down at the lights and email it to the sergeant at seven. In the morning the four of you write a plan at the farmhouse table: choir back on Thursdays, the new phone handed in at ten, a text to Julie before she runs, and Sam at a friend's for the weekend. On Sunday evening Chloe texts Julie, as agreed, from the retail park. On Monday the full strategy meeting, with health and the Academy, hears where she sent that text from, and the pre-disruption meeting is fixed for a week on Monday.
+ {crisis_severity == 3} [Leave tonight to the out-of-hours team, who will take her back to the farm, and pick it up on Monday # permanence: -1 # contact: 0 # disruption: +2 # why: You are not on call, the out-of-hours team is competent and you have been up since six; but Chloe's own worker not coming, the night police found her with a nineteen-year-old, is its own message. # ref: Practice Standards, Children in Care: children know their worker and how to contact them # stance: not]
    The strategy discussion goes ahead at half past twelve without you, and the out-of-hours worker drives Chloe back to Brackenfield at two. On Saturday afternoon she goes missing again, for six hours, and comes back with a new pair of trainers. On Monday you see Chloe for the first time since it happened, after another missing day; the full strategy meeting sits that morning, and a pre-disruption meeting is fixed for a week on Monday.
- -> the_bus

= the_bus
# scene: school
~ bus_named = false
{crisis_severity == 3:On the Monday|Later that week}, Ms Shah, who took over as the Academy's designated teacher for children in care at Christmas, rings you at lunchtime. A girl in Chloe's form has shown her a video from the Brackenfield bus: a Year 8 boy on the back seat making monkey noises behind Chloe, and half the seat laughing. It has been going on since she started on the bus in January. The head of Year 8 has spoken to the boy, who says it was banter and that Chloe "gives as good as she gets", and has set up a restorative meeting for Friday: Chloe and the boy, with {home == 1:Joyce|{home == 3:her key worker from Ash House|Julie}} and the boy's mum, to clear the air and shake hands. Chloe, asked in the corridor, said she would go "if it makes it stop".

"I'm not sure about it," Ms Shah says. "But he's not my year group."

Ten minutes later Chloe texts you from the toilets. "Ms Shah said she was ringing you. Don't come in making it a big racism thing. Everyone will know. I'll do the meeting."
# decision: chloe.p3.bus
# prompt: The Academy has set up a restorative meeting between Chloe and the boy who has been abusing her on the bus, and she has agreed to go. She asks you not to make it "a racism thing". What do you do, and what does it cost her?
+ [Go to the meeting she has agreed to, and tell the head of year first that you will name it as racism in the room # permanence: -1 # contact: 0 # disruption: +1 # why: Chloe has said yes, she will not face him alone, and the word is said out loud by an adult; but it is still a meeting to clear the air, she sits across a table from the boy while the adults argue about a word, and she said yes "if it makes it stop". # ref: Preventing and tackling bullying (DfE, 2017); SMART planning: restorative questions # stance: with]
    The meeting is in the head of year's office on Friday. You say "racism" in your first sentence, and the head of year says "let's not put labels on children". The boy's mum says he has friends of all colours. Chloe looks from one adult to the other, shakes his hand because everyone is waiting for her to, and wipes her palm on her skirt afterwards. The log says "falling out, resolved restoratively, social worker's concerns noted". On Monday somebody in the corridor whispers "snitch", and by Wednesday the noises have started again, quieter.
+ [Leave it with Ms Shah and the head of year, who know the school, and keep your week for the placement, where the crisis is # permanence: -1 # contact: 0 # disruption: +2 # why: The Academy has a designated teacher and a policy, and the placement needs you more this week than the school does; but the head of year has already called it banter, and a child in care whose social worker stays out of it hears that racism is not the adults' business. # ref: The designated teacher for looked-after and previously looked-after children (DfE, 2018) # stance: not]
    The meeting goes ahead on Friday without you. The boy says sorry to the table, and Chloe says "fine". The log says "falling out, resolved". Ms Shah emails you afterwards, two lines, the second of which is "I wish you had been there."
+ [Go in with Ms Shah and tell the head of year it is racist bullying, to be logged and dealt with, with no meeting # permanence: +1 # contact: 0 # disruption: -2 # why: The abuse is named for what it is and dealt with by the adults whose job it is, and Chloe is not asked to make peace with the boy who did it; but she asked you not to, she hears of your visit from the girl who filmed it before you can tell her, and for a week she will not answer your texts. # ref: Preventing and tackling bullying (DfE, 2017); The designated teacher for looked-after and previously looked-after children (DfE, 2018) # stance: to]
    ~ bus_named = true
    ~ tie_shah = 3
    You are at the Academy by three. The head of year says he has known the boy's family for years. Ms Shah says, quietly, that she has watched the video, and that if it were her daughter on that bus she would not call it banter. By the end of the afternoon it is logged as racist bullying, the Friday meeting is off, the boy's parents are coming in, and the bus company has his name. Chloe hears you were in school from the girl with the video, at the bus stop, before you have rung her. "I asked you one thing," she texts, and nothing else for six days. On the seventh she sends a photograph of her headphones zipped in her bag, under her desk in maths, and no words.
+ [Make a plan with Chloe and Ms Shah in place of the meeting: a pass to the music room, headphones at break, an adult to tell # permanence: 0 # contact: 0 # disruption: +1 # why: It is her plan, made with her, it does what she asked of you, and it gives her somewhere safe to go; but it moves the girl and leaves the boy, nothing is logged or named, and it teaches her that the way to deal with racism is to get out of its way. # ref: Preventing and tackling bullying (DfE, 2017); Practice Model: restorative practice, with not to # stance: with]
    Chloe likes the pass, and uses it four times the next week. The head of year cancels the Friday meeting, "since it's sorted". Nothing goes in the log. The boy finds her at break instead, and Chloe starts spending every break in the music room, on her own.
- -> hear_chloe

= hear_chloe
# scene: car
Before the {p3_meeting:meeting|review}, there is the question of how Chloe's own account gets into the room. She has plenty to say and is not used to being asked.
# decision: chloe.p3.chloe-voice
# prompt: Chloe is eleven. How does the {p3_meeting:meeting|review} hear what is happening for her, not only what she is doing? What does each way cost her?
+ [Invite Chloe to the whole {p3_meeting:meeting|review}, so she hears everything said about her and can answer it # permanence: +1 # contact: +1 # disruption: 0 # why: Nothing is said behind her back and she can answer it; but a child in crisis who hears adults weigh whether her home will end may be overwhelmed, and may hear what she cannot unhear. # ref: Practice Standards, Children in Care: involving the child in meetings about them # stance: with]
    ~ p3_voice = 2
    Chloe says she will come, "but I'm not talking". She asks to sit by the door.
+ [Refer Chloe to the advocacy service, so that someone independent of all of you can speak for her # permanence: +1 # contact: 0 # disruption: 0 # why: Independent advocacy is her right and should be offered; but the service has a three-week wait, so the {p3_meeting:meeting|review} goes ahead without her words unless you also hear her yourself. # ref: Practice Standards, Children in Care: support to access advocacy services # stance: for]
    ~ p3_voice = 0
    The referral goes in. The advocacy service rings back: the first appointment is in three weeks. The {p3_meeting:meeting|review} is sooner.
+ [See Chloe alone where she chooses, and agree with her how her views reach the {p3_meeting:meeting|review} # permanence: +2 # contact: +1 # disruption: -1 # why: She decides how she takes part, which is how a meeting about her becomes one with her; but it costs an afternoon you do not have, and she will not hear the adults' answers. # ref: Practice Standards, Children in Care: advocacy and the child's voice; SMART planning: participation as a protective factor # stance: with]
    ~ p3_voice = 1
    {bus_named:She will see you only because Ms Shah asks her to, and only at the café by the bus station, where nobody from the farm goes. For twenty minutes she talks to the window. Then, without looking at you: "You were right to. I still hate that you did." After that it comes out in a rush.|Chloe chooses the café by the bus station, because it does a hot chocolate with marshmallows and because nobody from the farm goes there. It takes an hour for her to say anything real. Then it comes out in a rush.}

    The bus is not the video, she says: it is every day since January, and the others laughing. She told a teacher in February, who told her to ignore it, so she wears her headphones all the time now, even in lessons; the teacher who gave her the detentions called it a phase. Julie asked her once whether it was "about, you know, your colour", and went red, and Chloe has not been able to talk to her about it since. The children's choir at the Caribbean Centre on Ruskin Street, on Thursdays, is where she sings, and where people knew her dad's family before she was born, "and it's two buses, and everyone acts like it's a hobby". {andre > 0:Her dad cancelled again.|Her dad has been to family time once since October, and nobody has asked her what that was like.} At family time Tyler talked about "home" and meant his dad's, and Chloe has not stopped thinking about it.

    {crisis_severity == 3:"The lads in the car are just people who are nice to me," she says, and will not say who paid for the phone. She watches you to see whether you believe her. }"I don't hate Julie," she says. "I just want my choir back, and Tyler at bedtime, and people to stop saying it's a phase."

    She does not want to go to the {p3_meeting:meeting|review}. She records a voice note for it on your phone, and asks that Julie hear it too.
+ [Sit with Chloe and Julie at the kitchen table and fill in the consultation form together # permanence: 0 # contact: 0 # disruption: +1 # why: It is open and it fits into the visit you already have, and Julie knows her well; but a child's views given beside the carer she is in conflict with arrive filtered, and what she cannot say at home stays unsaid. # ref: Practice Standards, Children in Care: advocacy and an independent voice # stance: with]
    ~ p3_voice = 0
    Chloe writes "fine" in the first box and "don't know" in the next three. Julie, trying to help, suggests what she might mean, and you write some of it down. The form goes to the {p3_meeting:meeting|review} with "wants to go home to her mum" and "isn't happy at school" in Julie's words. Both are true. Neither is the whole of it.
- -> meeting

= meeting
# scene: foster-home
~ chloe_heard = p3_voice > 0
{home > 0:
    The meeting is at the office a week on Monday, because Chloe is no longer at the farm. Rachel chairs. Around the table: Julie and Martin{home == 1:, Joyce}, Gareth, Ms Shah from the Academy, the IRO Sunita Bhatt on speakerphone, and you. Miriam Ellery, Chloe's guardian, has sent her apologies and asked for the minutes by Wednesday.
- else:
    {p3_meeting:The pre-disruption meeting is in the farmhouse kitchen, because Julie would rather host than be summoned. Rachel chairs.|Three weeks later Sunita Bhatt, the IRO, hearing how things stand, brings Chloe's next review forward and holds it in the farmhouse kitchen; nobody has called it anything but a review.} Around the table: Julie and Martin, Gareth, Ms Shah from the Academy, {p3_meeting:the IRO Sunita Bhatt on speakerphone,|Rachel for the first half hour,} and you. Miriam Ellery, Chloe's guardian, has sent her apologies and asked for the minutes by Wednesday.
}
{p3_voice == 1: Chloe's voice note is the first item: two minutes and ten seconds, recorded in a café, ending with "I just want my choir back, and Tyler at bedtime, and people to stop saying it's a phase." Julie cries. Martin looks at the table.}{p3_voice == 2: Chloe is there, in the chair nearest the door, next to Gareth because he is furthest from Julie. She has her hood up.}{p3_voice == 0: Chloe is not there and nothing of her own words is in the room.}

{p3_meeting:Rachel|Sunita} has asked you to set the order of business. There are five things that must be covered, and the order will shape what the {p3_meeting:meeting|review} becomes.
# decision: chloe.p3.agenda
# prompt: Put the agenda in order for this crisis as it stands. What goes first, and what does your order tell Chloe and the carers about the purpose of the meeting?
# rank
+ [Chloe's safety tonight and this month: going missing, self-harm, and the risk of exploitation # permanence: +1 # contact: 0 # disruption: {crisis_severity == 3:-2|-1} # expert: {crisis_severity == 3:1|{crisis_severity == 2:2|4}} # expert-why: In the acute crisis, with a nineteen-year-old and an unexplained phone, safety comes first; after a night at her mum's, second; in the mild crisis it is a short item, fourth. # why: A clear safety plan protects Chloe and steadies the carers, but on its own it treats the behaviour and not its causes. # ref: Module 4: risk factors in placement breakdown # stance: with]
    The meeting takes safety first. It agrees a missing protocol, a plan for the cuts, and what Julie will do at two in the morning. It takes forty minutes and leaves everyone feeling a little steadier and no wiser.
+ [The contingency: where Chloe would go if this placement ends, and how a move would be planned, not rushed # permanence: 0 # contact: 0 # disruption: +1 # expert: {crisis_severity == 3:4|5} # expert-why: A contingency must be agreed; where the carers have asked for a move it comes before family and identity, but first it tells them the decision is already made. # why: Planning for the worst is responsible, but leading with it signals that the placement is already being ended. # ref: SMART planning: contingency planning # stance: to]
    The meeting takes the contingency first, "so we know where we stand". Julie hears it as the end. She says very little for the rest of it.
+ [What is happening for Chloe: what happened, what harm it has done, what needs to happen now # permanence: +2 # contact: +1 # disruption: -2 # expert: {crisis_severity == 3:2|1} # expert-why: Starting with the child's experience and the restorative questions stops the meeting becoming a verdict on the carers or on Chloe; second only where immediate safety cannot wait. # why: A shared understanding of what the behaviour means is what turns a list of incidents into a plan. # ref: SMART planning: restorative questions; Practice Standards, Permanence: pre-disruption meetings # stance: with]
    The meeting starts with the three restorative questions, written on the back of the agenda: what happened, what harm has been done, what needs to happen now. {p3_voice == 1: The voice note answers the first question better than any of the adults can.}{p3_voice == 2: Chloe does not answer the first question. She answers the second, without taking her hood down: "Everyone looks at me. Everywhere. Except choir."}{p3_voice == 0: The adults answer the first question for Chloe, and answer it in terms of what she has done.}
+ [Family time and identity: Tyler, her mum, her dad, Auntie Joyce's family and the choir # permanence: +2 # contact: +2 # disruption: -1 # expert: {crisis_severity == 1:2|{crisis_severity == 2:4|5}} # expert-why: Relational and cultural permanence run through this crisis; second when the crisis is mild, lower when safety and the carers' support must be settled first. # why: Repairing her ties to her brother, her aunt and her heritage goes to the loneliness under the behaviour. # ref: Permanency job aid: relational and cultural permanence # stance: with]
    The meeting starts with family. It changes the temperature of the room: it is easier for everyone to talk about Tyler and Auntie Joyce than about cuts and car parks.
+ [What Julie and Martin need: respite, therapeutic advice, and help caring for a girl of white British and Jamaican heritage # permanence: +1 # contact: 0 # disruption: -2 # expert: 3 # expert-why: Carer support is what these meetings exist to agree, and the identity gap is real; third, because what carers need follows from understanding the child and her safety. # why: Naming the carers' needs keeps them in the room, and the identity help goes straight to what Chloe is missing. # ref: Practice Standards, Permanence: who needs to do what to support the placement # stance: with]
    Julie and Martin are asked first what they need. Martin says, "To know what we're doing." Julie says, "Someone who knows what she's up against on that bus and at that school. Because I don't."
-
{p3_voice == 2: Forty minutes in, Martin says, "We're not sure we're the right people." Chloe says, very clearly, "You're not. You don't know what it's like being the care kid everyone's mum in Brackenfield talks about," and leaves the room. You find her in the car park, and in the next twenty minutes she tells you about the boy on the bus, and about the choir at the Caribbean Centre. She does not go back in.}
{chloe_heard: By the end the room knows something it did not know before: that under the slammed doors and the headphones and the running is a girl being called names on a bus {bus_named:that nobody stopped until this week|that nobody has stopped}, who has lost her brother's bedtimes and her Thursday evenings at Auntie Grace's choir, and who keeps being told it is a phase.|The meeting produces a list of actions. {crisis_severity == 3:Nobody in it has asked why she keeps running to Haverley.|Nobody in it has asked what Chloe's headphones are for.}}
~ hold = draw("hargreaves-hold", 2)
{home == 0 && hold == 2:
    {crisis_severity == 1: Julie and Martin want to carry on. They want help, and they say what help: a way to get Chloe to choir on Thursdays, and someone at the Academy who will call what the lad does by its name.}{crisis_severity == 2: Julie wants to carry on. Martin, after a long time looking at his hands, says that if someone showed them what they were doing, he thinks they could do it.}{crisis_severity == 3: After a weekend's sleep, and with Sam at his aunt's for a few nights, Julie says something nobody expected after Friday night: they could go on, "with real help, not leaflets".}
}
{home == 0 && hold == 1:
    Then Julie says what they have been putting off saying. The estate is selling the farm. Martin will stay on to run the flock for the new owners, and at the end of March the three of them move to the manager's cottage down the lane: two bedrooms, Sam's and theirs. {crisis_severity == 3:Sam has asked to go to his aunt's until Chloe has gone.|Sam has his GCSEs in May.} "We love her," Julie says. "There's no room, and no amount of help builds one. I'd rather say it now than let her find out in April."
}
{home > 0 && hold == 2: Martin says, after a weekend's sleep, that they would have Chloe back if the help was real. Julie nods, and does not look sure.}
{home > 0 && hold == 1: Julie and Martin cannot have Chloe back. The estate is selling the farm, and at the end of March they move to the manager's cottage, which has two bedrooms; Sam has asked to go to his aunt's if Chloe returns. They ask whether they can still see her.}

{p3_meeting:Rachel|Sunita} turns to you. "It's your recommendation."
# decision: chloe.p3.placement-decision
# prompt: Should this placement continue, and if it should end, how? Whose timescale decides, and what does a good ending look like if it comes?
# justify
+ {home == 0} [Hold the placement with a support plan built on what the meeting heard: the bus, school, choir, Tyler # permanence: {hold == 2:+2|-1} # contact: {hold == 2:+1|0} # disruption: {hold == 2:-2|+2} # why: {hold == 2:Support aimed at the cause gives committed carers their best chance, at the cost of handing some of Chloe's care to her aunt and asking two white carers to learn in public, with a Black family placement worker beside them, what a village school bus asks of a mixed-heritage girl, and what it asks of them.|Julie and Martin have told you they are done, and no support plan changes that; a plan that asks them to anyway only delays a move and makes it harder.} # ref: Practice Standards, Permanence: pre-disruption meeting identifies who does what; Permanency job aid: cultural permanence # stance: with]
    {not joyce_involved: You ring Joyce Campbell the next morning, for the first time, from the name Miriam underlined, and before you have finished she asks what time choir ends on Thursdays.}
    ~ tie_joyce = 3
    ~ joyce_involved = true
    {
    - hold == 1:
        ~ move_type = 1
        The plan is written and half of it starts. Three weeks later Julie rings: the new owners want the farmhouse by the middle of March, and they give notice, gently and finally. There are fewer weeks left for a good move than there were.
    - chloe_heard || crisis_severity == 1:
        ~ move_type = 3
        ~ p3_supported = true
        ~ tie_julie = 3
        ~ tie_grace = 2
        Joyce comes to the farm the following Sunday afternoon, with Nathan and a chicken casserole, and sits at the kitchen table with Julie and Martin. "You ask her what happened on the bus," she tells Julie. "Every day. And when she tells you, you believe her first and ask questions after." Nathan teaches Sam a card game and loses on purpose, and Chloe laughs for the first time in weeks. {bus_named:The Academy's action on the boy on the bus holds, and Ms Shah checks with Chloe every Monday that it has.|Ms Shah takes the boy on the bus back to the head of year, as racism this time, says so, and his parents are called in.} On Thursdays Joyce collects Chloe from school and takes her to Auntie Grace Lindo's children's choir at the Haverley Caribbean Centre; Martin fetches her afterwards. Gareth brings in a Black family placement worker who grew up in a village not far from Brackenfield and rode a school bus much like Chloe's, to talk with Julie and Martin about what the bus, the Academy and the miles from Tyler and the choir ask of a girl of white British and Jamaican heritage, and of them. {crisis_severity > 1:There is one more missing episode, four hours long, ending at Auntie Joyce's. Then none.}
    - else:
        ~ move_type = 1
        The plan is good on paper. The respite weekend happens; CAMHS see Chloe once. {bus_named:The Academy has dealt with the boy on the bus, but nobody at the farm asks Chloe about it, and the headphones go back on at home.|But the racism on the bus stays logged as a falling out, and nobody connects the headphones to anything.} Chloe goes missing twice more, both times to Haverley. At the four-week review Julie and Martin say, gently and finally, that they will give notice, and that they want the move to be done properly.
    }
+ {home == 0 && crisis_severity == 1} [Start planning a move to Auntie Joyce with Chloe, who has asked twice this week to stay there # permanence: {hold == 1:+2|+1} # contact: +2 # disruption: {hold == 1:-1|+1} # why: {hold == 1:The farm cannot go on, and her aunt holds her father's family, its story and her choir; but Joyce is unassessed, with two bedrooms and a son in his GCSE years, and she and Leanne have not spoken since 2018.|Her aunt holds her father's family and her culture, and her wish is clear; but moving a child from carers who asked for help and can go on teaches everyone that trouble ends homes.} # ref: Practice Standards, Children in Care: viability assessment of family members; Module 4: managing change # stance: with]
    ~ move_type = 1
    ~ tie_joyce = 3
    ~ joyce_involved = true
    {hold == 1:Julie is relieved, and then ashamed of being relieved.|Julie takes it well, to your face. Martin says, "Right. Well. If that's what's best."} You and Chloe ring Joyce that afternoon. A move is planned for the Easter holidays, if the assessment allows it.
    ~ p4_ash = 5
+ {home == 0} [Plan a move over four weeks, with introductions, a proper goodbye, and a search close to Haverley # permanence: {hold == 1:+2|0} # contact: +1 # disruption: {hold == 1:-1|+1} # why: {hold == 1:A planned ending from carers who cannot go on protects Chloe from another rupture, and Haverley is where her people are; it asks the Hargreaves for four hard weeks.|A planned move is less harmful than a breakdown; but these carers can go on, and ending it teaches Chloe that trouble ends homes.} # ref: Module 4: managing disruption and change as effectively as possible # stance: with]
    ~ move_type = 1
    ~ joyce_involved = true
    {hold == 1:Julie and Martin agree to four weeks, "and we'll do them properly". Gareth visits every other day.|Julie asks what they did wrong, and nobody has an answer she can use. Martin says, "We'd have kept going," and then shakes your hand at the door, which he has never done before.} You start the search, and you ring Joyce Campbell.
+ {home == 0} [Keep the placement, and agree a written behaviour contract with Chloe, Julie and Martin that all three sign # permanence: -1 # contact: 0 # disruption: {hold == 1:+2|+1} # why: Chloe helps write it, everyone has the same rules, and the carers get the clarity they asked for; but it treats the running and the chair as behaviour to manage rather than the bus, the distance and her mum's illness, and an eleven-year-old signs whatever she thinks will let her stay. # ref: Practice Standards, Permanence: pre-disruption meeting identifies who does what; Practice Model: restorative practice, with not to # stance: to]
    Chloe writes the first rule herself: "No shouting (everyone)." She signs in purple pen. Julie pins it to the fridge.
    {hold == 1:
        ~ move_type = 1
        It holds for nine days. Then Chloe misses the school bus home and is found in Haverley at eight, and Julie and Martin give notice the next morning. Chloe takes the contract off the fridge and puts it in her bag, "as evidence".
    - else:
        ~ move_type = 3
        The contract holds, more or less. The bus does not change, and neither does what Chloe does about it: she stops telling anyone.
    }
+ {home == 0} [Keep the placement, and agree with Leanne that family time drops to once a month until things settle # permanence: -1 # contact: -2 # disruption: {hold == 1:+2|0} # why: You sit down with Leanne, she agrees because she is ashamed of the bad weeks, and the carers get the pause they asked for; but two adults decide it without Chloe, it treats the grief as the cause, and it takes away the one thing she has asked for. # ref: Permanency job aid: family time as a right, not a privilege # stance: to]
    ~ tie_leanne = tie_leanne - 1
    Leanne agrees before you have finished explaining. "If it's me making her like this, then yes." She asks you to tell Chloe it was her idea, so Chloe will not blame the farm.
    {hold == 1:
        ~ move_type = 1
        It changes nothing that matters to Julie and Martin. They give notice a fortnight later, and Chloe leaves believing it was because of her mum.
    - else:
        ~ move_type = 3
        The worst days do become fewer. So do the good ones. Chloe stops mentioning her mum at all, which Julie takes as settling and you are not sure about.
    }
+ {home == 0 && crisis_severity > 1} [Move her this week to the first bed available, to stop the running and give the carers a rest # permanence: -2 # contact: -1 # disruption: +2 # why: A bed exists and the panel has agreed a search, and it answers the risk and the carers' exhaustion; but a rushed move is another rupture, and the next carers will know even less about her. # ref: Practice Standards, Children in Care: visit the placement in advance and make introductions # stance: to]
    ~ move_type = 2
    Julie says, "If you think that's best," in a voice that means she does not. Chloe is told on Tuesday evening that she will be moving on, and packs her things into three black bin bags because nobody thought about suitcases. Where to is still being found.
+ {home > 0} [Plan the next weeks from where she is now, with a proper goodbye to Julie and Martin # permanence: +1 # contact: +1 # disruption: -1 # why: The emergency move has happened and its costs are paid; the work is to make the next step planned and the ending a real one, which asks the carers for a goodbye they may not feel ready for. # ref: Module 4: managing disruption and change as effectively as possible # stance: with]
    ~ move_type = 2
    Julie asks whether she can write to Chloe. Rachel says yes, of course, and that you will help with when and how.
+ {home > 0} [Ask Julie and Martin to have her back for a trial, with the support the meeting has agreed # permanence: {hold == 2 && home == 3:+2|-1} # contact: {hold == 2 && home == 3:+1|0} # disruption: {hold == 2 && home == 3:-1|+1} # why: {hold == 2 && home == 3:They have said they could, with help, and the farm offers a family where Ash House offers a key worker and a shift pattern; but it returns her to where she ran from.|{hold == 1:They have said they cannot; asking again puts the refusal in front of Chloe.|It would move her from her aunt, where she is safe, back to where she ran from.}} # ref: Module 4: risk factors for placement breakdown # stance: {hold == 1:to|for}]
    {hold == 2 && home == 3:
        ~ move_type = 3
        ~ p3_supported = true
        ~ home = 0
        ~ tie_julie = 3
        ~ joyce_involved = true
        Chloe goes back to the farm on Thursday, with a support plan, Joyce collecting her for choir on Thursdays, and Lou from Ash House, who rings her twice a week for the first month. She is wary for a fortnight. Then she starts feeding the lambs again.
    - else:
        ~ move_type = 2
        {hold == 1:Julie says no, through tears. Martin says it for her again, more gently. Chloe hears about it from Sam.|Chloe says no before the adults do. "I'm at my auntie's," she says. "I'm not a parcel."}
    }
+ {home > 0} [Agree only her safety plan today, and ask her family to meet and say where she should live next # permanence: -1 # contact: 0 # disruption: +1 # why: Her family should have a say, and a family meeting is how they get it; but Leanne and Joyce have not spoken since 2018, the meeting takes weeks to arrange, the emergency arrangement becomes the plan by default, and the carers never say goodbye. # ref: SMART planning: preventing drift; Practice Standards: family network meetings # stance: with]
    ~ move_type = 2
    ~ p3_family_wait = true
    The meeting agrees the safety plan and nothing else. The family meeting takes five weeks to arrange, because Leanne will not sit in a room with Joyce and Andre will not come if Leanne is there. By then where Chloe is sleeping has become where she lives. Julie sends a card via the office. It sits in your tray.
-
{move_type == 3: The placement holds. The minutes say: "Placement stable. Support plan in place. Review in six weeks."}
{move_type == 1: Chloe will leave the farmhouse. The question now is where to, and how.}
{move_type == 2: Chloe has left, or is about to leave, in a hurry. The question now is where she will land, and what can still be done well.}
+ [Part 4: Chloe leaves placement]
-> part4
