// Part 2: Coming into placement.
// Sets consent_sound, matched_well, carers_told, visits (0-2), family_time (0-2), nana_involved.
// These decide crisis_severity in part 3.

=== part2 ===
# part: 2 Coming into placement
# scene: car
Saturday 12 October 2024, half past seven in the morning. You have had three hours' sleep. Police protection can last no more than seventy-two hours, until late on Monday night; before then Chloe needs somewhere to live and a lawful basis for being there.

Chloe slept on two chairs pushed together in the family room at the station, wrapped in a foil blanket, and woke asking whether Tyler had eaten. Sandra has texted a photograph: Tyler on her settee in his pyjamas, eating toast in the shape of a dinosaur. Chloe looks at it for a long time and hands your phone back without a word.

The fostering duty worker, Gareth Lowe, rings at eight. He has two possibilities. "Julie and Martin Hargreaves, up at Brackenfield. Farmhouse, eighteen miles out. Really experienced, twelve years, approved nought to eighteen, and they've told us they'd consider long-term for the right child. Their own lad, Sam, is sixteen. They've had teenagers who've given them hell and they've stuck with them." A pause. "They're white, rural, and they've never looked after a Black or mixed-heritage child. They'll say so themselves. They're open to it."

"And the second?"

"Pauline Clarke, in Haverley, Ruskin Street, five minutes from the Academy. Emergency and short-term only. Jamaican heritage, lovely with girls Chloe's age. She can do three nights. Then she's got a planned respite child coming in on Tuesday."

Leanne is still in A&E. The ward sister says she was "very intoxicated" when she came in and is sleeping it off; the doctor will see her at nine and she will probably be discharged by lunchtime. The police officer who stayed with her overnight has the local authority's section 20 consent form in his pocket, because the out-of-hours worker before you gave it to him "in case".

