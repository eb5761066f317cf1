// Part 2: Coming into placement (October to December 2024).
// Sets consent_sound (read only by this part's proceedings), matched_well, carers_told, visits (0-2), family_time
// (0-2) and joyce_involved; part 3 reads matched_well, carers_told, visits and family_time for crisis_severity. Also sets andre (0-2, the andre-offer fact is drawn here when he is asked),
// siblings (0-2), issued (proceedings issued on every path; Miriam Ellery appointed as Chloe's guardian that
// day) and drift (section 20 left to run without a timetable; cleared again when proceedings are issued).

=== shared_start_2 ===
# shared-start: 2
~ night = 1
~ lives_with = "emergency foster carer (Bernadette Clarke)"
~ legal_status = "accommodated under section 20 (mother in hospital)"
~ tie_leanne = 2
~ tie_andre = 1
~ tie_joyce = 2
~ tie_tyler = 5
~ tie_donna = 2
~ tie_julie = 0
~ tie_shah = 2
~ tie_grace = 0
~ tie_paulette = 0
~ chronology_insight = 3
~ joyce_traced = true
~ andre_asked = true
~ joyce_involved = true
~ consent_sound = false
~ matched_well = false
~ carers_told = false
~ visits = 0
~ family_time = 0
~ andre = 0
~ siblings = 0
~ issued = false
~ drift = false
Chloe Walsh is eleven, in Year 7 at Haverley Academy. She is of white British and Jamaican heritage. Until yesterday she lived with her mother, Leanne, and her brother Tyler, five, in a flat on Tannery Row in Haverley. Both children have been on child protection plans for twenty months, Chloe's under the category of emotional abuse and Tyler's under neglect: Leanne has lived with depression since Chloe was born, much worse since her own mother died in 2021, and in her bad spells Chloe has run the house, got Tyler to nursery and school, and hidden it. In November 2022 Chloe, then nine, found her mother after an overdose and rang 999.

Her father, Andre Campbell, has parental responsibility. He lives alone in a studio flat on Station Road, ten minutes from the Academy, works nights at the distribution centre, and has seen Chloe rarely since 2022. You rang him on Thursday, and he gave you his sister's number; last night two messages went to his voicemail. His older sister, Joyce Campbell, a shift manager at the Haverley mail centre, collected Chloe from school twice a week and took her to Auntie Grace's children's choir at the Haverley Caribbean Centre from 2016 until April 2018, when her marriage ended and she stopped coming, and neither woman has found a way back. Your office rang Joyce this week, for the first time in six years. She is in Jamaica for her aunt's funeral until 14 November, and asked first whether Chloe ever got her cards. She has barely spoken to Andre since he stopped turning up for Chloe's Saturdays in 2022, and says she is doing this "for Chloe, not for him".

Tyler's father is Gary Pearson, a delivery driver. He is named on Tyler's birth certificate, registered in 2019, which gives him parental responsibility. He lived with Leanne and the children from 2018 until they separated in 2022, without violence, and since then has had Tyler every other weekend and one night a week at his two-bedroom flat on Kiln Lane, a few streets from his mother, Sandra. A legal planning meeting on 3 October agreed to send a letter before proceedings, because Leanne had stopped her tablets and the children were again missing school and going without.

Yesterday, Friday 11 October, at twenty to five, Chloe rang 999 again: her mum had taken tablets and would not wake properly. Leanne is in Haverley General. Tyler went home that evening with his dad, Gary coming straight from the depot and Sandra there to do the early mornings while he drives. Gary cannot take Chloe: "She's not mine to take, and I'm out at six. Her mum would never forgive me, and she'd be right. Saturdays I can do. Bring her, and the two of them can have them together." After three hours in the hospital's relatives' room, Chloe was accommodated under section 20 and slept at Bernadette Clarke's, an emergency foster carer five minutes from school, who can keep her for three nights.

You are Chloe's social worker. You have been since the end of September.
-> part2

=== part2 ===
# part: 2 Coming into placement
# scene: car
// Read only in part 1: cleared so that paths differing only in them merge.
~ chronology_insight = 0
~ joyce_traced = false
Saturday 12 October 2024, half past seven in the morning. You got home at midnight. {night == 4:Chloe was accommodated last night under section 20, and spent it in the hospital's relatives' room with the out-of-hours worker, while Tyler went home with his dad,|Chloe was accommodated last night under section 20, while Tyler went home with his dad,} because the parent caring for her could not: the law allows that without anyone's signature, but only while nobody with parental responsibility who is willing and able to care for her objects. It is a footing for a Friday night, not for a childhood. Chloe needs somewhere to live, and a basis for being there that her parents understand.

