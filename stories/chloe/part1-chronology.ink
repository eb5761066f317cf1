// Part 1: Chronology. The worker reads Chloe's chronology and picks out what matters for permanence.
// Leaves behind one counter, chronology_insight (0-3), and a small change to tie_leanne.

=== part1 ===
# part: 1 Chronology
# scene: office
Monday 30 September 2024, a quarter to nine. The Family Safeguarding team in Haverley sits on the second floor of the old library, above the register office, and on Mondays the lift does not work.

Rachel Dunn, your team manager, puts a red folder on your desk and sits on the edge of it, which is how you know it matters. "Chloe Walsh, eleven, and her brother Tyler Pearson, five. Child protection plan since May last year. Tom left on Friday and it's been with three workers in eighteen months. There's a legal planning meeting on Thursday to decide whether we send a letter before proceedings."

She taps the folder. "The case summary says neglect and domestic abuse and Mum's drinking. Everybody's read the summary. I want you to read the chronology, all of it, and tell me on Wednesday what you think matters for Chloe. Not for the file. For her, if she ends up not living with her mum. Where does she belong? Who holds her?"

You have met Chloe once, briefly, on a joint visit last month: a tall girl in a Haverley Academy blazer two sizes too big, hair pulled back in a tight puff, who answered every question about her brother and none about herself. When you asked what she liked doing she said "singing, when nobody's listening", and then looked embarrassed she had said it.

You make a coffee, close your email and open the chronology. It runs to eleven pages. You take it a period at a time.
+ [Read the entries for 2013 to 2017]
-> early_years

= early_years
# scene: office
Chronology, part one: 2013 to 2017.

3 March 2013. Chloe Akosua Walsh born at Haverley General Hospital, 3.2 kg, full term. Mother Leanne Walsh, 22, white British. Father Kwame Mensah, 25, Black British of Ghanaian (Asante) heritage; named on the birth certificate. Chloe was born on a Sunday. Her paternal grandmother, Abena Mensah, gave her the day name Akosua, the name for a Sunday-born girl. (Source: birth notification; family.)

June 2013. Health visitor: Leanne tearful, low mood, not sleeping; GP prescribes antidepressants. Leanne's mother, Pat Walsh, is visiting every day and "doing the nights". Baby thriving. (Source: health visitor.)

2014 to spring 2018. Chloe stays with her paternal grandmother, Abena Mensah, a theatre nurse, from Friday after nursery to Sunday evening most weeks. Abena takes her to Wesley Methodist Church, where there is a Twi service and a children's choir, and braids her hair every other Sunday. Abena later writes: "She knew all the songs before she could read the words." (Source: letter from Mrs Mensah to the primary school, March 2018.)

August 2015. Police called by a neighbour to raised voices at the flat on Tannery Row. No assault disclosed; no further police call-outs involving Kwame before or since. Kwame moves out; the parents separate. Kwame continues to see Chloe every Saturday. (Source: police notification; family.)

November 2016. Nursery report: Chloe is "bright, chatty, a bit bossy in the home corner, always singing". Development on track; immunisations up to date. (Source: nursery; health visitor.)

2017. Kwame takes a warehouse team-leader job in Ashbridge, forty miles away, and marries Esi. His time with Chloe drops from every Saturday to about once a month. (Source: Leanne, at the 2023 conference.)

