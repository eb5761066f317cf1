=== p1_start ===
# part: 1 Before the birth
# scene: office
This case is fiction. Olivia, her son, their family, the carers and the professionals are invented, and Castlebridge is not a real place. Any likeness to real people is chance. The practice, the law and the dilemmas are real.

Content notes: substance misuse, domestic abuse, neglect, a previous child's adoption, removal of a baby at birth, grief and loss.

It is a wet Monday in early April. The referral has been sitting in your tray since Thursday, because Thursday was a court day and Friday was two emergency visits and a strategy discussion about someone else's child.

The referral came in at twenty-eight weeks, from Carol Ingram, the specialist safeguarding midwife at St Aidan's. It is short and careful. Olivia Hartley, twenty, is twenty-eight weeks pregnant with her second child. Her first, a daughter called Amelia, was separated from her at ten days old when Olivia was seventeen and still in care herself; Amelia was adopted eighteen months ago, at nineteen months old. Olivia has missed two of her last five antenatal appointments. At her booking appointment she told Carol she had stopped using cocaine "the minute I knew" and had cut her cannabis down "to a bit at night, to sleep". The baby's father is Liam Pike, twenty-five. There have been three police call-outs in eighteen months, one with a bruise to Olivia's upper arm that she would not talk about.

Carol's last line is the one you read twice: "Olivia has told me she does not want to choose names. When I asked if she had any ideas she said, 'What's the point?' and then changed the subject. I don't think she meant it the way it sounded."

Your manager, Frances Nolan, stops by your desk with her coat still on. "The strategy discussion agreed a section 47 and a pre-birth assessment. Conference in three weeks. I know it's a lot. Twelve weeks until she's due, probably less. I'd like a plan for this baby that we could stand behind in front of anyone: Olivia, a judge, and the child himself in fifteen years' time." She pauses. "You've read about Amelia?"

You have read the front sheet. Olivia was accommodated at thirteen, after years of moving between her mum, Lorraine, whose drinking made home unpredictable, and her Nana, Adwoa Darko, who raised her from eight to thirteen until a stroke made it impossible. Three foster homes in four years. A mother-and-baby placement at seventeen that ended on day ten after Olivia left at night and did not come back until morning. Then a placement order for Amelia, and an adoption order. Now a supported flat at Calder House, and a personal adviser, Jess Whitlock, who has known her since she was sixteen.

