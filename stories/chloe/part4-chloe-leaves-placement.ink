// Part 4: Chloe leaves placement.
// Reached three ways: a planned move (move_type 1), an emergency move (move_type 2),
// or the placement holds and Chloe leaves on her own initiative (move_type 3).
// Sets home (1 Nana, 2 the Boatengs, 3 Ash House, 4 back with the Hargreaves) and legal_status "care order".

=== part4 ===
# part: 4 Chloe leaves placement
# scene: office
~ chloe_heard = false
{move_type == 3: -> own_initiative}
{move_type == 1: -> planned}
-> emergency

= own_initiative
# scene: family-home
Friday 16 May 2025. The placement has held for twelve weeks. Chloe's hat has gone. She sings in Auntie Grace's choir on Thursdays{tie_leanne < 2: , though she has stopped asking about her mum}. Julie can do two cornrows, not very neatly, and is proud of them. The final hearing in the care proceedings is listed for the end of June.

At 8.40 pm Abena Mensah rings you. Her voice is steady and careful, the voice of a nurse giving a handover.

"She's here. She's safe. She came straight from choir, and she's told Julie where she is, and Julie has spoken to me. She says she's not going back." A pause. "She says she loves Julie and Martin and she wants to live with her Nana. I am not going to drag her to the car. I am sixty-six with a bad knee. But I'll do whatever you tell me is right."

In the background you can hear Chloe. "Tell them I'm not running away. I'm running to."

Julie rings ten minutes later. She has been crying, but she says: "If that's where she wants to be, I'm not going to fight her nan for her. I just want it done properly. I want to say goodbye."

Abena has been approved for nothing. She has not had a viability assessment. She and Leanne have not spoken since 2018.
-> where_next

= planned
# scene: foster-home
March 2025. Chloe is going to leave the farmhouse in Brackenfield. Everyone knows it, including Chloe, who has taken to saying "when I go" about small things: when I go, who will feed the orphan lamb; when I go, can Sam have my beanbag. The final hearing is listed for the end of June.

You have three realistic options, and three weeks to make a move that does not feel like another ending to a girl who has had too many. Nana Abena has said, twice, without being asked, that her door is open. The independent fostering agency has a couple on its books, Comfort and Daniel Boateng, in Eastholme, ten miles from Haverley: Ghanaian heritage, approved for long-term care, two grown-up children, and a spare room that looks over a park. Ash House, the local authority's three-bed children's home on the edge of Haverley, has a vacancy.

Chloe has her own view, which changes with the weather. On good days it is Nana. On bad days it is "nowhere with a family, I've already got one".
-> where_next

