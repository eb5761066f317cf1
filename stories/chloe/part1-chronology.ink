// Part 1: Chronology. The worker reads Chloe's chronology (four activities with a right answer), then makes
// four decisions of a newly allocated worker: what to do with the chronology before the legal planning
// meeting, who carries a young carer's mornings, whether and how to trace Joyce (Chloe's aunt) and Andre when
// Leanne asks you to wait, and where Chloe goes on the evening of 11 October. Leaves behind chronology_insight (0-4, the activities answered well), joyce_traced,
// andre_asked, joyce_involved, lives_with and legal_status for the night, night (where she slept: 1 Bernadette,
// 2 Gary's flat, beside Tyler, 3 Donna, 4 the hospital relatives' room; part 2's opening reads it), and tie changes.

VAR night = 0
// Whether the worker booked a family meeting with Leanne for November (trace-family); part 2's proceedings reads it once and clears it.
VAR p1_meeting_booked = false

=== part1 ===
# part: 1 Chronology
# scene: office
Monday 30 September 2024, a quarter to nine. Tom, who has held Chloe's case since January, brings the red folder to your desk himself, past the adult mental health and domestic abuse practitioners who sit with Haverley's Family Safeguarding social workers. From today he is the team's senior practitioner, and at Friday's allocation meeting his cases were shared out; this one came to you because you went with him on a joint visit last month. "Chloe Walsh, eleven, and her brother Tyler Pearson, five. On plans since February last year: Chloe's under emotional abuse, Tyler's under neglect. That's the impact on her of finding her mum and running the house, not anything Leanne set out to do; Leanne hates the word, so say it carefully. I'm the third worker in eighteen months, and you're the fourth. There's a legal planning meeting on Thursday to decide whether we send a letter before proceedings. I'm across the room when you want me."

Rachel Dunn, your team manager, comes over as he goes and sits on the edge of your desk, which is how you know it matters. She taps the folder. "The case summary says Mum's depression, and a girl who runs the house. Everybody's read the summary. I want you to read the chronology, all of it, and tell me what you think matters for Chloe. Not for the file. For her, if she ends up not living with her mum. Where does she belong? Who holds her?"

You have met Chloe once, briefly, on a joint visit last month: a tall girl in a Haverley Academy blazer two sizes too big, with a pair of headphones round her neck, who answered every question about her brother and none about herself. When you asked what she liked doing she said "singing, when nobody's listening", and then looked embarrassed she had said it.

You make a coffee, close your email and open the chronology. It runs to eleven pages. You take it a period at a time.
+ [Read the entries for 2013 to 2017]
-> early_years

= early_years
# scene: office
Chronology, part one: 2013 to 2017.

3 March 2013. Chloe Walsh born at Haverley General Hospital, 3.2 kg, full term. Mother Leanne Walsh, 22, white British. Father Andre Campbell, 25, Black British of Jamaican heritage; named on the birth certificate. (Source: birth notification.)

June 2013. Health visitor: Leanne tearful, low mood, not sleeping; GP diagnoses postnatal depression and prescribes antidepressants. Leanne's mother, Pat Walsh, is visiting every day and "doing the nights". Baby thriving. (Source: health visitor.)

September 2016 to spring 2018. Chloe's aunt Joyce Campbell, Andre's older sister, who works shifts at the Haverley mail centre, collects her from nursery and then from school on Tuesdays and Thursdays and gives her tea with her cousin Nathan, then seven. On Thursday evenings she takes her to Auntie Grace Lindo's children's choir at the Haverley Caribbean Centre on Ruskin Street. Joyce later writes: "We started the autumn after our mother died in Jamaica. She knew all the songs before she could read the words. She also knew where I kept the biscuits." (Source: letter from Ms Campbell to the primary school, 2018.)

November 2016. Nursery report: Chloe is "bright, chatty, a bit bossy in the home corner, always singing". Development on track; immunisations up to date. (Source: nursery; health visitor.)

Summer 2017. The parents separate, without rancour on either side. Andre, a team leader at the distribution centre on the ring road, has gone onto weekday nights, and he moves into a studio flat on Station Road, ten minutes away: one room and a galley kitchen over a bookmaker's. Chloe, four, has most Saturdays with him, Andre walking round to fetch her. The GP records a second episode of Leanne's depression "after the separation". (Source: GP; Leanne, at the 2023 conference.)

