// Part 1: Chronology. The worker reads Chloe's chronology (four activities with a right answer), then makes
// three decisions of a newly allocated worker: what to do with the chronology before the legal planning
// meeting, whether and how to trace Abena and Kwame when Leanne objects, and where Chloe goes on the night
// of 11 October. Leaves behind chronology_insight (0-4, the activities answered well), nana_traced,
// kwame_asked, nana_involved, lives_with and legal_status for the night, night (where she slept: 1 Pauline,
// 2 Sandra, 3 Donna, 4 the police station; part 2's opening reads it), and tie changes.

VAR night = 0

=== part1 ===
# part: 1 Chronology
# scene: office
Monday 30 September 2024, a quarter to nine. The Family Safeguarding team in Haverley sits on the second floor of the old library, above the register office, and on Mondays the lift does not work.

Rachel Dunn, your team manager, puts a red folder on your desk and sits on the edge of it, which is how you know it matters. "Chloe Walsh, eleven, and her brother Tyler Pearson, five. Child protection plan since May last year. Tom left on Friday and it's been with three workers in eighteen months. There's a legal planning meeting on Thursday to decide whether we send a letter before proceedings."

She taps the folder. "The case summary says neglect and domestic abuse and Mum's drinking. Everybody's read the summary. I want you to read the chronology, all of it, and tell me what you think matters for Chloe. Not for the file. For her, if she ends up not living with her mum. Where does she belong? Who holds her?"

You have met Chloe once, briefly, on a joint visit last month: a tall girl in a Haverley Academy blazer two sizes too big, hair pulled back in a tight puff, who answered every question about her brother and none about herself. When you asked what she liked doing she said "singing, when nobody's listening", and then looked embarrassed she had said it.

You make a coffee, close your email and open the chronology. It runs to eleven pages. You take it a period at a time.
+ [Read the entries for 2013 to 2017]
-> early_years

= early_years
# scene: office
Chronology, part one: 2013 to 2017.

3 March 2013. Chloe Walsh born at Haverley General Hospital, 3.2 kg, full term. Mother Leanne Walsh, 22, white British. Father Kwame Mensah, 25, Black British of Ghanaian (Fante) heritage; named on the birth certificate. (Source: birth notification.)

June 2013. Health visitor: Leanne tearful, low mood, not sleeping; GP prescribes antidepressants. Leanne's mother, Pat Walsh, is visiting every day and "doing the nights". Baby thriving. (Source: health visitor.)

2014 to spring 2018. Chloe stays with her paternal grandmother, Abena Mensah, a pharmacy technician at Haverley General, from Friday after nursery to Sunday evening most weeks. Abena takes her to Wesley Methodist Church, where there is a Fante service and a children's choir, cooks light soup and jollof on Saturdays, and does her hair every other Sunday "whether she likes it or not". Abena later writes: "She knew all the songs before she could read the words. She also knew where I kept the biscuits." (Source: letter from Mrs Mensah to the primary school, March 2018.)

August 2015. Police called by a neighbour to raised voices at the flat on Tannery Row. No assault disclosed; no further police call-outs involving Kwame before or since. Kwame moves out; the parents separate. Kwame continues to see Chloe every Saturday. (Source: police notification; family.)

November 2016. Nursery report: Chloe is "bright, chatty, a bit bossy in the home corner, always singing". Development on track; immunisations up to date. (Source: nursery; health visitor.)

2017. Kwame takes a warehouse team-leader job in Ashbridge, twenty-five miles away, and marries Esi. His time with Chloe drops from every Saturday to about once a month. (Source: Leanne, at the 2023 conference.)

