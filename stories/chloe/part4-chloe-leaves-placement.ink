// Part 4: Chloe leaves placement. May to June 2025; the final hearing.
// Reached three ways: a planned move (move_type 1), an emergency move (move_type 2),
// or the placement holds and Chloe leaves on her own initiative (move_type 3).
// Sets home (1 Auntie Joyce, 2 the Grants, 3 Ash House, 4 back with the Hargreaves), ash_checked, voice (1-4),
// court (1 extended under s.32(5) for Joyce's SGO assessment, including where the judge refuses to fix long-term
// fostering while Chloe is at Joyce's or Ash House; 2 care order on a settled plan, 3 plan not approved),
// and drift (true where the judge would not approve an open plan).

=== shared_start_4 ===
# shared-start: 4
~ joyce_traced = true
~ andre_asked = true
~ joyce_involved = true
~ matched_well = true
~ carers_told = true
~ visits = 1
~ family_time = 1
~ andre = 2
~ siblings = 1
~ issued = true
~ drift = false
~ hold = 2
~ move_type = 3
~ p3_supported = true
~ home = 0
~ chloe_heard = true
~ lives_with = "foster carers (the Hargreaves)"
~ legal_status = "interim care order (s.38)"
~ tie_leanne = 3
~ tie_andre = 2
~ tie_joyce = 3
~ tie_tyler = 5
~ tie_donna = 2
~ tie_julie = 3
~ tie_shah = 2
~ tie_grace = 2
~ tie_paulette = 0
Chloe Walsh is twelve, in Year 7 at Haverley Academy, of white British and Jamaican heritage. She has lived since October 2024 with Julie and Martin Hargreaves on their farm at Brackenfield, on an interim care order. Miriam Ellery of Cafcass has been her children's guardian since proceedings were issued in December. The final hearing is listed for the end of June.

She came into care in October, the evening her mother, Leanne, took an overdose of her tablets for the second time and Chloe rang 999; Leanne was admitted to the acute ward under the Mental Health Act the next day. She has been unwell with depression, on and off, for most of Chloe's life.

In February the placement nearly ended. After a week in which a teacher took her headphones off her in the corridor, in front of everybody, and she threw a chair (not at anyone), and a family time cut short because her mum was too unwell to stay, Chloe went missing overnight and cut her arm. She wore the headphones so she could not hear the boy who made monkey noises behind her on the bus. At the pre-disruption meeting her own voice note said what nobody had asked: "I just want my choir back, and Tyler at bedtime, and people to stop saying it's a phase."

Julie and Martin chose to go on, with help. The Academy dealt with the boy on the bus as racism, and said so. Her aunt, Joyce Campbell, her father's older sister and a shift manager at the Haverley mail centre, collects her from school on Thursdays and takes her to Auntie Grace Lindo's children's choir at the Haverley Caribbean Centre, as she did when Chloe was small; Martin fetches her afterwards. Julie and Martin have started talking to a family placement worker about what the bus, the Academy and the miles from Tyler and the choir ask of a girl of white British and Jamaican heritage, and of them. The headphones stay in her bag in lessons.

Tyler, five, lives with his father, Gary Pearson, and his grandmother Sandra does the school run; a sibling assessment found the two should live apart for now, and they spend every Saturday afternoon together, at Gary's flat or out with him. Leanne, home from the ward since November, has gone to the peer support group at Open Door every week since late February; a new medication suits her, and she has had no bad spell since. She and Joyce have not spoken since 2018, when Joyce, her marriage ending, stopped coming for Chloe by text. Chloe's father, Andre, assessed and not able to offer a home now, comes once a month.

Joyce has not been assessed as a carer. Nobody has asked Chloe, in so many words, where she wants to live.
-> part4

=== part4 ===
# part: 4 Chloe leaves placement
# scene: office
~ chloe_heard = false
~ p3_meeting = true
~ p3_voice = 0
~ bus_named = false
// Nothing from here on reads these: clearing them lets the explorer merge the paths that differ only in them.
~ chronology_insight = 0
~ consent_sound = false
~ care_points = 0
~ joyce_traced = false
~ andre_asked = false
~ hold = 0
{move_type == 3: -> own_initiative}
{move_type == 1: -> planned}
-> emergency