You read the page twice. Then you do what Rachel asked and pick one entry you would underline for Chloe's permanence.
# decision: chloe.p1.early-entry
# prompt: Which of these early entries matters most for Chloe's permanence, and what would you do with it now?
+ [Kwame's move to Ashbridge and the fall in his time with Chloe, 2017 # permanence: +1 # contact: +1 # disruption: 0 # why: Her father's fading presence matters for her identity and her sense of being wanted, but it is only half the story without the grandmother who kept the paternal family in her life. # ref: Permanency job aid: family time and shared parenting # stance: with]
    ~ chronology_insight += 1
    You underline Kwame's move. A father who came every Saturday and then once a month: you write "What did Chloe make of that? Who told her why?" and then, lower down, "His mother was still having her every weekend. Who is she?"
+ [Abena's weekends with Chloe, church, Twi songs and hair, 2014 to 2018 # permanence: +2 # contact: +2 # disruption: -1 # why: Four years of weekly care by a grandmother who held Chloe's Ghanaian heritage is the strongest relational and cultural anchor in the file, and nobody has followed it up since 2018. # ref: Permanency job aid: relational and cultural permanence # stance: with]
    ~ chronology_insight += 1
    You underline the four years with Abena and write in the margin: "Who held her identity? Nana. Still alive? Still local? Nobody has asked her since 2018."
+ [The 2016 nursery report: a bright, thriving child # permanence: +1 # contact: 0 # disruption: -1 # why: It records strengths worth building on, and reminds the reader of a well-cared-for start, but strengths alone do not tell you who she belongs to. # ref: Module 4: build strengths, identity and self-esteem # stance: with]
    You underline the nursery report. A bossy, singing four-year-old is the same girl who told you she sings when nobody is listening. Something has gone quiet between then and now, and you want to know what.
+ [The separation in 2015 and the police call-out # permanence: 0 # contact: 0 # disruption: 0 # why: The separation is a real loss, but a single call-out with no disclosure tells you less about Chloe's future than who went on caring for her afterwards. # ref: Module 4: what puts permanence at risk # stance: for]
    You underline the police call-out. It is the first entry with a police source, and it shapes how the file has talked about Kwame ever since. You note that nothing like it happened again.
- You turn the page.
+ [Read the entries for 2018 to 2021]
-> middle_years

= middle_years
# scene: office
Chronology, part two: 2018 to 2021.

March 2018. Abena Mensah tells Chloe's primary school she is worried that Leanne is drinking in the daytime and that Chloe, aged five, has been "answering the door by herself". School makes a referral. Single assessment: Leanne cooperative, home clean, "no evidence of risk"; closed with advice. (Source: children's social care.)

April 2018. Leanne, hurt that Abena "went behind my back", stops the weekends. Abena sends birthday and Christmas cards every year after; the school notes two occasions when Abena waited at the gate and Leanne asked staff to keep Chloe inside. (Source: school safeguarding log.)

November 2018. Leanne begins a relationship with Gary Pearson, 32. (Source: police.)

July 2019. Tyler Pearson born. Chloe, aged six, is described by the health visitor as "a proud big sister, very helpful with the baby". (Source: health visitor.)

January 2021. Pat Walsh, Leanne's mother, dies in Haverley General of Covid-19. Leanne is not allowed to visit. Thirty people at the funeral, Chloe and Tyler not among them. (Source: Leanne; GP.)

March to December 2021. Chloe's attendance falls to 84 per cent; often late; "tired, worries about home". Her teacher finds Tyler's nappies and a bottle in her school bag. Child in need plan from June; Leanne attends her GP about drinking. Closed in December: "good progress made, Mum engaging". (Source: school; children's social care.)

You sit back. Three years in which a five-year-old lost her weekends with Nana, gained a baby brother, and lost her other grandmother in a pandemic.
# decision: chloe.p1.middle-entry
# prompt: From 2018 to 2021, which entry matters most for planning Chloe's permanence?
+ [Tyler's birth and the proud, helpful big sister # permanence: +1 # contact: +1 # disruption: 0 # why: The sibling bond is central to Chloe and will shape any placement, though here it is also the first sign of a child beginning to care for others. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: with]
    You underline Tyler's birth and, beside "very helpful with the baby", write "helpful, or in charge?" Whatever happens next, the two of them are a pair.
+ [Pat Walsh's death in January 2021 # permanence: +1 # contact: +1 # disruption: -1 # why: The loss of Pat took away Leanne's main support and Chloe's other grandmother, and the drinking rises after it; it explains much, though it points less to who could hold Chloe now. # ref: Module 4: loss, grief and what puts permanence at risk # stance: with]
    ~ chronology_insight += 1
    You underline Pat's death. Leanne's drinking, the nappies in Chloe's bag, the lateness: all of it comes after January 2021. You write "Grief, not only drink. Did anyone offer Leanne bereavement support? Did anyone talk to Chloe about her gran?"
+ [The 2018 referral and the end of Abena's weekends # permanence: +2 # contact: +2 # disruption: -1 # why: The one adult who raised concerns lost her place in Chloe's life for doing so; repairing that may be the key to both Chloe's relational permanence and her heritage. # ref: Permanency job aid: relational and cultural permanence # stance: with]
    ~ chronology_insight += 1
    You underline April 2018 in red. "Nana spoke up and lost her. Has anyone ever told Chloe why the weekends stopped?" You also note the cards, every year, for six years.
+ [The child in need plan closed in December 2021 with good progress # permanence: 0 # contact: 0 # disruption: +1 # why: The premature closure is a lesson about drift and optimism, but underlining the service's failure keeps the focus on the file rather than on the people who could hold Chloe. # ref: SMART planning: how will we know we are making progress # stance: for]
    You underline the closure. Six months of a plan and a case closed on the strength of one GP appointment. You write "What was measured?" and feel the familiar irritation of reading someone else's optimism.
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
# decision: chloe.p1.recent-entry
# prompt: From 2022 to 2024, which entry would you put in front of the legal planning meeting as most important for Chloe's permanence, and why that one?
+ [The November 2022 assault, Chloe's 999 call and the MARAC # permanence: 0 # contact: -1 # disruption: 0 # why: It is the most serious incident of harm and the legal meeting will need it, but it frames Chloe as a witness and a protector rather than asking who she belongs to. # ref: Children Act 1989 s.31: significant harm # stance: for]
    You underline the assault. The meeting will need it, and it is the clearest evidence of harm. You notice, though, that the chronology records what Chloe did that night and nothing about what she felt.
+ [The scratches on her forearm and the declined CAMHS referral # permanence: 0 # contact: 0 # disruption: -1 # why: Her emotional health is a real risk to any placement and needs a plan, but on its own the entry says more about thresholds than about where Chloe belongs. # ref: Module 4: emotional needs and therapeutic support # stance: for]
    You underline the scratches. A child who says it was the cat, whom nobody believed and nobody helped beyond six sessions. You note the counsellor's name. Chloe liked her. That matters.
+ [Chloe as a young carer: Tyler's tea, and the young carers' group she could not attend # permanence: +1 # contact: +1 # disruption: -1 # why: It shows a parentified child whose bond with her brother is both her strength and her burden; sibling planning and her own childhood both follow from it. # ref: Practice Standards, Permanence: sibling relationships maintained # stance: with]
    ~ chronology_insight += 1
    You underline "I can't leave Tyler". If the children are separated, Chloe will lose the one job that has given her a place in the family. You write "Sibling plan. And someone to look after her for a change."
+ [Kwame's missed Saturdays and Chloe's diary entry, April 2022 # permanence: +1 # contact: +2 # disruption: -1 # why: Chloe's own words show a child who has concluded she is not wanted; any plan must address her relationship with her father and his family, not only the risks at home. # ref: Module 4: the child's voice, identity and self-esteem # stance: with]
    ~ chronology_insight += 1
    You copy Chloe's sentence onto a sticky note and put it on the front of the folder. It is the only entry in three years in her own words, and it is about belonging, not about danger.
- 
{chronology_insight >= 2: You can feel a shape in the file now, the kind that never appears in a case summary.|You have three underlined entries. You are less sure they add up to anything yet.}

Rachel stops by your desk on her way to a meeting. "Well? What runs through it? Give me your order, most important first. I'll tell you what I'd say."
# decision: chloe.p1.patterns
# prompt: Rank the patterns across Chloe's chronology by how much they should shape her permanence plan. What does your top choice ask you to do this week?
# rank
+ [Leanne's drinking rises after loss and falls when she has support # permanence: +1 # contact: +1 # disruption: 0 # expert: 3 # expert-why: Recognising Leanne's capacity to change when supported keeps reunification and good family time in view, but it is about the parent's journey more than the child's anchors. # why: It keeps a realistic view of Leanne's stages of change and of what support does. # ref: Permanency job aid: stages of change; evaluating progress # stance: with]
    "Leanne does better when someone's alongside her," you say. "Her mum, the GP in 2021. She drinks when she's alone and grieving. That's not nothing."
    Rachel nods. "Keep that. The court will want to know what change looks like."
+ [Professional help has come and gone: plans opened and closed, three workers in eighteen months # permanence: 0 # contact: 0 # disruption: +1 # expert: 5 # expert-why: True and worth saying in supervision, but a pattern about the service risks becoming the story instead of Chloe. # why: Recognising drift matters, but putting it first centres the system, not the child. # ref: SMART planning: preventing drift # stance: for]
    "Us," you say. "We've come and gone. Plans opened, closed, reopened. Three workers. She's learned that we don't stay either."
    Rachel winces. "Fair. But that's my problem to fix. What's hers?"
+ [The adults who held Chloe and her identity have gone or faded: Nana in 2018, Gran Pat in 2021, Dad from 2017 # permanence: +2 # contact: +2 # disruption: -1 # expert: 1 # expert-why: Cumulative loss of the people who held her relational and cultural permanence is the thread a plan must repair; the file shows at least one of them may still be reachable. # why: Naming the losses points straight to who could be brought back into Chloe's life. # ref: Permanency job aid: legal, relational and cultural permanence # stance: with]
    "Losses," you say. "Nana, Gran, Dad. Every person who held her, gone, one after another. And nobody explained any of it to her."
    Rachel nods slowly. "Then the first thing you do is find out whether Nana is still there."
+ [School has been the steady place: Mr Reid, the counsellor, the choir # permanence: +1 # contact: 0 # disruption: -1 # expert: 4 # expert-why: School is a protective factor to preserve in any move, but it is a support to permanence rather than its core. # why: Keeping school and the adults there who notice her will protect her stability. # ref: Practice Standards, Children in Care: PEP within 10 days # stance: with]
    "School's where she's been seen," you say. "Mr Reid, the counsellor, the solo. If she moves, we keep her at the Academy if we possibly can."
    Rachel agrees. "Put that in every placement referral."
+ [Chloe has been the carer: of Tyler, and of her mum # permanence: +1 # contact: +1 # disruption: -1 # expert: 2 # expert-why: Parentification shapes how Chloe will behave in any placement and what her brother means to her; a close second, because it explains her behaviour but not who can hold her. # why: It predicts how she will experience being looked after and what separation from Tyler will cost. # ref: Practice Standards, Permanence: siblings # stance: with]
    "She's been the parent," you say. "Of Tyler, and half the time of Leanne. Whatever we do, she'll try to keep doing that job, and she'll fight anyone who stops her."
    Rachel nods. "Then any placement has to know that on day one."
- 
Before Thursday you have one more decision to make: what to do with the chronology itself.
# decision: chloe.p1.share-chronology
# prompt: Whose chronology is this? What do you do with it before the legal planning meeting?
+ [Send the chronology to Leanne and her solicitor with the letter before proceedings # permanence: 0 # contact: 0 # disruption: 0 # why: It is transparent and gives her solicitor the local authority's account before the pre-proceedings meeting, but a chronology posted with a legal letter lands as evidence against Leanne, not as her story, and Chloe's view is not in it. # ref: Public Law Outline: letter before proceedings # stance: to]
    ~ tie_leanne = 2
    The chronology goes with the letter. Leanne's solicitor writes back that her client "disputes the characterisation of April 2018". Leanne does not answer your calls that week.
+ [Go through it with Leanne at home, ask her what is missing or wrong, and ask Chloe what she would add # permanence: +2 # contact: +2 # disruption: -1 # why: A chronology checked with the family is more accurate and fairer, shows Leanne she is worked with, and lets Chloe's account in, at the cost of a difficult afternoon and two days of your week. # ref: SMART planning: co-production with families; Practice Model: working with, not to # stance: with]
    ~ tie_leanne = 3
    You sit with Leanne at her kitchen table on Tuesday afternoon. She reads it with her finger under each line and stops at April 2018. "That's not fair. Abena rang the school instead of ringing me." Then, quieter: "She wasn't wrong, though." She adds that Pat used to sing to Chloe, and that Chloe went to her gran's funeral "in her head, because she made me describe every bit of it".

    Chloe, when you ask what she would add, thinks for a long time. "That I was in the choir at Nana's church. And that I'm good at looking after Tyler." Then: "Is Nana still alive?" You tell her you'll find out.
+ [Keep it as your working tool for now; there will be time to share it once the legal planning meeting has decided the route # permanence: -1 # contact: -1 # disruption: 0 # why: It saves a difficult conversation in a heavy week, but the family has no chance to correct or add to the record about their own lives, and the gap about Abena stays unfilled. # ref: Practice Model: working with, not to; recording as if the child will read it # stance: not]
    ~ tie_leanne = 2
    The chronology stays in your folder. At the legal planning meeting the solicitor asks whether the family agree with it. You say you haven't shared it yet.
- -> night_of_eleventh

= night_of_eleventh
# scene: car
The legal planning meeting on Thursday agrees to send a letter before proceedings and hold a pre-proceedings meeting in three weeks. It never happens.

Friday 11 October, 11.50 pm. You are on the out-of-hours rota and your phone goes as you are locking the back door. A police sergeant: a neighbour on Tannery Row heard screaming. Gary Pearson has been arrested for assaulting Leanne. Leanne is drunk and has a cut to her head; she has gone to A&E in an ambulance. The officers found Chloe and Tyler in the bathroom with the door locked, Tyler asleep in the empty bath on a duvet, Chloe sitting against the door with a hairbrush "in case". The children are under police protection.

At the police station, Chloe sits with Tyler asleep across her knees and will not let a female officer take him. "He doesn't go to strangers," she says. "He'll scream." She looks at you. "You're the one who came about the chronology."

By two in the morning you have made the calls. Sandra Pearson, Gary's mother, says she will take Tyler tonight and "for as long as it takes": she has looked after him two days a week since he was born. She is clear she cannot take Chloe. "It's not that I don't care for her. I'm sixty-two, I've a two-bedroom flat, and she's not mine to take. She's got her own people." {chronology_insight >= 2: You ask about Chloe's own people. Sandra knows Abena Mensah from church bazaars; she thinks Abena has gone to Ghana, for her sister's funeral.|You ask whether Chloe has other family. Sandra mentions an aunt, Donna, in Eastholme.}

Chloe's aunt Donna answers on the ninth ring. She loves Chloe, she says, and she has three children in a three-bedroom house and a night shift at the care home. She can have her Sunday afternoons. She cannot have her to live.

{chronology_insight >= 2: You find Abena Mensah's number in the 2018 referral. It goes to a voicemail in a warm, careful voice: she is in Kumasi until the middle of November, and will return calls then. You leave a message anyway.|Nobody mentions Chloe's paternal grandmother. It will be some weeks before you find her.}

At ten past three, Tyler leaves with Sandra, asleep in a car seat. Chloe stands in the station car park in her school blazer over her pyjamas and watches the car until it turns the corner. Then she turns to you. "Where am I going?"
{chronology_insight >= 2:
    ~ nana_involved = true
}
+ [Part 2: Coming into placement]
-> part2