You read the page twice. Then you do what Rachel asked and pick the entry you would underline for Chloe's permanence.
# activity: chloe.p1.early-entry
# prompt: Which of these early entries matters most for Chloe's permanence?
+ [Kwame's move to Ashbridge, 2017, and the fall in his time with Chloe # why: It matters for her sense of being wanted, but it is half the story: his mother went on caring for Chloe every weekend after he moved, and she is the thread to follow.]
    You underline Kwame's move and write "What did Chloe make of that? Who told her why?" Then, lower down, you see that his mother was still having her every weekend, and you underline that too.
+ [Abena's weekends, church, food and hair, 2014 to spring 2018 # correct # why: Four years of weekly care by a grandmother who held Chloe's Ghanaian family and faith is the strongest relational and cultural anchor in the file, and nobody has asked about it since 2018.]
    ~ chronology_insight += 1
    You underline the four years with Abena and write in the margin: "Who held her identity? Nana. Still alive? Still local? Nobody has asked her since 2018."
+ [The 2016 nursery report: a bright, thriving child # why: Strengths are worth building on, and the singing matters, but a good start does not tell you who Chloe belongs to now. Look again at who was caring for her at weekends.]
    You underline the nursery report. A bossy, singing three-year-old is the same girl who told you she sings when nobody is listening. Something has gone quiet between then and now. Then your eye goes back up the page to the weekends with her grandmother.
+ [The separation in 2015 and the police call-out # why: A single call-out with no disclosure tells you less about Chloe's future than who went on caring for her afterwards. It has coloured how the file talks about Kwame ever since.]
    You underline the police call-out. It is the first entry with a police source, and it shapes how the file has talked about Kwame ever since. Nothing like it happened again. Above it, the weekends with Abena have no police source at all, and nobody has followed them up.
- You turn the page.
+ [Read the entries for 2018 to 2021]
-> middle_years

= middle_years
# scene: office
Chronology, part two: 2018 to 2021.

March 2018. Abena Mensah tells Chloe's primary school she is worried that Leanne is drinking in the daytime and that Chloe, aged five, has been "answering the door by herself". School makes a referral. Single assessment: Leanne cooperative, home clean, "no evidence of risk"; closed with advice. (Source: children's social care.)

April 2018. Leanne, hurt that Abena "went behind my back", stops the weekends. The school notes a row at the gate in which Abena told Leanne, in front of other parents, that she was "not fit to raise a goldfish". Abena sends birthday and Christmas cards every year after; the school notes two occasions when Abena waited at the gate and Leanne asked staff to keep Chloe inside. (Source: school safeguarding log.)

November 2018. Leanne begins a relationship with Gary Pearson, 32. (Source: police.)

July 2019. Tyler Pearson born. Chloe, aged six, is described by the health visitor as "a proud big sister, very helpful with the baby". (Source: health visitor.)

January 2021. Pat Walsh, Leanne's mother, dies in Haverley General of Covid-19. Leanne is not allowed to visit. Thirty people at the funeral, Chloe and Tyler not among them. (Source: Leanne; GP.)

March to December 2021. Chloe's attendance falls to 84 per cent; often late; "tired, worries about home". Her teacher finds Tyler's nappies and a bottle in her school bag. Child in need plan from June; Leanne attends her GP about drinking. Closed in December: "good progress made, Mum engaging". (Source: school; children's social care.)

You sit back. Three years in which a five-year-old lost her weekends with Nana, gained a baby brother, and lost her other grandmother in a pandemic.
# activity: chloe.p1.middle-entry
# prompt: From 2018 to 2021, which entry matters most for planning Chloe's permanence?
+ [Tyler's birth and the proud, helpful big sister, 2019 # why: The sibling bond will shape any plan, and "helpful" may already mean "in charge", but the entry does not tell you who could hold Chloe. The referral and the lost weekends do.]
    You underline Tyler's birth and, beside "very helpful with the baby", write "helpful, or in charge?" Whatever happens next, the two of them are a pair. Then you go back to April 2018.
+ [The 2018 referral and the end of Abena's weekends # correct # why: The adult who raised concerns lost her place in Chloe's life for it, and both women said things they have not taken back. Repairing that may be the key to Chloe's relational and cultural permanence.]
    ~ chronology_insight += 1
    You underline April 2018 in red. "Nana spoke up and lost her. Has anyone ever told Chloe why the weekends stopped?" Beside the goldfish line you write: "Both of them hurt. Both still angry?" And you note the cards, every year, for six years.
+ [Pat Walsh's death in January 2021 # why: It explains much: Leanne lost her main support and the drinking rises after it. Worth raising with Leanne. But it points to Leanne's grief more than to who could hold Chloe now.]
    You underline Pat's death and write "Grief, not only drink. Did anyone offer Leanne bereavement support? Did anyone talk to Chloe about her gran?" Then you go back to April 2018, where someone else who loved Chloe was lost to her.
+ [The child in need plan closed in December 2021 # why: The closure is a lesson in optimism and drift, but it keeps your eye on the service's record rather than on the people who could hold Chloe.]
    You underline the closure. Six months of a plan and a case closed on the strength of one GP appointment. You write "What was measured?" and feel the familiar irritation of reading someone else's optimism. Then you turn back a page to the grandmother nobody rang.
- You stretch, refill the coffee, and turn to the most recent pages.
+ [Read the entries for 2022 to 2024]
-> recent_years

= recent_years
# scene: office
Chronology, part three: 2022 to 2024.

April 2022. Kwame misses three arranged Saturdays in a row. Chloe, nine, writes in a class diary: "My dad has got a new family so he does not need the old one." Kwame tells school later that Esi had a difficult pregnancy and that Leanne "stopped answering". (Source: school; father.)

November 2022. Police called by Chloe at 11.40 pm: Gary has pushed Leanne into a door. Chloe tells the call handler she has put Tyler in the bath "because the bathroom locks". DASH: high risk; MARAC. (Source: police.)

May 2023. Initial child protection conference: both children on plans, category emotional abuse. Leanne agrees Gary will not live at the flat. (Source: conference minutes.)

October 2023. School nurse sees fresh scratches on Chloe's forearm. Chloe says it was next door's cat. CAMHS referral not accepted ("below threshold"); six sessions with the school counsellor, whom Chloe liked. (Source: school nurse; school.)

February 2024. Chloe tells her Year 6 teacher, Mr Reid: "I do Tyler's tea on the days Mum gets poorly." Referred to the young carers' group; she goes twice and stops because "I can't leave Tyler". (Source: school.)

July 2024. Year 6 leavers' assembly. Chloe sings a solo. Leanne comes, sober, and cries. Mr Reid writes in his transition notes: "The kindest child in the year. Carries too much. Needs one adult in secondary school who will notice." (Source: primary school transition record.)

September 2024. Chloe starts Year 7 at Haverley Academy. Neighbours see Gary at the flat twice. Leanne tells the core group she "can't stop him knocking". Legal planning meeting booked. (Source: core group; neighbours.)
# activity: chloe.p1.recent-entry
# prompt: Two entries from 2022 to 2024 speak to where Chloe belongs, not only to the harm she has lived with. Pick out one of them.
+ [The November 2022 assault, Chloe's 999 call and the MARAC # why: The legal planning meeting will need it: it is the clearest evidence of harm. But it records what Chloe did that night and nothing of who she belongs to.]
    You underline the assault. The meeting will need it. You notice, though, that the chronology records what Chloe did that night and nothing about what she felt.
+ [Chloe's diary, April 2022: "My dad has got a new family" # correct # why: It is the only entry in three years in her own words, and it is about belonging: a child who has concluded she is not wanted by her father's side.]
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
+ [Leanne's drinking rises after loss and falls when someone is alongside her # why: True, and the court will want to know what change looks like, but it is about Leanne's journey more than Chloe's anchors.]
    "Leanne does better when someone's alongside her," you say. "Her mum, the GP in 2021."
    Rachel nods. "Keep that. The court will want to know what change looks like. But what about Chloe?"
+ [Help has come and gone: plans opened and closed, three workers in eighteen months # why: Worth saying in supervision, but a pattern about the service risks becoming the story instead of Chloe.]
    "Us," you say. "We've come and gone. Plans opened, closed, reopened. Three workers."
    Rachel winces. "Fair. But that's my problem to fix. What's hers?"
+ [The adults who held Chloe have gone or faded: Nana in 2018, Gran in 2021, Dad from 2017 # correct # why: Cumulative loss of the people who held her relational and cultural permanence is the thread a plan must repair, and at least one of them may still be reachable.]
    ~ chronology_insight += 1
    "Losses," you say. "Nana, Gran, Dad. Every person who held her, gone, one after another. And nobody explained any of it to her."
    Rachel nods slowly. "Then find out whether Nana is still there."
+ [School has been the steady place: Mr Reid, the counsellor, the solo # why: School is a protective factor to keep through any move, but it supports permanence rather than being its core.]
    "School's where she's been seen," you say. "If she moves, we keep her at the Academy if we possibly can."
    Rachel agrees. "Put that in every referral. And who does she belong to?"
- -> with_leanne

= with_leanne
# scene: family-home
Rachel wants the chronology in the legal planning meeting bundle on Thursday; if the meeting agrees, the letter before proceedings will go out the week after, and the chronology with it. You have a home visit booked with Leanne on Tuesday afternoon, the first since Tom left.

Leanne's flat is very clean, the way a flat is when someone has cleaned it at two in the morning. She has made you a tea before you sit down and she calls you by Tom's name, then corrects herself. "Sorry. You all look the same after a bit. That's not a dig." She asks whether "the meeting on Thursday" is about taking the kids. You have the chronology in your bag.
# decision: chloe.p1.share-chronology
# prompt: Leanne has not seen the chronology the meeting will read on Thursday. What do you do with it, and what does it cost?
+ [Go through it with her now, and add her corrections before it goes to the meeting # permanence: +2 # contact: +1 # disruption: -1 # why: A record the family has checked is fairer and more accurate, and Leanne hears it from you first; but it takes the afternoon, April 2018 reopens, and Thursday's bundle goes in late. # ref: Public Law Outline: pre-proceedings; Practice Standards: recording so the child can understand; Practice Model: working with # stance: with]
    ~ tie_leanne = 3
    She reads it with her finger under each line. At April 2018 she stops. "That's not fair. Abena rang the school instead of ringing me." Then, quieter: "She wasn't wrong, though. I said things back. We both did." She adds that Pat used to sing to Chloe, Dolly Parton, every night, and that Chloe went to her gran's funeral "in her head, because she made me describe every bit of it". You add both, in her words, marked as hers. Rachel is sharp with you about the bundle being a day late, and lets it go.
+ [Tell her about Thursday honestly, but leave the chronology until her solicitor has the letter # permanence: 0 # contact: 0 # disruption: 0 # why: Leanne is told the truth and will read it with legal advice beside her, which is fair; but the record about her life is settled before she sees it, and her account of 2018 is not in it. # ref: Public Law Outline: letter before proceedings; Practice Model: working with # stance: with]
    ~ tie_leanne = 3
    You tell her what Thursday is for and that she will get a letter and free legal advice if it goes that way. She asks what the file says about her. "A lot of dates," you say. "You'll see all of it." She nods, and then asks you to leave before the kids get home, so they don't see her like this.
+ [Go through it with her and Chloe together after school, so the whole family can check it # permanence: -1 # contact: -1 # disruption: +1 # why: Leanne wants Chloe there to say she is "not that bad", and one visit does it all before Thursday; but an eleven-year-old hears the assault, the drinking and her own scratches read out at her mother's table, and ends up defending her mum to the record. # ref: Practice Model: working with, not to; Practice Standards: recording as if the child will read it # stance: with]
    ~ tie_leanne = 2
    Chloe comes in at ten to four with Tyler and her blazer still on. Leanne sends Tyler to his room with a tablet and pats the settee. You read it out a page at a time, because that is what you agreed. At November 2022 Chloe says, "I put him in the bath because the door locks. Not because I was scared," and watches you write it down. At October 2023 she pulls her sleeves over her hands. At the end she makes her mum a tea, and Leanne says, "See? She's fine." You add their corrections, in their words. In the car you sit for a minute before you start the engine.
+ [Read her the parts the meeting will rely on: the assault, Gary's visits, the drinking # permanence: 0 # contact: -1 # disruption: +1 # why: It is honest about the risks and gives her the chance to answer them, but it reads her life back to her as a list of harms, and the people who held Chloe never come up. # ref: Public Law Outline: pre-proceedings; Children Act 1989 s.31: significant harm # stance: to]
    ~ tie_leanne = 2
    You read her the entries the solicitor will use. She answers every one, fast and angry. "He just turns up. What am I meant to do, not open the door with the kids there?" At the end she says, "So that's me, is it. Eleven pages and that's me." You leave at four. She does not see you to the door.
- -> school_visit

= school_visit
# scene: school
The legal planning meeting on Thursday agrees to send a letter before proceedings and hold a pre-proceedings meeting in three weeks.

On Monday 7 October you see Chloe at the Academy, in a small room off the library, with her head of year, Ms Shah, who stays for five minutes and then leaves you to it. Chloe has a hat on, which she takes off when Ms Shah looks at it. She talks about Tyler for ten minutes. She says Mum is "fine, mostly". Gary "comes round when he wants". When you ask who she would want to help her family, she looks at the table.

"Is Nana still alive? Dad's mum. She used to do my hair." She pulls the hat back on. "Mum says she's a snake. She sends me cards. Mum puts them in the drawer, but I know where the drawer is."

That evening you ring Leanne to say how it went and that Chloe asked about her grandmother. The line goes quiet. "No. Not her. She rang the school on me and she called me a drunk in front of the whole playground. She's not coming near my kids." Then: "And he can stay where he is and all. Ashbridge. He chose them."

Kwame has parental responsibility: he will be sent the letter before proceedings in any case. Abena is a grandmother without parental responsibility, whose number is in the 2018 referral. {chronology_insight >= 2: You have already written her name on the front of the folder.}
# decision: chloe.p1.trace-family
# prompt: Leanne objects to Abena and is angry with Kwame. Chloe has asked about her Nana. Whom do you contact now, how, and what do you risk?
+ [Tell Leanne you will speak to Abena because Chloe asked, then ring her this week; leave Kwame to the letter # permanence: +1 # contact: +1 # disruption: 0 # why: Chloe's question is answered and Abena is found, but Leanne hears it as her social worker siding with the woman who shamed her, and Kwame, a parent with PR, first hears of it from a solicitor. # ref: Practice Standards: family network engaged before a child comes into care; Public Law Outline: letter before proceedings # stance: to]
    ~ nana_traced = true
    ~ tie_abena = 2
    ~ tie_leanne = tie_leanne - 1
    -> ring_abena
+ [Ring Kwame first, as Chloe's father with PR, tell Leanne you have, and ask him to reach his mother # permanence: +2 # contact: +2 # disruption: 0 # why: A father is asked as a father, before a letter does it for you, and Abena is reached through her son; the cost is Leanne, who says it is all of them against her now. # ref: Children Act 1989 s.22C: parents considered first; Practice Standards: the family network before care # stance: with]
    ~ nana_traced = true
    ~ kwame_asked = true
    ~ tie_kwame = 2
    ~ tie_abena = 2
    ~ tie_leanne = tie_leanne - 1
    Kwame answers on the second ring, on a forklift by the sound of it, and goes somewhere quieter. He listens without interrupting. "Is she all right? Chloe?" Then: "I haven't been... I know what it looks like." He says his mum is in Cape Coast, at her sister's funeral, and gives you her WhatsApp. "She'll talk to you. She'll talk to you for an hour. Tell her I gave you the number."
    -> ring_abena
+ [Plan a family meeting with Leanne first, and agree with her a date this month to raise Abena and Kwame # permanence: -1 # contact: 0 # disruption: +1 # why: Leanne stays alongside you before the pre-proceedings meeting, and Abena and Kwame are on an agenda she has agreed; but Chloe's question waits weeks, a father with PR is not asked, and the one relative who held her heritage stays outside. # ref: Practice Standards: family network meetings; Practice Model: working with # stance: with]
    ~ tie_leanne = tie_leanne + 1
    Leanne names her sister Donna, and Sandra, "for Tyler". She agrees, slowly, that Abena and Kwame can be talked about at the meeting, "if I'm in the room". She thanks you for listening, and means it. You put a family meeting in the diary for the week after the pre-proceedings meeting. When you see Chloe on Friday she asks whether you found out about Nana. You tell her you are working on it, which she has heard before.
    -> night_of_eleventh
+ [Put the wider family on the agenda for the pre-proceedings meeting, where Leanne has her solicitor # permanence: -1 # contact: -1 # disruption: 0 # why: It is orderly and gives Leanne legal advice before her family is approached, but it puts three weeks and a meeting between a child's question and any answer. # ref: Public Law Outline: pre-proceedings meeting # stance: not]
    You add "wider family: paternal grandmother?" to the draft agenda. Rachel initials it. The meeting is set for 31 October.
    -> night_of_eleventh

= ring_abena
# scene: office
Abena Mensah rings back from Cape Coast at ten that night on a line that keeps dropping. She is blunt and very awake. "I have been waiting six years for someone from your office to ring me. Six years. I sent cards." Then, before you can answer: "I said things to Leanne at that gate I should not have said. I was right about the drinking and wrong to say it like that. You can tell her, or not. She won't believe it from you either."

She is sixty-five, a retired pharmacy technician, "with a knee that wants replacing and sugar the doctor shouts at me about". She flies home on 14 November. "Tell Chloe her Nana is at her great-aunt's funeral and is coming back. Tell her I still have her choir robe. It will not fit her. Tell her anyway."
{kwame_asked: "And tell Kwame," she adds, "that he should have rung you himself."}
-> night_of_eleventh

= night_of_eleventh
# scene: car
~ nana_involved = nana_traced
Friday 11 October, 11.50 pm. You are on the out-of-hours rota and your phone goes as you are locking the back door. A police sergeant: a neighbour on Tannery Row heard screaming. Gary Pearson has been arrested for assaulting Leanne. Leanne is drunk and has a cut to her head; she has gone to A&E in an ambulance. The officers found Chloe and Tyler in the bathroom with the door locked, Tyler asleep in the empty bath on a duvet, Chloe sitting against the door with a hairbrush "in case". The children are under police protection.

At the police station, Chloe sits with Tyler asleep across her knees and will not let a female officer take him. "He doesn't go to strangers," she says. "He'll scream." She looks at you. "You're the one who came to school."

By half past one you have made the calls. Sandra Pearson, Gary's mother, will take Tyler tonight and "for as long as it takes": she has looked after him two days a week since he was born. She is clear she cannot take Chloe. "It's not that I don't care for her. I'm sixty-two, I've a two-bedroom flat, and she's not mine to take. She's got her own people."

Chloe's aunt Donna, Leanne's sister, answers on the ninth ring. She loves Chloe, she says, and she has three children in a three-bedroom house and a night shift at the care home tomorrow. "Tonight, on the settee, yes. Not after that." The fostering duty line has one emergency bed: Pauline Clarke, in Haverley, five minutes from the Academy, who can do three nights. {nana_traced: Abena is in Cape Coast until the middle of November.}

Chloe is listening to every word you say on the phone. "Where am I going?"
# decision: chloe.p1.night
# prompt: Tyler is going to his grandmother's. It is half past one. Where does Chloe sleep tonight, and what does each answer cost her?
+ [Pauline Clarke's emergency bed near school, after Chloe has seen Tyler into Sandra's car # permanence: +1 # contact: +1 # disruption: -1 # why: A prepared carer five minutes from school, and a goodbye Chloe can see, but she goes to a stranger at three in the morning and will have to move again within days. # ref: Children Act 1989 s.46: police protection, suitable accommodation; Practice Standards, Children in Care # stance: for]
    ~ lives_with = "emergency foster carer (Pauline Clarke)"
    ~ night = 1
    At ten past three, Tyler leaves with Sandra, asleep in a car seat. Chloe stands in the station car park in her school blazer over her pyjamas and watches the car until it turns the corner. You drive her to Ruskin Street. Pauline Clarke opens the door in a headscarf and slippers and says, "You'll be Chloe. There's toast, or there's bed, or there's both." Chloe has both.
+ [Ask Sandra to take both children for tonight only, so they are not split on the worst night # permanence: 0 # contact: +2 # disruption: +2 # why: Chloe wakes up beside her brother, but Sandra has already said no, pressing her at two in the morning puts Tyler's home under strain too, and the separation comes tomorrow instead, in daylight, with Tyler watching. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: to]
    ~ lives_with = "Sandra Pearson, with Tyler, for one night"
    ~ night = 2
    ~ tie_tyler = 5
    Sandra looks at you for a long moment. "One night. For her, not for you. Don't ask me again." Chloe sleeps on Sandra's settee with Tyler's feet in her back. In the morning Tyler will not let go of her coat, and Sandra has to lift him off. "That's what I meant," Sandra says to you on the step. "And don't put me in that position again, or you'll have two to place."
+ [Chloe goes to her aunt Donna's settee tonight, and you find a bed for tomorrow in daylight # permanence: +1 # contact: +1 # disruption: 0 # why: She sleeps at family, not strangers, which matters, but the checks at two in the morning are thin, Donna has a night shift tomorrow, and Chloe moves again by lunchtime. # ref: Children Act 1989 s.46: police protection; Care Planning Regulations 2010 reg 24 # stance: with]
    ~ lives_with = "her aunt Donna, for one night"
    ~ night = 3
    ~ tie_donna = 3
    The out-of-hours manager agrees if you see the flat and the adults first; the police and local checks are run by phone. You drive Chloe over, and Donna meets you at half past two in her work fleece and tucks her up on the settee between a sleeping nephew and a cat. At eleven the next morning she rings you. "I'm on at six. I'm sorry. I'm so sorry." Chloe, in the background, is doing her cousins' breakfast.
+ [Keep Chloe in the station's family room until morning, and place her in daylight, with a plan # permanence: -1 # contact: 0 # disruption: +1 # why: No one is woken and no placement is made in a rush, which a tired manager will welcome, but an eleven-year-old spends the night after an assault in a police station. # ref: Children Act 1989 s.46: police protection, suitable accommodation # stance: not]
    ~ lives_with = "police station (police protection)"
    ~ night = 4
    At ten past three, Tyler leaves with Sandra, asleep in a car seat. Chloe watches the car until it turns the corner. She sleeps on two chairs pushed together in the family room, wrapped in a foil blanket, and wakes at six asking whether Tyler has eaten.
- 
~ legal_status = "police protection (s.46)"
+ [Part 2: Coming into placement]
-> part2
