// Part 2: The four-month decision. Telling Bradley, holding the carers, Poppy, Kerry's progress,
// and the plan ranked at the four-month review. Leaves behind: plan, final (computed at the end),
// story_work, support, kerry, poppy_with.

=== p2_start ===
# part: 2 The four-month decision
# scene: office
// Nothing later needs meeting; the relatives' assessments are held in brenda_checked and linda_checked.
~ meeting = 0
~ dean_checks = false
~ tie_kerry = 5
{
- home == "brenda":
    ~ tie_brenda = 4
- brenda_checked:
    ~ tie_brenda = 3
- else:
    ~ tie_brenda = 2
}
Weeks five to nine.

{legal_status == "interim care order (s.38)":The court has set a 26-week timetable. Hannah Brooks, the children's guardian, has met Bradley twice and asked, at the case management hearing, for a clear account of every family member who has been considered. The issues resolution hearing is fixed for week twenty of the proceedings, the final hearing for week twenty-four.}{legal_status != "interim care order (s.38)" && not drift:The countdown ends on the Friday of week six and the plan you wrote with Kerry has not been met: one missed hair-strand appointment, and Callum seen twice at the flat, in breach of his bail, which you report to the police. You tell her before anyone else does. The local authority issues that day. The magistrates make interim care orders, and the court sets a 26-week timetable; Dean and Callum are served as respondents, each for his own child. Kerry says, "You told me it would happen. I just didn't think it would be me."}{legal_status != "interim care order (s.38)" && drift:The section 20 arrangement rolls on. At the first looked-after review in week six the IRO, Keith Fenwick, asks what the timetable is and records that there isn't one. In week eight a second hair-strand test comes back high and Callum is seen at the flat twice, in breach of his bail; you tell the police. The local authority issues in week nine, and Dean and Callum are served as respondents, each for his own child. The court's 26-week clock starts then, which puts the final hearing two months later than it needed to be.}
~ legal_status = "interim care order (s.38)"

Your caseload has gone up to twenty-six. You have visited Bradley every week for the first four weeks, as the standard asks, and he is beginning to recognise your car.

# scene: foster-home
Week six. You are sitting on the floor at {who(home)}'s with Bradley and a box of bricks. He is building a depot for his bin lorries. Out of nowhere, he says: "When I go home to Mummy's house, Poppy can have my big bed." {poppy_with != home:He adds, "She's at {who(poppy_with)}'s. She's too little for Nana {who(home)}'s."}

{who(home)} looks at you over his head. Later, in the kitchen, {home == "gill":Gill|she} says: "He asks every night. I never know what to say. I don't want to lie to him and I don't want to promise him anything." # decision: bradley.p2.words # prompt: How do you explain to a three-year-old why he cannot go home, when you do not yet know if he will? Who should say it, and in what words?
+ [Hold off until the plan is clearer, so you do not tell him something that turns out to be wrong # permanence: -1 # contact: 0 # disruption: +1 # why: It avoids false promises, but silence leaves a three-year-old to make up his own story, usually one in which he is to blame. # ref: Module 4: help children understand decisions made in their best interests # stance: not]
    You tell {who(home)} to keep it simple and say the grown-ups are still deciding. Over the next weeks Bradley's biting at nursery gets worse. Shanice tells you he said, "I was naughty so the police came."
+ [Make a words-and-pictures story with the carer and Kerry, and read it with him often # permanence: +1 # contact: +1 # disruption: -1 # why: An honest, shared account he can return to starts life story work now and gives every adult the same words, though it takes time you do not have and Kerry must agree to what it says. # ref: Practice Standards, Children in Care: life story work that grows with the child # stance: with]
    ~ story_work = true
    You draft six pages with {who(home)}: Bradley's flat, his mum, the night the police came, the house he lives in now, the grown-ups helping Mummy, and a last page that says "Nobody knows yet where Bradley will live when he is bigger. Lots of people are working hard to decide. Everyone wants Bradley to be safe and loved." {trust >= 1:Kerry cries when she reads it, then asks to add a photo of Bradley on the beach at Saltburn.|Kerry will not read it. "You've already decided what my son thinks of me." The book goes ahead without her page, which leaves a gap where his mum should be.} Bradley wants it read every night and corrects you if you skip the lorry page.
+ [Ask Kerry to explain it to him herself at family time, with you in the room to help her find the words and say them # permanence: -1 # contact: +1 # disruption: +1 # why: Hearing it from his mother matters and includes her, but Kerry is grieving and may promise him what she cannot deliver. # ref: Permanency job aid: shared parenting; family time as a time to connect the dots # stance: with]
    You plan it with Kerry beforehand. In the room she manages the first sentence, "Mummy's been drinking too much grown-up drink and it made things unsafe." Then Bradley climbs into her lap and she says, "But you'll be home for Christmas, baby, I promise." He tells everyone at nursery.
+ [Agree a simple script with the carer: Mummy is poorly and the grown-ups are helping her get better # permanence: 0 # contact: 0 # disruption: 0 # why: It is gentle and consistent, but "poorly" is not quite true and it can leave a child waiting for a recovery that decides everything. # ref: Practice Standards: record and explain so the child can understand how decisions were made # stance: for]
    {who(home)} uses the words. They calm him for a while. Then Bradley asks whether Mummy has to go to hospital, and whether he made her poorly, and whether he can have the medicine so he can get poorly too and go and live with her.
- -> p2_strain

=== p2_strain ===
# scene: foster-home
Week nine. {who(home)} rings you at ten past five on a Friday.
{home == "gill":
    Gill has looked after more than a hundred children and does not ring on Fridays. Pete's mother is dying in a hospice in Whitby and Pete is driving there most nights. Bradley has night terrors at two and four; he has smeared faeces on the bathroom wall twice. Poppy is teething. {poppy_with != "gill":Poppy has gone, and Gill is oddly more worried about Bradley without her.} "I'm not giving notice," Gill says. "Not yet. But I need you to hear me. Is there anywhere else he could go, just while Pete's mum..."
}
{home == "brenda":
    Brenda has not had a full night's sleep since the children came. Her fostering allowance as a connected carer has not been paid, because of a form, and she has put the children's shoes on a credit card. On Sunday Kerry turned up after the pub and shouted through the letterbox for twenty minutes; Bradley hid in the airing cupboard. Brenda's AA sponsor has told her to look after herself. "I'm not drinking," Brenda says, before you ask. "I want you to know that. But I don't know if I can do this."
}
{home == "linda":
    Linda is at the end of her tether. Mick was admitted to hospital on Tuesday with a chest infection. Bradley has hit Linda twice this week and screams when she drops him at nursery. Kerry has been texting her at night: long messages, some loving, some vicious. Linda has stopped answering. "I love the bones of him," she says. "But I'm fifty-six, and I've got Mick, and I can't do the nights on my own. Nobody told me it would be like this."
}
{support == 0:You can hear that this has been building for weeks: the arrangements made in the first fortnight have left {who(home)} holding more than anyone planned.} # decision: bradley.p2.strain # prompt: The person caring for Bradley is telling you they are struggling. What do you do before Monday, and who needs to be in the room?
+ [Ask the carer's supervising social worker to lead on support, and put your own time into the court statement due in week twelve # permanence: 0 # contact: 0 # disruption: +1 # why: Supporting carers is rightly shared, and the court timetable is real, but the child's own worker stepping back at this moment sends its own message. # ref: Practice Standards: Care Team Meetings every 4 weeks until permanence is achieved # stance: not]
    You email the supervising social worker, who rings {who(home)} on Monday and arranges a visit for the following week. Your statement is filed on time. {who(home)} tells the supervising social worker, "Bradley's worker has gone quiet on me."
+ [Go round in the morning, listen for as long as it takes, and agree together that {who(home)} will hold on until the four-month review # permanence: 0 # contact: +1 # disruption: +2 # why: Warm, and the carer feels heard, but listening without a plan asks them to carry on exactly as before, and a carer whose request for help becomes a pep talk often stops asking and starts planning an exit. # ref: Module 4: what jeopardises permanence; Practice Standards: pre-disruption meetings # stance: for]
    ~ support = 0
    You sit in {who(home)}'s kitchen for an hour and a half on Saturday morning. You tell them how well they are doing, which is true, and they say it helps to be listened to, which is also true. They agree to try. When you ring on the following Friday, nobody answers.
+ [Call a pre-disruption meeting next week, chaired by Sue, with everyone who supports the placement # permanence: +1 # contact: 0 # disruption: -2 # why: It names the risk, brings the network together and sets out who will do what, but it takes a week to convene and the word "disruption" can frighten a carer who only wanted to be heard. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the Team Manager # stance: with]
    ~ support = 1
    The earliest date Sue can chair is the Thursday after next. In between, {who(home)} gets through the weekend alone, and on the Sunday Bradley has a night with an emergency sitter he has never met and wets the bed for the first time in a month. Sue chairs it eight days later. {home == "gill":Gill and Pete's supervising social worker comes, and Shanice, and the health visitor.|The Family Placement worker comes, and Shanice, and {dean_in:Dean, and }the health visitor.} The plan is specific: a family support worker for the two worst bedtimes each week, a referral to the child and adolescent mental health team's under-fives consultation line, {home == "brenda":the allowance paid by Monday with back pay, and a written agreement with Kerry about visits, }{home == "linda":Dean to stay over on Wednesdays, a sitter for Mick's hospital appointments, }{home == "gill":a respite carer Bradley already knows for Pete's hospice nights, }and a phone call from you every Friday. {who(home)} says at the end, "I didn't know I was allowed to ask for all that."
+ [Agree with {who(home)} tonight the practical help she asks for: a family support worker for bedtimes and a respite weekend, without a meeting # permanence: 0 # contact: 0 # disruption: -1 # why: Fast, concrete and what she asked for, it eases the worst nights, but it treats a relationship under strain as a staffing problem and nobody reviews whether it is working. # ref: Practice Standards, Permanence: support plans for children in connected care # stance: with]
    By Tuesday you have a family support worker, Bernie, for two bedtimes a week, and a respite weekend booked. {home == "brenda":You chase the allowance; it is paid in week eleven.} {who(home)} is grateful. Bradley hates the respite weekend and wets the bed for a week after it.
- -> p2_siblings

=== p2_siblings ===
# scene: office
Week eleven. Tina Thwaite, Callum's mother, Poppy's paternal grandmother, has written to the court. She works at a bakery in Calderbrook and has never been known to children's services. She wants to care for Poppy. She has been having Poppy for an afternoon a fortnight since week four. Family Placement's viability assessment of her own care is positive: warm, organised, a spare room already painted. The question it leaves open is her son. Callum was arrested at Tina's house on the night of the crisis; he is on bail for the assault on Kerry, with a condition not to contact her, and he still has a key. As Poppy's father, with parental responsibility, he is a respondent in the proceedings. His own parenting assessment is negative: he has not taken up the domestic abuse programme and says he does not need it, though he wants Poppy "with my mum, not strangers". Tina says he will not come to the house while Poppy is there. She has not yet said how she would stop him.

There is a question for Poppy herself, which Hannah Brooks raised at the last hearing. Poppy is eleven months old. If she cannot go home, every month before she has a permanent home counts for more at her age than at Bradley's; early permanence with concurrent planning carers was considered for her at the legal gateway meeting and recorded as not the plan while two families and her brother are in the picture. Hannah wants that reason tested again, not assumed.

Tina is clear that she cannot offer Bradley a home. "He's a lovely boy. But he's not mine, is he? He's got his own nanas."

{poppy_with == home:Bradley and Poppy have lived together all their lives. When Poppy cries at night, Bradley goes to her cot and posts his lorry through the bars.|Bradley and Poppy have been apart since week two. They see each other twice a week. At the last visit Bradley sat with his arm round Poppy for the whole hour and would not let anyone else hold her.} # decision: bradley.p2.siblings # prompt: A relative has come forward for Poppy alone. How do you weigh Poppy's family against Bradley's relationship with his sister?
+ [Ask Kerry and Tina to agree between them where Poppy should live, and back whatever the two of them decide # permanence: 0 # contact: +1 # disruption: +2 # why: It respects the two women who love her and they both ask for it, but it hands a decision about a baby's home to adults in conflict, with Callum's shadow over one of the homes and nobody speaking for Bradley. # ref: Practice Standards, Permanence: separating siblings properly assessed; Children Act 1989 s.22(4)-(5): wishes and feelings ascertained, not delegated # stance: not]
    Kerry and Tina meet at the family centre. Kerry wants Poppy home; failing that, anywhere but Tina's. Tina says she will not fight her. They agree nothing, and Poppy stays where she is while the court waits for a plan.
+ [Keep the children's homes as they are, and offer Tina more family time with Poppy instead of a home # permanence: 0 # contact: 0 # disruption: -1 # why: Nothing changes for either child and Poppy keeps her paternal grandmother, but Tina's offer of a family home is set aside without a full assessment, which the court may question. # ref: Re B-S: every realistic option for each child, analysed side by side # stance: for]
    Tina's afternoons with Poppy go up to weekly. She says she understands. Her solicitor writes to the court to say she does not, and asks for a full assessment of her as a carer for Poppy.
+ {poppy_with == home} [Support Poppy's move to Tina, with a written plan for weekly sibling time and a plan for keeping Callum away # permanence: +1 # contact: -1 # disruption: +1 # why: Poppy gains a home with her own paternal family early, but Bradley loses daily life with his sister, and the home is the one Callum was arrested at; whether Tina can keep him out is untested. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise; Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 # stance: for]
    ~ poppy_with = "tina"
    Poppy moves to Tina's in week thirteen after a fortnight of introductions. Bradley helps pack her bag and puts his second-best lorry in it. That night he sleeps on the floor by the empty cot. The sibling time happens on Saturdays at Tina's. It goes well for a month. Then Tina rings you, before anyone else knows, to say that Callum let himself in one Sunday; she sent him away and changed the locks that afternoon.
+ {poppy_with != home} [Support Poppy's move to Tina, with a written plan for weekly sibling time and a plan for keeping Callum away # permanence: +1 # contact: 0 # disruption: +1 # why: Poppy gains a home with her own paternal family early, but it settles the separation before anyone has assessed what it costs Bradley, and Callum's access to Tina's home is untested. # ref: Practice Standards, Permanence: separating siblings properly assessed and only in their best interests # stance: for]
    ~ poppy_with = "tina"
    Poppy moves to Tina's in week thirteen. The sibling time moves to Tina's house on Saturday mornings. Linda drives Bradley over. Linda and Tina are polite to each other, carefully. In the second week Tina rings you, before anyone else knows, to say that Callum let himself in one Sunday; she sent him away and changed the locks that afternoon.
+ [Commission a together-or-apart assessment, and a full assessment of Tina that tests Callum's access with the police, before anything changes # permanence: 0 # contact: +2 # disruption: -1 # why: The siblings' bond and the real risk in Tina's home are assessed before a decision that may last their childhoods, but it takes six weeks of Poppy's first year and Tina feels she is being made to wait. # ref: Practice Standards, Permanence: separating siblings properly assessed and only in their best interests; Children Act 1989 s.22C(8)(c) # stance: with]
    An independent social worker spends time with both children, their carers, Kerry and Tina. Her report, in week seventeen, says the bond is "strong and reciprocal, and on Bradley's side protective", and that they should live together unless that means neither has a family home; if they are apart, they need to see each other at least fortnightly, with the adults in both homes in touch.
    ~ together = 1
    Tina's full assessment takes the same six weeks. The police confirm Callum's bail address is his own flat; Tina changes her locks, and tells him so in front of the assessor. Her full assessment is positive, on condition that Callum never has a key again and never visits while Poppy is there. Tina is hurt, and says so: "Six weeks is a long time when you're one." Her solicitor writes to the court about the delay. Poppy is thirteen months old before anything is decided for her, and the question of early permanence for her is asked again, and answered again: not while her brother and two families are in the picture.
+ {home == "linda" && poppy_with != home} [Ask Linda whether she could care for both children, though Poppy is not her grandchild # permanence: +1 # contact: +2 # disruption: +2 # why: It would reunite the siblings in one family home, but Linda has already said a baby is too much with Mick's health, and asking may push her past what she can sustain. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: with]
    ~ poppy_with = "linda"
    ~ support = MAX(support - 1, 0)
    Linda takes a weekend to think. Dean says he will move back in with her for a while to help. "They're brother and sister," Linda says. "I'm not going to be the one who keeps them apart." Poppy moves to Thornleigh in week fourteen. Bradley shows her every room. Linda looks ten years older by the end of the month.
- -> p2_progress

=== p2_progress ===
# scene: family-home
Week fourteen. You visit Kerry at the flat to go through the evidence before your final statement and the four-month review.
// What Kerry manages from here is hers, not the worker's: the worker's choices move kerry by a step
// at most, inside the bounds her own change allows.
~ kerry_change = draw("kerry-change", 3)
// Her progress is the draw. Distrust costs a sustaining or relapsing mother tone and family time,
// not her sobriety; only a mother who cannot yet stop drinking and trusts nobody stops engaging.
~ kerry = kerry_change
{trust == 0 && kerry_change == 1:
    ~ kerry = kerry_change - 1
}
{kerry == 3:
    Kerry has been to nine of ten alcohol service sessions and has joined the women's group on Thursdays. The second hair-strand test shows a marked fall in alcohol use; her key worker describes her as "in action, and honest about the slips". She has ended the relationship with Callum and has a non-molestation order. She has not missed a family time. The flat has a stair gate and a new fridge, bought with a grant Brenda helped her apply for. She says, "I'm not saying I'm cured. I'm saying I know what I'm dealing with."
}
{kerry == 2:
    Kerry has been to six of ten alcohol service sessions. The second hair-strand test shows some reduction, but not sustained. She had a heavy weekend in week eleven and told her key worker about it herself. Callum has been texting her, in breach of his bail, and you tell the police; she says she has not seen him, and a neighbour says otherwise. She has missed two family times out of twenty, both after bad weekends. When she is there, she is warm and attentive and Bradley lights up. She says, "I'm trying. I'm really trying. It's just everything at once."
}
{kerry == 1:
    Kerry has been to four of ten alcohol service sessions. The second hair-strand test is as high as the first. Callum was at the flat, in breach of his bail, when the police called about a noise complaint in week twelve. She has missed five family times; at two more she was late and tearful. When she comes she is loving, and Bradley runs to her. She says the assessments are "set up for me to fail", and that she would do better if she had the children back, because then she would have a reason.
}
{kerry == 0:
    Kerry has stopped going to the alcohol service. She did not attend the second hair-strand test. Callum is back at the flat, in breach of his bail, and you tell the police; the curtains are drawn at two in the afternoon. She has missed most family time since week eight. When she came, in week twelve, she fell asleep on the contact centre sofa while Bradley was showing her his drawing. She does not answer the door to you today; you leave a note, and she texts later: "Write what you like. It's not me you're writing it for."
}

You have to write your evidence on her progress. You think about the four categories you were taught: sufficient, adequate, inadequate with some progress, no progress. You think about where Kerry is in the stages of change, and about Bradley's timescale, which is not the same as hers. # decision: bradley.p2.progress # prompt: How do you judge Kerry's progress, and what do you do with that judgement before it goes into your statement?
+ [Support Kerry's solicitor's request for an independent psychological assessment of her capacity to change, knowing it takes the case past 26 weeks # permanence: -2 # contact: +1 # disruption: +1 # why: It gives Kerry an expert's view of her capacity to change, but Bradley waits another three months for a decision, and the court must be satisfied the report is necessary. # ref: Children and Families Act 2014 s.13: expert evidence only where necessary; 26 weeks; Practice Standards, Permanence: permanence in the child's timescales # stance: with]
    ~ drift = true
    {kerry == 0:The court refuses it: Kerry has stopped engaging with the alcohol service and the testing, and the judge is not satisfied that a report is necessary to resolve the case. The hearing on the application has still cost four weeks. Bradley starts asking whether everybody has forgotten about him.|The court grants the application. The psychologist sees Kerry in week nineteen. Her report, in week twenty-five, says Kerry has "an insecure attachment history rooted in her own care experience, genuine motivation, and a prognosis that depends heavily on sustained support." The final hearing moves to week thirty-six. Bradley starts asking whether everybody has forgotten about him.}
+ [Tell Kerry she is doing well enough for now, and agree with her to leave the progress categories out of your statement until she feels ready for them # permanence: -1 # contact: +1 # disruption: +1 # why: It keeps her trust and her hope, but it writes evidence to suit the relationship rather than the child, and the court and Bradley are left without the judgement they need. # ref: Permanency job aid: evaluating progress; Practice Standards, Assessment: fact, opinion and judgement kept distinct # stance: for]
    You tell Kerry what she has done well, which is a lot, and leave the rest for later. She hugs you at the door. Your statement describes her efforts in detail and her relapses in one sentence. Hannah Brooks rings you the day after it is filed to ask what you actually think.
+ [Tell Kerry plainly where you think she is, using the progress categories, and write the next six weeks with her, including what happens if it fails # permanence: {kerry >= 2:+2|0} # contact: +1 # disruption: {kerry >= 2:-1|+1} # why: {kerry >= 2:Honest, specific and made with her, it gives a parent who is changing a fair test in Bradley's timescale, but it asks her to hear a hard judgement face to face, and whether she holds is hers to decide.|Honest and made with her, but on this evidence another six weeks of plans delays Bradley's answer and risks colluding with hope that the tests do not support.} # ref: Permanency job aid: evaluating progress and stages of change (a US scale, used here as a shared language); SMART planning with the family # stance: with]
    {
    - kerry == 0:
        You try. Kerry does not answer the door that week or the next. You post the plan through the letterbox with a note, and ring her solicitor, who says her client "is not in a good place."
    - kerry_change == 3:
        ~ kerry = 3
        You sit at Kerry's kitchen table with the evidence and go through it line by line. She argues, then cries, then gets a pen. The plan you write together fits on one side of paper: what she will do, what you will do, what everyone will see if it is working, and what happens if it is not. She sticks it on the fridge. Over the next six weeks she keeps to more of it than you expected, and the third hair-strand test is the lowest yet.
    - kerry_change == 2:
        You sit at Kerry's kitchen table with the evidence and go through it line by line. She argues, then cries, then gets a pen. The plan goes on the fridge. For four weeks she keeps to all of it. Then Callum's bail is extended, a letter from the housing office threatens her tenancy, and she drinks for three days. She rings you on the third day herself, which she has never done. The third hair-strand test shows it. You did the plan well, and she meant it. It has not held.
    - else:
        You sit at Kerry's kitchen table with the evidence. She listens, and signs the plan, and keeps almost none of it. The third hair-strand test is as high as the first.
    }
+ [Support Kerry's solicitor's application under s.38(6) for a residential parent-and-child assessment of Kerry with both children, knowing it takes twelve weeks # permanence: -1 # contact: +2 # disruption: +2 # why: The fullest test of whether she can parent both children safely, but the unit has a waiting list, twelve weeks takes the case past 26 weeks, your authority will resist the cost, and it is another move for Bradley that will end painfully if she is not ready. # ref: Children Act 1989 s.38(6) and s.38(7A)-(7B): assessments directed in proceedings; s.32(5): extensions only where necessary; Permanency job aid: opportunities to show change # stance: with]
    ~ drift = true
    ~ unit = true
    The authority's resources panel will not fund it, and says so in writing. Kerry's solicitor applies to the court under section 38(6), and your statement says what you think the assessment could show.
    {
    - kerry <= 1:
        The judge refuses it. Kerry is still drinking, the unit will not take a parent who is not abstinent, and the judge is not satisfied that the assessment is necessary. The application and the hearing have cost five weeks all the same.
    - else:
        The judge is satisfied that it is necessary, and directs it. The unit in Leeds has a five-week waiting list, so Kerry and the children can go in at week twenty, and its twelve weeks run to week thirty-two. The judge extends the timetable under section 32(5) by eight weeks, the most one extension allows, and warns that she will not easily extend it again.
    {
    - kerry_change == 3:
        ~ kerry = 3
    - else:
        ~ kerry = lower(kerry)
        ~ support = MAX(support - 1, 0)
    }
    }
+ [File your statement that change is not happening in Bradley's timescale, and let Kerry read it through her solicitor # permanence: {kerry <= 1:+2|0} # contact: -1 # disruption: {kerry <= 1:-1|+1} # why: {kerry <= 1:On this evidence it is clear and timely for Bradley, and a court needs it, though it lands as a verdict on paper rather than a conversation.|It is clear and timely, but it writes off a parent whose tests are moving before she has had a fair test, and she hears it from a bundle.} # ref: Children and Families Act 2014: 26 weeks; Practice Standards: would I say this to the child # stance: to]
    ~ trust = lower(trust)
    You file it on Friday. Kerry's solicitor rings on Monday to say her client has read it. {kerry == 3:Kerry rings you, furious, and then goes to her Thursday group anyway.|Kerry misses the next two family times.} At the third, she brings Bradley a present and cannot stop crying, and he spends the hour trying to cheer her up.
- ~ kerry_change = 0
// Trust has done its work on her progress; nothing later in part 2 reads it.
~ trust = 1
-> p2_review

=== p2_review ===
# scene: office
Week nineteen, four months since the children came into care: the permanence planning meeting in the morning, then Bradley's second looked-after review in the afternoon, chaired by Keith Fenwick, the IRO. Hannah Brooks, the guardian, sits in on both.

{unit:Kerry and the children go to the unit in Leeds the week after, so Keith holds the review and then adjourns its decision until the unit reports. {kerry == 3:The twelve weeks are hard and closely watched, and Kerry holds. The unit's report, in week thirty-two, is cautiously positive about her care and clear about what support she would need at home. Back at {who(home)}'s afterwards, Bradley asks when he can go "to the Leeds house" again.|In the fourth week at the unit she goes out on a Saturday night and comes back at two in the morning. The placement ends the next day. Bradley is driven back to {who(home)}'s with his lorry on his knee and does not speak for the whole journey. The extension has already been granted.} The review reconvenes in week thirty-three.}

Keith begins, as he always does, with the child. {story_work:{who(home)} has brought Bradley's words-and-pictures book. Keith reads it, turns to the lorry page, and smiles.|{who(home)} passes on a message from Bradley, who was asked what he wanted the meeting to know: "I want a big bed and my mum and Poppy and the bin men."} Shanice reports that Bradley's biting has {support >= 1:stopped|not stopped}, and that he has started to talk about "my house" meaning {who(home)}'s.

Then the options. {brenda_checked:{home == "brenda":Brenda's full connected-persons assessment is positive, with a support plan, and she was approved at fostering panel last month as Bradley's connected-person foster carer.|Brenda's viability assessment is positive, though she has not cared for Bradley day to day and no full assessment has been done.}|Brenda has never been assessed.} {linda_checked:{home == "linda":Linda's full connected-persons assessment is positive, with real concern about Mick's health and her age, and she was approved at fostering panel last month as Bradley's connected-person foster carer.|Linda's viability assessment is positive for Bradley alone; no full assessment has been done.}|Linda has never been assessed.} {dean_in:Dean has been to every Saturday family time; he is clear he cannot offer Bradley a home himself, with his hours and his one-bedroom flat, and wants him with his mum or his mum's mum or his own mum, "in that order".|Dean has still not been part of any planning.} 

Then Poppy. Keith asks the early-permanence question again, as the legal gateway meeting said he would, and this time the answer is recorded with its reasons. {poppy_with == "tina":{kerry == 3:Poppy is settled with Tina, and Kerry wants her home. If Bradley goes home, Poppy's plan is to follow him a month later, with Tina's weekends kept as family time; if he does not, special guardianship with Tina.|Poppy is settled with Tina; her plan is special guardianship with Tina, with time with Bradley every week, and carers approved to adopt would take her from a grandmother she knows.}|{poppy_with == home:Poppy is thirteen months old and lives with her brother. An early-permanence placement now would part them{together == 1:, against the together-or-apart assessment}, so her plan is to stay with him wherever his plan allows, and her own report goes to the same decision makers as his.|Poppy lives apart from Bradley, with {who(poppy_with)}. {poppy_with == "brenda":Her plan is to stay with Brenda under a special guardianship order, with time with Bradley every week.|Brenda's viability for her is positive, so carers approved to adopt are not her plan: if she cannot go home, Brenda is to be fully assessed as her special guardian.}}}

Judged against the progress categories, Kerry's progress is {kerry == 3:sufficient on the measures that matter most for Bradley's safety, and sustained since the early weeks of the proceedings, with one lapse she disclosed herself.|{kerry == 2:adequate in parts and inadequate in others: real effort, with relapses.|{kerry == 1:inadequate, with some progress.|absent: no progress.}}} {drift:The court timetable has slipped, and Keith says so, firmly.}

{
- kerry == 3:
    ~ panel = 1
- (brenda_checked || linda_checked || home == "brenda" || home == "linda") && kerry == 2:
    ~ panel = 2
- brenda_checked || linda_checked || home == "brenda" || home == "linda":
    ~ panel = 3
- else:
    ~ panel = 4
}
Keith asks you to set out your recommendation in order of preference, with your reasons, because that is what the court will need from you too: every realistic option, side by side. # decision: bradley.p2.plan # prompt: Rank the permanence options for Bradley in the order you would put them to the review and the court. What evidence would change your order? # rank
+ [Long-term fostering with his current carers if they will, with family time planned with Kerry and Dean and a review each year # permanence: {panel == 4:+1|0} # contact: +1 # disruption: {panel == 4:-1|0} # why: It keeps relationships and corporate parenting support, but offers less legal security than a family order and can drift into a childhood of reviews; it is the honest plan only where no family carer has been assessed. # ref: Biehal et al. (2010) Belonging and Permanence; Schofield and Beek, the Secure Base model; Care Planning, Placement and Case Review (England) Regulations 2010: long-term foster placements # stance: with # expert: {panel == 4:1|{panel == 3:2|3}} # expert-why: {panel == 4:With no family carer assessed in time and Kerry's progress not enough, a secure long-term foster home with family time is the realistic plan; special guardianship would need an assessment not yet begun.|A sound plan where no family carer is viable, but not to be preferred to a supported family placement for a child this young.}]
    ~ plan = "ltf"
+ [Special guardianship with a grandmother, with an assessed support plan and family time with Kerry, Dean and Poppy # permanence: {panel == 1:+1|{panel == 4:0|+2}} # contact: +1 # disruption: {panel == 4:+2|-1} # why: Legal and relational permanence within his own family, if a grandmother has been assessed and can be supported; without that it means a late assessment and another move. # ref: Special Guardianship Regulations 2005 (as amended 2016): assessment and support plan; Wade et al. (2014) Investigating Special Guardianship; IRO Handbook (2010): the permanence plan at the second review # stance: with # expert: {panel == 1:2|{panel == 4:2|1}} # expert-why: {panel == 1:A strong second: if the return home falters, an assessed grandmother is the contingency, but on this evidence it is not needed as the plan.|For a child of three and a half with strong ties to both grandmothers, and a mother whose progress is not yet enough, permanence in the family is the least interventionist realistic option, where the assessment and support are in place.}]
    ~ plan = "sgo"
+ [Adoption: ask the Agency Decision Maker to approve a plan for adoption, with Kerry's and Dean's views in the Child's Permanence Report # permanence: {panel == 4:+1|-1} # contact: -3 # disruption: +1 # why: The strongest legal permanence, but it ends his legal ties to a family he knows and loves, adopters are harder to find for a boy of nearly four, and disruption is not rare for children placed at his age. # ref: Re B \[2013\] UKSC 33: adoption only where nothing else will do; Adoption Agencies Regulations 2005 reg 19; Selwyn, Wijedasa and Meakings (2014) Beyond the Adoption Order # stance: with # expert: 4 # expert-why: With two grandmothers and a father in his life, adoption does not meet the test of nothing else will do, and would sever his relational permanence.]
    ~ plan = "adopt"
+ [Return home to Kerry through a phased plan, with a supervision order, a family support package and the network's safety plan # permanence: {panel == 1:+3|-1} # contact: +2 # disruption: {panel == 1:-1|+2} # why: {panel == 1:The option the law requires you to consider first, and on this evidence a safe one: Kerry's progress is sufficient and sustained, and the network is there, though a second removal would cost him dearly if it fails.|The option the law requires you to consider first and Bradley's deepest wish, but on this evidence Kerry's progress is not enough, and he risks a second removal.} # ref: Children Act 1989 s.22C(2)-(4): placement with a parent considered first; Re B \[2013\] UKSC 33: proportionality; Harwin et al. (2019) on supervision orders # stance: with # expert: {panel == 1:1|{panel == 2:2|3}} # expert-why: {panel == 1:Kerry's progress is sufficient and has held for three months, with a network around her: the law's preference for a child's own parent, and proportionality, put a supported return first.|Return home must be weighed first and seriously; on this evidence Kerry's progress is not yet enough for Bradley's safety in his timescale.}]
    ~ plan = "home"
- -> p2_end

=== p2_end ===
# scene: office
{
- kerry == 3:
    ~ final = "home"
// The court will not approve long-term fostering with unrelated carers past a grandmother with a positive viability.
- plan == "ltf" && home == "gill" && linda_checked:
    ~ final = "linda"
- plan == "ltf" && home == "gill" && brenda_checked:
    ~ final = "brenda"
- plan == "ltf":
    ~ final = "ltf"
- home == "brenda" || home == "linda":
    ~ final = home
- linda_checked:
    ~ final = "linda"
- brenda_checked || plan == "sgo":
    ~ final = "brenda"
- plan == "adopt":
    ~ final = "adopt"
- else:
    ~ final = "ltf"
}
// Poppy's plan follows the evidence for her: Tina, her brother's plan where she lives with him, or Brenda.
{
- poppy_with == "tina":
    ~ poppy_plan = "tina"
- final == "home":
    ~ poppy_plan = "home"
// Tina's full assessment, done with the together-or-apart assessment, was positive: she is Poppy's family option.
- final == "adopt" && together == 1:
    ~ poppy_plan = "tina"
- final == "adopt":
    ~ poppy_plan = "adopt"
- final == "ltf" && poppy_with == home:
    ~ poppy_plan = "ltf"
- final == "linda" && poppy_with == "linda":
    ~ poppy_plan = "linda"
- else:
    ~ poppy_plan = "brenda"
}
{poppy_plan != "adopt":
    ~ together = 0
}
{
- home == "gill" && poppy_with == "gill":
    ~ lives_with = "Gill and Pete Marsden (foster carers), with Poppy"
- home == "gill":
    ~ lives_with = "Gill and Pete Marsden (foster carers)"
- home == "brenda" && poppy_with == "brenda":
    ~ lives_with = "Brenda (maternal grandmother), with Poppy"
- home == "brenda":
    ~ lives_with = "Brenda (maternal grandmother)"
- home == "linda" && poppy_with == "linda":
    ~ lives_with = "Linda Cartwright (paternal grandmother), with Poppy"
- else:
    ~ lives_with = "Linda Cartwright (paternal grandmother)"
}
// Part 3 needs only where Bradley will live and how well held he is: converge the rest here.
~ panel = 0
~ kerry_change = 0
~ trust = 1
~ stable = support
~ support = 1
~ brenda_checked = false
~ linda_checked = false
~ unit = false
{final != home && final != "home" && final != "ltf":
    ~ stable = MAX(stable - 1, 0)
}
{final != "home":
    ~ kerry = 0
}
~ tie_brenda = 2
~ tie_linda = 3
~ tie_gill = 0
{
- home == "brenda":
    ~ tie_brenda = 4
- home == "linda":
    ~ tie_linda = 5
- home == "gill":
    ~ tie_gill = 3
}
{poppy_with == home:
    ~ tie_poppy = 5
- else:
    ~ tie_poppy = 3
}
Keith records the plan and the reasons in the review decisions. Your final evidence and care plan are due at court in a fortnight. {drift:He also records, for the second time, that the court timetable has slipped: the final hearing is now months later than it needed to be, and Bradley has spent that time waiting.}

{plan == "home":Kerry hears the recommendation in the meeting. {kerry == 3:She puts her hand over her mouth and does not say anything for a long time.|She says, "You mean it?" and then, more quietly, "Do you think the judge will?"} Hannah Brooks says nothing, but writes for a long time.}{plan == "sgo":{final == "home":Kerry's solicitor says at once that Kerry will oppose any special guardianship application, and Hannah asks you to set out, in writing, why a return home has been ranked below it when Kerry's progress is sufficient.}{final == home:{who(home)} is asked whether she will apply for a Special Guardianship Order. She says yes, then asks what it will mean for her and Kerry. Kerry's solicitor says Kerry will oppose it.}{final != home && final != "ltf":Keith asks which grandmother, since Bradley does not live with either. You name {who(final)}, and Hannah asks how quickly a full assessment can be done, whether one has even been started, and what another move will cost Bradley.}}{plan == "ltf":{final == "home":Kerry's solicitor says at once that Kerry will oppose long-term fostering, and Hannah asks you to set out, in writing, why a return home has been ranked below it when Kerry's progress is sufficient.|{home != "gill":Hannah asks why long-term fostering is preferred to a Special Guardianship Order with the grandmother he lives with. You do your best.|Gill and Pete are asked whether they would consider caring for Bradley long term. Gill says they need to talk about it at home.}}}{plan == "adopt":Kerry walks out. Hannah asks, quietly, whether you have considered the grandmothers, and whether the test of nothing else will do is met for a boy who knows who his family are.}

{poppy_plan == "tina" && poppy_with != "tina":Tina's full assessment for Poppy was positive, so Poppy's plan is special guardianship with Tina, not adoption with her brother: the together-or-apart assessment said they should live together unless that left one without a family home, and Tina is a family home.}{poppy_plan == "adopt":Poppy's plan follows her brother's. Her Child's Permanence Report goes to the Agency Decision Maker with his. After reading both, and Kerry's and Callum's views in them, she decides that Poppy too should be placed for adoption{together == 1:, and, on the together-or-apart assessment, that the two should be placed together if a family can be found in Poppy's timescale|, and asks in writing why nobody has assessed whether the two should be placed together}.}{poppy_plan == "brenda" && poppy_with == "gill" && final != "brenda":Bradley's plan is with Linda, who cannot take a baby, so Poppy's plan is a full assessment of Brenda as her special guardian. Brother and sister will grow up in two homes, a bus ride apart.}

That evening you write up the review, and the note you always write for the file as if Bradley were reading it when he is twelve. It takes longer than it should.

This is the end of Part 2. Before you go on, discuss with your group: was every realistic option genuinely explored by the four-month review, and whose timescale has this case been running to?
-> p3_start