= own_initiative
# scene: family-home
Friday 16 May 2025. The placement has held for twelve weeks. {p3_supported:Chloe's headphones stay in her bag in lessons. She sings in Auntie Grace's choir on Thursdays, and Julie has written choir on the kitchen calendar in red, for every week to the end of term.|It has held on paper. Nothing about the bus has changed that Chloe will talk about, and she has stopped mentioning it, or much else; on Thursdays she walks to Auntie Grace's choir after school and takes two buses home on her own.} The final hearing in the care proceedings is listed for the end of June, the timetable extended under section 32(5) because the psychiatric assessment of Leanne that the court directed in January could not be filed before May.

At 8.40 pm {joyce_involved:Joyce Campbell rings you|a woman you have never spoken to rings you, on the number Chloe gave her: Joyce Campbell, Chloe's aunt}. Her voice is steady and careful, the voice of someone who runs a sorting floor and has heard every kind of emergency down a phone.

"She's here. She's safe. She got the bus from school and walked up Marsh Lane, and she's told Julie where she is, and Julie has spoken to me. She says she's not going back." A pause. "She says she loves Julie and Martin and she wants to live with her Auntie Joyce. I am not going to drag her to the car. I have Nathan revising upstairs and a shift at seven tomorrow. But I'll do whatever you tell me is right."

In the background you can hear Chloe. "Tell them I'm not running away. I'm running to."

Julie rings ten minutes later. She has been crying, but she says: "If that's where she wants to be, I'm not going to fight her aunt for her. I just want it done properly. I want to say goodbye."

Joyce has been approved for nothing. She has not had a viability assessment. She has a two-bedroom house and a fifteen-year-old son. She and Leanne have not spoken since 2018.
-> where_next

= planned
# scene: foster-home
March 2025. Chloe is going to leave the farmhouse in Brackenfield. Everyone knows it, including Chloe, who has taken to saying "when I go" about small things: when I go, who will feed the orphan lamb; when I go, can Sam have my beanbag. The final hearing is listed for the end of June; the court will need to extend the timetable under section 32(5) to reach it, for the psychiatric assessment and for the assessments this move brings.

{p4_ash == 5:The plan you and Chloe made in February was Joyce's, if the assessment allows it; Rachel wants the other two weighed beside it before anyone packs. }You have three realistic options, and four weeks to make a move that does not feel like another ending to a girl who has had too many. {joyce_involved:Auntie Joyce has said, twice, without being asked, that she would find the room|Chloe's aunt, Joyce Campbell, whom nobody from the service has yet met, rang the office last week, after Chloe gave the Academy her number, and said she would find the room}, though her house on Marsh Lane has two bedrooms and one of them is Nathan's. The independent fostering agency has a couple on its books, Paulette and Daniel Grant, in Eastholme, ten miles from Haverley: Black British of Jamaican heritage, approved for long-term care, two grown-up children, and a spare room that looks over a park. Ash House, the local authority's four-bed children's home on the edge of Haverley, has a vacancy.

Chloe has her own view, which changes with the weather. On good days it is Auntie Joyce's. On bad days it is "nowhere with a family, I've already got one".
-> where_next

= emergency
# scene: car
{home == 3:
    ~ p4_ash = 1
}
{home == 1: Chloe is at her Auntie Joyce's house on Marsh Lane, under a regulation 24 temporary approval made on the strength of a one-in-the-morning check of her home. The approval lasts sixteen weeks, to the middle of June; if Joyce's full assessment has not been through the fostering panel by then, it can be extended once, under regulation 25, for up to eight weeks more. That first weekend she slept for fourteen hours, in Joyce's bed, with Joyce on the sofa bed in the front room; Nathan, fifteen, made her toast and lent her his charger, and on the Sunday Auntie Grace came to dinner, held her for a long time and said nothing at all. Now, the day after the meeting, Joyce rings you: "She is here and she is safe. Now tell me what happens."}
{home == 3: Chloe is at Ash House, a four-bed children's home on the edge of Haverley, with two boys of fifteen, a girl of twelve and a staff team who are kind and stretched. {p3_family_wait:She has been there five weeks on an emergency admission that nobody has reviewed, in a room painted magnolia, with a window that opens four inches and nothing yet on the walls. The manager, Lou Carter, tells you Chloe eats cereal at every meal and asks every few days whether her brother knows where she is.|She has her own room, painted magnolia, with a window that opens four inches. The manager, Lou Carter, tells you Chloe has eaten nothing but cereal and has asked four times whether her brother knows where she is.}}
{home == 0: Chloe has been told she is leaving the farmhouse this week, her bin bags are by the door, and there is no plan yet for where she goes. The fostering duty desk has one bed tonight, at Ash House, the council's four-bed children's home on the edge of Haverley. The independent fostering agency says Paulette and Daniel Grant in Eastholme, long-term carers of Jamaican heritage, could take a child "in a week or two, with introductions". And there is Chloe's aunt, Joyce Campbell, in a two-bedroom terraced house on Marsh Lane with her son Nathan, fifteen, whom you have {joyce_involved: spoken to but not assessed|not yet met}.}

The final hearing in the care proceedings is listed for the end of June, about four months away; the court has extended the timetable under section 32(5) for the psychiatric assessment, and will need to again for the assessments this move brings.
-> where_next

= where_next
// Read only in part 4's openings.
~ p3_supported = false
~ p3_family_wait = false
# decision: chloe.p4.where-next
# prompt: Where should Chloe live now, and on what basis? Weigh her wishes, her safety, her family and her heritage, and the speed of the decision.
# justify
+ {move_type == 3} [Ask Chloe to go back to the farm tonight while Joyce is assessed, with Friday nights at Joyce's till June # permanence: +1 # contact: +1 # disruption: 0 # why: A careful duty manager's answer: a stable placement kept while the assessment is done properly; but it overrides a clear wish from a twelve-year-old, who may learn that running is the only way to be heard. # ref: Practice Standards, Children in Care: assessment before placement; the child's wishes and feelings # stance: to]
    ~ home = 4
    Chloe goes back to the farm. She does not speak to Martin for two days. On the third she asks him whether the orphan lamb has been fed. She is at Joyce's every Friday night until June.
+ {move_type == 3} [Approve Joyce tonight under regulation 24 after a visit and checks, with the viability within a day # permanence: +2 # contact: +1 # disruption: -1 # why: She has moved towards the person who holds her father's family, her choir and her Sundays, and the law has a route for it, though tonight's approval rests on same-night checks; the cost is Joyce's shifts, Nathan's room and revision, and Leanne, who hears it as her child given to the woman who dropped Chloe once already. # ref: Care Planning Regulations 2010 regulation 24; Practice Standards, Children in Care: viability assessment within 24 hours # stance: with]
    ~ home = 1
    ~ tie_leanne = tie_leanne - 1
+ {move_type == 3} [Meet Chloe, Julie and Joyce tomorrow: weekdays at the farm and weekends at Joyce's while Joyce is assessed # permanence: +1 # contact: +2 # disruption: 0 # why: Shared care keeps both homes and everyone's goodwill; but it answers "I'm running to" with a timetable, and leaves a twelve-year-old commuting between two loyalties until June. # ref: Permanency job aid: shared parenting; concurrent planning as both/and # stance: with]
    ~ home = 4
    ~ tie_joyce = 3
    Tonight she sleeps at Joyce's, a family sleepover Julie agrees to on the phone. They meet at the farmhouse table on Saturday morning. Chloe draws the week as a grid: school days at the farm, Friday night to Sunday at Joyce's. She writes "for now" across the top and underlines it twice.
+ {move_type == 3} [Treat it as a missing episode: a police welfare check, and Chloe back at the farm tonight # permanence: -1 # contact: -2 # disruption: +1 # why: It is what a cautious duty desk might do, and a tired one would; but a child whose whereabouts are known, safe with her aunt, is not missing under the 2014 guidance, and treating her flight to her aunt as a police matter damages the tie most likely to give her permanence. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014); Permanency job aid: relational permanence; Practice Model: working with, not to # stance: to]
    ~ home = 4
    ~ tie_joyce = tie_joyce - 1
    A police officer knocks at Joyce's door at ten, and Nathan opens it. Chloe goes back to the farm in the back of Martin's car and does not speak to anyone for two days.
+ {move_type == 1} [Arrange Ash House for her, since she refuses another family: a small home near school, Tyler and Joyce, while the court decides # permanence: 0 # contact: +1 # disruption: 0 # why: It respects Chloe's refusal of another family and keeps her local, but residential care rarely offers relational permanence on its own and can become the plan by default. # ref: Permanency job aid: placement considerations, proximity to family and school # stance: for]
    ~ home = 3
+ {move_type == 1} [Paulette and Daniel Grant, long-term carers of Jamaican heritage in Eastholme, after three weeks' introductions # permanence: +1 # contact: +1 # disruption: -1 # why: Experienced long-term carers who share her heritage and keep her near her family, but they are strangers, and it is another family for a child who says she has one. # ref: Practice Standards, Permanence: long-term fostering placement referral; Permanency job aid: placement considerations # stance: with]
    ~ home = 2
+ {move_type == 1} [Auntie Joyce: a viability assessment now, regulation 24 if it is positive, and a planned move over two weeks # permanence: +2 # contact: +2 # disruption: +1 # why: Her father's family, her choir and her Sunday dinners in one place, and what Chloe most often says she wants; the costs are Joyce's shifts, two bedrooms and Nathan's GCSE years{crisis_severity == 3:, her rift with Leanne, and the older boys from the retail park close by| and her rift with Leanne}. # ref: Practice Standards, Children in Care: viability assessment of family members; Permanency job aid: cultural permanence # stance: with]
    ~ home = 1
+ {move_type == 1} [Take Chloe for a day at Joyce's, the Grants' and Ash House over the next fortnight, and let her choose # permanence: 0 # contact: +1 # disruption: +1 # why: She is twelve, her wishes count and she says they change with the weather, so she sees each home before she chooses; but three visits are three more beginnings, the choice lands on her rather than on the adults, and nobody has yet assessed Joyce's house. # ref: Practice Standards, Children in Care: the child's wishes and feelings # stance: for]
    ~ home = 3
    ~ p4_ash = 2
    Joyce's day falls on a late shift and shrinks to an hour over tea; the Grants' falls on a bad day, and Chloe spends most of it in your car. Ash House comes last, on a school morning with the other young people out, and Lou shows her the room. She chooses Ash House, "because nobody there is pretending to be my mum", and then asks you whether Auntie Joyce will be upset.
+ {move_type == 2 && home == 0} [Place Chloe at Ash House tonight, because it is the bed that exists, and plan properly from there # permanence: -1 # contact: +1 # disruption: +1 # why: It is safe, local and immediate, but it is another set of strangers for a child in crisis, and the longer she stays the more it becomes the plan by default. # ref: Module 4: managing disruption # stance: for]
    ~ home = 3
+ {move_type == 2 && home == 0} [Ask the Grants to take Chloe in four days, and the Hargreaves to hold on until then # permanence: +1 # contact: 0 # disruption: 0 # why: Carers who share her heritage and can offer long-term care, at the cost of asking exhausted carers for four more days and introducing a child in crisis to strangers in a hurry. # ref: Practice Standards, Children in Care: introductions where possible; Permanency job aid: cultural permanence # stance: with]
    ~ home = 2
+ {move_type == 2 && home == 0} [Ring Joyce today for a same-day viability check and, if it is positive, place Chloe with her under regulation 24 # permanence: +2 # contact: +2 # disruption: 0 # why: A loved relative in her own community is the least restrictive option; but a same-day assessment is thin, {crisis_severity == 3:her house is a mile from the car park where Chloe was found|Chloe's running has all been to Haverley, and Joyce's house is in the middle of it}, Nathan is in his GCSE years, and nobody yet knows how Joyce and Leanne will manage each other. # ref: Practice Standards, Children in Care: viability assessment within 24 hours; Care Planning Regulations 2010 regulation 24 # stance: with]
    ~ home = 1
    ~ p4_ash = 4
    ~ joyce_involved = true
+ {move_type == 2 && home == 1} [Move Chloe to the Grants after introductions: Joyce's check was thin, and her house is a mile from that car park # permanence: 0 # contact: -1 # disruption: +1 # why: The exploitation risk close to Joyce's home is real and the assessment was rushed, but moving a settled child away from her aunt to strangers costs her a relationship she has only just got back. # ref: Module 4: risk factors for breakdown; Permanency job aid: relational permanence # stance: to]
    ~ home = 2
+ {move_type == 2 && home == 1} [Keep Chloe with Joyce, start the full connected-persons assessment, and plan for the older boys nearby # permanence: +2 # contact: +2 # disruption: -1 # why: She is safe, settled and with her father's family, and the work now is to make an emergency arrangement into a sound one; but it commits the authority to a two-bedroom house and a sofa bed for months, Nathan gives up his evenings and his quiet in his GCSE years, and Leanne, who was not asked, hears that the woman who "walked off" in 2018 now has her daughter. # ref: Practice Standards, Children in Care: request a connected-persons assessment # stance: with]
+ {move_type == 2 && home == 1} [Keep Chloe at Joyce's until a family meeting with Leanne, Andre and Joyce agrees where she should live # permanence: -1 # contact: +1 # disruption: +1 # why: Her family should shape where she lives, and a meeting could bring Leanne and Joyce to one table; but it takes weeks to arrange while the sixteen weeks of temporary approval run down, and the older boys near the house are on nobody's agenda. # ref: Practice Standards: family network meetings; Practice Standards, Children in Care: viability assessment # stance: with]
+ {move_type == 2 && home == 3} [Let Chloe stay at Ash House, where she is beginning to settle, while the court decides the long-term plan # permanence: 0 # contact: +1 # disruption: 0 # why: No further move for now and she is close to her family, but residential care is rarely a permanence plan in itself and drift is likely unless a plan follows quickly. # ref: Permanency job aid: placement considerations # stance: for]
+ {move_type == 2 && home == 3} [Plan a move from Ash House to Auntie Joyce, with a viability assessment this week # permanence: +2 # contact: +2 # disruption: -1 # why: It moves Chloe from emergency residential care to her father's family in her own community; but it moves her again within weeks, just as Lou's plan has begun to hold her, it is made before Leanne and Joyce have spoken, and the assessment must be honest about Joyce's shifts, the two bedrooms and Nathan. # ref: Practice Standards, Children in Care: viability assessment of family members # stance: with]
    ~ home = 1
    ~ p4_ash = 3
    ~ joyce_involved = true
+ {move_type == 2 && home == 3} [Keep Chloe at Ash House while you help Leanne and Joyce make peace, so any move has her mum's blessing # permanence: 0 # contact: +1 # disruption: 0 # why: A move her mother has blessed is likelier to last, and the rift is the biggest risk to any home with Joyce; but six years will not mend in a month, nobody assesses Joyce meanwhile, and Chloe waits in a children's home for the adults to make up. # ref: Permanency job aid: relational permanence; Practice Standards, Children in Care: viability assessment of family members # stance: with]
    Leanne agrees to meet Joyce at Open Door, with her key worker there, and cancels twice. In the fourth week they sit at the same table for forty minutes, and at the end Leanne says, "I'll think about it." Chloe asks Lou every Friday whether anyone has rung.
+ {move_type == 2 && home == 3} [Plan a move from Ash House to the Grants in Eastholme, after three weeks of introductions # permanence: +1 # contact: +1 # disruption: -1 # why: Long-term carers of Jamaican heritage near her family and school, but a third home in a year for a child who says she does not want another family. # ref: Practice Standards, Permanence: long-term fostering placement referral # stance: with]
    ~ home = 2
- 
{
- home == 1:
    ~ lives_with = "paternal aunt, Joyce Campbell (connected-person foster carer)"
    ~ tie_joyce = 4
    ~ tie_grace = 2
- home == 2:
    ~ lives_with = "foster carers (Paulette and Daniel Grant)"
    ~ tie_paulette = 2
- home == 3:
    ~ lives_with = "Ash House children's home"
- home == 4:
    ~ lives_with = "foster carers (the Hargreaves)"
}
{home == 1 && move_type == 3: The cost comes in the first week. Leanne rings you at eleven at night: "You've handed her to that woman. She dropped her once. She'll do it again." She misses the next two family times, and her key worker at Open Door rings to say she is struggling. The housing association offers Joyce a three-bedroom house on the far side of Haverley for July; she turns it down. "Not across town from her school and her mum, not this summer," she says. "We will manage on the sofa bed."}
{home == 1: {move_type == 2:{p4_ash == 3:The viability, done that week before she moves, is positive, with questions.|{p4_ash == 4:The same-day viability is positive, with questions, and the out-of-hours manager gives regulation 24 approval that evening.|The viability, done the next day as the standard asks, is positive, with questions.}}|The viability assessment of Joyce is positive, with questions.} She is forty-five, divorced, a shift manager at the Haverley mail centre on a rota of earlies and lates; she has asked for earlies only and been told three weeks in four, at best, so one week in four Chloe will be home alone until ten unless someone is found; to be there the rest of the time she has given up the Saturday overtime that paid for Nathan's football. Her house has two bedrooms and is a ten-minute walk from the Academy; Chloe has Joyce's room and Joyce the sofa bed in the front room, which cannot last. Nathan, fifteen and in his GCSE years, is fond of Chloe and gave her the Wi-Fi password without being asked; seen on his own, he says it's fine, and then that nobody asked him. Joyce has her mother's Jamaican voice when she is tired. Of 2018 she says: "My marriage went and I had nothing left, and I stopped coming, by text. I never explained it to Chloe. That is mine." Her greatest worry is not Chloe. It is Leanne. "She will think I have stolen her child," she says. "I have not. But I understand why she would think it." {move_type == 2:{p4_ash == 3:Regulation 24 approval is given on the day she moves, and Family Placement start the full connected-persons assessment.|Family Placement start the full connected-persons assessment.}|Regulation 24 approval is given, and Family Placement start the full connected-persons assessment.}}
{home == 2: Paulette Grant is a retired primary teacher; Daniel drives buses for the county. On the first introductory visit Paulette asks Chloe what she likes to eat, and cooks it, and does not make a fuss about it. On the second, it turns out Paulette knows two of the songs Auntie Grace's choir sings, from her own mother's kitchen; she sings one badly on purpose, and they both laugh. On the third, Daniel drives her past the Academy on the route she will take, and past the Caribbean Centre on Ruskin Street, and works out the bus to choir on Thursdays. Chloe moves on a Saturday, with suitcases.}
{home == 3: Ash House has a pool table and a rota. Lou Carter, the manager, makes it her business to learn Chloe's favourite cereal and that she needs the landing light on. Chloe tells Lou on the second night that she is not staying "in a kids' home for ever, like the kids on the telly", and Lou says "Good. Neither should you."}
{home == 3: -> ash_check}
-> learning

= ash_check
# scene: office
Lou Carter, the manager of Ash House, rings you before {move_type == 2:she will agree to Chloe staying beyond the emergency admission|she will agree a date for admission}. You sent her the whole file the day before, {p4_ash == 1:including the details the night manager did not have at one in the morning: the nineteen-year-old's name, his car and the phone|{crisis_severity == 3:the exploitation concern included|the missing episodes and the self-harm included}}. "Thank you for that," she says. "Most people send me half." A home may take a child only if it can meet her needs within its statement of purpose (regulation 14), and, as the Guide to the Regulations and her own procedures expect, Lou weighs what Chloe's arrival does to the children already there: two boys of fifteen, one of whom has been seen with {crisis_severity == 3:the same older lads from the retail park|older lads from the retail park}, and a girl of twelve already on an exploitation safety plan. "I'm not saying no. I'm saying I need two days." Rachel's view is that the council runs the home and the bed is empty; the only other bed is sixty miles away, and the head of service has already said Chloe is not going that far.
# decision: chloe.p4.ash-match
# prompt: The home has the whole file and wants two days to assess whether it can meet Chloe's needs, and what she would mean for the other children, before it agrees. What do you do while it decides?
+ [Ask Lou to decide by the morning, on the file and an hour on the phone with you, so Chloe is not left waiting # permanence: 0 # contact: 0 # disruption: +1 # why: Lou has everything she needs to read, and a quick answer spares a girl who has just lost her home two more days of not knowing; but a yes given overnight is given before the home has weighed her beside the children already there, and its conditions come after the harm, not before. # ref: Children's Homes (England) Regulations 2015 reg 14: the home decides before it admits # stance: for]
    ~ ash_checked = false
    Lou reads the file until two in the morning and says yes at eight, "because you've asked me to". The matching assessment is written in the second week. By then one of the boys has given Chloe a lift into town with the older lads, and Lou rings you: "I would have seen that coming, with two days."
+ [Let her assessment take its two days, give Lou whatever else she asks for, and tell Chloe plainly why she is waiting # permanence: +1 # contact: 0 # disruption: -1 # why: The home can only keep safe what it has weighed, and the children already there are owed the same care; but it costs two more days of not knowing, and Lou's yes, if it comes, comes on conditions Chloe will hate: a waking night on the landing, and no town on her own, choir included, for a month. # ref: Children's Homes (England) Regulations 2015 reg 14; Guide to the Children's Homes Regulations including the Quality Standards (2015) # stance: with]
    ~ ash_checked = true
    Lou says yes on the second day, with conditions written into Chloe's placement plan: a waking night worker on the landing, no town on her own for the first month, choir nights included, Chloe and the other girl with different key workers who plan together, and the older boy's lifts stopped. Chloe is furious about the landing, and on the fourth night says she likes knowing someone is there. She is more furious about choir. She misses three Thursdays, and Joyce rings you to say what she thinks of a plan that keeps a child from Auntie Grace's choir. In the fourth week Lou agrees that Joyce can collect her from the door of Ash House and bring her back to it.
+ [Ask Rachel to tell the home it must take her: the council runs it, the bed is empty, and Chloe needs a roof now # permanence: -1 # contact: 0 # disruption: +2 # why: Rachel's steer, and the only other bed is sixty miles away; but a home pushed past its own admission check has not agreed to meet her needs, and overruled staff start on the back foot. # ref: Children's Homes (England) Regulations 2015 reg 14: the registered person's admission duty # stance: for]
    ~ ash_checked = false
    The head of service rings Lou. {p4_ash == 1:Lou agrees that evening to keep her beyond the emergency admission, and records her objection.|Lou admits Chloe the same evening and records her objection.} The matching assessment is written a fortnight later, after the fact, and says what Lou said on the phone.
+ {move_type != 2 && p4_ash != 2} [Take Chloe to meet Lou and the young people tomorrow, so the home sees her for herself before it decides # permanence: -1 # contact: 0 # disruption: +2 # why: It gives Chloe a say and shows the home a girl rather than a file; but she meets the other children before anyone has judged whether she is safe among them, and if the answer is no, she is turned away in person. # ref: Children's Homes (England) Regulations 2015 reg 14: the home decides before it admits # stance: with]
    ~ ash_checked = false
    Chloe goes, in the purple hoodie, and plays pool for an hour with the twelve-year-old girl while Lou reads the file in the office. Lou says yes on the Friday, with the conditions she would have set before the two girls met, had she been asked first. By then the girl has Chloe's number, and by Sunday so does the older boy.
+ {move_type == 2 || p4_ash == 2} [Ask Lou to let Chloe take part in the assessment, so the home's decision is made with her and not about her # permanence: -1 # contact: 0 # disruption: +1 # why: She is twelve, it is her next home, and a girl who helps weigh the risks may keep to the plan they make; but she sits in a room where adults list what she might bring to the other children, and they to her, and hears herself described as a risk. # ref: Children's Homes (England) Regulations 2015 reg 14; Practice Standards, Children in Care: the child's wishes and feelings # stance: with]
    ~ ash_checked = true
    Lou agrees, doubtfully, and gives her an hour on the second day, in the office with the door shut. Chloe listens to the list: the older boy, the lifts, the girl's safety plan, the nights she went missing from the farm. At the end Lou asks what she thinks. "That you think I'm the problem," Chloe says, and goes to her room. Lou says yes that evening, with the conditions, and for a month Chloe will not talk about any of them with her key worker.
-
-> learning

= learning
# scene: office
// Read only before this point in part 4.
~ crisis_severity = 0
~ p4_ash = 0
~ joyce_involved = false
{home != 4: A placement has ended that everyone had hoped would last. Rachel asks you what you want to do about learning from it.|A placement nearly ended, and a child left it on her own initiative. Rachel asks you what you want to do about learning from it.}
# decision: chloe.p4.learning
# prompt: What should the service learn from this placement, and who should it learn it with?
+ [Discuss it in supervision with Rachel, and record the lessons on Chloe's file and in the handover # permanence: +1 # contact: 0 # disruption: 0 # why: Reflective supervision is where a worker learns, but learning that stays between worker and manager does not reach the carers, the fostering service or Chloe. # ref: Practice Standards: reflective supervision to review decision-making # stance: for]
    Rachel is good at this. You talk for an hour about what you would do differently. The record says "lessons learned: see supervision note".
+ [Hold the review yourself with Julie, Martin and the school, and take Chloe's views to it in her own words # permanence: -1 # contact: 0 # disruption: +1 # why: Everyone who was there is in the room, it can happen this month, and Chloe is spared another meeting; but the worker who made the placement chairs the review of it, and what touches your own practice is what a room like that does not reach. # ref: Module 4: disruption, what jeopardises permanence # stance: with]
    It is a kind meeting, in the school library. Julie says they were not given enough; Ms Shah says the school did not know about the bus until the headphones. {not matched_well:Nobody mentions the afternoon in which the placement was made|Nobody asks why the good start was not built on}{visits == 0:, or the months in which Chloe was not seen alone}, and you do not raise it. The note says "communication to improve".
+ [Ask for {home == 4:a placement stability review|a disruption meeting} with an outside chair, the carers, the school and Chloe's views # permanence: +2 # contact: +1 # disruption: -1 # why: {home == 4:Learning from a near-breakdown with everyone, the child included, is how this placement and any next one avoid the same mistakes; but it will not report until after your final statement is filed, and Chloe must go back over the worst months while still living there.|Learning from a breakdown with everyone, the child included, is how the next placement avoids the same mistakes; but it will not report until after your final statement is filed, and Chloe, in her first weeks somewhere new, must go back over the worst months of her year.} # ref: Module 4: disruption, what jeopardises permanence; Practice Standards, Permanence # stance: with]
    {home == 4:The placement stability review|The meeting} is chaired by a senior practitioner from another team, in July, after the final hearing. It is uncomfortable. {not matched_well: The first finding is that the placement was made in an afternoon with no matching conversation about Chloe's heritage, her father's family or her choir, or what she would meet at a village bus stop.}{matched_well: The first finding is that the introductions and the matching conversation gave the placement a good start that the later support did not build on.}{not carers_told: The second is that the carers were not told what they needed to understand her.}{visits == 0: The third is that Chloe was not seen alone by her social worker for three months.}{family_time == 0: The fourth is that family time was rationed in the first weeks.} Chloe's own contribution, written in purple pen: "When a boy makes monkey noises, it is racism, and somebody should say so the first time."
+ [Move on, as Rachel asks: the final hearing is coming and the statement is not written # permanence: -1 # contact: 0 # disruption: +1 # why: Rachel's steer and a real deadline, and the statement is what the judge will read; but without learning the same gaps in matching and support are likely to repeat in her next home. # ref: Module 4: what jeopardises permanence # stance: not]
    There is a final hearing to prepare for, and nobody has time.
- 
~ matched_well = false
~ carers_told = false
~ visits = 0
~ family_time = 0
-> goodbye

= goodbye
# scene: foster-home
// Read only up to the learning decision.
~ family_time = 0
~ matched_well = false
~ visits = 0
~ carers_told = false
{home != 4: Chloe has lived with Julie and Martin for {move_type == 3: seven|{move_type == 2:four|six}} months. Julie bought her a karaoke microphone. Martin taught her to bottle-feed a lamb. Sam said "all right" to her every morning. How a placement ends is part of what a child takes with her. Chloe has her own view of it: {move_type == 3:"I don't want a big goodbye thing. I'll see them. Just not yet."|"I don't want to go back there. It's done. Don't make me do a goodbye thing."}|Chloe is still at the farm, but something has shifted: she has said out loud that she wants to live with her Auntie Joyce, and everybody heard it.}
# decision: chloe.p4.ending-well
# prompt: What should happen to Chloe's relationship with Julie and Martin now? What does a good ending, or a good continuation, look like for a child who has lost so many people?
+ {home != 4} [Agree the clean break Chloe asks for, for a few months, as Gareth suggests, so she settles without divided loyalties # permanence: -1 # contact: -2 # disruption: 0 # why: It is what Chloe has asked for, Gareth knows Julie is too raw for visits yet, and a clean break is often advised to help a child settle; but for a child whose losses have all been unexplained, another disappearing adult confirms that relationships end when homes do. # ref: Module 4: loss and transitions; Permanency job aid: relational permanence # stance: for]
    ~ tie_julie = 0
    Julie sends a card anyway, via the office. It sits in your tray for three weeks before you decide whether to give it to her.
+ {home != 4} [Ask Julie and Martin to tell Chloe themselves, this week, {move_type == 3:that she has not let them down|why it ended, in their own words} # permanence: -1 # contact: -1 # disruption: +1 # why: {move_type == 3:A child who left is owed hearing from the people she left that she is not in trouble, and the carers want to say it; but a week after she went, still raw, they say it in front of her aunt, and Chloe hears permission to feel guilty.|A child is owed the truth from the people who decided, not a version from you, and the carers want to give it; but a week after the move, raw and ashamed, they explain, and Chloe hears only that she was too much.} # ref: Module 4: loss and transitions; Permanency job aid: relational permanence # stance: with]
    ~ tie_julie = 1
    Julie comes with Martin and a speech she has practised in the car{move_type == 3:, and Joyce makes tea in the kitchen with the door open}. She gets halfway through it. Chloe says "fine" four times and goes to her room. Julie writes in the autumn; Chloe does not write back until Christmas.
+ {home != 4} [Leave it to Chloe: tell her she can be in touch with Julie and Martin whenever she wants, and let her decide # permanence: 0 # contact: 0 # disruption: 0 # why: It respects Chloe's choice, but it leaves a twelve-year-old to manage an adult relationship alone, and children who feel guilty about leaving rarely make the first move. # ref: Practice Standards, Children in Care: supporting relationships that matter to the child # stance: not]
    ~ tie_julie = 1
    Chloe does not ring. At Christmas Julie sends a card, with a photograph of the lamb, now a sheep.
+ {home != 4} [Plan a proper goodbye with Chloe and the carers: a last tea at the farm, and letters and visits after # permanence: +1 # contact: +2 # disruption: 0 # why: A planned ending and continued contact tell Chloe that relationships survive a move, which is what relational permanence means; but she has asked for no goodbye and you talk her round to one, it asks the carers for emotional work after a painful end, and each visit reopens the loss for Chloe while she is meant to be settling. # ref: Module 4: managing change and transition; Permanency job aid: relational permanence # stance: with]
    ~ tie_julie = 2
    The last tea at the farm is fish finger sandwiches, Chloe's choice. Martin gives her a photograph of her with the orphan lamb, in a frame he made. Julie gives her a card she has written four drafts of. Sam gives her his old beanbag. Chloe holds it together until the car turns out of the lane, and then cries all the way to the main road, and says, when she has finished, "That was a good one, though."
+ {home == 4} [Leave Julie, Martin and Joyce to sort out her weekends between themselves # permanence: 0 # contact: 0 # disruption: +1 # why: Adults who care about Chloe may well work it out, but without a plan the arrangement depends on goodwill that has not yet been tested. # ref: SMART planning: who does what, by when # stance: not]
    ~ tie_julie = 2
    They sort it out, more or less, with a lot of texts. There are two arguments about lifts.
+ {home == 4} [Sit Chloe down with Julie and Joyce and ask her to choose, now, where she lives until the hearing # permanence: -1 # contact: 0 # disruption: +1 # why: She has a right to be heard and the adults have asked her to say; but asking a twelve-year-old to choose between two homes she loves, in front of both, hands her the decision the adults and the court should carry. # ref: Practice Standards, Children in Care: the child's wishes and feelings # stance: to]
    ~ tie_julie = 2
    Chloe looks from one to the other and says, "Here. For now." Julie cries in the kitchen afterwards, from relief, and Joyce drives home without stopping for tea. For a month Chloe asks Joyce, every Thursday after choir, whether she is still cross.
+ {home == 4} [Bring Chloe, Julie, Martin and Joyce together to agree how they share her care until the hearing # permanence: +2 # contact: +2 # disruption: -1 # why: Shared care between carers and family, planned with the child, builds relational and cultural permanence whichever home she ends up in, though it asks Julie and Martin to share a child they love, and Chloe spends her weekends in cars between two homes. # ref: Permanency job aid: shared parenting; concurrent planning as both/and # stance: with]
    ~ tie_julie = 3
    ~ tie_joyce = 3
    They meet at the farm, on a Sunday afternoon. Joyce brings a cake, and Nathan, who came for the cake. Julie asks Joyce what time choir finishes and writes it on the calendar herself. Chloe watches the two of them and eats three slices of cake.
+ {home == 4} [Keep Joyce's time to Thursdays and choir for now, so Chloe settles back at the farm before anything else changes # permanence: 0 # contact: -1 # disruption: 0 # why: It gives the placement room to recover, but limiting the relationship Chloe ran to, after she has said so clearly what she wants, risks her running again. # ref: Permanency job aid: family time as a right, not a privilege # stance: to]
    ~ tie_julie = 2
    Chloe keeps to Thursdays. She also goes back to Joyce's for tea after choir, and Martin comes to fetch her later each week.
- -> life_story

= life_story
# scene: family-home
There is a carrier bag in the boot of your car with Chloe's things that nobody has quite known what to do with: the photograph of Gran Pat, the small Bible with gold edges (Joyce gave it to her at three, at her first Christmas in the children's choir), three school reports, a drawing of her that Tyler did at nursery, with her name spelt CLOWEE. Chloe has asked you twice why she is in care, and both times you have given her a version that you would not have wanted to be given. You are her fourth social worker in two years, and she has told Miriam she does not expect you to last either.
# decision: chloe.p4.life-story
# prompt: When and how should life story work begin for Chloe, and who should be part of it?
+ [Refer to the family centre's life story worker, whom Leanne met and likes, who can start in six weeks # permanence: +2 # contact: +1 # disruption: 0 # why: A specialist Leanne trusts will get her mother's pages written, and the work does not depend on your staying; but six weeks is long for a child who is asking now, the question why she is in care is still yours to answer meanwhile, and Chloe meets one more new adult. # ref: Practice Standards, Children in Care: complete life story work with the child # stance: for]
    The referral goes in. The life story worker, who ran the family centre's Wednesday group, starts in July, and Leanne comes to the second session with a biscuit tin of photographs of Pat. In the six weeks before that, Chloe asks you again, in the car, why she is in care, and this time you tell her the true version, in four sentences, and that the long version is coming. She says, "Right," and looks out of the window, and then asks whether the book will have a page about Tyler.
+ [Start now, yourself, at her pace: a book that grows with her, with pages from both sides of her family # permanence: +1 # contact: +2 # disruption: +1 # why: She is asking now, and a book begun with both sides of her family answers her while she asks; but you are her fourth worker in two years, and if you move on, the next worker inherits half a book and none of the conversations that made it, and when her mum objects to a page, Chloe is caught between them. # ref: Practice Standards, Permanence: life story book that grows with the child; Module 4: life story work # stance: with]
    You buy a scrapbook with a purple cover, Chloe's choice. The first page is Joyce's: a family tree going back four generations to Clarendon, Jamaica, with an arrow to Haverley in 1965, when Mercy came, aged nine, to join her parents; and underneath, in Joyce's careful hand, "My mother sewed school uniforms for half of Haverley and sang while she did it. Loud. You get it from her." The second page is Leanne's, a photograph of Pat in a paper hat at Christmas 2015 holding Chloe on her knee, and a note: "Your gran sang you Dolly Parton every night. You were her favourite. Don't tell Donna." Chloe laughs out loud at that. Then Leanne sees the page you wrote with Chloe about the evening of 11 October and asks for it to come out. Chloe wants it in. For a fortnight the book stays shut, and Chloe will not say whose side she is on.
+ [Wait until the final hearing is over and the plan is settled, so the story Chloe is told has an ending # permanence: 0 # contact: 0 # disruption: +1 # why: It avoids telling a story that might change, but children need their history while it is happening, and a story kept back until the adults are sure teaches her it is not hers. # ref: Practice Standards, Permanence: life story work; recording for the child # stance: not]
    The carrier bag stays in your boot until September.
+ [Begin with Leanne: sessions you plan and sit in on, where her mum tells Chloe the story of her first years # permanence: -1 # contact: 0 # disruption: +1 # why: Her mother holds the story of those years and asks to tell it; but with the final hearing weeks away and her recovery months old, Leanne's account is partly her case, and Chloe hears it as a promise. # ref: Practice Standards, Permanence: life story work; recording for the child # stance: with]
    Leanne brings photographs and a version of 2022 in which the Sunday in November is hardly there. Chloe listens hard, and asks at the end when she is coming home. Leanne cancels the second session, and then the third. The carrier bag goes back in your boot.
- -> final_hearing

= final_hearing
# scene: school
~ joyce_involved = false
June 2025. Miriam Ellery, Chloe's children's guardian, sees Chloe for the third time, at {home == 1:Joyce's kitchen table on Marsh Lane|{home == 2:the Grants' kitchen in Eastholme|{home == 3:Ash House, in the quiet room|the farmhouse, in the lambing shed, because Chloe chose it}}}. Miriam writes down exactly what Chloe says, as she always does, and reads it back to her before she goes.

Afterwards she rings you. "{move_type == 3:She told me she's not running away, she's running to. I believe her.|She told me she wants to live with her Auntie Joyce. She said it three times, in case I hadn't written it down.} I'll tell the judge she wants to live with her aunt, and I'll tell the judge that the assessment of her aunt isn't finished, and that my recommendation has to follow the evidence. She may not like the second half." A pause. "She asked me whether she can tell the judge herself."
# decision: chloe.p4.voice
# prompt: Chloe's wishes are clear; her guardian will report them. How else, if at all, should they reach the judge, and what does each way cost her?
+ [Leave it to Miriam's report: that is how a child's wishes reach the judge, and Chloe has had enough meetings # permanence: +1 # contact: 0 # disruption: 0 # why: The guardian's report is the ordinary route and Miriam will put her wishes fairly; but Chloe asked to be heard herself, and a child who asked and was steered away learns that her words go through other people. # ref: Children Act 1989 s.41: the children's guardian # stance: for]
    ~ voice = 1
    Miriam's report gives Chloe's wishes a page of their own, in her words. Chloe reads the page with Miriam and says it is "fine". She does not ask again.
+ [Help Chloe write her own letter to the judge, and agree with Miriam that it goes in with her report # permanence: +2 # contact: +1 # disruption: -1 # why: Her words reach the judge unfiltered and she owns them; but what is filed is read by the parties, and Leanne will read her daughter's letter about her in the bundle. # ref: Children Act 1989 s.41; Practice Standards, Children in Care: creative ways to share the child's views # stance: with]
    ~ voice = 2
    Chloe writes it in purple pen, three drafts. The last line is "I love my mum. I want to live with my Auntie Joyce. Both of those are true." Leanne reads it in her solicitor's office and does not come to family time that week. Ten days later she rings you, not angry. "She put me first," she says. "In the same sentence. It took me a week to see it."
+ [Ask Miriam to put Chloe's wish to meet the judge; explain that the judge hears her but does not decide there # permanence: +1 # contact: +1 # disruption: -1 # why: Meeting the judge can help a child feel heard and understand the process; but the meeting is not for gathering evidence, the judge may say no, and Chloe may expect the decision in the room. # ref: Family Justice Council, Guidelines for Judges Meeting Children who are subject to Family Proceedings (2010) # stance: with]
    ~ voice = 3
    The judge agrees to see Chloe for twenty minutes before the hearing, with Miriam there and a note taken. Chloe asks the judge whether she has a cat. She comes out and says, "She listened. She didn't say anything about Auntie Joyce." Miriam explains, again, why.
+ [Tell Miriam that Chloe asks to speak for herself, and ask her to see that Chloe's solicitor explains his role # permanence: {home == 1:-1|0} # contact: 0 # disruption: +1 # why: A competent child who disagrees with her guardian may instruct her own solicitor; but Miriam and Chloe want the same home and differ only on timing, and separate representation is a heavy thing to hand a twelve-year-old. # ref: Family Procedure Rules 2010 r.16.29(2): the child's solicitor acts on the instructions of a child able to give them # stance: with]
    ~ voice = 4
    Chloe's solicitor, a kind man from Ravensmoor whom Miriam instructed for her when the proceedings began, sees her twice and concludes she can instruct him herself, and because she wants the judge asked for a decision now, which Miriam does not, he will put her view separately. Miriam carries on as guardian, and asks Cafcass Legal whether she needs a solicitor of her own. Chloe says afterwards that she did not know there would be so many people who were hers.
-
# scene: court
Thursday 26 June 2025, Haverley Family Court: the final hearing. The twenty-six weeks have run out; the court has extended the timetable under section 32(5) of the Children Act 1989, by no more than eight weeks at a time and each time with reasons, to reach this hearing, because the psychiatric assessment of Leanne that the court directed could not be filed before May, and {home == 4:the crisis and the new assessments|the crisis, her move and the new assessments} needed the time. Leanne is there with her solicitor; she has been to the peer support group at Open Door every week since late February and her key worker and her GP say she is engaging and the new medication suits her. Gary Pearson, Tyler's father, is there too: his application for a child arrangements order that Tyler lives with him, which Leanne agrees and the local authority supports, is heard alongside Chloe's case, and he tells the court that Chloe is welcome on Saturdays for as long as she wants them. Andre has sent a statement {andre == 2:supporting Chloe's wish and asking for "regular time with my daughter, if she wants it"|asking for "regular time with my daughter, if she wants it"}. Nobody opposes it, and the judge makes it at this hearing: Tyler lives with his father, and Leanne keeps her parental responsibility. The conference in March stepped his child protection plan down to a child in need plan at Gary's. {siblings == 2:Gary's housing transfer to a three-bedroom flat has not come through; the care plan says so, and keeps open the named way for Chloe and Tyler to live together.|{siblings == 1:Saturdays with Tyler, which the sibling assessment fixed, are written into the care plan as his and hers.|Nobody has assessed whether Chloe and Tyler should live together or apart, and the judge asks why.}}{andre == 0: The judge asks why Chloe's father, a party with parental responsibility, was never asked whether he could care for her, and records the answer.}

Joyce's special guardianship assessment is {home == 1:half done: the court directed it soon after Chloe moved there, beside Family Placement's connected-persons assessment for the fostering panel, and the report is due in six weeks|started, and will take about two months; Miriam asked the court to direct it in May, and the local authority agreed}. Miriam's report says Chloe wants to live with her aunt, and asks the court to look hard at any plan that leaves that open. Leanne's solicitor has written that Leanne will not accept an assessment the local authority has written, and asks for an independent one.

What you put in the final care plan will shape the next year.
# decision: chloe.p4.final-care-plan
# prompt: The court must look at the permanence provisions of the care plan. What do you ask it for, when the assessment of the person Chloe wants to live with is not finished?
+ [Ask for a care order now, and settle the permanence plan at a planning meeting within three months # permanence: -1 # contact: 0 # disruption: +2 # why: The hearing date is fixed, the case is past twenty-six weeks and Rachel wants the order; but a plan whose permanence is open is unlikely to be approved, and the judge says so. # ref: Children Act 1989 s.31(3A): the court must consider the permanence provisions of the care plan # stance: not]
    ~ court = 3
    ~ drift = true
    The judge will not approve the plan. "I am asked to make a final order on a plan that does not say where this child will grow up." She gives directions: the special guardianship assessment to be filed, a revised care plan, a further hearing. She extends the timetable by eight weeks under section 32(5), with reasons, and warns that any further extension will need fresh reasons; a revised care plan, fresh statements from every party and the guardian's final analysis must come first, and the first three-day slot after them is in October, which will need another extension beyond this one. Chloe asks Miriam whether that means she has done something wrong.
+ [Ask for eight weeks more to finish Joyce's assessment, and tell Chloe yourself why she must wait # permanence: +2 # contact: +1 # disruption: 0 # why: The court can extend to finish an assessment that decides the plan, and Chloe's wish is tested properly; but it is eight more weeks in proceedings for a girl who asked for it to be over, Leanne must wait too{home == 2:, and the answer may mean a move from carers where she is settled}. # ref: Children Act 1989 s.32(5), (7)-(8): extensions of up to eight weeks, not routinely, where necessary to resolve the proceedings justly # stance: with]
    ~ court = 1
    The judge extends the timetable by eight weeks and fixes an adjourned final hearing for August. "I want the assessment, and then I want this finished." Leanne says, outside, "Another two months of them looking at her," and then, "Fine. If it's done properly."
+ [Ask for a care order on a settled plan: {home == 1:Chloe stays with Joyce as her connected-person foster carer, special guardianship later|{home == 2:long-term fostering with the Grants, Joyce every week|{home == 3:long-term fostering, with a search for carers near Haverley|long-term fostering with the Hargreaves, Joyce every weekend}}} # permanence: {home == 1:+1|-1} # contact: {home == 1:+1|0} # disruption: {home == 1:0|+1} # why: {home == 1:A plan the court can approve today, with Chloe at home with her aunt, which stops the waiting; but it settles for less than the assessment might give, Chloe stays looked after, and the judge may ask why the local authority wants a care order at all if special guardianship is six weeks away.|It would stop the waiting where she is; but the court cannot weigh that plan against her aunt before the assessment is filed, and the plan you asked for stands on the record against what Chloe asked for.} # ref: Children Act 1989 s.31(3A); Re B-S (Children) \[2013\] EWCA Civ 1146 (holistic analysis of realistic options) # stance: for]
    {
    - home == 1:
        ~ court = 2
        The judge asks why the local authority wants a care order at all if special guardianship is six weeks away, and makes it only when told the assessment still has open questions about the house and Joyce's shifts. She asks that Chloe be told, by someone she trusts, that the plan can be looked at again.
    - else:
        ~ court = 1
        The judge will not finalise a plan before the assessment of the person Chloe wants to live with is filed. She extends the timetable by eight weeks and fixes an adjourned hearing for August. Miriam tells Chloe what the local authority asked for, because Chloe asks her straight out.
    }
+ [Hold a family group conference before filing, and ask for a care order on the plan the family agree there # permanence: -1 # contact: 0 # disruption: +1 # why: Leanne and Joyce sit at one table for the first time since 2018 and agree Chloe's family time, which may matter for years; but an agreement is not an assessment, the plan still does not say where she will grow up, and the court cannot approve it as her permanence plan. # ref: Children Act 1989 s.31(3A): the court must consider the permanence provisions of the care plan; Practice Standards: family network meetings # stance: with]
    ~ court = 3
    ~ drift = true
    Miriam tells the court that the family's agreement is the best thing to happen in this case, and that it does not say where Chloe will live. The judge agrees with both halves. "I am glad this family has found a table. I cannot approve a care plan that leaves where this child grows up to be agreed later." She directs the special guardianship assessment to be filed and a revised plan. She extends the timetable by eight weeks under section 32(5), with reasons, and warns that any further extension will need fresh reasons; a revised care plan, fresh statements from every party and the guardian's final analysis must come first, and the first three-day slot after them is in October, which will need another extension beyond this one.
+ [Ask for eight weeks more, with Joyce's assessment given to an independent social worker, as Leanne's solicitor asks # permanence: +1 # contact: +1 # disruption: +1 # why: Leanne, who trusts nothing the council writes, will accept what an independent assessor finds, and so may the court; but the new assessor starts again with Joyce, who has told her story once already, it costs the authority a fee Rachel will have to defend, and Chloe meets one more stranger who wants to know about her. # ref: Children Act 1989 s.32(5), (7)-(8); Family Procedure Rules 2010 Part 25: experts, where necessary to resolve the proceedings justly # stance: for]
    ~ court = 1
    The judge extends the timetable by eight weeks, directs the independent assessment and fixes an adjourned hearing for August. Leanne, outside, says, "Someone who isn't you lot. Good." Joyce, told that evening, says she will tell it all again, "and it will be the same story". The independent social worker sees Chloe on a Saturday at Auntie Grace's, and Chloe tells you afterwards that she asked better questions than you do.
-
{
- court == 1:
    ~ legal_status = "interim care order (s.38), proceedings extended"
    Chloe, told that evening, says, "Eight weeks. I can count to eight." Then she asks whether Auntie Joyce has to pass a test, and whether Nathan knows.
- court == 2:
    ~ legal_status = "care order (s.31)"
    Outside, Leanne lights a cigarette with shaking hands and says to you, not unkindly, "You'd better do right by her." Then: "Tell her I'll be at family time on Thursday. Tell her I'm still going to Open Door."
- else:
    ~ legal_status = "interim care order (s.38)"
    Outside, Leanne says, "So nobody knows anything, still." She is not wrong.
}
+ [Part 5: Permanence planning]
-> part5