The first question is how Chloe is looked after, and on what footing.
# decision: chloe.p2.section20-consent
# prompt: What makes consent under section 20 real? What does it cost Chloe, and Leanne, if the footing is wrong from the start?
# justify
+ [Take Leanne's signature in A&E this morning while the officer is still with her, so Chloe can be placed before lunch # permanence: -1 # contact: -1 # disruption: +1 # why: It is quick and Chloe stops waiting, but consent given while a parent may still be intoxicated and distressed is unlikely to be informed and leaves the arrangement open to challenge and to sudden withdrawal. # ref: Children Act 1989 s.20: consent must be informed and given by a parent able to give it # stance: to]
    ~ consent_sound = false
    ~ legal_status = "section 20 (accommodated with consent)"
    The officer holds the clipboard; Leanne signs lying down, with the cannula still in her hand. "Do what you want," she says. "You will anyway." Her eyes close before you have explained what she has signed. You leave her a copy on the bedside cabinet and write in your notes that she was tearful but "appeared to understand".
+ [Do not rely on consent at all: ask legal services to apply for an interim care order first thing on Monday, with Chloe in an emergency foster bed under police protection until the hearing # permanence: +1 # contact: -1 # disruption: 0 # why: Given the history and Gary's return, some would call it the more honest footing, with legal certainty and court oversight from the start; but it moves straight to proceedings without testing whether Leanne can work with you, starts the relationship in a courtroom, and leaves Chloe in limbo for two more days. # ref: Children Act 1989 s.38 interim care orders; Public Law Outline # stance: to]
    ~ consent_sound = true
    ~ legal_status = "interim care order (s.38)"
    Rachel agrees, reluctantly, and the local authority solicitor works on the application on Sunday. On Monday afternoon the court makes an interim care order; Leanne attends with a solicitor she met that morning and says nothing at all, except to ask the clerk whether she can still see her daughter. Chloe spends the weekend in an emergency foster bed under police protection, which keeps her safe and tells her nothing about what happens next.
+ [Wait until Leanne is sober and discharged, then meet her, explain section 20 in plain words and in writing, including her right to remove Chloe at any time, and suggest she speaks to a solicitor first # permanence: +1 # contact: +2 # disruption: -1 # why: Consent that is informed and given by a parent able to give it is lawful and builds a working relationship, at the cost of a tense few hours while the police protection runs on. # ref: Children Act 1989 s.20: informed consent of a parent with capacity; Practice Model: working with, not to # stance: with]
    ~ consent_sound = true
    ~ legal_status = "section 20 (accommodated with consent)"
    You meet Leanne at two o'clock in the hospital café. She has a dressing above her eye and a cup of tea she does not drink. You go through it slowly: what accommodation means, what it does not mean, that she keeps parental responsibility, that she can ask for Chloe back and what would happen if she did. You give her the leaflet and the number of a family law solicitor.
    
    "I'm not signing her away," she says.
    
    "You're not. You're agreeing she stays somewhere safe while we work out the next bit together. And you'll see her."
    
    She rings the solicitor, who tells her to sign and to keep a copy. She signs. Then she asks you to tell Chloe that she is sorry, and then asks you not to, because she wants to say it herself.
    
    That evening you ring Kwame in Ashbridge. He has parental responsibility too, and could object to Chloe being accommodated. He does not. He asks you to tell Chloe he will come and see her, and then asks, more quietly, whether she will want him to.
- 
Now, where Chloe sleeps tonight, and how she meets the people she will live with.
# decision: chloe.p2.matching
# prompt: What does good matching look like when you have two beds and a Saturday? Which cost falls on Chloe, and which on you?
+ [Place Chloe straight with the Hargreaves this afternoon: one move, not two, with experienced carers who could keep her long-term; the matching information follows on Monday # permanence: +1 # contact: 0 # disruption: 0 # why: Avoiding an extra move is a real gain for a child who has lost so much, but the carers meet a child they know almost nothing about and Chloe meets strangers with no say at all. # ref: Practice Standards, Children in Care: share all information with carers so the child can settle # stance: for]
    ~ matched_well = false
    ~ lives_with = "foster carers (the Hargreaves)"
    You drive Chloe to Brackenfield at four o'clock with her school blazer, her pyjamas and a carrier bag of clothes a police officer collected from the flat, most of them too small. Julie is warm and busy and shows her the bathroom, the towels, the wifi code. Martin asks if she likes lambs. Chloe says "I don't know" to everything.
    
    When you leave, Chloe follows you to the car. "How far is it to Tyler?" she asks. You tell her twenty-five minutes. She nods as though she is memorising it.
+ [Place Chloe with Pauline Clarke for three nights near school, take her to meet the Hargreaves on Sunday, have the matching conversation with Julie and Martin about her hair and skin care, food, church, her brother and her school, and move her on Monday with her own things # permanence: +2 # contact: +1 # disruption: -2 # why: An introduction and a real matching conversation prepare the carers for this child and give Chloe some control, at the cost of two moves in four days. # ref: Practice Standards, Children in Care: visit the placement in advance and make introductions; Permanency job aid: cultural permanence # stance: with]
    ~ matched_well = true
    ~ lives_with = "foster carers (emergency), then the Hargreaves"
    Pauline Clarke opens the door in a headscarf and slippers and says, "You'll be Chloe. I've done rice and peas, or there's fish fingers if you're not in the mood." Chloe has the rice and peas. Pauline sits on the edge of the bath that night and shows her the wide-tooth comb and the leave-in conditioner she keeps "for my girls", and Chloe lets her take down the puff she has worn for three days.
    
    On Sunday you drive Chloe out to Brackenfield. The farmhouse has a kitchen the size of your flat, two dogs and a view over the valley. Julie Hargreaves has written a list of questions on the back of an envelope: what Chloe eats, what she is scared of, how her hair is cared for, whether she goes to church. Martin asks Chloe if she likes lambs. Chloe says she has never met one. Sam nods at her from the doorway and goes back to his room, which Chloe says afterwards was "the most normal thing anyone's done".
    
    In the car you and Chloe talk about the things that will matter: the taxi to the Academy, forty-five minutes each way so she keeps her school; Tyler; Mum. Julie rings Pauline on Sunday evening to ask about hair products. Chloe moves on Monday after school, with her clothes in a proper holdall that Pauline lent her.
+ [Place Chloe with the Hargreaves today, but first spend the afternoon with her at Sandra's with Tyler and collecting her own things from the flat, and ask Julie to collect her from there # permanence: +1 # contact: +2 # disruption: -1 # why: One move, her own belongings and time with her brother soften the separation, but the carers still meet a child with no proper matching conversation about who she is. # ref: Practice Standards, Permanence: sibling relationships; Module 4: managing change and transition # stance: with]
    ~ matched_well = false
    ~ lives_with = "foster carers (the Hargreaves)"
    Tyler flings himself at Chloe so hard she sits down on Sandra's hall carpet. They spend the afternoon building a den out of Sandra's settee cushions. At the flat, with a police officer and Leanne's permission by phone, Chloe fills two bags: her school shoes, the purple hoodie, a photo of Gran Pat in a frame, and a small Bible with gold edges that she will not explain.
    
    Julie Hargreaves collects her at six. On the doorstep Tyler cries and Chloe does not, which Sandra says to you afterwards is worse.
- 
You drive home at seven with the window down to keep yourself awake.

By Monday afternoon Chloe is at the farmhouse in Brackenfield. Before you write the placement plan, Chloe catches you at the door. She speaks quickly, as if she has rehearsed it. "Don't tell them about Mum's drinking. Or the cat thing. Or the bathroom. They'll think Mum's a tramp and I'm a psycho. I'll tell them what I want them to know."
# decision: chloe.p2.carers-told
# prompt: Chloe has asked you not to tell her carers the most important things about her history. What do you share, how, and who decides?
# justify
+ [Respect Chloe's wish for now: share what the placement plan requires, her legal status, the scratches as a risk, family time arrangements and allergies, and let her tell her family story in her own time # permanence: 0 # contact: 0 # disruption: +1 # why: It honours her voice and her fierce loyalty to her mother, but leaves the carers guessing at the meaning of what she does, which is how placements come to misread a child. # ref: Practice Standards, Children in Care: all information about the child is shared with carers # stance: for]
    ~ carers_told = false
    The placement plan meeting takes forty minutes. Julie and Martin learn about the risk of self-harm, the family time schedule and that Chloe hates mushrooms. They do not learn why she sleeps with the landing light on, or that the sound of a locked door matters, or that there is a grandmother who used to braid her hair. Chloe looks at you once during the meeting and you understand that you have kept your word.
+ [Send the carers the chronology and the case summary to read tonight, so they have the full picture without Chloe having to relive it # permanence: +1 # contact: -1 # disruption: 0 # why: The carers are informed, but a file summary describes risks rather than the child, and Chloe will find out they know things she asked you not to share, which costs her trust in you and them. # ref: Practice Model: working with, not to; recording as if the child will read it # stance: to]
    ~ carers_told = false
    Julie reads the summary that night and rings you at nine, upset. "She's had a dreadful time. Poor little thing." By Wednesday Chloe has worked out that Julie knows about the drinking: Julie asks, kindly, whether her mum "is getting help with her problem". Chloe goes upstairs and does not come down for tea. The summary mentions Chloe's heritage in one line. It says nothing about her hair, her church or her nan.
+ [Tell Chloe honestly that the carers need to know what will help them look after her, and agree with her how: she chooses the words about her mum and is there when you tell Julie and Martin about the drinking, the violence, the scratches, the bathroom and what frightens her at night, and about her heritage, her hair, Nana and her dad # permanence: +2 # contact: +1 # disruption: -2 # why: Full, honest information shared with the child rather than behind her back helps the carers understand her behaviour and keeps faith with her, though she may be angry that you would not keep her secret. # ref: Practice Standards, Children in Care: all information about the child is shared with carers; Practice Model: working with # stance: with]
    ~ carers_told = true
    Chloe is furious for about ten minutes. Then she sits at the kitchen table with you, Julie and Martin and says, in her own words, "My mum gets poorly with drink since Gran died. She's not a bad person." She tells them herself about the bathroom, and that she cannot sleep if she can hear shouting, even on the telly. You add the rest. Julie writes nothing down while Chloe is talking, which Chloe notices.
    
    Afterwards Julie asks you, quietly, about Chloe's hair. "I don't want to get it wrong and I don't want to make a thing of it." You give her Pauline's number{nana_involved: and tell her about Nana Abena, who is back from Ghana in November}.
- 
The first four weeks of any placement are when it is made or lost. You know your authority's standard, which asks more than the statutory minimum: a visit every week for the first four weeks, seeing the child alone, and a care plan and a Personal Education Plan within ten days. You also have twenty-three other children, a final statement due in another case in eight days, and a colleague on long-term sick whose duty days you are covering.
# decision: chloe.p2.visits
# prompt: The standard says weekly visits for the first four weeks. What makes a visit purposeful rather than a box ticked, and what would you let slip to keep it?
+ [Visit every week for four weeks as the standard says, but keep each visit to half an hour at the farmhouse kitchen table with the carers, complete the visit record and get back on the road # permanence: 0 # contact: 0 # disruption: 0 # why: The timescale is met and recorded, but visits without purpose or time alone with Chloe are what researchers call zombie social work, present on the system and absent for the child. # ref: Forrester, Zombie Social Work 2016, in SMART planning; Practice Standards: seeing the child alone # stance: for]
    ~ visits = 1
    Four visits, four records, all in timescale. Each time, Chloe sits at the kitchen table next to Julie and answers your questions. In week four you notice that she is wearing a hat indoors, and you mean to ask about it, and the dogs start barking at the post van, and you forget.
    
    The care plan and PEP are done by day ten.
+ [Visit every week for four weeks, see Chloe alone each time, once at school with her head of year and once in the car on the way to family time; give up your training day and negotiate the statement deadline # permanence: +2 # contact: +1 # disruption: -2 # why: Purposeful weekly visits in the first month are when a child learns whether her worker will stay and when small problems are caught early; the cost lands on your other work and on you. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone # stance: with]
    ~ visits = 2
    Week one, you sit on the gate of the lambing shed with Chloe while she tells you that Sam said "all right" to her at breakfast and that the taxi driver plays Northern Soul. Week two, at school, her head of year, Ms Shah, says Chloe is in the choir already. Week three, in the car, Chloe asks whether Nana is back yet, and whether she is in trouble for the scratch on her wrist, which she shows you. Week four, Julie says, "She's started leaving her door open." You put every one of these in your notes in words Chloe could read.
    
    The care plan and the PEP are both done by day ten. Chloe wants it written in the PEP that she wants to do GCSE music.
+ [Visit in week one and week four and phone Chloe each week in between; Gareth, the supervising social worker, will visit the carers in weeks two and three and tell you if anything comes up # permanence: 0 # contact: 0 # disruption: +1 # why: It keeps contact of a kind and protects your other children's deadlines, but phone calls with carers in the room are not visits, and a child who does not know you well will not tell you things on the phone. # ref: Practice Standards, Children in Care: visit each week for the first 4 weeks, seeing the child alone # stance: for]
    ~ visits = 0
    Your week-one visit is good. The phone calls are short: Chloe is "fine", "all right", "fine". In week three Gareth emails to say the carers have mentioned "some moodiness around family time, nothing unusual". The care plan goes in on day ten; the PEP meeting slips to day fifteen, because the school's designated teacher is on a course.
- 
Leanne rings you every day of the first week. Gary has been charged and bailed with a condition not to contact her. She wants to see Chloe "every day, like normal". Chloe wants to see Tyler more than anything, and her mum, and says she does not care about her dad, twice, without being asked. {nana_involved: Nana Abena is due back from Kumasi on 14 November; you have left a second message.|You have still not traced Chloe's paternal family beyond her father's address in Ashbridge.} Julie has asked whether family time could wait "until she's settled in a bit".
# decision: chloe.p2.family-time
# prompt: How should family time be set up in the first weeks, and whose needs is it arranged around?
+ [Use the team's usual arrangement: one supervised hour a fortnight with Mum and Tyler together at the contact centre, calls through the carers, and review it at the first looked-after review # permanence: 0 # contact: 0 # disruption: 0 # why: A safe, predictable arrangement that is easy to staff, but an hour a fortnight is a thin thread for a child whose life was her brother and mother, and it is arranged around the service rather than her. # ref: Permanency job aid: family time and shared parenting # stance: for]
    ~ family_time = 1
    Family time is in Room 3 of the contact centre on Bridge Street, every other Wednesday from four till five. The room has a plastic kitchen meant for toddlers. Tyler plays with it; Chloe supervises him; Leanne watches Chloe supervising him and cries. The contact worker's notes say "warm and appropriate". Chloe asks, in the car, why she can only see Tyler once every two weeks when she used to see him every day.
+ [Plan it with Chloe and Leanne: short phone calls with Mum three evenings a week at agreed times, family time with Mum twice a week after school at the family centre in Haverley, with Tyler at one of them, Saturday afternoons with Tyler at Sandra's, a letter to Kwame inviting him, and a plan to meet Nana when she is back # permanence: +2 # contact: +3 # disruption: -1 # why: Family time as the child's right, arranged around her relationships and assessed for safety, keeps every thread alive while the plan is unclear, at the cost of transport, Leanne's reliability and tired carers. # ref: Permanency job aid: family time as a right, not a privilege; Children Act 1989 s.34 # stance: with]
    ~ family_time = 2
    ~ nana_involved = true
    ~ tie_kwame = 2
    You sit down with Chloe and a calendar and she colours the days in: purple for Mum, green for Tyler. Leanne misses the second Thursday, and rings Chloe at 6.30 anyway to say sorry, which Chloe says "counts". Martin does the Saturday run to Sandra's and stays for a cup of tea, and Sandra and Martin turn out to support the same rugby league team.
    
    Kwame replies to your letter with a text: he can come in three weeks. He comes, to the family centre, with a bag of Ghanaian chocolate and a photo of Chloe's half-brother Kofi. Chloe is polite and stiff and eats all the chocolate in the car afterwards.
+ [Agree to Julie's request: a two-week settling period with no family time, then one supervised hour a fortnight # permanence: -1 # contact: -3 # disruption: +2 # why: It supports the carers and avoids early upsets, but stopping family time as a settling tactic treats it as a privilege, cuts a child off from her brother and mother at the worst moment, and often increases distress. # ref: Permanency job aid: family time as a right, not a privilege # stance: to]
    ~ family_time = 0
    ~ tie_tyler = 4
    ~ tie_leanne = tie_leanne - 1
    You explain it to Leanne, who hangs up on you. You explain it to Chloe, who says "fine" and then asks Julie whether she is allowed to use the house phone. Julie says best not for now. That night Sam hears her crying, and in the morning there is a new scratch on her wrist.
- 
The first looked-after review is held at the farmhouse in the first week of November, inside the twenty working days. The IRO, Sunita Bhatt, asks Chloe what she wants. "I want to see Tyler more," Chloe says, "and I want to know what's happening at Christmas."
{not consent_sound: On 2 December Leanne, after a bad weekend, arrives at the Academy at lunchtime and says she is taking Chloe home; under section 20 she is entitled to, and nobody can lawfully stop her. Ms Shah sits with them both in her office and makes tea while you drive over, and after an hour Leanne agrees to let Chloe go back to the farm for now. The local authority issues care proceedings that week and the court makes an interim care order. Chloe tells you afterwards that she did not know whether she wanted to go or not, and that this was the worst part.}
{not consent_sound:
    ~ legal_status = "interim care order (s.38)"
}
{consent_sound && legal_status != "interim care order (s.38)": In December, with Leanne's agreement and her solicitor's advice, and rather than let section 20 drift, the local authority issues care proceedings so that the court can oversee the plan; Leanne does not oppose an interim care order. "It's not a punishment," her solicitor tells her. "It's a plan with a timetable." Chloe is told by you and her mum together, on a Thursday, with Tyler in the next room.}
{consent_sound && legal_status != "interim care order (s.38)":
    ~ legal_status = "interim care order (s.38)"
}

Christmas comes and goes. Chloe spends Christmas morning at the farmhouse and Boxing Day at the family centre with her mum and brother. Julie buys her a karaoke microphone. The months turn.
+ [Part 3: First placement crisis]
-> part3
