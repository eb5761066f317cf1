=== p4_interim ===
# part: 4 Interim care and family time
# scene: foster-home
The first weeks settle into a shape. The baby's first looked-after review is held {placement == "ffa": at the family centre, as the placement plan says for every meeting|at {carer_name()}'s home}, within twenty working days, chaired by Graham Price, the Independent Reviewing Officer, who has a soft voice and a habit of asking the question everyone was hoping to avoid.

{placement == "pab": Graham asks Olivia what she is proudest of. She thinks, and says, "He smiled at me on Tuesday. Maureen says it was wind. It wasn't."|Graham asks Olivia what she wants him to know about her. She says, "That I came. Every time I could."}

In the second week of July the police ring you: Liam has been remanded in custody for an assault outside a pub in town that has nothing to do with Olivia, and he is later sentenced. He is expected out in the middle of September. You tell Olivia yourself, the same day. She says, "Good," and then, "Don't write down that I said that."
{stage == 2: That week, without being asked, Olivia starts going to the recovery service's evening group, "while it's quiet", and keeps going. Jess hears about it from the group worker before she hears it from Olivia.}
{stage == 2:
    ~ stage = 3
}

Then Graham turns to the baby, asleep in a bouncer by the radiator. "And for him: what is the plan for his family time, and who does he know as home?" He writes his recommendations in longhand, as he always does.
{
- placement == "pab": -> pab_support
- else: -> family_time_plan
}

= pab_support
# scene: foster-home
By week five, Maureen's logs are detailed and fair. Olivia's daytime care is warm and attentive. She talks to him constantly, sings him the songs Nana sang to her in Twi, whose words she only half knows, and notices his cues before Maureen does. But twice a week she sleeps through the 3am feed and Maureen does it. On Saturdays she goes out "to Nana's" for three hours; once she was at Nana's, and once Nana had not seen her. Liam is in custody, and his friends message her late at night with what he wants to say. She has shown Maureen some of the messages, not all.

Maureen rings you. "I'm not writing her off. I've seen worse turn round. But if I'm doing the nights, your assessment's assessing me."

Frances asks you to rank the possible responses, with reasons, before you meet Olivia.
# decision: olivia.p4.pab-support
# prompt: Rank the responses to Maureen's concerns. Which gives Olivia a fair chance to show what she can do while keeping the baby safe at three in the morning?
# rank
* [Ask Maureen to do the night feeds for a fortnight so that Olivia can sleep and recover, then review where things are # permanence: 0 # contact: +1 # disruption: 0 # why: Kind, and many new mothers need exactly this; but it removes the evidence the assessment needs, teaches Olivia that nights are someone else's job, and postpones the same conversation. # ref: Restorative practice window: for, high support and low accountability # stance: for # expert: 3 # expert-why: Supportive in the moment but it does the parenting for her and leaves the court with nothing to assess at night.]
    Olivia sleeps. She is brighter in the day, and the Saturdays stop for a fortnight. When the fortnight ends and the nights are hers again, she manages four and then sleeps through three. "I got used to it," she says, and you cannot argue.
* [Meet Maureen, Olivia and Jess to revise the plan with her: Olivia does the nights, Maureen's alarm as back-up, and a plan for Liam's messages # permanence: {stage >= 2:+1|0} # contact: +1 # disruption: {stage >= 2:-1|0} # why: It makes the concerns explicit, shares them with Olivia as the person who can change them, and creates evidence either way; it needs Maureen's goodwill and Olivia's honesty. # ref: SMART and outcome-focused planning; Permanency job aid: high accountability and high support # stance: with # expert: {stage >= 2:1|2} # expert-why: {stage >= 2:High support and high accountability together; specific, measurable and hers, with a short review so nobody drifts.|Right in spirit, but she has not yet shown she can see the risk; the panel would first make the consequence plain, face to face.}]
    {stage >= 2:
        ~ stage = MIN(stage + 1, 4)
        Olivia is defensive for ten minutes and then, unexpectedly, practical. "If I'm doing nights, I'm not going out Saturdays. I can't do both." She sets two alarms. She shows Maureen all of Liam's messages and they agree a reply she can copy and paste. Over the next fortnight she misses one night feed in fourteen, and goes to Nana's on Saturdays with the baby in the pram. Maureen's log for the second Sunday says, simply: "Good week. Proper good."
    - else:
        Olivia agrees to all of it, quickly, the way she signed things in care. She sets two alarms and keeps the plan for a week. Then she sleeps through two feeds in a row, and in the morning she tells Maureen herself, before Maureen can say anything. It is honest, and it is the same as before. Maureen's log says: "Told me straight. Still not up at three."
    }
* [End the placement: tell Olivia face to face, with Jess and Dev there, and ask the court to approve separation, the baby staying on with Maureen as his foster carer # permanence: 0 # contact: -2 # disruption: +1 # why: It removes the night-time risk and keeps him in the same house, but it ends the assessment at week five on evidence the guardian will call incomplete, and repeats Olivia's first loss almost exactly. # ref: Children Act 1989 s.38; Re C (Interim Separation) \[2019\] EWCA Civ 1998: separation must be proportionate # stance: with # expert: 4 # expert-why: Premature on this evidence; the panel would expect a revised plan and a short review before asking a court to separate.]
    ~ stage = MAX(stage - 1, 0)
    ~ placement = "maureen"
    ~ lives_with = "Maureen Hollis (foster carer); Olivia left the placement"
    The court approves separation after a contested hour. Olivia packs one bag and leaves the rest. She kisses the baby on the forehead and says to Maureen, "Don't let him forget me," and to you, nothing at all. Family time is set at four sessions a week at Maureen's.
* [Meet Olivia with Dev and set it out plainly, in person and in writing: what must change in a fortnight, and what you will ask the court if it does not # permanence: {stage >= 2:+1|+2} # contact: 0 # disruption: {stage >= 2:0|-1} # why: Clear authority, said to her face with her lawyer beside her; on its own it is accountability without help, and fear can drive the very behaviour it warns against. # ref: Public Law Outline: clarity about what must change; restorative practice window: to # stance: to # expert: {stage >= 2:2|1} # expert-why: {stage >= 2:Necessary and honest, and ranked above doing it for her; but the panel would not do it without the help to go with it.|With a parent who does not yet see the risk, the panel would start here: a clear line, said in person, with her solicitor there.}]
    Dev is courteously furious in the meeting and says so in writing afterwards. {stage >= 2: Olivia is silent for a day. Then she sets two alarms, does every night feed for a fortnight, and tells Maureen, not you, "I'm not doing it for your letter. I'm doing it because he screams if it's not me."|Olivia is angry for two days and says so, to Maureen, to Jess and to the baby. Then she does every night feed for a fortnight, grey-faced, and on the second Sunday leaves your letter on the kitchen table with the dates ticked in biro. "Don't say well done," she says.}
    {stage < 2:
        ~ stage = MIN(stage + 1, 4)
    }
- -> carers_name

= family_time_plan
# scene: contact-centre
The baby is {placement == "ffa": with Laura and Matt in their terraced house on Linden Street}{placement == "foster": with Denise in her bungalow on the Greenacre estate}{placement == "effie": with Effie and Peter in Ashworth}. Family time so far has been {placement == "effie": at the family centre in Ashworth, two trains from Calder House, in a room|at the Marlow Road contact centre, in a room} with a sofa, a changing mat and a window that looks at a car park. {stage <= 0: Olivia has missed more sessions than she has attended since the handover.|Olivia has come to every session, early.}

Graham's recommendation is blunt: "Family time for a baby is not a visit; it is where the relationship, and the evidence, is made. Please bring a plan the court can approve, and that the baby can live with." Frances asks you to rank the options with reasons before the next hearing.
# decision: olivia.p4.family-time
# prompt: Rank the family time arrangements. For a newborn, what matters most: frequency, length, setting, who is there, or what Olivia gets to do?
# rank
* [Twice a week for ninety minutes, supervised, until the parenting assessment reports, as your manager suggests; then review # permanence: 0 # contact: -2 # disruption: 0 # why: Cautious and cheap; but it starves the assessment of evidence, weakens the baby's bond with his mother, and a court may see it as predetermining the outcome. # ref: Children Act 1989 s.34; Permanency job aid: family time is a right, not a reward # stance: to # expert: 4 # expert-why: It tells Olivia the outcome before the assessment does; the panel sees no safety reason for so little.]
    ~ tie_olivia = 2
    ~ stage = MAX(stage - 1, 0)
    Olivia reads the plan and says, "So you've decided." Dev applies to the court for more, and the judge increases it to three times a week, with a pointed remark about "the purpose of an assessment".
* [Three sessions a week of two hours at the contact centre, supervised by a contact worker, each with a feed and a change, and build up from there # permanence: +1 # contact: +1 # disruption: {stage <= 0:-1|0} # why: Safe, recorded and manageable for everyone; but a contact centre is a strange place to learn a baby, and three sessions leave long gaps at this age. # ref: Children Act 1989 s.34: reasonable contact; Practice Standards: family time assessed to be safe # stance: for # expert: {stage <= 0:1|2} # expert-why: {stage <= 0:While Olivia is missing one session in three, the panel would start with fewer sessions she can keep, and build up as she comes.|Reasonable and defensible, but the setting and the gaps make it harder for Olivia to show her best and for the baby to know her.}]
    ~ tie_olivia = 3
    The contact worker's notes are careful and dull. "Mother fed baby appropriately. Mother changed nappy. Mother sang." Olivia says the room makes her feel watched, because it is designed to.
* [Five sessions a week of three hours at a family centre near the carers, around feeds and baths: Olivia does the care, the carers share it # permanence: {stage <= 0:+1|0} # contact: +2 # disruption: {stage <= 0:+1|-1} # why: Long, frequent and real care, with the carers and Olivia building a relationship for the baby; it asks a great deal of the carers and needs them to be genuinely open to a return home. # ref: Permanency job aid: family time as a right, shared parenting; early permanence practice: family time at a venue with the carers present # stance: with # expert: {stage <= 0:2|1} # expert-why: {stage <= 0:The right shape, but not yet: five long sessions she does not come to leave a baby waiting in a family centre.|It keeps the baby's routine, gives Olivia real parenting to do and be seen doing, and lets the two families of this child know each other, on neutral ground.}]
    ~ tie_olivia = 4
    ~ stage = MIN(stage + 1, 4)
    {placement == "ffa": Laura is nervous about it and says so. "What if she hates us?" By the second week Olivia and Laura are bathing him together in the family centre's bathroom, arguing amiably about water temperature.}{placement == "foster": Denise has done this before. "I'll make the tea and keep out of the way, and if she wants me she'll shout." By the second week Olivia is shouting for her less.}{placement == "effie": The local authority pays Olivia's train fares to Ashworth. Effie brings him and stays in the room, and by the second week she and Olivia are arguing about vests, which Jess says is progress.} Nana comes on Thursdays and sings.
* [Daily one-hour sessions at the contact centre, as Olivia and her solicitor ask, with the baby brought there and back by taxi each day # permanence: -1 # contact: +1 # disruption: +1 # why: Maximum frequency, which Olivia wants; but an hour is barely a feed, and daily journeys break a newborn's feeds and sleep, so the baby carries the cost. # ref: Permanency job aid: family time as a tool for permanence; Practice Standards: the child's needs first # stance: with # expert: 3 # expert-why: Frequency without purpose; the panel would rather fewer, longer sessions that fit the baby's day.]
    ~ tie_olivia = 3
    The baby sleeps through most of his sessions, exhausted by the taxi. {placement == "ffa" || placement == "effie":{carer_name()} report|{carer_name()} reports} that he is unsettled every evening. Olivia spends the hours watching him sleep and saying, "He doesn't know me. Look, he doesn't even wake up for me."
- {stage <= 0 && placement != "pab": Over the next fortnight Olivia misses one session in three. When she comes, she is gentle with him and leaves early.}
{stage <= 0 && placement != "pab":
    ~ tie_olivia = MAX(tie_olivia - 1, 2)
}
-> carers_name

= carers_name
# scene: foster-home
Somewhere around week five, the question of his name arrives in the carers' house, as you knew it would.

{
- placement == "ffa":
    Laura rings you, upset. At family time Matt said, without thinking, "Come on then, Noah," and Olivia heard. Laura explains: "It's the name we chose years ago, for the baby we couldn't have. We had to call him something at three in the morning. We didn't mean her to hear it." Then, more quietly: "We didn't mean to start using it at all."
- placement == "effie":
    Effie has been calling him Kwabena since the first night, because he is a Tuesday boy and that is what a Tuesday boy is called. At family time Olivia heard her. "That's Nana's name for him. Not yours to start using." She walked out, and Effie rang you in tears. "It's his day name. It's not as if I made it up."
- placement == "foster":
    Denise has been calling him "Sunny", because he smiled early and often. Olivia laughed the first time. This week, at family time, she said, "He's not Sunny. He's not anything yet," and cried in the car park.
- else:
    Maureen has called him "Little Man" since day one, as she has called every baby in her house. Maureen notices that Olivia has started to call him "Little Man" too, and then stops herself mid-word, as if she had been caught.
}

{naming == "held": The placement plan says Olivia has chosen not to name him yet. Nobody quite knew what that meant at three in the morning.|Nobody has written anything down about his name except "Baby Hartley".}
# decision: olivia.p4.carers-name
# prompt: The people caring for him need to call him something. What does a holding name do for him, for Olivia and for the carers, and who should decide it?
* [Suggest that Olivia and the carers sort it out between themselves at family time, as two sets of grown-ups who both care about him a great deal # permanence: -1 # contact: 0 # disruption: +2 # why: It trusts the adults and keeps you out of a private matter; but it leaves a grieving mother to negotiate alone with the people who hold her baby, and the stronger party usually wins. # ref: Care Planning Regulations 2010: the placement plan and delegated authority; Permanency job aid: shared parenting needs a structure # stance: not]
    ~ naming = "nickname"
    Nobody sorts it out. Olivia does not raise it at family time, because she does not want to be the difficult one, and the carers take her silence as agreement. By week ten the name is on the chart on the fridge.
* [Meet the carers and Olivia together to agree a holding name she is happy with, and record in the plan that his name is hers to give # permanence: +1 # contact: +1 # disruption: 0 # why: It respects both the baby's need to be spoken to by name and Olivia's right to name him, and brings the carers inside the question; it is an awkward conversation, and the carers give something up. # ref: Practice Standards: include parents and other important people in life story work; Care Planning Regulations 2010: the placement plan; Permanency job aid: shared parenting # stance: with]
    {naming != "nickname":
        ~ naming = "held"
    }
    The meeting is awkward for the first ten minutes. Then Olivia says, "Little one's fine. Or 'baby'. Just not a proper name. A proper name's mine to give." {placement == "ffa": Laura says, "Of course," and means it, and Matt looks at the floor and then at Olivia and says, "I'm sorry. It won't happen again." Olivia says, "It's all right. I'd have wanted to call him something too."|The carers agree at once.} The placement plan gets a new paragraph headed "His name".
* [Ask Nana to choose a holding name with the carers, so that the family's tradition, not the carers' habit, decides what he is called for now # permanence: -1 # contact: -1 # disruption: +1 # why: It brings his heritage and his great-grandmother into the question; but it moves the choice from the carers to Nana, not to his mother, and Olivia may hear it as her family deciding over her head. # ref: Permanency job aid: cultural permanence; Care Planning Regulations 2010: the placement plan # stance: with]
    Nana chooses at once: "Kwabena, until his mother says otherwise. It is his day name. It is not a choice, it is a fact." The carers are relieved. Olivia hears it from Nana, not from you, and says, "So even Nana's naming him now." She does not mention it again, which you have learned is not the same as agreeing.
* [Write to the carers asking them to stop using any name and to call him "baby" until Olivia decides, and tell her you have done it # permanence: 0 # contact: 0 # disruption: +1 # why: It protects Olivia's right to name him, but it is imposed rather than agreed, leaves a baby unnamed in his own home, and strains the carers' goodwill at a hard time. # ref: Practice Model: with, not to; Practice Standards: information shared with carers to help them know the child # stance: to]
    The carers comply. {placement == "ffa": Laura writes you a careful email about how hard it is to love a baby you are not allowed to call anything.|The carers think it is daft and say so, kindly.} The baby, as far as anyone can tell, does not mind at all.
* [Let the carers carry on: a baby needs to hear a name, they are the ones caring for him day and night, and the name is warm # permanence: +1 # contact: -1 # disruption: 0 # why: It meets the baby's need to be spoken to by name, but it lets someone other than his mother name him by default, and the name may stick in a way that is hard to undo. # ref: Children Act 1989 s.33(7): while a care order, interim or final, is in force no one may cause him to be known by a new surname without written consent or the court's leave; forenames are left to case law and good practice, and a carer's pet name must not become his name by default # stance: for]
    ~ naming = "nickname"
    The name stays. {placement == "ffa": By week ten "Noah" is on the label of his bottles in Laura's handwriting, and Olivia has stopped mentioning it.|By week ten it is on the chart on the fridge, and Olivia has started using it herself, flatly, as if it belonged to someone else's baby.}
- -> registration

= registration
# scene: office
On day thirty-eight the letter from the register office arrives, forwarded by Jess. A birth in England must be registered within forty-two days. Olivia, as his mother, is the person who should register him. {tie_liam >= 2: Liam, who is not married to her, can only be named on the certificate if they register together or with the right paperwork; being named would give him parental responsibility, and he has asked to be, in a letter from custody.|Liam is not married to Olivia and is not involved in registering him.}

What few people know, and you have had to look up, is that a birth can be registered without a forename: under section 13 of the Births and Deaths Registration Act 1953, a name can be added later, within twelve months of registration.

Olivia has put the letter on the fridge under a magnet shaped like a strawberry. She says she has not decided anything. {naming == "held": She says that calmly.|She says it with her arms folded.}
# decision: olivia.p4.registration
# prompt: A legal deadline meets an unresolved grief. How do you help Olivia register her son without taking the naming out of her hands?
# justify
* [Tell Olivia plainly about the forty-two-day deadline, and that he needs a proper name now, for his own sake # permanence: +1 # contact: 0 # disruption: 0 # why: A name matters to a child and the law has a deadline; but pressing her makes the name something extracted rather than given, and that story will be his too. # ref: Births and Deaths Registration Act 1953 s.2: registration within 42 days; Practice Model: with, not to # stance: to]
    ~ stage = MAX(stage - 1, 0)
    ~ naming = "pressed"
    Olivia registers him two days later, on her own. When the registrar asks for his forename she says the first thing that comes: "Kwabena." She tells you afterwards, without expression: "It's his day name. Nana's name for him. It's not like I chose it." The certificate says Kwabena Hartley.
* [Go with Olivia, and Nana if she wishes, to register him without a forename; explain that a name can be added within twelve months # permanence: +1 # contact: +1 # disruption: 0 # why: It meets the legal duty and keeps the naming hers, with a real time frame; it also leaves him officially without a first name for months, which some will find hard to accept. # ref: Births and Deaths Registration Act 1953 s.2 and s.13: registration within 42 days, a forename added within 12 months of registration; Practice Standards: record for the child # stance: with]
    {naming != "nickname":
        ~ naming = "held"
    }
    The first registrar is not sure it is allowed and says so at the counter, with a queue behind you. You ring the superintendent registrar from the corridor while Olivia sits with her arms folded, and it takes forty minutes. The second registrar is unfazed. "It isn't common, but it's allowed. You've got twelve months to come back and add his name." The certificate says HARTLEY, and a blank where a first name would go. Olivia folds it in four and puts it inside the library book about Ghana, with the scan photos.
* [Leave it to Olivia: registration is her responsibility as his mother; remind her of the date by text the week before it falls due # permanence: -1 # contact: 0 # disruption: 0 # why: It respects her autonomy and costs you nothing today; but she misses the deadline, the register office follows up, and the question becomes an administrative problem rather than a conversation. # ref: Practice Standards: the child's needs at the centre; Forrester: purposeful visits # stance: not]
    Day forty-two passes. The register office writes again, more formally. Olivia registers him in week nine, without a forename, after Jess drives her there. Nobody has talked to her about it.
* [Offer Olivia a naming at Nana's before she registers him: the eighth day, late, with family, whatever the court decides about him later # permanence: 0 # contact: +1 # disruption: +1 # why: It offers her a way to give him a name that is about belonging rather than outcome; if she is not ready, the offer itself may feel like pressure and set the relationship back. # ref: Permanency job aid: cultural permanence, tradition and ritual; Practice Standards: culture and identity in plans # stance: with]
    {
    - stage >= 2:
        ~ naming = "named"
        Olivia is quiet for a long time. Then she rings Nana herself. Before the Saturday, Nana mentions the drink, and you ask to talk it through, with Olivia, Nana and {carer_name()}: he is under an interim care order, the local authority shares parental responsibility, and the carers act under the delegated authority in his placement plan, so it should be agreed, not just happen. Nana is not offended. "Many families use only water now, here and at home. The drink is for the old people." Olivia decides: water on his tongue, and the gin poured for the ancestors, not given to him. It goes in the placement log as agreed with his mother. On the Saturday, in Nana's front room, with {carer_name()} sitting on a kitchen chair by the door and Jess holding the baby, Nana dips her finger in water and touches his tongue, pours a little gin into a saucer for those who came before, and says the words. Olivia says his name out loud for the first time. "Kwabena. Because he's a Tuesday boy, and because he's mine whatever happens." On Monday she registers him as Kwabena Darko Hartley.
    - else:
        ~ stage = MAX(stage - 1, 0)
        Olivia looks at you as if you have asked her to sign something. "So if I name him, he's real, and then you take him. No." She registers him that week without a forename, alone, and does not tell you until afterwards.
    }
- ~ update_ties()
-> p5_assess