{night == 1: Bernadette texts at seven: Chloe is up, has asked whether Tyler has eaten, and has eaten two bowls of cereal herself "without noticing". }{night == 2: Chloe is at Gary's, dressed, with her school bag packed, waiting for you by the front door so that Tyler is not in the room when she goes; he found her anyway, and Gary had to lift him off her coat. }{night == 3: Chloe is at Donna's, making toast for her cousins; Donna needs her gone by lunchtime to sleep before her shift. }{night == 4: Chloe is still in the relatives' room at Haverley General, in her school uniform, under a hospital blanket, with the out-of-hours worker. }{night != 2:Sandra has texted you a photograph from Gary's: Tyler on his dad's settee in his pyjamas, eating toast in the shape of a dinosaur. When you see Chloe at nine you show it to her; she looks at it for a long time and hands your phone back without a word. }Andre has not returned last night's messages.

Gareth Lowe, on the fostering duty desk today, who supervises the Hargreaves, rings at eight. "Julie and Martin Hargreaves, up at Brackenfield. Farmhouse, eighteen miles out. Twelve years, approved nought to eighteen, and they'd consider long-term for the right child. Their own lad, Sam, is sixteen. They've had teenagers who've given them hell and they've stuck with them. There's nothing nearer Haverley till the new year, and the agencies have one bed, sixty miles south." A pause. "They're white, rural, and they've never looked after a Black or mixed-heritage child. They'll say so themselves. They're open to it." Bernadette Clarke, in Haverley, can keep Chloe until Monday; a planned respite child arrives on Tuesday.

Your team's adult mental health practitioner, who has worked with Leanne since the spring, goes to the hospital first thing and rings you from the car park: "She's ashamed, and she's frightened of you. Go gently." The psychiatric liaison nurse rings at ten. Leanne is out of danger, very low, and has told the doctor she did not want to wake up. She will not agree to stay, and at midday she is assessed under the Mental Health Act. At one o'clock the nurse rings again: Leanne has been admitted to the acute ward under section 2, for assessment, for up to twenty-eight days. Gary rings you from his van: he has swapped his Monday shift, Sandra will do the school run and the early mornings when he is driving, and Tyler stays with him while Leanne is on the ward. Tyler lives with his father, who has parental responsibility, so he is not looked after; his child protection plan goes on while the risk from his mother's illness is reviewed.

Rachel rings from her kitchen. "Twenty months on a plan, a second overdose that Chloe found, a letter before proceedings agreed last week. Legal say they'd issue on Monday if we asked. Or it's section 20, properly: a mum on an acute ward who understands what she's agreeing to, and a dad with PR who doesn't object. I need a footing by Monday. Your call first; then mine."
# decision: chloe.p2.section20-consent
# prompt: Section 20 or an interim care order? What makes consent real for a mother on an acute ward, and what does each footing cost Chloe and Leanne?
# justify
+ [Get Leanne's signature on the ward this afternoon, once her doctor says she is settled enough # permanence: -2 # contact: -1 # disruption: +1 # why: Rachel has her footing by teatime, but "settled on the ward" is not "able to give informed consent": a mother a day after an overdose, newly detained and without advice, has not made a real and voluntary delegation. # ref: Williams v Hackney \[2018\] UKSC 37; Coventry CC v C \[2012\] EWHC 2190 (Fam); Re N \[2015\] EWCA Civ 1112 # stance: to]
    ~ consent_sound = false
    ~ legal_status = "section 20 (accommodated with consent)"
    The nurse says she is settled. You find her at half past two in the corridor by the nurses' station, in yesterday's clothes with a hospital blanket round her shoulders. She signs against the wall, reading none of it. "I just want to sleep," she says, and her hand shakes so much the signature runs off the line. You leave her a copy and write that she "appeared to understand". You are not sure she knows where Chloe slept.
+ [See her on the ward when she can weigh it, with a solicitor; agree section 20 and a review date # permanence: +2 # contact: +1 # disruption: 0 # why: Consent that is informed and freely given, with the ward team satisfied she can weigh it, is lawful and keeps Leanne alongside you, with a timetable so it cannot drift; but she can ask for Chloe back once she leaves the ward, and it waits until Monday. # ref: Williams v Hackney \[2018\] UKSC 37; Public Law Working Group, best practice guidance on s.20 (2021) # stance: with]
    ~ consent_sound = true
    ~ legal_status = "section 20 (accommodated with consent)"
    On Monday afternoon the consultant tells you that Leanne can understand and weigh a decision about Chloe, and that she has asked for you. You meet her in the ward's interview room with her named nurse. She is in her own clothes, grey in the face, with a cup of tea going cold in front of her. You go through it slowly: what accommodation means, that she keeps parental responsibility, that she can ask for Chloe back and what would happen if she did. You give her the leaflet and the number of a family law solicitor, who rings the ward and tells her to read the agreement twice before signing. It says, in plain words, that the arrangement will be reviewed on 28 November, and that if by then she is not well enough to start planning Chloe's return, the local authority will ask the court to decide.
    
    "So you're giving me six weeks to get better."
    
    "I'm giving you six weeks with help. And you'll see her."
    
    She signs. Then she asks you to tell Chloe that she is sorry, and then asks you not to, because she wants to say it herself.
    -> consent_andre
+ [Record that Andre, who has parental responsibility and is well, does not object tonight, and let Leanne recover first # permanence: -1 # contact: 0 # disruption: +1 # why: A parent with PR who does not object gives Chloe a footing tonight, Leanne is spared a decision on the ward, and legal are spared a twelfth application; but nobody sets a timetable, Leanne can still remove Chloe once she leaves the ward (s.20(8)), she learns that Andre "signed for" her daughter while she was detained, and with her recovery barely begun the arrangement can roll on for months while nobody decides. # ref: Children Act 1989 s.20(7)-(8); Williams v Hackney \[2018\] UKSC 37 # stance: for]
    ~ consent_sound = true
    ~ drift = true
    ~ legal_status = "section 20 (accommodated with consent)"
    {andre_asked:You ring Andre again that evening, and this time he answers.|You ring Andre that evening, as he starts his night shift, and at the third try he answers.} He listens, asks twice whether Chloe is all right, and says he does not object to her staying where she is, accommodated, "for as long as Leanne's poorly". You write down what he has said, and that he can end it whenever he wants. Nobody sets a review date. On Wednesday Leanne hears on the ward phone that Andre "signed for" Chloe while she was sectioned, and for a week she will not see you. Legal services are relieved: they have eleven applications in the pipeline.
    -> where_tonight
+ [Tell Leanne yourself on the ward, with her nurse there, that you will seek an interim care order # permanence: +1 # contact: 0 # disruption: -1 # why: On this history the court's oversight and a timetable are defensible, and telling her first, face to face, with her nurse and a solicitor's number, keeps it done with her; but within days she may be able to consent for real, so an order may be more than is needed, and her recovery is set inside proceedings from the first week. # ref: Children Act 1989 s.38; Public Law Outline; Practice Model: working with # stance: with]
    ~ consent_sound = true
    ~ issued = true
    ~ legal_status = "interim care order (s.38)"
    You see Leanne on the ward at two o'clock, in the interview room, with her named nurse beside her. You keep it short, because she is exhausted, and you show her what the application will say: the twenty months, the two overdoses Chloe found, the letter. You give her the number of a family law solicitor and tell her she will get legal aid whatever her income, and that the nurse will help her ring.
    
    "You've made your mind up, then."
    
    "I've made up my mind that a judge should decide, with you heard and a lawyer beside you. Not me, on a Saturday."

    That evening you ring Andre{andre_asked: again|, as he starts his night shift, and this time he answers}. He has parental responsibility, so he will be a party: he will be served with the application, can come to Monday's hearing, and can get legal aid too. He is quiet for a long time. "Monday," he says. "I'll be there." He is, at the back, in his work boots.
    
    On Monday afternoon, at a hearing the court lists at short notice, it makes an interim care order. Leanne joins from the ward by video, with her solicitor, and says almost nothing, except to ask whether she can still see her daughter. She can. Her solicitor tells the court he will need to check that she can give him instructions, and the judge asks for that to be settled by the case management hearing.
    -> where_tonight
+ [Work out a family arrangement with Leanne and Donna instead: Chloe at Donna's, no section 20, you visiting weekly # permanence: -1 # contact: +1 # disruption: +2 # why: It keeps Chloe in her mother's family, Leanne helps to shape it and nobody needs a court; but an arrangement the authority makes is a placement in law whatever it is called, Donna's three children and her nights have not been weighed, and a plan made on the ward, before anyone has sat at Donna's table, can fall apart the same afternoon. # ref: Southwark LBC v D \[2007\] EWCA Civ 182; Care Planning Regulations 2010 regulation 24 # stance: with]
    ~ consent_sound = false
    ~ legal_status = "section 20 (accommodated with consent)"
    You put it to Leanne on the ward at two o'clock, an hour after her admission, with her named nurse: Chloe with her Auntie Donna, no forms and no court, you visiting every week, and a review in a month. Leanne takes hold of it at once, and rings her sister from the ward phone while you wait. Donna, getting ready for a night shift, says yes because her sister is crying, and the three of you agree the details: school, Saturdays with Tyler, the ward on Wednesdays. You write it down as a plan.
    
    At half past three Donna rings you back from her kitchen. She has done the sums: three children in three bedrooms, nights four times a week, and a niece who needs more than her settee. "I can't, and I should have said so on the phone." On Monday legal tell Rachel what she already knew: a home the authority arranges for a child is a placement, whatever anyone calls it, and Donna would have needed approving before Chloe slept there. Leanne signs the section 20 agreement on the ward that Monday afternoon, without a solicitor, "because you said it changes nothing". You write down that she understood; you are not sure she did.
    -> consent_andre
- -> where_tonight

= consent_andre
{andre_asked: That evening you ring Andre again. He has parental responsibility too, and could object, if he were willing and able to look after her himself or arrange it. He does not. "Where is she?" he asks, and you tell him. "Can I ring her?"|That evening you ring Andre again, as he starts his night shift, and this time he answers. He has parental responsibility too, and could object, if he were willing and able to look after her himself or arrange it. He is quiet for a long time. He does not object. "I got your messages," he says. "Nobody rang me about a letter, though. Not this time." You tell him the letter is in the post, and hear how that sounds.}
-> where_tonight

= where_tonight
# scene: car
Back to Saturday morning. Before any of that, Chloe needs somewhere to live from Monday, and a way to meet the people she will live with. {night != 1: Bernadette Clarke can take her from today until Monday.}
# decision: chloe.p2.matching
# prompt: Two beds and a weekend. What does good matching look like here, and which cost falls on Chloe?
+ [Take her to the Hargreaves this afternoon{night == 1:, so she starts Monday from her new home|: one move, not two}; the matching information follows on Monday # permanence: +1 # contact: 0 # disruption: +1 # why: {night == 1:Sparing her two more nights in limbo and a school day lost to moving|Sparing her another move} is a real gain for a child who has lost so much, but the carers meet a child they know almost nothing about, and Chloe has no say at all. # ref: Practice Standards, Children in Care: share all information with carers so the child can settle; Children Act 1989 s.22C(8)(a)-(b) # stance: for]
    ~ matched_well = false
    ~ lives_with = "foster carers (the Hargreaves)"
    You drive Chloe to Brackenfield at four o'clock with her school blazer and a carrier bag of clothes Donna fetched from the flat, most of them too small. Julie is warm and busy and shows her the bathroom, the towels, the wifi code. Martin asks if she likes dogs. Chloe says "I don't know" to everything.
    
    When you leave, Chloe follows you to the car. "How far is it to Tyler?" Twenty-five minutes, you tell her. She nods as though she is memorising it.
+ [Bernadette's until Monday; on Sunday take her to meet the Hargreaves and talk about who she is # permanence: +2 # contact: +1 # disruption: -1 # why: An introduction and a real matching conversation prepare the carers for this child and give Chloe some say, at the cost of {night == 1:two more nights in limbo at Bernadette's|another move in three days}, and a Monday spent moving instead of at school. # ref: Practice Standards, Children in Care: visit the placement in advance and make introductions; Permanency job aid: cultural permanence; Children Act 1989 s.22C(8)(a)-(b) # stance: with]
    ~ matched_well = true
    ~ lives_with = "foster carers (the Hargreaves)"
    That night Bernadette sits with Chloe at the kitchen table and helps her write a list of what she needs from the flat. Chloe puts "Tyler's blue rabbit (he can't sleep without it)" at the top, and Bernadette gently moves it to a list of its own.
    
    On Sunday you drive her out to Brackenfield. The farmhouse has a kitchen the size of your flat, two dogs and a view over the valley. Julie Hargreaves has written questions on the back of an envelope: what Chloe eats, what she is scared of, whether she goes to church, what she does when she is sad. Chloe tells her about Auntie Grace's children's choir at the Caribbean Centre, where her Auntie Joyce used to take her. Martin asks if she likes dogs. Chloe says she has never met one. Sam nods at her from the doorway and goes back to his room, which Chloe says afterwards was "the most normal thing anyone's done".
    
    Julie rings the Haverley Caribbean Centre that evening to ask when the children's choir meets. Chloe moves on Monday morning, with her clothes in a holdall Bernadette lent her, and misses a day of Year 7 she says she will never catch up.
+ [Spend the afternoon with her at Gary's with Tyler and at the flat for her things; Julie collects her at six # permanence: +1 # contact: +2 # disruption: +1 # why: One move, her own belongings and an afternoon with her brother soften the separation; but a day back at the flat and a goodbye to Tyler on a doorstep end at six with strangers who have had no conversation about her. # ref: Practice Standards, Permanence: sibling relationships; Module 4: managing change and transition # stance: with]
    ~ matched_well = false
    ~ lives_with = "foster carers (the Hargreaves)"
    Tyler flings himself at Chloe so hard she sits down on Gary's hall carpet. They build a den out of the settee cushions. At the flat, with Donna's key and Leanne's agreement passed on by the ward, Chloe fills two bags: her school shoes, the purple hoodie, a photo of Gran Pat in a frame, and the birthday cards from the kitchen drawer, which she does not explain. She stands for a moment at her mum's bedroom door, and then shuts it.
    
    Julie Hargreaves collects her at six. On the doorstep Tyler cries and Chloe does not, which Sandra says to you afterwards is worse. Julie rings you at eleven: Chloe is sitting on the landing in her coat with both bags packed, and will not say what for.
- 
By Monday evening Chloe is at the farmhouse in Brackenfield. Before you write the placement plan, she catches you at the door. She speaks quickly, as if she has rehearsed it. "Don't tell them about Mum's tablets. Or the cat thing. Or that I do everything at home. They'll think Mum's crazy and I'm a psycho. I'll tell them what I want them to know."
# decision: chloe.p2.carers-told
# prompt: Chloe has asked you not to tell her carers the most important things about her history. What do you share, how, and who decides?
# justify
+ [Keep her confidence for now: tell the carers what the placement plan needs, and let her tell the rest # permanence: 0 # contact: 0 # disruption: +1 # why: It honours her voice and her loyalty to her mother, and she trusts you for it; but the carers are left guessing at what her behaviour means, which is how placements come to misread a child. # ref: Care Planning, Placement and Case Review (England) Regulations 2010 reg 9 and Sch 2: the placement plan; Practice Standards, Children in Care: all information about the child is shared with carers # stance: for]
    ~ carers_told = false
    The placement plan meeting takes forty minutes. Julie and Martin learn about the risk of self-harm, the family time schedule and that Chloe hates mushrooms. They do not learn why she knocks on any door that stays shut after nine in the morning, or what a quiet house means to her{matched_well:, or why the choir and the aunt Chloe told Julie about on Sunday matter so much|, or that there is an aunt who used to take her to choir}. Chloe looks at you once during the meeting, and you understand that you have kept your word.
+ [Tell the carers the safety facts tonight yourself, and leave her mum's story and her aunt for her to tell # permanence: +1 # contact: +1 # disruption: 0 # why: The carers can keep her safe from tonight, and the story of her mother and her father's family stays hers to tell; but she will work out that you told them what she asked you to keep, and the part that explains her waits on an eleven-year-old. # ref: Practice Standards, Children in Care: all information about the child is shared with carers # stance: to]
    ~ carers_told = true
    You ring the farm at nine, when Chloe is in bed, and tell Julie and Martin what keeping her safe needs: the two afternoons she found her mum after an overdose and could not wake her properly, the scratches on her forearms, and why she will knock on any door that stays shut after nine in the morning. You say that the rest, her mum's illness and her dad's family, is Chloe's to tell when she is ready. Julie says, "Thank you. We won't let on." By Wednesday Chloe has worked it out from the way Julie leaves the bathroom door ajar, and she asks you in the car, very politely, what else you have told people. {matched_well:She does not mention the choir again.|She tells nobody about the choir or her Auntie Joyce.}
+ [Tell her the carers must know, and agree how: her words, with her there when you tell them # permanence: +2 # contact: +1 # disruption: -1 # why: Honest information shared with the child, not behind her back, helps the carers understand her and keeps faith with her; the cost is a secret she trusted you with, and a fortnight in which she will not speak to you on visits. # ref: Practice Standards, Children in Care: all information about the child is shared with carers; Practice Model: working with # stance: with]
    ~ carers_told = true
    Chloe is furious for about ten minutes. Then she sits at the kitchen table with you, Julie and Martin and says, in her own words, "My mum gets poorly in her head since Gran died. She's not a bad person." She tells them herself about the two afternoons she found her mum, and that she will always check on anyone who is still in bed after nine, because she cannot help it. You add the rest. Julie writes nothing down while Chloe is talking, which Chloe notices. On your next two visits Chloe answers in single words and looks at the television; on the third she asks whether you are coming to the review.
    
    Afterwards Julie asks you, quietly, about Chloe's dad's family, and about what Chloe might meet at the school bus stop in a village like theirs. "I don't want to get it wrong and I don't want to make a thing of it." You tell her about Auntie Grace's choir at the Caribbean Centre{joyce_involved: and about Auntie Joyce, who is back from Jamaica in November}. Julie writes it down, says that she and Martin know they have never had to think about any of it and will have to now, and that evening she rings the Caribbean Centre herself to ask what time the children's choir finishes on Thursdays.
+ [Agree a date with her: she tells the carers the rest herself at her first review, and you will help # permanence: -1 # contact: 0 # disruption: +1 # why: She keeps control of her own story, with a date and your help; but it hands an eleven-year-old the job of telling on her mother in a formal meeting, and for three weeks the carers cannot see her fears. # ref: Practice Standards, Children in Care: involving the child; all information shared with carers # stance: with]
    ~ carers_told = false
    Chloe agrees, and shakes on it. For three weeks Julie and Martin wonder why she knocks on Sam's door every morning he lies in. At the review she looks at the IRO, at Julie, at the plate of biscuits, and says, "I'll do it another time." Nobody has the heart to push her. In the car she asks whether she has let you down.
- -> andre_asked_as_carer

= andre_asked_as_carer
# scene: office
Chloe has a bed, but the law asks something else of you. The weekend did not allow it, but the duty stands: while a child is looked after, the local authority must place her with a parent unless that would not be consistent with her welfare or is not reasonably practicable (s.22C(2)-(4)). Andre is her father, with parental responsibility.

Rachel is less sure. "He's seen her four times in two years, he works nights, and he lives in one room over a bookie's. She's in a placement that could go long-term. I'm not saying don't. I'm saying you have a statement due on the twenty-first, for another child's final hearing." Leanne, when you mention him, says, "He made his choice."

Chloe, asked in the car, says she does not care what her dad does. She says it twice, without being asked again.
# decision: chloe.p2.father
# prompt: How and when is Andre asked whether he could care for Chloe, and what do you risk by asking, or not asking?
+ [Record that he is not a realistic carer: he has barely seen her since 2022 and lives in one room on nights # permanence: -1 # contact: -1 # disruption: 0 # why: It saves a day and Rachel would sign it, but a parent is considered first, not assumed away, and the file repeats what Chloe wrote at nine: that her dad forgets he has got her. # ref: Children Act 1989 s.22C(2)-(4); Care Planning, Placement and Case Review (England) Regulations 2010 # stance: not]
    ~ andre = 0
    You write two paragraphs. Rachel countersigns them. Andre is sent the care plan in the post, and rings you to ask, politely, whether anyone was going to ask him anything.
    -> andre_after
+ [Go to his flat on his next rest day and ask him in his own home whether he could offer her a home # permanence: +2 # contact: +2 # disruption: 0 # why: A father is asked as a parent, in person, before anyone decides for him, and the answer can be recorded honestly; it costs a day you do not have, Leanne takes it as a betrayal, and asked in one room he has just come home to from a night shift, he hears an inspection of the flat and answers for it as much as for his daughter. # ref: Children Act 1989 s.22C(2)-(4); Care Planning, Placement and Case Review (England) Regulations 2010 # stance: with]
    ~ tie_andre = 2
    ~ tie_leanne = tie_leanne - 1
    ~ andre = draw("andre-offer", 2)
    -> andre_visit
+ [Write to him, setting out the duty to consider him, and ask for his answer within two weeks # permanence: +1 # contact: 0 # disruption: 0 # why: The duty is met on paper and the answer is on file, which a court will look for; but a letter reads like a form, and a man ashamed of 2022 answers a form in as few words as he can. # ref: Children Act 1989 s.22C(2)-(4); Care Planning, Placement and Case Review (England) Regulations 2010 # stance: to]
    ~ andre = draw("andre-offer", 2)
    -> andre_letter
+ [Let Chloe set the pace: ask her dad only when she says she is ready for him to be asked # permanence: -1 # contact: -1 # disruption: 0 # why: It hears a child who has been let down, and she is eleven; but whether her father is considered is not hers to carry, "not yet" becomes never while the placement settles, and he is left outside her life. # ref: Practice Standards, Children in Care: the child's wishes and feelings; Children Act 1989 s.22C(2)-(4) # stance: for]
    ~ andre = 0
    Chloe says she will think about it. She does not mention it again, and neither, in a busy autumn, do you.
    -> andre_after
+ [Ask him at a family meeting, with Leanne and the carers there, so that everyone hears his answer # permanence: -1 # contact: -1 # disruption: +1 # why: It is open, it asks him as a parent in front of the people his answer affects, and nobody can say it was done behind their backs; but a man ashamed of 2022, asked across a table from Leanne, answers for the room, and Chloe hears his silence second-hand. # ref: Children Act 1989 s.22C(2)-(4): a parent considered first; Practice Standards: family network meetings # stance: with]
    ~ tie_leanne = tie_leanne - 1
    ~ andre = draw("andre-offer", 2)
    -> andre_meeting

= andre_visit
# scene: family-home
Andre's flat is one room and a galley kitchen over a bookmaker's on Station Road, up a staircase that smells of the bins. He came off a night shift at six and has not slept; the bed is made with the corners tucked, for you, and the only photograph is on the fridge: Chloe at six on a bouncy castle, mid-air. He apologises twice for the stairs. When you go through the chronology he reads 2022 with his hand over his mouth, and everything he says after that he says as if it were the flat being assessed, and not him.
-> andre_answer

= andre_meeting
# scene: office
Andre comes to the family meeting in his work jacket and sits at the end of the table, as far from Leanne as the room allows. When you ask him, he looks at her and says he needs to talk to his manager about days. Leanne laughs, once. He leaves before the biscuits. His answer comes a week later, by email, from his work address.
-> andre_answer

= andre_letter
# scene: office
Andre's reply comes on the last day, by email, from his work address.
-> andre_answer

= andre_answer
{andre == 1:
    He says no. {andre_visit:He says it looking at you, not at the table.|The email is four paragraphs long, which for Andre, you will learn, is a lot.} He works nights, four on and four off, and the warehouse has twice said no to days. He has one room over a bookmaker's and sleeps until two. Chloe would be alone in the flat every night he works, with a father she has seen four times in two years. "And I missed three Saturdays in 2022 and then I was too ashamed to ring, and then it was a year. I'm not going to be the reason she sleeps on her own over a bookie's. That's not me not wanting her. Write that down."
    
    What he offers instead is specific. A phone call every Sunday at six, which he asks you to tell Chloe about so she is not waiting for it without knowing. Family time in Haverley once a month, on his rest days. {joyce_involved:A call to his sister in Jamaica tonight, so she hears it from him as well as from you.} And his mother's photographs, two albums of Clarendon and Haverley in a box under his bed, copied for Chloe. "She should know whose face she's got."
    
    You record a viability assessment: a parent considered first, who has declined, for reasons that are about Chloe as much as about himself.
    ~ tie_andre = tie_andre + 1
}
{andre == 2:
    He asks to be assessed. {andre_visit:He says it standing at the window, with his back to the room. "Properly. Not on paper. I know what it looks like," he says. "A man who missed three Saturdays and then a year. I want it written down that I asked."|The email says, "Please assess me. Properly. Not on paper." It goes on: "I know what it looks like. A man who missed three Saturdays and then a year. I want it written down that I asked."}
    
    The viability is honest, and he takes part in it. He is late for one session, off a night shift, and blames Leanne for 2022 once, then stops himself: "No. That was me." One room over a bookmaker's; nights, four on and four off, which his manager will not look at before the spring; a girl of eleven alone in the flat on the nights he works. When you ask Chloe, she says she does not want to live at her dad's, "he's asleep all day", and then asks whether her dad "actually said that, about wanting her". He did.
    
    The assessment concludes that he cannot offer her a home now, and says so. It also records what he can offer: Sundays on the phone at six, family time once a month on his rest days, his name down with the housing association for two bedrooms, a request for days that his manager has promised to look at in the spring, and his part in every decision as her father with parental responsibility. He reads it through and signs it. "Not now," he says. "That's what it says. Not never."
    ~ tie_andre = tie_andre + 1
}
{not joyce_involved:
    ~ joyce_involved = true
    He gives you his sister Joyce's WhatsApp. She is in Jamaica, at their aunt's funeral, until the middle of November. "She'll talk to you," he says. "For an hour. She's sent that girl a card every birthday for six years."
}
-> andre_after

= andre_after
-> siblings_assessed

= siblings_assessed
# scene: foster-home
In the third week Chloe asks you, at the lambing-shed gate, when she can live with Tyler again. "Not at Gary's. He's not my dad, I know that. I mean ever."

Tyler lives with his father now: the child protection plan made for him in February 2023 goes on while the risk from his mother's illness is reviewed, and the conference can step it down to a child in need plan at Gary's when it agrees. Sandra does the school run and the early mornings when Gary is driving, and has Tyler after school. Gary has told you why he cannot take Chloe too, kindly and more than once: he is out at six, she is not his child, and Leanne would hear it as her ex taking her daughter as well. What he offers is Saturdays, for the two of them, at his flat or out with him. Tyler asks for Chloe at bedtime. Chloe has been his second parent for five years.
# decision: chloe.p2.siblings
# prompt: Chloe and Tyler live apart tonight because Tyler went home to his dad, and Chloe is not Gary's. Is that a decision anyone has made, and how do you make it?
+ [Offer Gary a housing letter for a bigger flat first, then ask if he would be assessed to care for both # permanence: 0 # contact: 0 # disruption: +2 # why: Keeping siblings together is the starting point, the children want it, and the help comes before the question; but Gary has said no and told you why (his hours, her mum, and that she is not his), pressing him risks his goodwill over Saturdays, and Leanne may hear it as her ex taking her daughter too. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise; Care Planning Regulations 2010 reg 24: a person connected with the child # stance: with]
    ~ siblings = 2
    Gary says he will be assessed, "if they find me somewhere with three bedrooms, and if Leanne says so," and you hear what the yes costs him. Leanne, on the ward, says, "So he gets both of them now," and does not speak to him for a fortnight. The housing application goes in with a letter from Rachel. Chloe asks every week whether the flat has come through. The assessment is written with a named way there: Gary's connected-person assessment for Chloe and a housing transfer. Tyler stays with his dad in the meantime.
+ [Record that they live apart because Tyler is with his father, and fix Saturdays at once # permanence: 0 # contact: +1 # disruption: 0 # why: The reason is true and Saturdays are fixed at once, which Chloe needs; but nobody asked what the two of them need from each other, and a reason is not an assessment. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: for]
    ~ siblings = 0
    You write it in the care plan in two lines. Saturdays at Gary's are in the diary. Chloe asks who decided. "Nobody really," you say, and then wish you had found a better answer.
+ [Assess together or apart with both children, Gary, Sandra and Leanne, and tell Chloe yourself # permanence: +1 # contact: +2 # disruption: 0 # why: A written assessment that hears both children and names how their bond is kept is what the standard asks; the cost is weeks of your time and an answer, apart, that Chloe did not want. # ref: Practice Standards, Permanence: together or apart assessment; siblings placed together unless assessed otherwise # stance: with]
    ~ siblings = 1
    You see Tyler at Gary's, with his dinosaurs, and Chloe at the farm, and Leanne, and Gary and Sandra twice. You watch them together on a Saturday: Chloe cuts up his fish fingers without being asked, and Tyler lets her. The assessment says apart, and says why: Tyler's security with the father who has cared for him every week since he was born; Chloe's own family, and her need to be a child and not a carer. It fixes what keeps them close: every Saturday at Gary's or out with him, a video call on Wednesdays, Chloe told first about any change for Tyler, and a promise to look again if either child's home changes.
    
    Chloe reads it in the car and tears it in half. At the next traffic lights she asks for the tape.
+ [Hold a family meeting with Leanne, Gary and both children, and agree together where each child lives # permanence: -1 # contact: +1 # disruption: +1 # why: The family decides together, and Leanne, out of the ward for the afternoon, keeps her place as their mother; but two children are asked to settle their homes in front of the adults, Chloe agrees to whatever keeps Tyler calm, and an agreement is not an assessment. # ref: Practice Standards, Permanence: together or apart assessment; siblings placed together unless assessed otherwise # stance: with]
    ~ siblings = 0
    The ward gives Leanne three hours' leave for it. In Gary's front room, with Sandra making the tea, Tyler sits on Chloe's knee with a dinosaur in each hand. Gary says again, kindly, that he is out at six and that Chloe is her mum's to decide about, not his. Leanne says they should be together "at mine, when I'm home", and nobody answers that. Chloe says Tyler should stay at his dad's "because he's got the dinosaur duvet", and looks at her mum while she says it. Everyone agrees. You write the agreement down and read it back, and it sounds like a decision. In the car Chloe asks whether she did it right.
+ [Leave it for the care plan and the court: the guardian will look at siblings once proceedings start # permanence: -1 # contact: -1 # disruption: +1 # why: It saves weeks in a heavy autumn and the court will look at it, but the children live with an arrangement nobody has examined, and Chloe learns that her brother is decided about without her. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: not]
    ~ siblings = 0
    ~ tie_tyler = 4
    Chloe sees Tyler when the diary allows. In November it allows twice.
- -> first_weeks

= first_weeks
# scene: car
The first four weeks of a placement are when it is made or lost. Rachel, in supervision, says it before you can: "Weekly, for four weeks, and see her on her own. I know. And the statement on the twenty-first is for a final hearing." You have twenty-three other children, and a colleague's duty days.
# decision: chloe.p2.visits
# prompt: Weekly visits for the first month: what makes a visit purposeful rather than a box ticked, and what do you let slip to keep them?
+ [See her alone every fortnight, for as long as she needs, and ring her on the weeks between # permanence: +1 # contact: 0 # disruption: 0 # why: Unhurried time alone, where she chooses, is when a child says something real, and it is a pattern you can keep with twenty-three other children; but weekly visits in the first month are the standard for a reason, the regulations require a first visit within a week of the placement (reg 28), a phone call is not a visit, and small problems surface a fortnight late. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone # stance: with]
    ~ visits = 1
    Two visits, two hours each: the lambing shed, then a drive to the chip shop in the next village with Chloe choosing the music. On the weeks between you ring her on Wednesday at seven; she says "fine" and asks after Tyler. Rachel signs off the missed weeks, with a note. At the second visit Chloe shows you a scratch on her forearm that is ten days old. "I was going to say on the phone," she says. "But Julie was in the kitchen."
+ [See her weekly at school, in Ms Shah's office with Ms Shah, whom she trusts, and keep the farm for reviews # permanence: 0 # contact: 0 # disruption: +1 # why: School is ten minutes from your desk, Chloe likes Ms Shah and misses nothing at the farm, so all four visits fit; but she is never seen alone or where she lives, and a child will not talk about her new home in her head of year's office. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone; Care Planning, Placement and Case Review (England) Regulations 2010 regs 28-30: frequency and conduct of visits, including speaking to the child in private # stance: for]
    ~ visits = 0
    Four visits, four records, all in timescale, all in Ms Shah's office with the blinds half down. Chloe talks about the choir and her timetable and says the farm is "fine". Ms Shah chips in warmly. You never go upstairs at the farmhouse. In week three Gareth emails that the carers mention "some moodiness around family time, nothing unusual". The PEP meeting slips to the fifteenth working day because the school's designated teacher is on a course.
+ [Visit weekly with Gareth, the carers' supervising social worker, so everyone hears one plan # permanence: 0 # contact: 0 # disruption: +1 # why: Joint visits hold the carers, Gareth and you to one plan, visit by visit, so a slip by any of you is named at the table, and they halve the travelling in a heavy month; but Chloe meets two professionals at once in the carers' kitchen, is never seen alone, and learns that her worker comes as part of the carers' team. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone; Care Planning, Placement and Case Review (England) Regulations 2010 regs 28-30: frequency and conduct of visits, including speaking to the child in private # stance: with]
    ~ visits = 0
    Four visits, four records, all in timescale, each with Gareth's car behind yours in the yard. Julie makes a pot of tea and the four of you agree things: bedtimes, the school taxi, the phone. Chloe agrees to all of it. In week three you ask her, in front of everyone, whether there is anything she wants to tell you, and she says no, and then she asks Gareth, not you, {joyce_involved:whether Auntie Joyce is back yet|whether anyone has rung Auntie Joyce yet}.
+ [Visit weekly and see her alone each time; ask Rachel to move the statement # permanence: +2 # contact: +1 # disruption: -2 # why: Purposeful visits alone in the first month are when a child learns whether her worker will stay, and small problems are caught early; the cost falls on another child's case, whose statement goes in late, and on you. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone # stance: with]
    ~ visits = 2
    Rachel moves the statement, with a look. Legal have to ask the court for more time to file it, the judge's order records why, and that Friday the other child's guardian rings you to ask, not kindly, what could matter more. Week one, you sit on the gate of the lambing shed with Chloe while she tells you that Sam said "all right" to her at breakfast and that the taxi driver plays Northern Soul. Week two, at school, Ms Shah says Chloe is in the choir already. Week three, in the car, Chloe asks {joyce_involved:whether Auntie Joyce is back yet|whether anyone has rung Auntie Joyce yet}, and whether she is in trouble for the scratch on her forearm, which she shows you. Week four, Julie says, "She's started leaving her door open." You write each of these in words Chloe could read.
    
    The care plan and the PEP are both done by day ten. Chloe wants it written in the PEP that she wants to do GCSE music.
- 
Leanne rings you every day of the first week, from the ward. The ward will have children visit in its family room, and says she may have short spells at home once she is settled. She wants to do Chloe's tea herself, "Wednesdays and Sundays, like I used to before I got poorly", on the ward until she has leave and then at the flat. Chloe wants to see Tyler more than anything, and her mum. Julie has asked whether family time could wait "until she's settled in a bit". {siblings == 1: The sibling assessment has already fixed Saturdays at Gary's.}
# decision: chloe.p2.family-time
# prompt: How is family time set up in the first weeks, and whose needs is it arranged around?
+ [The team's usual offer: one supervised hour a fortnight with Mum and Tyler at the family centre # permanence: 0 # contact: 0 # disruption: 0 # why: Safe, predictable and easy to staff, but an hour a fortnight is a thin thread for a child whose life was her brother and her mother, and it is arranged around the service rather than around her; it is the arrangement least likely to unsettle a new placement, and thin family time is itself a reason children run to the people they miss. # ref: Permanency job aid: family time and shared parenting; {issued:Children Act 1989 s.34|Children Act 1989 Sch 2 para 15} # stance: to]
    ~ family_time = 1
    Family time is in the ward's family room while Leanne is in hospital, and then in Room 3 of the family centre on Bridge Street, every other Wednesday from four till five. The room has a plastic kitchen meant for toddlers. Tyler plays with it; Chloe supervises him; Leanne watches Chloe supervising him and cries. The notes say "warm and appropriate". Chloe asks in the car why she can only see her mum once every two weeks when she used to see her every day.
+ [Give Leanne what she asks: her tea with Chloe on Wednesdays and Sundays, on the ward and then at the flat # permanence: -1 # contact: -1 # disruption: +2 # why: Leanne feels heard and Chloe has her mum doing her tea again; but it rests on Leanne's good days in her first weeks of treatment, in the flat where Chloe found her twice, with Donna, who works nights, there to make it safe; it will not last, and a promise broken in week two hurts a child more than a smaller one kept. # ref: Permanency job aid: family time as a right, assessed for safety and purpose # stance: for]
    ~ family_time = 1
    ~ tie_donna = 3
    It works for a week: a Wednesday tea on the ward, pasta from the canteen, and on Sunday fish fingers at the flat on Leanne's first afternoon home on leave, with Donna in the kitchen. The next Wednesday Donna is called in for an extra shift, and on the Sunday Leanne, home for the day, cannot get out of bed and does not come to the door. Chloe sits in the taxi outside the flat for twenty minutes before anyone tells her. After that it is twice a week at the family centre, and Chloe stops asking what day it is.
+ [Plan it with Chloe and Leanne: Mum twice a week, calls on set evenings, Tyler on Saturdays # permanence: +2 # contact: +2 # disruption: +1 # why: Family time as the child's right, planned around her relationships and checked for safety, keeps every thread alive while the plan is unclear; but it overrides Julie's request for a settling-in spell, so the placement starts with the carers feeling unheard, and twice-weekly time with a mother on leave from an acute ward will sometimes fail on the day, in front of Chloe. # ref: Permanency job aid: family time as a right, not a privilege; {issued:Children Act 1989 s.34|Children Act 1989 Sch 2 para 15} # stance: with]
    ~ family_time = 2
    You sit down with Chloe and a calendar and she colours the days in: purple for Mum, green for Tyler. Leanne misses the second Thursday, and rings Chloe at half past six anyway to say sorry, which Chloe says "counts". Martin does the Saturday run to Gary's and stays for a cup of tea, and Gary and Martin turn out to support the same rugby league team. Julie tells Gareth, at his next visit, that nobody listened when she asked for a fortnight to settle her in, and he writes it down.
+ [Meet Leanne, Donna, Gary and the carers together first, and start family time once they all agree it # permanence: -1 # contact: -1 # disruption: +1 # why: Every adult is heard and a plan they have all agreed is one they will keep; but nothing starts until the meeting, and a child in her first fortnight in care waits to see her mum and her brother while the adults find a date. # ref: Permanency job aid: family time as a right, not a privilege; SMART planning: co-production # stance: with]
    ~ family_time = 0
    The meeting takes twelve days to arrange round Donna's nights, the ward round and Gary's delivery rota. It agrees a good plan, with a calendar. In the twelve days Chloe does not see her mum, and asks Julie, on the tenth, whether they have forgotten her.
+ [Agree a settling-in fortnight with the carers, Chloe and Leanne: calls each evening, Tyler on the first Saturday, then Mum # permanence: +1 # contact: 0 # disruption: 0 # why: Julie asked for it, Gareth backs it, Leanne on the ward and Chloe at the table both agree, and she sees her brother within the week, so it starts with everyone's goodwill; but a fortnight before she sees her mother, in her first weeks in care, treats time with Mum as something to settle around. # ref: Permanency job aid: family time as a right, not a privilege; {issued:Children Act 1989 s.34|Children Act 1989 Sch 2 para 15} # stance: with]
    ~ family_time = 1
    ~ tie_leanne = tie_leanne - 1
    You write it down at the farmhouse table with Julie, Gareth and Chloe, and Chloe says "fine" to every line. Leanne, on the phone from the ward, says, "If it helps her settle," and then she is quiet for a long time. On the first Saturday Martin drives Chloe to Gary's, and Tyler shows her every dinosaur twice. Chloe rings the ward at seven each evening; on the third evening her mum does not pick up, and Chloe goes to bed early without saying why. At the end of the fortnight family time starts at the centre, an hour a week, and Leanne's first words to Chloe are "I thought they'd decided you'd forgotten me".
- -> first_missing

= first_missing
# scene: car
Wednesday 30 October, half-term, twenty past five, and dark since the clocks went back. Julie rings as you are leaving the office. Chloe was not on the taxi back from the Academy's holiday choir club: the driver says she got out at the lights on Market Street "to see her nan", and walked off before he could stop her. She has no nan in Haverley. At ten past five Julie had a text from Chloe's phone: "at mums. back later. DONT ring the police." Since then it goes straight to voicemail. It is her third week at the farm, she has cut herself before, and her coat is on the hook in the farmhouse hall.

Julie's voice is quick and level. "Martin says we drive in and look for her before we ring anyone. She'll be at her mum's flat, or her brother's{matched_well:, or that choir she goes on about}. If the police bring her back in a car she'll never trust us. What do you want us to do?"
# decision: chloe.p2.missing
# prompt: A child three weeks into a placement is missing after dark. Who acts, who decides, and what does each choice cost her trust and her safety?
+ [Tell Julie to report her missing to the police now, and ring Gary, Donna and the ward yourself # permanence: +1 # contact: 0 # disruption: -2 # why: An eleven-year-old who has cut herself, out after dark with her phone off, is reported at once, since a text from a phone now switched off is not a child seen, and a report now puts a patrol at the flat within the hour; the cost is a police car at her mum's door, a record in her name, and a girl who asked you not to and feels hunted. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014) # stance: to]
    ~ missing_reported = true
    Julie rings the police at twenty-five past five. Gary has not seen her; Donna is asleep before a night; the ward says Leanne has been there all day. At ten past six a patrol finds Chloe on the step of the flat on Tannery Row, in her blazer, with no coat. She had heard her mum say on the phone that she might get "a few hours at home", and thought it might be today. The officer sits with her in the warm car until Julie arrives. Chloe does not speak to Julie on the drive back, and the next day she tells you, "You set the police on me like I'm a criminal." At the return interview on Friday, with a worker she has never met, she says the flat is the only place that is still hers. The placement plan gains a line: what Julie does, and when, if it happens again.
+ [Plan the search with Julie and Martin: the flat, the Centre and Gary's, and the police at seven if she is not found # permanence: -1 # contact: 0 # disruption: +1 # why: It takes her text, the carers' knowledge and their fear of a police car seriously, gives the search a limit, and spares Chloe a record in her third week; but a text is not a child seen, a girl who has cut herself is out in the dark for nearly two hours before anyone with a patrol car is looking, and the farm is eighteen miles away. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014) # stance: with]
    ~ missing_reported = false
    You agree it with them on the phone, street by street: Julie takes the flat and the Centre, Martin takes Gary's and the precinct, and at seven, found or not, Julie rings the police. They are in Haverley by half past six. The flat on Tannery Row is dark and nobody answers. The Caribbean Centre is locked on a Wednesday. Gary has not seen her. At seven Julie rings the police from the car, as agreed. At twenty to nine a patrol finds Chloe in the bus station, cold through. She had sat on the step of the flat until twenty past six, waiting for a mum who might be home on leave, and then walked. A man in a silver car had pulled up at the shelter and offered her a lift home; he knew her first name. She said no. Nobody knows who he was; you pass what she can tell you to the police as intelligence, and the return interview and the placement plan record it.
+ [Drive to Haverley yourself now to look for her at the flat and the Centre, and ask Julie to stay by the phone # permanence: -1 # contact: +1 # disruption: +1 # why: She knows you, she has said where she is, and being found by her own worker rather than by the police may be where trust starts; but you are across town in the rush hour, and it works only if the text was true: a child in care missing after dark, with a history of self-harm, is reported at once, whoever is looking, and the missing protocol does not pause while her social worker drives. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014) # stance: for]
    ~ missing_reported = false
    You are in Haverley at ten past six, after the ring road. The flat is your first guess and you are right: Chloe is on the step in her blazer, with no coat, waiting for a mum she thought might be home on leave. She gets into your car without a word, and then talks all the way to Brackenfield about Tyler. Julie cries with relief at the door. Nobody rang the police, so nobody is told, and there is no return interview. In the morning Rachel asks you one question: "And if she hadn't been at the flat?"
+ [Give the ringing round twenty minutes with Julie: Gary, Donna, the ward, Ms Shah; then report her # permanence: 0 # contact: 0 # disruption: +1 # why: Ringing the places she is likely to be is what a reasonable parent does first, and twenty minutes may find her without a police car in her third week, with Julie steadied by doing it with you; but she has cut herself before, it is dark and her phone is off, and the police start twenty minutes later than they could have. # ref: Statutory guidance on children who run away or go missing from home or care (DfE, 2014) # stance: with]
    ~ missing_reported = false
    Gary has not seen her. Donna is asleep before a night shift and does not answer. The ward says Leanne has been there all day. Ms Shah's phone goes to voicemail. At a quarter to six, with nothing, Julie rings the police, as you agreed. At twenty to seven a patrol finds Chloe on the step of the flat on Tannery Row, in her blazer, with no coat, waiting for a mum she thought might be home on leave. The officer asks Julie when Chloe was last seen, and writes down twenty past four. At the return interview on Friday Chloe says the flat is the only place that is still hers.
- -> proceedings

= proceedings
# scene: office
The first looked-after review is held at the farmhouse in the first week of November, inside the twenty working days. The IRO, Sunita Bhatt, asks Chloe what she wants. "I want to see Tyler more," Chloe says, "and I want to know what's happening at Christmas." {andre == 1: Andre has rung every Sunday at six. He has missed one, and texted first.}{andre == 2: Andre comes to the review, in a shirt and tie, and sits at the end of the table until Chloe tells him to move up.}
{not issued: The pre-proceedings meeting set for 31 October was stood down while Leanne was on the ward; the letter before proceedings still stands, and her solicitor has it.}{p1_meeting_booked: The family meeting you booked with Leanne for November never happened: the ward overtook it.}{p1_meeting_booked && not joyce_involved: Nor did the calls you promised Leanne, and Chloe, that you would make after it.}
~ p1_meeting_booked = false
{
- issued:
    Sunita asks what the court timetable is, and you can tell her: the interim care order was made on 14 October, and the case management hearing is fixed.
- not consent_sound:
    On 2 December Leanne, after a bad week, arrives at the Academy at lunchtime and says she is taking Chloe home. She has been home from the ward for a month, and says she does not remember signing anything. Under section 20 she may remove Chloe at any time; only the police, or a court order, could stop her, and only on evidence that Chloe would be at risk of significant harm if she went. On the way over you ring Rachel and the duty solicitor, and agree that you will ask the police to use their powers only if Leanne tries to take Chloe while she is plainly unwell; you do not expect to need to. Ms Shah sits with them both in her office and makes tea while you drive over, and after an hour Leanne agrees to let Chloe go back to the farm for now. The local authority issues care proceedings that week. Chloe tells you afterwards that she did not know whether she wanted to go or not, and that this was the worst part.
- drift:
    At the review Sunita asks by what date section 20 ends or the court is asked, and nobody in the room can give her one; the next morning she writes to Rachel under the dispute resolution process. In November, home from the ward, Leanne misses two appointments with the community mental health team, stops her tablets for a week, and spends the third Saturday in bed instead of at family time. The local authority issues in the middle of December, two months after the overdose in October and a fortnight later than a written date would have had it, and Chloe's questions about where she will be at Christmas go unanswered until the week before it.
- else:
    On 28 November, the date in the agreement, you meet Leanne and her solicitor. She came home from the ward on 4 November. She takes her tablets most days, the community mental health team visits every week, and she is on the waiting list for a peer support group at Open Door. She is better than she was in October, and she is not well: twice in November she could not get up for family time. You tell her first, face to face, that the local authority will issue, and why: Chloe cannot wait on a recovery that has only just begun, and a court should set the timetable. "Will you tell Chloe it's the court deciding," she says, "and not me giving her away?" She does not oppose an interim care order. Chloe is told by you and her mum together, on a Thursday, with Tyler in the next room.
}
~ issued = true
// The section 20 drift ends when the court's timetable starts: its cost is told above, and part 5 does not read it.
~ drift = false
~ legal_status = "interim care order (s.38)"
-> guardian

= guardian
# scene: foster-home
The local authority's application is for Chloe alone. Tyler lives with his father, who has parental responsibility, and is not looked after; Gary, with Leanne's agreement and the local authority's support, applies for a child arrangements order under section 8 of the Children Act 1989 that Tyler lives with him, and the family court lists it to be heard alongside Chloe's case. Miriam Ellery is appointed Chloe's children's guardian the day the proceedings are issued. She is from Cafcass, in her fifties, with reading glasses on a cord and a habit of writing down exactly what children say, including the swearing. She comes to the farm on a Sunday afternoon, and Chloe gives her a tour of the lambing shed before she will sit down.

"My job is to tell the judge what I think is best for you," Miriam says, at the kitchen table. "And to tell the judge what you want, in your words, even when it's not the same thing. I've found you a solicitor too. If we ever disagree, and you're old enough to tell him what you want, he can act on what you tell him. That's allowed."

Chloe thinks about it. "Can you write down that I want to see Tyler on Saturdays? And that I'm not a psycho, whatever the file says." Miriam writes both down. "And that I want to see my Auntie Joyce." {joyce_involved:Miriam asks who Auntie Joyce is, and Chloe tells her for twenty minutes.|Miriam asks who Joyce is. Chloe says, "Dad's sister. Nobody's rung her." Miriam writes that down too, and underlines it.}

Christmas comes and goes. Chloe spends Christmas morning at the farmhouse and the day after Boxing Day at Sandra's, with her mum and her brother, a family support worker in the kitchen. Julie buys her a karaoke microphone. The months turn.
+ [Part 3: First placement crisis]
-> part3