= emergency
# scene: car
{home == 1: Chloe is at Nana Abena's flat on Marsh Lane, under a regulation 24 temporary approval made on the strength of a one-in-the-morning viability check. She has slept for fourteen hours. Abena has taken down her hair, washed it, and put it into cornrows that took three hours, while they watched a Ghanaian church service on Abena's tablet. On the Monday Abena rings you: "She is here and she is safe. Now tell me what happens."}
{home == 3: Chloe is at Ash House, a three-bed children's home on the edge of Haverley, with two boys of fifteen and a staff team who are kind and stretched. She has her own room, painted magnolia, with a window that opens four inches. The manager, Lou Carter, tells you Chloe has eaten nothing but cereal and has asked four times whether her brother knows where she is.}
{home == 0: Chloe is leaving the farmhouse this week in a hurry, and there is no plan for where she goes. The fostering duty desk has one bed tonight, at Ash House, the council's three-bed children's home on the edge of Haverley. The independent fostering agency says Comfort and Daniel Boateng in Eastholme, long-term carers of Ghanaian heritage, could take a child "in a week or two, with introductions". And there is Chloe's grandmother, Abena Mensah, in a two-bedroom flat on Marsh Lane, whom you have {nana_involved: spoken to but not assessed|not yet met}.}

The final hearing in the care proceedings is listed for the end of June, about four months away.
-> where_next

= where_next
# decision: chloe.p4.where-next
# prompt: Where should Chloe live now, and on what basis? Weigh her wishes, her safety, her family and her heritage, and the speed of the decision.
# justify
+ {move_type == 3} [Ask Chloe to go back to the farm tonight while Abena is assessed properly, with every weekend at Nana's in the meantime, and a decision at the final hearing # permanence: +1 # contact: +1 # disruption: 0 # why: It keeps a stable placement and gives time for a proper assessment, but it overrides a clear wish from a twelve-year-old who has finally said where she belongs, and may teach her that running is the only way to be heard. # ref: Practice Standards, Children in Care: assessment before placement; the child's wishes and feelings # stance: for]
    ~ home = 4
+ {move_type == 3} [Respect Chloe's decision: an agreed overnight stay at Nana's tonight, a viability assessment of Abena tomorrow, regulation 24 temporary approval if it is positive, a full connected-persons assessment, a proper goodbye with Julie and Martin, and Chloe stays at the Academy # permanence: +2 # contact: +2 # disruption: -1 # why: Chloe has moved towards the person who holds her family and culture, and a legal framework built around her choice gives it the best chance, though Abena's health and her rift with Leanne are untested. # ref: Care Planning Regulations 2010 regulation 24; Practice Standards, Children in Care: viability assessment within 24 hours # stance: with]
    ~ home = 1
+ {move_type == 3} [Treat it as a missing episode: a police welfare check and Chloe back at the farm tonight, and a clear message to Abena that Chloe cannot live with her until she has been assessed # permanence: -1 # contact: -2 # disruption: +1 # why: It follows the letter of the placement rules and a tired duty team would take it, but treating a child's flight to her grandmother as a risk to be managed damages the relationship most likely to give her permanence. # ref: Permanency job aid: relational permanence; Practice Model: working with, not to # stance: to]
    ~ home = 4
    ~ tie_abena = tie_abena - 1
+ {move_type == 1} [Ash House: a small children's home in Haverley, close to school, Tyler and Nana, for a period of stability while the long-term plan is decided at the final hearing # permanence: 0 # contact: +1 # disruption: 0 # why: It respects Chloe's refusal of another family and keeps her local, but residential care rarely offers relational permanence on its own and can become the plan by default. # ref: Permanency job aid: placement considerations, least restrictive setting # stance: for]
    ~ home = 3
+ {move_type == 1} [Comfort and Daniel Boateng: three weeks of introductions, a long-term fostering placement with carers of Ghanaian heritage ten miles from Haverley, Chloe keeps her school, and Nana, Mum and Tyler have planned family time # permanence: +1 # contact: +1 # disruption: -1 # why: Experienced long-term carers who share her heritage and keep her near her family, but they are strangers, and it is another family for a child who says she has one. # ref: Practice Standards, Permanence: long-term fostering placement referral; Permanency job aid: placement considerations # stance: with]
    ~ home = 2
+ {move_type == 1} [Nana Abena: viability assessment now, regulation 24 temporary approval, a full connected-persons assessment, and a planned move over two weeks with Chloe staying at the Academy # permanence: +2 # contact: +2 # disruption: -1 # why: Family, culture and community in one place, and what Chloe most often says she wants; the costs are Abena's age and health, her rift with Leanne, and Haverley's older boys being close by. # ref: Practice Standards, Children in Care: viability assessment of family members; Permanency job aid: cultural permanence # stance: with]
    ~ home = 1
+ {move_type == 2 && home == 0} [Place Chloe at Ash House tonight, because it is the bed that exists, and plan properly from there # permanence: -1 # contact: +1 # disruption: +1 # why: It is safe, local and immediate, but it is another set of strangers for a child in crisis, and the longer she stays the more it becomes the plan by default. # ref: Module 4: managing disruption # stance: for]
    ~ home = 3
+ {move_type == 2 && home == 0} [Ask the Boatengs to take Chloe in four days with a short introduction, and ask the Hargreaves to hold on until then # permanence: +1 # contact: 0 # disruption: 0 # why: Carers who share her heritage and can offer long-term care, at the cost of asking exhausted carers for four more days and introducing a child in crisis to strangers in a hurry. # ref: Practice Standards, Children in Care: introductions where possible; Permanency job aid: cultural permanence # stance: with]
    ~ home = 2
+ {move_type == 2 && home == 0} [Ring Abena Mensah today, carry out a same-day viability assessment and, if it is positive, place Chloe with her under regulation 24 temporary approval # permanence: +2 # contact: +2 # disruption: 0 # why: A loved relative in her own community is the least restrictive option and the one most likely to last, but a same-day assessment is thin and nobody yet knows how Abena and Leanne will manage each other. # ref: Practice Standards, Children in Care: viability assessment within 24 hours; Care Planning Regulations 2010 regulation 24 # stance: with]
    ~ home = 1
    ~ nana_involved = true
+ {move_type == 2 && home == 1} [Move Chloe to the Boatengs after introductions, because the emergency assessment of Abena was thin and her flat is a mile from where Chloe was found in the car # permanence: 0 # contact: -1 # disruption: +1 # why: The exploitation risk close to Abena's home is real and the assessment was rushed, but moving a settled child away from her grandmother to strangers costs her a relationship she has only just got back. # ref: Module 4: risk factors for breakdown; Permanency job aid: relational permanence # stance: for]
    ~ home = 2
+ {move_type == 2 && home == 1} [Keep Chloe with Nana, start the full connected-persons assessment and put a safety plan in place about the older boys in Haverley # permanence: +2 # contact: +2 # disruption: -1 # why: She is safe, settled and at home in her culture; the work now is to make an emergency arrangement into a sound one, including the risks close to Abena's flat. # ref: Practice Standards, Children in Care: request a connected-persons assessment # stance: with]
+ {move_type == 2 && home == 3} [Let Chloe stay at Ash House, where she is beginning to settle, while the court decides the long-term plan # permanence: 0 # contact: +1 # disruption: 0 # why: No further move for now and she is close to her family, but residential care is rarely a permanence plan in itself and drift is likely unless a plan follows quickly. # ref: Permanency job aid: placement considerations # stance: for]
+ {move_type == 2 && home == 3} [Plan a move from Ash House to Nana Abena, with a viability assessment this week and a connected-persons assessment # permanence: +2 # contact: +2 # disruption: -1 # why: It moves Chloe from emergency residential care to family in her own community, though the assessment must be honest about Abena's health and her rift with Leanne. # ref: Practice Standards, Children in Care: viability assessment of family members # stance: with]
    ~ home = 1
    ~ nana_involved = true
+ {move_type == 2 && home == 3} [Plan a move from Ash House to the Boatengs after three weeks of introductions # permanence: +1 # contact: +1 # disruption: -1 # why: Long-term carers of Ghanaian heritage near her family and school, but a third home in a year for a child who says she does not want another family. # ref: Practice Standards, Permanence: long-term fostering placement referral # stance: with]
    ~ home = 2
- 
{
- home == 1:
    ~ lives_with = "paternal grandmother, Abena Mensah (connected-person foster carer)"
    ~ tie_abena = 4
    ~ tie_grace = 2
- home == 2:
    ~ lives_with = "foster carers (Comfort and Daniel Boateng)"
    ~ tie_comfort = 2
- home == 3:
    ~ lives_with = "Ash House children's home"
- home == 4:
    ~ lives_with = "foster carers (the Hargreaves)"
}
{home == 1: The viability assessment of Abena is positive, with questions. She is sixty-six, has type 2 diabetes that she manages well and a knee replacement on the NHS waiting list. Her flat has two bedrooms and is a ten-minute walk from the Academy. She speaks to Chloe in English and Twi and sometimes a mixture. Her greatest worry is not Chloe. It is Leanne. "She will think I have stolen her child," she says. "I have not. But I understand why she would think it." Regulation 24 approval is given, and Family Placement start the full connected-persons assessment.}
{home == 2: Comfort Boateng is a retired primary teacher; Daniel drives buses for the county. On the first introductory visit Comfort cooks jollof and does not make a fuss about it. On the second, Chloe asks Comfort whether she can do box braids; Comfort says yes, but it takes six hours and they will need a film. On the third, Daniel drives her past the Academy on the route she will take, and past Nana's church. Chloe moves on a Saturday, with suitcases.}
{home == 3: Ash House has a pool table and a rota. Lou Carter, the manager, makes it her business to learn Chloe's favourite cereal and that she needs the landing light on. Chloe tells Lou on the second night that she is not staying "in a kids' home for ever, like the kids on the telly", and Lou says "Good. Neither should you."}
{home == 4: Chloe goes back to the farm. She does not speak to Martin for two days. On the third she asks him whether the orphan lamb has been fed.}
-> learning

= learning
# scene: office
{home != 4: A placement has ended that everyone had hoped would last. Rachel asks you what you want to do about learning from it.|A placement nearly ended, and a child left it on her own initiative. Rachel asks you what you want to do about learning from it.}
# decision: chloe.p4.learning
# prompt: What should the service learn from this placement, and who should it learn it with?
+ [Discuss it in supervision with Rachel and record the lessons on Chloe's file # permanence: +1 # contact: 0 # disruption: 0 # why: Reflective supervision is where a worker learns, but learning that stays between worker and manager does not reach the carers, the fostering service or Chloe. # ref: Practice Standards: reflective supervision to review decision-making # stance: for]
    Rachel is good at this. You talk for an hour about what you would do differently. The record says "lessons learned: see supervision note".
+ [Ask for a disruption meeting chaired independently, with Julie and Martin, Gareth, the school and Chloe's views, to understand what happened and carry the learning into her next plan # permanence: +2 # contact: +1 # disruption: -2 # why: Learning from a breakdown with everyone involved, including the child, is how the next placement avoids the same mistakes; it means hearing hard things about your own practice. # ref: Module 4: disruption, what jeopardises permanence; Practice Standards, Permanence # stance: with]
    The meeting is chaired by a senior practitioner from another team. It is uncomfortable. {not matched_well: The first finding is that the placement was made in an afternoon with no matching conversation about Chloe's heritage, hair or church.}{matched_well: The first finding is that the introductions and the matching conversation gave the placement a good start that the later support did not build on.}{not carers_told: The second is that the carers were not told what they needed to understand her.}{visits == 0: The third is that Chloe was not seen alone by her social worker for three months.}{family_time == 0: The fourth is that family time was rationed in the first weeks.} Chloe's own contribution, written in purple pen: "Nobody should be the only one."
+ [Move on: the priority is Chloe's next home and the final hearing, not a review of the last one # permanence: -1 # contact: 0 # disruption: +1 # why: It is where the pressure is, but without learning the same gaps in matching and support are likely to repeat in her next home. # ref: Module 4: what jeopardises permanence # stance: not]
    There is a final hearing to prepare for, and nobody has time.
- 
~ matched_well = false
~ carers_told = false
~ visits = 0
~ family_time = 0
-> goodbye

= goodbye
# scene: foster-home
{home != 4: Chloe has lived with Julie and Martin for {move_type == 3: seven|five} months. Julie bought her a karaoke microphone. Martin taught her to bottle-feed a lamb. Sam said "all right" to her every morning. How a placement ends is part of what a child takes with her.|Chloe is still at the farm, but something has shifted: she has said out loud that she wants to live with her grandmother, and everybody heard it.}
# decision: chloe.p4.ending-well
# prompt: What should happen to Chloe's relationship with Julie and Martin now? What does a good ending, or a good continuation, look like for a child who has lost so many people?
+ {home != 4} [Advise a clean break for a few months so Chloe can settle in her new home without divided loyalties, as the supervising social worker suggests # permanence: -1 # contact: -2 # disruption: 0 # why: A clean break is often suggested to help a child settle and it spares the carers, but for a child whose losses have all been unexplained, another disappearing adult confirms that relationships end when homes do. # ref: Module 4: loss and transitions; Permanency job aid: relational permanence # stance: to]
    ~ tie_julie = 0
    Julie sends a card anyway, via the office. It sits in your tray for three weeks before you decide whether to give it to her.
+ {home != 4} [Leave it to Chloe: tell her she can be in touch with Julie and Martin whenever she wants, and let her decide # permanence: 0 # contact: 0 # disruption: 0 # why: It respects Chloe's choice, but it leaves a twelve-year-old to manage an adult relationship alone, and children who feel guilty about leaving rarely make the first move. # ref: Practice Standards, Children in Care: supporting relationships that matter to the child # stance: not]
    ~ tie_julie = 1
    Chloe does not ring. In September Julie sends a birthday card two months late, with a photograph of the lamb, now a sheep.
+ {home != 4} [Plan a proper goodbye with Chloe and the carers: a last tea at the farm, photographs, a memory box, and an agreement that Julie writes each month and Chloe visits the lambs in the spring if she wants to # permanence: +1 # contact: +2 # disruption: -1 # why: A planned ending and continued contact tell Chloe that relationships survive a move, which is what relational permanence means, though it asks the carers for emotional work after a painful end. # ref: Module 4: managing change and transition; Permanency job aid: relational permanence # stance: with]
    ~ tie_julie = 2
    The last tea at the farm is fish finger sandwiches, Chloe's choice. Martin gives her a photograph of her with the orphan lamb, in a frame he made. Julie gives her a card she has written four drafts of. Sam gives her his old beanbag. Chloe holds it together until the car turns out of the lane, and then cries all the way to the main road, and says, when she has finished, "That was a good one, though."
+ {home == 4} [Leave it to Julie, Martin and Abena to sort out between themselves # permanence: 0 # contact: 0 # disruption: +1 # why: Adults who care about Chloe may well work it out, but without a plan the arrangement depends on goodwill that has not yet been tested. # ref: SMART planning: who does what, by when # stance: not]
    ~ tie_julie = 2
    They sort it out, more or less, with a lot of texts. There are two arguments about lifts.
+ {home == 4} [Bring Chloe, Julie, Martin and Abena together to agree how they will share her care: weekends at Nana's, choir, hair, and a clear date for the decision about where she will live # permanence: +2 # contact: +2 # disruption: -1 # why: Shared care between carers and family, planned with the child, builds relational and cultural permanence whichever home she ends up in, though it asks Julie and Martin to share a child they love. # ref: Permanency job aid: shared parenting; concurrent planning as both/and # stance: with]
    ~ tie_julie = 3
    ~ tie_abena = 3
    They meet at the farm, on a Sunday. Abena brings a cake. Julie shows Abena the cornrows she has learned. Chloe watches the two of them and says nothing, which you have learned is how she says thank you.
+ {home == 4} [Keep Abena's time to Saturdays for now, so Chloe settles back at the farm before anything else changes # permanence: 0 # contact: -1 # disruption: 0 # why: It gives the placement room to recover, but limiting the relationship Chloe ran to, after she has said so clearly what she wants, risks her running again. # ref: Permanency job aid: family time as a right, not a privilege # stance: to]
    ~ tie_julie = 2
    Chloe keeps to the Saturdays. She also goes to choir on Thursdays and stays at Nana's afterwards until Martin comes, later each week.
- -> life_story

= life_story
# scene: family-home
There is a carrier bag in the boot of your car with Chloe's things that nobody has quite known what to do with: the photograph of Gran Pat, the small Bible with gold edges (it was Abena's, given to Chloe at four), three school reports, a hospital bracelet from when Tyler was born. Chloe has asked you twice why she is in care, and both times you have given her a version that you would not have wanted to be given.
# decision: chloe.p4.life-story
# prompt: When and how should life story work begin for Chloe, and who should be part of it?
+ [Refer to the specialist life story worker, who has a six-month waiting list but does the work well # permanence: +1 # contact: 0 # disruption: 0 # why: A skilled specialist is worth waiting for, but six months is a long time for a child who is asking now, and life story work is also the allocated worker's job. # ref: Practice Standards, Children in Care: complete life story work with the child # stance: for]
    The referral goes in. Chloe asks again, in August, why she is in care. You tell her someone special is going to help her with that. She looks at you as though you have failed a test.
+ [Start life story work now, with Chloe, at her pace: a book that grows with her, with contributions from Leanne about Pat, from Abena about her name and her family in Ghana, from Kwame if he will, and from Julie and Martin about the farm # permanence: +2 # contact: +2 # disruption: -1 # why: Life story work that includes her parents and both sides of her heritage helps Chloe integrate her past and understand the decisions made about her, though it will stir up grief in a year already full of it. # ref: Practice Standards, Permanence: life story book that grows with the child; Module 4: life story work # stance: with]
    You buy a scrapbook with a purple cover, Chloe's choice. The first page is Abena's: a family tree going back four generations to a village outside Kumasi, and underneath, in Abena's careful hand, "Akosua: born on a Sunday, like your great-grandmother." The second page is Leanne's, a photograph of Pat in a paper hat at Christmas 2015 holding Chloe on her knee, and a note: "Your gran sang you Dolly Parton every night. You were her favourite. Don't tell Donna." Chloe laughs out loud at that.
+ [Wait until the final hearing is over and the plan is settled, so the story Chloe is told has an ending # permanence: 0 # contact: 0 # disruption: +1 # why: It avoids telling a story that might change, but children need their history while it is happening, and a story kept back until the adults are sure teaches her it is not hers. # ref: Practice Standards, Permanence: life story work; recording for the child # stance: not]
    The carrier bag stays in your boot until September.
- -> final_hearing

= final_hearing
# scene: court
~ nana_involved = false
Thursday 26 June 2025, Haverley Family Court: the final hearing. Leanne is there with her solicitor; she has been to Open Door every week since March and is four months without a drink, which her key worker confirms. Gary Pearson has been convicted of assault and sentenced to eighteen months. Kwame has sent a statement supporting the local authority's plan and asking for "regular time with my daughter, if she wants it". Tyler's special guardianship application by Sandra is listed for the autumn.

Leanne tells her solicitor she does not oppose a care order. She asks the judge, directly, whether it means she will never have Chloe home. The judge says it means the local authority shares parental responsibility and must plan for Chloe with her, that the plan will be reviewed, and that if things change she can apply to the court to discharge the order.

What you put in the final care plan will shape the next year.
# decision: chloe.p4.final-care-plan
# prompt: What should the final care plan say about permanence, when the best option is not yet clear?
+ [A care order with long-term fostering as the fixed plan, so that Chloe has certainty now and the arguments stop # permanence: +1 # contact: -1 # disruption: 0 # why: Certainty matters to children, but fixing the route now closes down family options before they have been assessed and may not match where Chloe is living. # ref: Re B-S (2013) EWCA Civ 1146: analysis of all realistic options # stance: to]
+ [Ask the court for eight more weeks to assess Leanne's recovery before committing to any plan # permanence: -1 # contact: +1 # disruption: +1 # why: It respects a mother who is changing, but the proceedings are already past twenty-six weeks, the court extends only where that is necessary to resolve the case justly, and four months of sobriety is early in recovery; Chloe's timescale falls behind the adults'. # ref: Children and Families Act 2014: 26 weeks, extensions only where necessary; Permanency job aid: evaluating progress # stance: for]
+ [A care order with a care plan that names the permanence route the evidence supports now, sets out the family options still being assessed, Abena as special guardian and Leanne's recovery, with a permanence planning meeting within three months to decide, and plans family time to keep those routes open # permanence: +2 # contact: +2 # disruption: -1 # why: Concurrent, both/and planning keeps the options open without drift, with a date for the decision, but the court must scrutinise the permanence provisions of the care plan and may want the assessments finished before it makes a final order. # ref: Permanency job aid: concurrent planning; Children Act 1989 s.31(3A): permanence provisions of the care plan; Practice Standards, Permanence: permanence planning meetings # stance: with]
- 
~ legal_status = "care order (s.31)"
The court makes a care order. Outside, Leanne lights a cigarette with shaking hands and says to you, not unkindly, "You'd better do right by her." Then: "Tell her I'll be at family time on Thursday. Tell her I'm still going to Open Door."
+ [Part 5: Permanence planning]
-> part5