You have twelve weeks, at most, to get to know a young woman who has every reason to be afraid of you.
# decision: olivia.p1.first-visit
# prompt: Olivia's last experience of a pre-birth assessment ended in adoption. What does the first contact need to do, and what is the cost of each way of starting?
* [Read Amelia's court bundle, the 2023 judgment and every agency record before you meet her, so that nothing she says takes you by surprise # permanence: 0 # contact: -1 # disruption: 0 # why: Thorough, and you will need it, but two weeks of a twelve-week window pass and Olivia hears from the midwife that a social worker is reading about her before meeting her. # ref: Five-question framework for analytical thinking: what is the story, and whose story is it # stance: for]
    You read for two evenings. The judgment is fair and sad. The judge described Olivia at seventeen as "a young person who loves her daughter and who was, herself, still waiting to be parented". By the time you ring Olivia, Carol has mentioned that "the social worker's got your old file". Olivia says, "So you already know everything, then," and agrees to Thursday only because Jess tells her to.
    -> first_visit
* [Write to invite Olivia to a meeting at the office with the midwife and your manager, enclosing the referral so she knows what has been said # permanence: 0 # contact: 0 # disruption: 0 # why: Open and quick, but an office meeting with three professionals repeats how her last assessment began, and she may not come or may come armoured. # ref: Restorative practice window: high control, low support is working to # stance: to]
    You write a clear, polite letter and enclose the referral. Olivia does not come to the meeting. Jess rings you the following day. "She read the letter, she read the referral, and then she went to bed for two days. She'll see you at the flat if I'm there." You go on Thursday afternoon.
    -> first_visit
* [Ask Carol to ask Olivia whether she would meet you at her next antenatal appointment at St Aidan's, beside a midwife she already trusts # permanence: -1 # contact: -1 # disruption: +2 # why: It borrows a trusted relationship and a place she has to be anyway, and she is asked first; but a yes given to Carol is not a yes to you, and a clinic corridor is no place to say why you are involved. # ref: Practice Model: working with, not to; Practice Standards, Assessment: time to build trusting relationships # stance: with]
    Olivia says yes to Carol, because saying no to Carol feels rude. In the corridor a woman in the queue hears the words "social worker" and looks at Olivia's bump, and Olivia leaves before her blood pressure is taken. She misses the next appointment too. Jess rings you that evening. "She said yes to Carol. She'd have said yes to the flat, and meant it." You go to Calder House on Thursday afternoon, with Jess, a week later than you might have.
    -> first_visit
* [Visit Olivia at her flat with Jess, at a time Olivia chooses; say plainly why you are involved and ask what she hopes for the baby # permanence: +1 # contact: +1 # disruption: 0 # why: Starting with her, and with someone she already trusts, builds the relationship the whole assessment depends on; it costs a week to arrange. # ref: Practice Model: working with, not to; Practice Standards, Assessment: I will give children and families time to build trusting relationships # stance: with]
    ~ stage = MIN(stage + 1, 2)
    Jess rings Olivia for you. Olivia says Thursday, after two, "because I don't do mornings, tell her that." You take that as information rather than attitude: she is telling you how to reach her.
    -> first_visit
* [Ask Jess to sound Olivia out, and wait to visit until Olivia tells Jess she is ready, so that the first contact is entirely on her terms # permanence: -1 # contact: -1 # disruption: +1 # why: It looks like working with her, and Jess is the right bridge; but it hands the timing of a pre-birth assessment to a frightened young woman, and the weeks the baby needs drift past. # ref: Practice Standards: the child's timescale; Forrester, zombie social work: contact that is arranged rather than meant # stance: not]
    ~ stage = MAX(stage - 1, 0)
    Jess tries twice. Olivia says "next week" both times. Carol rings instead: Olivia missed another scan. In the end Jess arranges a Thursday afternoon visit and you go, a fortnight late, with thirty-one weeks on the clock.
    -> first_visit

= first_visit
# scene: family-home
Calder House is a low brick block with a buzzer that does not work. Olivia's flat is small and very clean. There is a Moses basket still in its cellophane on top of the wardrobe, and nothing else for a baby anywhere.

Olivia is small, with her hair scraped back and her hands inside the sleeves of a grey hoodie. She sits on the arm of the sofa, as if she might need to leave. Jess sits on the floor with her back against the radiator, which tells you how often she has been here.

{stage >= 1: Olivia watches you for a long time before she speaks. "Jess says you're all right. I'll decide that." Then, almost kindly: "Do you want a tea? I've only got the cheap ones."|Olivia answers your first questions in single words. "Fine." "No." "Liam's not around." Jess says gently, "Liv," and Olivia says, "What? I'm answering."}

You ask what she hopes for the baby. She looks at the cellophane on the wardrobe.

"I hope he gets to stay somewhere. Anywhere. That he doesn't get moved about like I did." A pause. "I know what you lot think. You think I'll do it again. Go out. Go back to Liam. I've been told what I'm like since I was eleven."

You ask about names, because Carol's note said she did not want to choose one, and because you want to understand rather than to record.

"I'm not picking names." She says it fast, like something practised. "Not yet. Maybe not at all. I'm not doing that again."

Jess looks at you, very slightly, over Olivia's head. Later, on the stairs, she tells you: "She named Amelia the day she was born. She said it all the time in the mother-and-baby placement, Amelia this, Amelia that. Then she had to stop saying it. She told me once it was like having to stop saying your own name."

By the end of the visit you know three things that are not in the file. Olivia calls the baby "him" when she forgets to be careful and "it" when she remembers. She has been keeping every scan photo inside a library book about Ghana that she took out from Castlebridge Library when she was ten and never returned. And she has not mentioned Amelia once.

When you ask about the book, she shrugs. "Three foster homes, three schools, and a new social worker nearly every year. One carer washed it every day with baby shampoo and brushed it out dry, because nobody told her different, and I didn't know either. Every review said 'mixed heritage, identity needs met', like a box. Nobody ever took me to Nana's church." She turns the book over in her hands. "That was the only bit of Ghana I could carry about."

The question now is how Amelia comes into this assessment at all.
# decision: olivia.p1.history
# prompt: How should a previous child's adoption be used in a pre-birth assessment without either ignoring the evidence or sentencing the parent to her own history?
# justify
* [Ask Olivia to write her own account of Amelia's proceedings, with Jess's help, and file it beside the 2023 judgment in your assessment without comment # permanence: -1 # contact: 0 # disruption: +2 # why: Her voice goes into the record in her own words; but two accounts side by side, never weighed against each other, leave the court to do your analysis, and what is different now goes unanswered. # ref: Practice Standards, Assessment: fact, opinion and professional judgement; Practice Model: with, not to # stance: with]
    Olivia writes four pages in a week, in pencil, and Jess types them up. They are vivid and angry and true as far as they go. Frances reads your draft. "Her account, then the judgment, and nothing from you in between. Which of them do you believe, and what has changed? The judge will ask you that, not her."
* [Take the findings in Amelia's proceedings as your starting point, and organise the whole assessment around one question: what is different now? # permanence: +1 # contact: 0 # disruption: 0 # why: Clear and defensible, and the court will ask exactly this; but Olivia experiences it as being judged on her seventeen-year-old self, and her own account stays unheard. # ref: Children Act 1989 s.31: likelihood of significant harm; Practice Standards, Assessment: clear about what the assessment is for # stance: to]
    Your assessment plan is tidy: each 2023 finding in the left-hand column, the current evidence in the right. Frances approves it in five minutes. Olivia reads it and says, "So I'm still seventeen to you." She keeps the appointments, and answers the questions, and offers nothing that is not asked for.
* [Ask Olivia to tell you about Amelia in her own words first; then read the 2023 judgment with her, marking what has changed and what has not # permanence: +1 # contact: +1 # disruption: 0 # why: Her account and the court's findings are both evidence; reading them together shows what is different and gives her a real part in the assessment, at the cost of painful sessions she may refuse, and weeks you do not have. # ref: Practice Standards, Assessment: the family history tells a story of the child's life, not a history of professional involvement; Practice Model: with, not to # stance: with]
    ~ stage = MIN(stage + 1, 2)
    It takes two visits. At the first, Olivia talks for forty minutes about Amelia: the weight of her, the way she fed, the night Olivia went out of the placement "just to breathe" and a friend gave her something to help her sleep and she slept until nine. "I didn't leave her. I left the building. They said that was the same."
    At the second, you bring the judgment to read together, and Olivia will not. "You read it. I was there." You leave a copy on the table. A week passes that the assessment did not have; then Jess rings to say Olivia has read it on her own and wants you back.
    At the third visit, at her kitchen table, Olivia takes a pencil and marks the margin herself. Next to "no stable accommodation" she writes: "got a flat now, 2 yrs". Next to "relationship with a partner who was controlling" she writes nothing for a long time, and then: "still the same kind of man". She looks at what she has written and says, "That's the bit, isn't it."
    It is not a conversion. But it is the first time, you suspect, that she has read the findings as something other than a verdict on who she is.
* [Give her the fresh start she asks for: she was seventeen and in care herself; keep Amelia's proceedings in the background and assess the Olivia in front of you # permanence: -1 # contact: 0 # disruption: +2 # why: Kind, and it may win her trust now, but it is collusion: it sets aside the best evidence of what happens under pressure, a court will find the assessment unbalanced, and Olivia may be blindsided later. # ref: Practice Standards, Assessment: fact, opinion and professional judgement; the court weighs all the evidence # stance: for]
    Olivia relaxes visibly when you say you are interested in who she is now. The visits go well. Your draft, when Frances reads it, goes less well. "You've written three pages on her flat and her budgeting and one sentence on why her first child was adopted. The parents' barrister will love it until the local authority's own barrister reads out the 2023 judgment. Then she'll feel lied to. Put it back in, properly, and tell her you're doing it."
* [Ask for a psychological assessment of Olivia's grief and trauma about Amelia before you start the parenting part of the assessment # permanence: 0 # contact: 0 # disruption: +1 # why: The grief is real and central to the case, but a report in eight weeks arrives after the birth; the baby's timescale and the birth plan cannot wait for it. # ref: Practice Standards, Permanence: permanence for children in family placements achieved as early as possible # stance: for]
    The psychologist's earliest slot is in seven weeks, and the report will take three more. Frances agrees to fund it and says, "That's our birth plan written without it, then." You start the rest of the assessment anyway, with a large hole in the middle where Amelia should be.
- -> family_network

= family_network
# scene: office
Whatever else happens, this baby will need people. Olivia's world, as she describes it, is small: Jess; Nana Adwoa, seventy-four, in a ground-floor flat on Priory Road, who "can't do much since her stroke but she's always there"; her mum, Lorraine, "when she's sober, which is mornings"; and Liam's mum, Sharon Pike, who "has been really nice actually, she bought the pram".

When you ask about her dad's side, Olivia shrugs. "My dad's in London with his new family. My cousin Effie's in Ashworth. She's a nurse. Nana's good granddaughter. She got the big house and I got care." She does not want Effie anywhere near "this".

Frances is brief about it in supervision. "Before a baby comes into care, his family should have been asked, together and properly, what they can do. A network meeting or an FGC. Not a list of phone numbers." The baby is due in nine weeks. The FGC service has a four-week wait.
# decision: olivia.p1.network
# prompt: Olivia wants a small circle and the baby's timescale is short. Whose family is it, and who decides who gets asked?
# justify
* [Hold a family network meeting yourself next week with the people Olivia names, Nana Adwoa, Sharon and her mum, and keep it small, as she asks # permanence: -1 # contact: 0 # disruption: +1 # why: Quick and respects Olivia's wishes about who is family; but it is your meeting, not theirs, and the people she left out are not asked. # ref: Practice Standards, Permanence: a Network Meeting before children come into care; Practice Model: with, not to # stance: with]
    ~ network = 1
    -> network_meeting
* [Ask Olivia to invite whoever she wants to a family meeting at Calder House and chair it herself, with you there only to answer questions # permanence: -1 # contact: 0 # disruption: +2 # why: It is her family and her meeting, which she has rarely had; but nobody independent helps the family plan, the hard question of what happens if she cannot care for him is never asked, and nobody from her dad's side is invited. # ref: Practice Standards, Permanence: a Network Meeting before children come into care; SMART planning: a contingency plan individual to the child # stance: with]
    ~ network = 1
    Olivia invites Nana, Sharon and her mum, and makes a list of things to talk about on the back of an envelope. Lorraine does not come. Nana offers daily visits and Sharon offers to have the baby "if it comes to that". Nobody mentions Liam, and nobody mentions Effie. Olivia is proud of it, and you are careful not to say what it did not do.
    On the step, Nana holds your arm. "In our family we do not name a child until the eighth day. We wait to see if he has come to stay. She is not being careless." Then she lets go and goes in.
    -> plo
* [Wait until after the birth, when the plan is clearer: Olivia is reluctant, and a family meeting now could push her away from the assessment # permanence: -1 # contact: -1 # disruption: +1 # why: It protects the working relationship for a few weeks at the cost of the baby's contingency plan; if he cannot go home at birth, there is nobody assessed to go to. # ref: SMART planning: a contingency plan must be specific to the child; Practice Standards, Permanence: options explored early # stance: not]
    ~ network = 0
    You write "family network meeting to be considered post-birth" in the plan. It sounds like a decision. It reads, later, like a delay.
    -> plo

* [Refer now for a Family Group Conference with an independent coordinator, who helps Olivia decide whom to invite, including her dad's side # permanence: +2 # contact: +1 # disruption: 0 # why: The family makes its own plan and the whole network, not just the people Olivia names on a bad day, is asked early; it costs four weeks and Olivia's comfort. # ref: Practice Standards, Permanence: a Network Meeting or Family Group Conference before children come into our care; Permanency job aid: relative diligent search; Working Together to Safeguard Children 2023: family networks engaged early # stance: with]
    ~ network = 2
    ~ effie = 1
    ~ fgc_held = true
    Marcia, the coordinator, can convene at thirty-five weeks. The pre-proceedings meeting will come first.
    -> plo
* [Ask Olivia for names and numbers, and complete viability assessments by phone and a home visit for anyone who offers to care for him # permanence: +1 # contact: 0 # disruption: 0 # why: It meets the letter of the viability standard and gets answers quickly, but a viability is not a plan and nobody in the family hears what anyone else can offer. # ref: Practice Standards, Children in Care: viability assessment of family members before placing # stance: for]
    ~ network = 0
    -> phone_viabilities
= fgc
Marcia, the FGC coordinator, meets Olivia twice on her own. She does not ask who Olivia likes. She asks who is family, and who the baby would want to know when he is older. On the second visit Olivia adds Effie's name to the list in small letters and says, "She won't come anyway."

The four weeks have already cost something. After Marcia's first visit Olivia is so angry about Effie being asked that she misses her thirty-two-week growth scan, and Carol has to find her a slot a week later, with a note on the file that you will read again at the birth.

Effie comes. She drives forty miles from Ashworth after a night shift, in her uniform, with her husband Peter. The conference is in the hall at St Michael's, Nana's church, at thirty-five weeks. Nana brings kenkey and fried fish in foil, and Sharon brings a tray of sausage rolls, and for a while that is what everybody talks about.

In private family time, with the professionals out of the room, something shifts. When you come back in, the plan is written in Effie's neat handwriting. Olivia will try, with Nana visiting daily and Sharon doing Tuesdays. If Olivia cannot keep the baby safe, "he comes to family. Effie and Peter will be assessed. He does not go to strangers." Olivia has agreed to it. She does not look at Effie while she says so, and Effie does not look at her, but both of them signed.

Nana says, to nobody in particular, "In our family we do not name a child until the eighth day. We wait to see if he has come to stay." Olivia looks up sharply, as if she had forgotten she ever knew that.

Because the family's plan names Effie and Peter, you do not leave them until after the birth. At thirty-six weeks you do their viability assessment in Ashworth: a three-bedroom house, two teenagers, Effie's shifts already rearranged on paper, Peter ready to take shared parental leave, and nothing of concern in the checks. It is a viability, not a full assessment, but it is enough for the local authority, if the baby cannot go home with his mother, to approve them temporarily as his foster carers under regulation 24, for sixteen weeks while the full assessment is done, and for the court to be asked to approve that interim care plan. Effie asks only one question: "Will Olivia be able to come?"
-> birth_plan

= network_meeting
The meeting is in the family room at the office at thirty-two weeks. Nana comes by taxi with her stick. Sharon comes straight from her shift at the care home and offers, within five minutes, to have the baby "if it comes to that", and says Liam is "not living with me, not really, he stays over sometimes". Lorraine arrives forty minutes late, smelling of mints, and cries when she sees Olivia's bump. Olivia is gentler with her mum than you expected.

The plan is reasonable as far as it goes: Nana will visit daily, Sharon will help with shopping, Lorraine will "try". Nobody mentions Effie, because Olivia did not invite her, and you did not ask Olivia why twice.

On the way out, Nana holds your arm on the step. "In our family we do not name a child until the eighth day. We wait to see if he has come to stay. You should know that, about my granddaughter. She is not being careless." Then she lets go of your arm and gets into her taxi.
-> plo

= phone_viabilities
You visit Sharon Pike and Nana Adwoa, and speak to Lorraine by phone. Sharon is warm, practical and works full time; Liam "stays over sometimes" and she does not think he would ever hurt a baby. Nana is clear that she cannot care for a newborn after her stroke, "but I can sit with her, and I can pray". Lorraine says she will stop drinking for the baby and then does not answer her phone again. You record two negative viabilities and one that is "not possible to complete".

The forms are done. You have not, you realise, asked anyone what they could do together.
-> plo

= plo
# scene: office
At the legal gateway meeting the local authority's solicitor agrees the threshold is likely to be crossed at birth and advises a letter before proceedings. The initial child protection conference makes a child protection plan for the unborn baby. The pre-proceedings meeting is set for thirty-three weeks, with Olivia, her solicitor, Jess and you, chaired by Frances.

Olivia's solicitor, a quick, tired man called Dev Patel, rings beforehand. "She's terrified. She thinks the meeting is where you tell her the baby's going. What do you actually want her to do?"
# decision: olivia.p1.plo-meeting
# prompt: What makes a pre-proceedings plan something a parent can actually do, and what must it say about what happens if she cannot?
* [Hold the meeting at Calder House with the people Olivia chooses, agree the goals she can sign up to today, and leave the contingency until after the birth # permanence: -1 # contact: 0 # disruption: +2 # why: Her ground, her people and goals she owns; but a plan with no contingency tells her nothing about what happens if it fails, and the baby's alternative is not ready at birth. # ref: SMART planning: a contingency plan individual to the child; Public Law Outline: the letter before proceedings says what will happen # stance: with]
    Olivia makes tea for six in four mugs and two glasses. The goals are good and they are hers. When Frances asks what happens if they are not met, Olivia says, "Then we'll talk about it," and Dev agrees that is for another day. At thirty-six weeks it is still another day.
* [Present the local authority's written expectations, already checked by legal, and ask Olivia to sign the agreement at the meeting # permanence: +1 # contact: 0 # disruption: 0 # why: Clear and quick, and what many courts expect to see; but it is a list done to her, and expectations she did not shape are easier to fail. # ref: Public Law Outline: letter before proceedings and pre-proceedings meeting; restorative window: to # stance: to]
    ~ stage = MAX(stage - 1, 0)
    Olivia signs without reading it. Dev reads it for her and asks for two changes, which Frances accepts. On the way out Olivia says to Jess, loud enough for you to hear, "Same list as last time. They just changed the date."
* [Co-produce a SMART plan in the meeting with Olivia, Dev and Jess: what changes, who helps, how it is seen, by when, and the contingency # permanence: +1 # contact: +1 # disruption: -1 # why: A plan she helped write is one she can work to and one a court can measure; it takes longer and means conceding some wording. # ref: SMART and outcome-focused planning: co-production with families; a contingency plan individual to the child # stance: with]
    ~ stage = MIN(stage + 1, 2)
    The meeting runs to two hours. Olivia argues about the wording of every goal, which you come to see as a good sign. "Attend all antenatal appointments" becomes "attend the six appointments between now and 39 weeks; Jess will drive me to the ones at St Aidan's". "Stop using cannabis" becomes "hair strand test at 36 weeks, and start with Castlebridge Recovery Service by 31 May". The contingency is written plainly: if the baby cannot be safely cared for by Olivia, the local authority will ask the court to place him with family if possible, and if not, with carers who could adopt him. Olivia reads that line twice and signs anyway.
* [Agree with Dev to postpone the meeting until after the birth, so that Olivia is not put under more stress at thirty-three weeks pregnant # permanence: -1 # contact: 0 # disruption: +1 # why: Humane in the moment, but the pre-proceedings period exists to give her a chance to change before the birth, and it is lost; the plan at birth will rest on less. # ref: Public Law Outline: pre-proceedings as the last chance to make change before proceedings; child's timescale # stance: for]
    Olivia is relieved and says so. Frances is not. "So at birth we go to court with a child protection plan and no pre-proceedings work at all. The judge will ask what we did with the twelve weeks."
* [Ask Olivia and Dev to write the plan themselves, and adopt it as they write it, so that every word of it is hers, even where it leaves Liam out # permanence: -1 # contact: 0 # disruption: +2 # why: Ownership matters and she will defend a plan in her own words; but adopting it unchanged is collusion: it is silent on the risk that ended her first placement, and a court will notice. # ref: SMART planning: co-production is not abdication; Public Law Outline: the letter before proceedings says what must change # stance: for]
    Olivia and Dev write it in an hour. It is good on antenatal care, good on the flat and the budget, and says nothing about Liam and nothing about what happens if it does not work. Frances reads it twice. "It's her plan. It's also silent on the one thing that took Amelia."
- {network == 2: -> fgc}
- -> birth_plan

= birth_plan
# scene: office
{stage >= 1: At thirty-four weeks, without telling anyone, Olivia goes to the recovery service's drop-in on her own, and goes back the following week. She tells Jess afterwards: "Don't make a thing of it."}
{stage >= 1:
    ~ stage = MIN(stage + 1, 2)
}
At thirty-six weeks your assessment is due, and with it the birth plan. The thirty-week hair strand test showed cannabis throughout and cocaine at a low level in the earliest month tested. The thirty-six-week test comes back within the week: {stage >= 2:cannabis at a lower level in the most recent month, and no cocaine|cannabis at the same level throughout, and cocaine again, at a low level, in the most recent month}. She has attended {stage >= 2: most of her appointments, and started with the recovery service|some of her appointments, and has been to the recovery service once}. Liam has been seen twice in the car park at Calder House. Olivia says they are not together. Jess thinks that is true on most days.

{network == 2: The FGC plan names Effie and Peter as the family's contingency, and their viability is positive.}{network == 1: The network meeting offered Nana's daily visits and Sharon's offer to care, which you have not yet assessed.}{network == 0: There is no family plan, and nobody in the family has been assessed as able to care for a newborn.}

Frances asks you to put the realistic birth plans in order of preference, with reasons, for the legal planning meeting. The panel will compare your order with theirs.
# decision: olivia.p1.birth-plan
# prompt: Rank the birth plans. Which tests Olivia's parenting fairly while keeping the baby safe, and which risks moving him more than once?
# rank
* [Ask the court at birth to approve separation and place him with Laura and Matt Whitaker, approved adopters given temporary approval as his foster carers under Fostering for Adoption, explained to Olivia face to face with Jess, and frequent family time while she is assessed # permanence: {network == 2:+1|{stage >= 2:+2|+3}} # contact: 0 # disruption: -1 # why: If he cannot go home he will not have to move again; but separating a newborn must be proportionate and his safety must require it now, and carers hoping to adopt must genuinely support family time and a possible return. # ref: Care Planning Regulations 2010 reg 25A and Children Act 1989 s.22C(9A)-(9B): Fostering for Adoption; Re L-A \[2009\] EWCA Civ 822 and Re C (Interim Separation) \[2019\] EWCA Civ 1998 # stance: with # expert: {network == 2:3|{stage >= 2:2|1}} # expert-why: {network == 2:Effie is a viable family placement, so a plan with strangers comes after her. |}{stage >= 2:A strong plan given a previous adoption, and it protects him from a later move; but Olivia has engaged before the birth, and separation is only justified where his safety requires it now (Re L-A); before her parenting has been seen, that is hard to say.|Olivia has missed appointments, is still using and is still seeing Liam: with a previous adoption and these current risks, the panel thinks his safety requires separation now (Re L-A) and would protect him from a later move; it would still expect generous family time and a real test of return.}]
    ~ placement = "ffa"
    Frances takes the plan to the senior manager who signs off early permanence placements, who agrees to a Fostering for Adoption placement for this baby with Laura and Matt. "They know it might not end in adoption," Frances says. "They've said it to me three times. Make sure they mean it."
* [Let Olivia and the baby go home to Nana Adwoa's flat on Priory Road, as the family asks, under a written safety plan with daily visits and no court application yet # permanence: -1 # contact: +1 # disruption: +2 # why: It keeps mother, baby and family together and avoids court; but it rests everything on a frail grandmother, an address Liam knows, and an agreement with no legal framework. # ref: Practice Standards: family placement considered first; Children Act 1989 s.31: likelihood of significant harm # stance: with # expert: {network == 2:6|5} # expert-why: It honours the family but puts the baby's safety on the person least able to hold it; the panel would not place a newborn on these facts without a legal framework.]
    ~ placement = "nana"
    Nana says yes before you have finished asking. Frances signs it off with a frown. "Daily visits. And if anything happens, anything, we issue the same day."
* [Ask the court at birth for an interim care order with Olivia and the baby together at Maureen Hollis's, an experienced parent-and-baby foster carer, for a twelve-week assessment, with {network == 2:Effie and Peter|carers who could adopt him} named as the contingency # permanence: {stage >= 2:+2|+1} # contact: +2 # disruption: {stage >= 2:0|+1} # why: It tests Olivia's care of the baby directly and keeps them together, with a safe adult in the house; such placements can end suddenly, and this is how her first one ended. # ref: Children Act 1989 s.38; parallel (twin-track) planning, which the Permanency job aid calls concurrent planning; Born into Care best-practice guidelines (Nuffield FJO): separation at birth only where necessary # stance: with # expert: {stage >= 2:1|2} # expert-why: {stage >= 2:The least intrusive plan that still keeps him safe, and the only one that gives Olivia a fair chance to show her parenting; the contingency is named from day one.|A fair test, but with so little engagement before the birth the panel fears a repeat of the first placement; ranked second, behind a plan that spares him a later move.}]
    ~ placement = "pab"
    Frances reads your reasons and nods. "Maureen's had eleven mums in that house. She'll tell us the truth, both ways." The legal planning meeting agrees: proceedings on the day of birth, and a parent-and-baby placement from discharge.
* [Ask Olivia on the postnatal ward to agree to his accommodation under section 20 with Denise Barker while she is assessed: no urgent hearing, and she is saying yes # permanence: -1 # contact: 0 # disruption: +1 # why: Quick, it spares an urgent hearing and she agrees; but consent asked of a young care leaver hours after the birth, without legal advice, is not informed and freely given, and the court will say so. # ref: Children Act 1989 s.20; Coventry City Council v C \[2012\] EWHC 2190 (Fam); Re N (Adoption: Jurisdiction) \[2015\] EWCA Civ 1112; Williams v Hackney LBC \[2018\] UKSC 37 # stance: to # expert: {network == 2:5|4} # expert-why: Consent taken on a postnatal ward from a twenty-year-old care leaver with no legal advice is the practice the courts have repeatedly criticised; if separation is needed, the court should decide it.]
    ~ placement = "foster"
    ~ s20 = true
    Frances hesitates, then agrees: it saves an urgent hearing in a week that already has three. Denise will have a cot ready. "Make sure she knows she can say no," Frances says, and you both know how that will sound on a postnatal ward.
* [Ask the court at birth to approve separation and place the baby with Denise Barker, an experienced short-term foster carer, while Olivia is assessed; decide the long-term plan later # permanence: -1 # contact: +1 # disruption: +1 # why: It keeps options open and Denise is excellent with babies; but if he cannot go home he will have to move again, at the age when a move costs most. # ref: Practice Standards, Permanence: Permanence Planning Meetings when a child comes into care; Module 4: what puts permanence at risk # stance: for # expert: {network == 2:4|3} # expert-why: Safe, but it separates him without planning for what happens next; a second move for a baby in his first year is a harm the plan could have avoided.]
    ~ placement = "foster"
    Denise has a cot ready within the hour. "I'll keep him till you lot decide," she says. "I always do."
* {network == 2} [Ask the court at birth to approve separation and place him with Effie and Peter in Ashworth under regulation 24, with Olivia's family time near them, while she is assessed # permanence: {stage >= 2:+2|+3} # contact: +1 # disruption: {stage >= 2:0|-1} # why: Family the family chose, assessed as viable, and no move later if he cannot go home; but it separates him from his mother before her care is seen, forty miles from her, with a cousin she does not trust. # ref: Care Planning Regulations 2010 reg 24: temporary approval of a connected person; Children Act 1989 s.22C(7)(a): preference for a connected person; Re C (Interim Separation) \[2019\] EWCA Civ 1998 # stance: with # expert: {stage >= 2:2|1} # expert-why: {stage >= 2:The right contingency, and a strong plan; ranked second because Olivia has engaged and deserves to be seen caring for him first.|With Olivia barely engaged, the panel prefers his own family now to a test that may end at night; it keeps him with people he will always know.}]
    ~ placement = "effie"
    Frances takes it to the legal planning meeting with the viability attached. "Regulation 24, full assessment to follow, family time three times a week at the family centre in Ashworth, travel paid." When you tell Olivia, she says, "Forty miles," and then, "At least it's not strangers." Effie buys a second car seat the same afternoon.
- ~ update_ties()
-> p2_birth