You read the page twice. Then you do what Rachel asked and pick the entry you would underline for Chloe's permanence.
# activity: chloe.p1.early-entry
# prompt: Which of these early entries matters most for Chloe's permanence?
+ [The separation in 2017, Andre's nights, his flat and his Saturdays # why: It matters for her sense of being wanted, but it is half the story: his sister went on caring for Chloe twice a week after he left, and she is the thread to follow.]
    You underline the separation and Andre's flat and write "What did Chloe make of that? Who told her why?" Then, higher up, you see that his sister was still having her twice a week, and you underline that too.
+ [Joyce's Tuesdays and Thursdays: tea, Nathan and the choir, 2016 to 2018 # correct # why: A year and a half of twice-weekly care by an aunt who held Chloe's father's family and the choir is the strongest relational and cultural anchor in the file, and nobody has asked about it since 2018.]
    ~ chronology_insight += 1
    You underline the Tuesdays and Thursdays with Joyce and write in the margin: "Who held her identity? Her dad's sister, and the choir. Still local? Nobody has asked her since 2018."
+ [The 2016 nursery report: a bright, chatty child, always singing # why: Strengths are worth building on, and the singing matters, but a good start does not tell you who Chloe belongs to now. Look again at who was caring for her after school.]
    You underline the nursery report. A bossy, singing three-year-old is the same girl who told you she sings when nobody is listening. Something has gone quiet between then and now. Then your eye goes back to the Thursdays at the choir with her aunt.
+ [Leanne's depression: postnatal in 2013, and again after the 2017 separation # why: It shows a pattern the court will want, each upheaval bringing a bad spell, but it is Leanne's story, and it tells you less about Chloe's future than who went on caring for her afterwards.]
    You underline the postnatal depression and the GP's note after the separation. Each time Leanne's life is turned over, the depression comes back: you suspect you will see that again. Below it, the Tuesdays and Thursdays with Joyce rest on Joyce's own letter, and nobody in the service has followed them up since 2018.
- You turn the page.
+ [Read the entries for 2018 to 2021]
-> middle_years

= middle_years
# scene: office
Chronology, part two: 2018 to 2021.

March 2018. Chloe's primary school makes a referral: Chloe, aged five, arriving hungry, and Leanne in bed in the afternoons. Single assessment: Joyce Campbell, who collects Chloe on Tuesdays and Thursdays, is spoken to and says what she has seen, the curtains shut and Chloe "answering the door by herself". Leanne cooperative, home clean, "low mood, under the GP"; closed with advice. (Source: children's social care.)

April 2018. Leanne and Andre are rowing about his Saturdays: twice that spring he cancelled at the last minute. That spring Joyce's marriage ends, and Nathan, eight, is struggling at school and is nearly excluded. In April Joyce stops the Tuesdays and Thursdays herself, by a text to Leanne, and tells the school she is "stepping back for a bit". She does not come back, and nobody explains it to Chloe. On the next two Thursdays Chloe waits at the school gate for her aunt until the office rings Leanne. Joyce sends birthday and Christmas cards every year after, and Leanne puts them in a drawer. (Source: school safeguarding log; Leanne.)

November 2018. Leanne begins a relationship with Gary Pearson, 32, a delivery driver, who moves in with her and Chloe that winter. (Source: Leanne.)

May 2019. Leanne will not let Chloe stay overnight at Andre's: one room, and a father who sleeps until two after a night shift. His Saturdays with Chloe stay daytime ones: the park, the baths, chips at his old friend's. (Source: father; Leanne.)

July 2019. Tyler Pearson born. Chloe, aged six, is described by the health visitor as "a proud big sister, very helpful with the baby". (Source: health visitor.)

January 2021. Pat Walsh, Leanne's mother, dies in Haverley General of Covid-19. Leanne is not allowed to visit. Thirty people at the funeral, Chloe and Tyler not among them. (Source: Leanne; GP.)

March to December 2021. Chloe's attendance falls to 84 per cent; often late; "tired, worries about home". Her teacher finds Tyler's nappies and wipes in her school bag. Child in need plan from June; Leanne goes back to her GP, starts new tablets and is put on the waiting list for talking therapy. Closed in December: "good progress made, Mum engaging". (Source: school; children's social care.)

You sit back. Three years in which a five-year-old lost her Tuesdays and Thursdays with her aunt, gained a baby brother, and lost her gran in a pandemic.
# activity: chloe.p1.middle-entry
# prompt: From 2018 to 2021, which entry matters most for planning Chloe's permanence?
+ [Tyler's birth and the proud, helpful big sister, 2019 # why: The sibling bond will shape any plan, and "helpful" may already mean "in charge", but the entry does not tell you who could hold Chloe. April 2018 and the lost Thursdays do.]
    You underline Tyler's birth and, beside "very helpful with the baby", write "helpful, or in charge?" Whatever happens next, the two of them are a pair. Then you go back to April 2018.
+ [The April 2018 text that ended Joyce's Tuesdays and Thursdays # correct # why: Chloe lost her twice-weekly care from her father's family overnight, with nobody telling her why, and the two women have not spoken since. Repairing that may be the key to Chloe's relational and cultural permanence.]
    ~ chronology_insight += 1
    You underline April 2018 in red. "Her aunt stopped coming, by text, and nobody told her why. Has anyone explained it to Chloe since?" Beside the two Thursdays Chloe waited at the gate you write: "Joyce's marriage ending, Nathan nearly excluded. Leanne has never forgiven her. Both hurt. Both still angry?" And you note the cards, every year, for six years.
+ [Pat Walsh's death in January 2021, and Leanne's grief # why: It explains much: Leanne lost her main support and the depression deepens after it. Worth raising with Leanne. But it points to Leanne's grief more than to who could hold Chloe now.]
    You underline Pat's death and write "Grief as well as illness. Did anyone offer Leanne bereavement support? Did anyone talk to Chloe about her gran?" Then you go back to April 2018, where someone else who loved Chloe was lost to her.
+ [The child in need plan closed in December 2021 as "good progress" # why: The closure is a lesson in optimism and drift, but it keeps your eye on the service's record rather than on the people who could hold Chloe.]
    You underline the closure. Six months of a plan and a case closed on the strength of a new prescription. You write "What was measured?" and feel the familiar irritation of reading someone else's optimism. Then you turn back a page to the aunt nobody rang.
- You stretch, refill the coffee, and turn to the most recent pages.
+ [Read the entries for 2022 to 2024]
-> recent_years

= recent_years
# scene: office
Chronology, part three: 2022 to 2024.

April 2022. Andre misses three arranged Saturdays in a row. Chloe, nine, writes in a class diary: "Dad didn't come again. I think he forgets he's got me." Andre tells school later that the warehouse had moved him onto a rota of four nights on and four off, which took most of his Saturdays, that he was too ashamed to say so, and that Leanne "stopped answering". (Source: school; father.)

Summer 2022. Leanne and Gary separate, without violence. Gary takes a two-bedroom flat on Kiln Lane, a few streets from his mother Sandra's, and has Tyler every other weekend and one night a week. (Source: Leanne; Sandra Pearson.)

November 2022. On a Sunday afternoon Chloe, nine, rings 999: her mum has taken an overdose of her tablets. She tells the call handler she has put Tyler, three, in front of the cartoons in the other room "so he doesn't see". Leanne is in Haverley General for two nights; Tyler goes to his dad's, with Sandra there to help, and Chloe to her aunt Donna. Strategy discussion and section 47 enquiries; child in need plan. (Source: ambulance service; children's social care.)

February 2023. After the child in need plan made no progress over the winter, an initial child protection conference puts both children on plans: Chloe under the category of emotional abuse (finding her mother, running the house, and the worry she carries into school), Tyler under neglect (missed nursery, an empty fridge). Leanne agrees to a referral to the community mental health team. Andre, invited as a parent with parental responsibility, joins the conference by phone from work and comes to one core group; after that he sends apologies, then nothing. (Source: conference minutes; core group minutes.)

October 2023. School nurse sees fresh scratches on Chloe's forearm. Chloe says it was next door's cat. CAMHS referral not accepted ("below threshold"); six sessions with the school counsellor, whom Chloe liked. (Source: school nurse; school.)

February 2024. Chloe tells her Year 6 teacher, Mr Reid: "I do Tyler's tea on the days Mum gets poorly." Referred to the young carers' group; she goes twice and stops because "I can't leave Tyler". (Source: school.)

July 2024. Year 6 leavers' assembly. Chloe sings a solo. Leanne comes, in a good spell, and cries. Mr Reid writes in his transition notes: "The kindest child in the year. Carries too much. Needs one adult in secondary school who will notice." (Source: primary school transition record.)

September 2024. Chloe starts Year 7 at Haverley Academy and is late eleven times in three weeks. The community mental health team's worker finds Leanne in bed at midday with the curtains shut; she has stopped her tablets "because they made me feel like nothing". Legal planning meeting booked. (Source: core group; community mental health team.)
# activity: chloe.p1.recent-entry
# prompt: Two entries from 2022 to 2024 speak to where Chloe belongs, not only to the harm she has lived with. Pick out one of them.
+ [The November 2022 overdose, Chloe's 999 call and the section 47 # why: The legal planning meeting will need it: it is the clearest evidence of harm. But it records what Chloe did that afternoon and nothing of who she belongs to.]
    You underline the overdose. The meeting will need it. You notice, though, that the chronology records what Chloe did that afternoon and nothing about what she felt.
+ [Chloe's diary, April 2022: "I think he forgets he's got me" # correct # why: It is the only entry in three years in her own words, and it is about belonging: a child who has concluded she is not wanted by her father's side.]
    ~ chronology_insight += 1
    You copy Chloe's sentence onto a sticky note and put it on the front of the folder. It is the only entry in three years in her own words, and it is about belonging, not about danger.
+ [Tyler's tea, and the young carers' group she could not keep up # correct # why: "I can't leave Tyler" is a child telling you what her place in the family is. Any plan that separates them takes away that job, and must give her something in its place.]
    ~ chronology_insight += 1
    You underline "I can't leave Tyler". If the children are separated, Chloe will lose the one job that has given her a place in the family. You write "Sibling plan. And someone to look after her for a change."
+ [The scratches on her forearm and the declined CAMHS referral # why: Her emotional health needs a plan in any placement, but on its own the entry says more about thresholds than about where Chloe belongs. Note the counsellor she liked.]
    You underline the scratches. A child who says it was the cat, and nobody helped beyond six sessions. You note the counsellor's name. Chloe liked her. That matters.
- 
{chronology_insight >= 2: You can feel a shape in the file now, the kind that never appears in a case summary.|You have three underlined entries. You are less sure yet that they add up to anything.}

Rachel stops by your desk on her way to a meeting. "Well? If you had to say one thing runs through it, what is it?"
# activity: chloe.p1.patterns
# prompt: Which pattern across the chronology should shape Chloe's permanence plan most?
+ [Leanne's depression deepens after each loss and lifts when someone is alongside her # why: True, and the court will want to know what recovery looks like, but it is about Leanne's journey more than Chloe's anchors.]
    "Leanne does better when someone's alongside her," you say. "Her mum, the GP in 2021."
    Rachel nods. "Keep that. The court will want to know what recovery looks like. But what about Chloe?"
+ [Help has come and gone: plans opened and closed, three workers in eighteen months # why: Worth saying in supervision, but a pattern about the service risks becoming the story instead of Chloe.]
    "Us," you say. "We've come and gone. Plans opened, closed, reopened. Three workers."
    Rachel winces. "Fair. But that's my problem to fix. What's hers?"
+ [The adults who held Chloe have gone or faded: Joyce in 2018, Gran in 2021, Dad in 2022 # correct # why: Cumulative loss of the people who held her relational and cultural permanence is the thread a plan must repair, and at least one of them may still be reachable.]
    ~ chronology_insight += 1
    "Losses," you say. "Her auntie, her gran, her dad. Every person who held her, gone, one after another. And nobody explained any of it to her."
    Rachel nods slowly. "Then find out whether Joyce is still there."
+ [School has been the steady place: Mr Reid, the counsellor, the leavers' solo # why: School is a protective factor to keep through any move, but it supports permanence rather than being its core.]
    "School's where she's been seen," you say. "If she moves, we keep her at the Academy if we possibly can."
    Rachel agrees. "Put that in every referral. And who does she belong to?"
- -> with_leanne

= with_leanne
# scene: family-home
Rachel wants the chronology in the legal planning meeting bundle on Thursday; if the meeting agrees, the letter before proceedings will go out the week after, and the chronology with it. You have a home visit booked with Leanne on Tuesday afternoon, your first since the case came to you.

Leanne's front room is tidy; the bedroom curtains, through the open door, are still shut at two in the afternoon. She is dressed and has made you a tea before you sit down, and she calls you by Tom's name, then corrects herself. "Sorry. You all look the same after a bit. That's not a dig." She asks whether "the meeting on Thursday" is about taking the kids. You have the chronology in your bag.
# decision: chloe.p1.share-chronology
# prompt: Leanne has not seen the chronology the meeting will read on Thursday. What do you do with it, and what does it cost?
+ [Go through it with her now, and add her corrections before it goes to the meeting # permanence: +2 # contact: +1 # disruption: -1 # why: A record the family has checked is fairer and more accurate, and Leanne hears it from you first; but it takes the afternoon, April 2018 reopens, and Thursday's bundle goes in late. # ref: Public Law Outline: pre-proceedings; Practice Standards: recording so the child can understand; Practice Model: working with # stance: with]
    ~ tie_leanne = 3
    She reads it with her finger under each line. At April 2018 she stops. "That's not how it was. She didn't step back, she walked off. Put that." Then, quieter: "Chloe loved those Thursdays, though. I know that. I just wish she'd told her why herself." She adds that Pat used to sing to Chloe, Dolly Parton, every night, and that Chloe went to her gran's funeral "in her head, because she made me describe every bit of it". You add both, in her words, marked as hers. The bundle goes in a day late. Legal read it at the table instead of the night before, the meeting overruns into the next family's slot, and Rachel tells you so, without softening it. That week Chloe is late for school three more times.
+ [Tell her about Thursday honestly, but leave the chronology until her solicitor has the letter # permanence: 0 # contact: 0 # disruption: 0 # why: Leanne is told the truth and will read it with legal advice beside her, which is fair; but the record about her life is settled before she sees it, and her account of 2018 is not in it. # ref: Public Law Outline: letter before proceedings; Practice Model: working with # stance: for]
    ~ tie_leanne = 3
    You tell her what Thursday is for and that she will get a letter and free legal advice if it goes that way. She asks what the file says about her. "A lot of dates," you say. "You'll see all of it." She nods, and then asks you to leave before the kids get home, so they don't see her like this.
+ [Go through every entry with her and Chloe together after school, so neither hears it second-hand, and take both their corrections # permanence: -1 # contact: -1 # disruption: +1 # why: You hide nothing from either of them and write down what they say, and Leanne wants Chloe there to say she is "not that bad"; but an eleven-year-old hears the overdose she found, the empty fridge and her scratches read out at her mother's table, and ends up defending her mum to the record. # ref: Practice Model: working with, not to; Practice Standards: recording as if the child will read it # stance: with]
    ~ tie_leanne = 2
    Chloe comes in at ten to four with Tyler and her blazer still on. Leanne sends Tyler to his room with a tablet and pats the settee. You read it out a page at a time, because that is what you agreed. At November 2022 Chloe says, "I put his cartoons on so he wouldn't see. I wasn't scared. I knew what to do," and watches you write it down. At October 2023 she pulls her sleeves over her hands. At the end she makes her mum a tea, and Leanne says, "See? She's fine." You add their corrections, in their words. In the car you sit for a minute before you start the engine.
+ [Take her through the harms the meeting will rely on, one by one, and write down her answer to each # permanence: 0 # contact: -1 # disruption: +1 # why: It is honest about the risks and she answers every one; but it reads her life back to her as a list of harms, her answers go down in your words, and the people who held Chloe never come up. # ref: Public Law Outline: pre-proceedings; Children Act 1989 s.31: significant harm # stance: to]
    ~ tie_leanne = 2
    You go through the entries the solicitor will use: the overdose, the fridge, Chloe's attendance. She answers every one, fast and angry, and you write her answers down word for word. "The fridge was empty because I couldn't face the shop. Have you ever not been able to face a shop?" At the end she says, "So that's me, is it. Eleven pages and that's me." You leave at four. She does not see you to the door.
- -> school_visit

= school_visit
# scene: school
The legal planning meeting on Thursday agrees to send a letter before proceedings and hold a pre-proceedings meeting in four weeks.

On Monday 7 October you see Chloe at the Academy, in a small room off the library, with her head of year, Ms Shah, who stays for five minutes and then leaves you to it. Chloe has her headphones on, which she takes off when Ms Shah looks at them. She talks about Tyler for ten minutes. She says Mum is "fine, mostly. Tired." She does Tyler's packed lunch "because Mum's not a morning person". When you ask who she would want to help her family, she looks at the table.

"Is Auntie Joyce still about? Dad's sister. She used to take me to choir." She turns the headphones over in her hands. "Mum says she let us down. She sends me cards. Mum puts them in the drawer, but I know where the drawer is."

As you leave, Ms Shah stops you in the corridor with a printout. Chloe has been late fourteen times since September, eleven of them after the register closed, and the attendance team has a penalty notice drafted for Leanne. "We're meant to offer support first now, and I'd rather. There's a breakfast club at ten to eight, but it's two pounds fifty a morning, and somebody still has to get Tyler to his school." Chloe, who has followed you out, says to the floor: "Don't let them fine Mum. I'll just get up earlier."
# decision: chloe.p1.mornings
# prompt: Chloe is late because the mornings are hers, and she asks you to stop the fine. What do you do about her mornings, and who carries them?
+ [Make a morning plan with Chloe: an alarm at half six, Tyler's bag packed the night before, and a text to you if Mum won't wake # permanence: -1 # contact: 0 # disruption: +1 # why: It starts from what she asked for and gives her a line to you; but it writes an eleven-year-old into the job of getting her brother to school and her mother out of bed, and the plan works only for as long as she does. # ref: Children Act 1989 s.17ZA: young carers' needs assessment; Practice Model: working with # stance: with]
    Chloe types the plan into her phone and shows you the alarm, set for half past six and labelled TYLER. "Sorted," she says. Ms Shah looks at you over Chloe's head and says nothing. The penalty notice stays in the attendance office's tray.
+ [Refer Chloe for a young carer's needs assessment today, without waiting to ask Leanne first # permanence: +1 # contact: 0 # disruption: 0 # why: The assessment is Chloe's by right and is the route to help that lasts, and it does not wait on Leanne's agreement; but Leanne hears of it from a stranger, not from you, nothing changes at seven tomorrow morning, and the notice is still in the tray. # ref: Children Act 1989 s.17ZA: young carers' needs assessment; Working together to improve school attendance (DfE, 2024): support first # stance: to]
    The referral goes in from the car park before lunch. On Wednesday the young carers' service rings Leanne to book a visit; she tells them that Chloe is not a carer, she is her daughter, and puts the phone down. Ms Shah keeps the notice in the tray "for now".
+ [Ask Ms Shah to hold the notice, arrange breakfast club and Sandra's school run, and tell Leanne after # permanence: +1 # contact: +1 # disruption: -1 # why: It takes the mornings off Chloe this week and keeps her in school, where she is noticed; but it asks nothing of Leanne, Ms Shah has to defend a held notice, and it is the council, not her family, that has taken over Chloe's mornings. # ref: Children Act 1989 s.17: services for a child in need; Working together to improve school attendance (DfE, 2024): support first # stance: for]
    Ms Shah agrees to hold the notice, "and I'll have to explain why". Rachel signs off the breakfast club from the section 17 budget, with a look, and Sandra says yes to Tuesdays and Thursdays, "for Tyler, and for her". Leanne, told on Wednesday, says, "So the council does my mornings now," and then "Thank you," in the same breath.
+ [Sit down with Leanne and Chloe after school, and agree together, in writing, who does what each morning # permanence: 0 # contact: 0 # disruption: +1 # why: A plan the family makes is one they own, and Leanne keeps her place as the parent; but Leanne, off her tablets and in bed at midday, agrees to every line, and when she cannot keep them the mornings fall back on Chloe, now with a plan she is failing. # ref: SMART planning: co-production with the family; Children Act 1989 s.17ZA: young carers' needs assessment # stance: with]
    You go round at four. The plan goes on the fridge in Chloe's handwriting: Mum up at seven on school days, Chloe does Tyler's bag. Leanne signs it with a smiley face, and Chloe looks at the face for a long time. Ms Shah keeps the notice in the tray "for now".
- That evening, on the phone, you tell Leanne that Chloe asked about her aunt. The line goes quiet. "Joyce." A long breath. "She dropped Chloe like a bag when it suited her. Chloe waited at that gate two Thursdays. I don't know if I can watch that happen to her twice. And once the Campbells have got her, where does that leave me? I'm not saying never. I'm saying not now, not with everything." Then: "Andre? Tell him if you want. He won't come. He never does."

Andre has parental responsibility and is still on the core group list, though he has not come since the spring of 2023: he will be sent the letter before proceedings in any case. Joyce is an aunt without parental responsibility, whose number in the 2018 assessment now rings out unanswered. {chronology_insight >= 2: You have already written her name on the front of the folder.}
# decision: chloe.p1.trace-family
# prompt: Leanne asks you to wait on Joyce, and shrugs about Andre. Chloe has asked about her Auntie Joyce. Whom do you contact now, how, and what do you risk?
+ [Tell Leanne you will ring Joyce and Andre this week because Chloe asked, whatever Leanne says, and do it # permanence: +2 # contact: +2 # disruption: 0 # why: Leanne hears it from you, with the reason, before anyone else, and Chloe's question is answered; but she asked you to wait, and her trouble goes to Andre's sister, whom she asked you to leave alone, on your word alone, with nothing offered her in return: no say in how Joyce is approached and nobody beside her, and you must record why sharing it against her wishes is justified. # ref: Practice Standards: family network engaged before a child comes into care; Public Law Outline: letter before proceedings # stance: to]
    ~ joyce_traced = true
    ~ andre_asked = true
    ~ tie_joyce = 2
    ~ tie_leanne = tie_leanne - 1
    Leanne rings Andre before you can, and by Thursday, when he answers your call from the warehouse, he has heard it as her version: that the social worker is "going round the family". He gives you Joyce's number in the end, and hangs up before you can ask how he is.
    -> ring_joyce
+ [Ring Andre today as Chloe's father, tell him Leanne has asked you to wait on Joyce, and tell Leanne you rang him # permanence: +2 # contact: +1 # disruption: +1 # why: A father is asked as a father, before a letter or Leanne can frame it for him, and you keep to the letter of what Leanne asked about Joyce; but telling him her request was your choice, Andre hears his daughter's crisis from a stranger who has woken him, what he does next is his to decide, not yours, and Leanne, who is sure you knew what he would do, will not open the door to you for the rest of the week. # ref: Public Law Outline: the family network before proceedings; Working Together 2023: information sharing # stance: for]
    ~ joyce_traced = true
    ~ andre_asked = true
    ~ tie_andre = 2
    ~ tie_joyce = 2
    ~ tie_leanne = tie_leanne - 2
    Andre answers on the fifth ring, woken from a day's sleep after a night shift, and goes to the window to hear you properly. He listens without interrupting. "Is she all right? Chloe?" Then: "I haven't been... I know what it looks like." When you tell him that Leanne has asked you to leave his sister out for now, he is quiet for a while. "Joyce is Chloe's aunt. I don't need Leanne's say-so to ring my own sister." Within the hour he has rung her in Jamaica, where she is at their aunt's funeral, for the first time in two years, and he texts you her WhatsApp: "She'll talk to you. For an hour. Tell her I gave you the number." When you tell Leanne the next morning that you rang him, and what he did next, she says you knew he would: it is all of them against her now, and she does not open the door to you again that week.
    -> ring_joyce
+ [Plan a family meeting with Leanne for early November, and tell her you will ring Joyce and Andre after it, whatever it decides # permanence: -1 # contact: 0 # disruption: +1 # why: Leanne stays alongside you and hears the line you will hold, and Joyce and Andre will be rung whatever she says; but Chloe's question waits four weeks, a father with PR is not asked what he or his family could offer before the pre-proceedings meeting, and the one relative who held her heritage stays outside until then. # ref: Practice Standards: family network meetings; Practice Model: working with # stance: with]
    ~ tie_leanne = tie_leanne + 1
    ~ p1_meeting_booked = true
    Leanne names her sister Donna, and Gary and Sandra, "for Tyler". When you tell her you will ring Joyce and Andre after the meeting, whatever it decides, she is quiet for a long time. "Then I want to be in the room when their names come up." You put the meeting in the diary for 4 November, the week after the pre-proceedings meeting. When you see Chloe on Wednesday she asks whether you found out about Auntie Joyce. You tell her: after a meeting, in November. She counts the weeks on her fingers and does not say anything.
    -> night_of_eleventh
+ [Put the wider family on the agenda for the pre-proceedings meeting, where Leanne has her solicitor # permanence: -1 # contact: -1 # disruption: 0 # why: It is orderly and gives Leanne legal advice before her family is approached, but it puts three weeks and a meeting between a child's question and any answer. # ref: Public Law Outline: pre-proceedings meeting # stance: not]
    You add "wider family: paternal aunt?" to the draft agenda. Rachel initials it. The meeting is set for 31 October.
    -> night_of_eleventh

= ring_joyce
# scene: office
Joyce Campbell rings back from Jamaica at ten that night on a line that keeps dropping. She is blunt and very awake. "Did she get the cards? Every birthday, every Christmas, six years of them. Tell me she got the cards." Then, before you can answer: "I stopped the Thursdays. Not Leanne. My marriage went and Nathan was in trouble, and I had nothing left, and I stopped coming, by text, to a five-year-old's mother. I never explained it to Chloe. That is mine. You can tell Leanne that, or not. She won't believe it from you either." She has barely spoken to Andre since he stopped turning up for Chloe's Saturdays in 2022, she says, and she is doing this "for Chloe, not for him".

She is forty-five and divorced, a shift manager at the Haverley mail centre, the sorting office, on earlies and lates, with a son, Nathan, fifteen, "who is at his father's eating takeaway every night while I am here". She has taken all her leave, and some unpaid, for her aunt's funeral and to sort out, with her cousins, what is left of her mother's house in Mandeville, and flies home on 14 November. "Tell Chloe her Auntie Joyce is coming back. Tell her I still have her choir robe. It will not fit her. Tell her anyway."
"And tell Andre," she adds, "that he should have rung you himself."
-> night_of_eleventh

= night_of_eleventh
# scene: hospital
~ joyce_involved = joyce_traced
Friday 11 October, twenty to six. You are the duty social worker, the last one in the office, with your coat on. The ambulance service rings the duty line. At 4.40 pm Chloe rang 999 from the flat on Tannery Row: her mum had taken tablets again and would not wake properly. The crew found Leanne drowsy and confused, with empty packets of her antidepressants and of paracetamol beside the bed. Chloe had let them in, and had Tyler in the front room with the cartoons on and the door shut. The crew brought all three of them to Haverley General. Leanne is being treated in the emergency department; she will be kept in, and the psychiatric liaison team will see her in the morning.

In the relatives' room off the emergency department, Chloe sits in her school uniform with Tyler asleep across her knees, and will not let the healthcare assistant take him. "He doesn't go to strangers," she says. "He'll scream." She looks at you. "You're the one who came to school."

By half past seven you have made the calls. Gary Pearson, Tyler's father, who has parental responsibility for him, is on his way from the depot to take Tyler back to his flat on Kiln Lane "for as long as it takes", and his mother, Sandra, is coming with him to do the early mornings while he is driving. A child who goes to live with his own father is not looked after: Tyler needs no placement tonight, only his dad. About Chloe, Gary is quiet, and then clear. "She's not mine to take, and I'm out at six. I'd have her round for her tea any day, you know that. But her mum would never forgive me, and she'd be right. Saturdays I can do. Bring her, and the two of them can have them together."

Chloe's aunt Donna, Leanne's sister, answers on the ninth ring. She loves Chloe, she says, and she has three children in a three-bedroom house and a night shift on the shelves at the supermarket tomorrow. "Tonight, on the settee, yes. Not after that." The fostering duty line has one emergency bed: Bernadette Clarke, in Haverley, five minutes from the Academy, who can do three nights. Andre's mobile goes to voicemail twice; you leave a message, that Chloe is safe and that you need to speak to him tonight, and ask the out-of-hours team to try him again at ten. {joyce_traced: Joyce is in Jamaica until the middle of November.}

Chloe is listening to every word you say on the phone. "Where am I going?"
# decision: chloe.p1.night
# prompt: Tyler is going home with his dad. It is half past seven. Where does Chloe sleep tonight, and what does each answer cost her?
+ [Bernadette Clarke's emergency bed near school, after Chloe has seen Tyler into Gary's car # permanence: +1 # contact: +1 # disruption: -1 # why: A prepared carer five minutes from school, and a goodbye Chloe can see, but she goes to a stranger late at night, after the worst afternoon of her year, and will have to move again within days. # ref: Children Act 1989 s.20(1): a child whose carer is prevented from caring for her; Practice Standards, Children in Care # stance: for]
    ~ lives_with = "emergency foster carer (Bernadette Clarke)"
    ~ night = 1
    At eight, Tyler leaves with his dad and Sandra, asleep in a car seat. Chloe stands by the ambulance bay in her school blazer and watches the car until it turns the corner. She asks whether her mum will know where she is, and you promise that the nurses will tell her. You drive her to Ruskin Street. Bernadette Clarke opens the door in a headscarf and slippers and says, "You'll be Chloe. There's toast, or there's bed, or there's both." Chloe has both.
+ [Bring Gary into the relatives' room, with Donna on speaker and Chloe there, and agree together where she sleeps # permanence: 0 # contact: +1 # disruption: +2 # why: The family decide with Chloe in the room, which is how plans stick, and she may sleep beside her brother; but Gary and Donna have already told you what they can do, and asked again in front of Chloe, Gary cannot say no, so the separation comes tomorrow, in daylight, with Tyler watching, and Gary's goodwill is spent. # ref: Practice Standards: family network meetings; Practice Standards, Permanence: siblings placed together unless assessed otherwise; Care Planning Regulations 2010 reg 24: a person connected with the child # stance: with]
    ~ lives_with = "Gary Pearson, Tyler's father, with Tyler, for one night"
    ~ night = 2
    ~ tie_tyler = 5
    Gary sits down in his depot fleece, Sandra beside him, with Tyler asleep across Chloe's knees between you. Donna, on speaker from her kitchen, says the settee again, and then that she is on at six tomorrow. Chloe looks at Gary, and Gary looks at Tyler. "One night. Because it's Chloe. Don't ask me again." He lived with her for four years as her mum's partner, so for Chloe he is a connected person, and the out-of-hours manager approves it under regulation 24 after you see Gary's flat and the checks come back by phone. Chloe sleeps top-to-tail with Tyler in his bed, his feet in her back. In the morning, when you come for her, Tyler finds her by the front door and will not let go of her coat, and Gary has to lift him off. "That's what I meant," Gary says to you on the step. "Leanne will hear I've taken both of them. Don't put me in that position again."
+ [Let Chloe ring Donna herself to ask for the settee tonight, and find a bed for tomorrow in daylight # permanence: +1 # contact: +1 # disruption: 0 # why: She asks for her own family and sleeps there, not with strangers, which matters, but the checks at nine at night are thin, Donna has a night shift tomorrow, and Chloe moves again by lunchtime. # ref: Care Planning Regulations 2010 reg 24; Practice Standards, Children in Care # stance: with]
    ~ lives_with = "her aunt Donna, for one night"
    ~ night = 3
    ~ tie_donna = 3
    Chloe asks Donna herself, in a small voice, on your phone. The out-of-hours manager agrees if you see the house and the adults first; the police and local checks are run by phone. You drive Chloe over, and Donna meets you at ten in her work fleece and tucks her up on the settee between a sleeping cousin and a cat. At eleven the next morning she rings you. "I'm on at six. I'm sorry. I'm so sorry." Chloe, in the background, is doing her cousins' breakfast.
+ [Take Chloe up to her mum first, and ask Leanne, with Chloe there, where she should sleep tonight # permanence: -1 # contact: 0 # disruption: +1 # why: Leanne is her mother, with parental responsibility, and Chloe has not seen her since the ambulance; but a drowsy, confused woman on a trolley cannot weigh where her child sleeps, any yes she gives is not informed consent, and Chloe watches her try. # ref: Coventry CC v C \[2012\] EWHC 2190 (Fam); Re N \[2015\] EWCA Civ 1112: consent to accommodation must be informed and fairly obtained # stance: for]
    ~ lives_with = "emergency foster carer (Bernadette Clarke)"
    ~ night = 1
    The nurse gives you five minutes behind the curtain. Leanne holds Chloe's hand and says, "Donna's. Or home. She's better at it than me," and is asleep before the end of the sentence. Tyler has gone with his dad while you were upstairs, and Chloe did not see him go. It is after ten when Bernadette Clarke opens her door on Ruskin Street, and Chloe goes straight to bed without the toast.
+ [Agree with Chloe that she waits near her mum tonight, with you till midnight, and a carer tomorrow if Mum stays in # permanence: -1 # contact: 0 # disruption: +1 # why: She stays near her mum with someone she knows, hears the truth about the morning from you, and no placement is made in a rush; but an eleven-year-old spends the night after finding her mother on hospital chairs, waiting for news, at midnight a stranger takes over from you, and a child the authority is accommodating spends the night with no placement under section 22C. # ref: Children Act 1989 s.20(1) and s.22C # stance: with]
    ~ lives_with = "Haverley General relatives' room (waiting for news)"
    ~ night = 4
    At eight, Tyler leaves with his dad, asleep in a car seat. Chloe watches the car until it turns the corner. You tell her that if her mum is kept in, she will go to a carer tomorrow; she nods, and does not ask again. She sleeps on two chairs pushed together in the relatives' room, under a hospital blanket, while the out-of-hours worker takes over from you at midnight, and wakes at six asking whether Tyler has eaten. At seven the liaison nurse tells you Leanne will not be going home.
- 
{night == 4:
    ~ legal_status = "accommodated under section 20 (no placement: a night in the hospital relatives' room with the out-of-hours worker)"
- else:
    ~ legal_status = "accommodated under section 20 (mother in hospital)"
}
+ [Part 2: Coming into placement]
-> part2
