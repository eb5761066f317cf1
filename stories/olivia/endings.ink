=== end_home ===
# scene: family-home
~ lives_with = "Olivia, at home"
~ legal_status = "supervision order (12 months)"
~ tie_olivia = 5
~ tie_adwoa = 4
{placement == "pab" || placement == "maureen":
    ~ tie_maureen = 1
}
~ tie_laura = 0
~ tie_denise = 0
The guardian supports the plan, with conditions. The judge reads the support plan line by line, asks Olivia two questions directly, and makes a twelve-month supervision order. "This is not the end of the difficulty," she says, looking at Olivia. "It is the end of the court's part in it. I hope I never see you again, and I mean that kindly."

{
- placement == "pab":
    Olivia and the baby move from Maureen's to a two-bedroom flat at Calder House a fortnight later. Maureen drives them, with the cot in the back, and cries in the car park, which she says she never does.
- placement == "ffa":
    The move home takes three weeks, in careful steps: longer days, then a night, then three. Laura and Matt do every step with her. On the last day Laura gives Olivia a folder of everything: his feeds, his rash cream, the song that settles him. Then she goes home to an empty cot, which was always the risk she accepted, and Matt takes a week off work.
- placement == "effie":
    The move home takes three weeks, in careful steps, and Effie drives every one of them. On the last day she hands Olivia a folder of everything: his feeds, his rash cream, the song that settles him, and a page in Twi that Nana dictated. "You'll ring me," Effie says. It is not a question, and Olivia does.
- else:
    The move home takes three weeks, in careful steps, and {carer_name()} does every one of them with Olivia. On the last day there is a folder of everything: his feeds, his rash cream, the song that settles him.
}

{
- naming == "named":
    He has been Kwabena since Nana's front room. Olivia says it all the time now, at the bus stop, in the bath, to the health visitor. "I used to think if I named him I'd have to stop saying it. Now I can't stop."
- naming == "pressed":
    He was registered as Kwabena at a counter under pressure. Olivia tells you she has decided to keep it. "I've said it a thousand times now. It's his. I just wish I'd chosen it properly." On his first birthday, Nana gives him the naming anyway, water on his tongue and the gin poured for the ancestors, as Olivia decides, and Olivia says his name again, as if for the first time.
- else:
    On the eighth day after the order, because Nana insists on counting, the family gathers in Nana's front room: Olivia, Jess, Nana, {carer_name()}, and you, because Olivia asked. Olivia asked you beforehand, half joking, whether she needed a form for the gin. She does not: with no care order, it is hers to decide. She chooses water on his tongue and a drop of gin on Nana's finger, the way Nana's mother did it, and Olivia says his name out loud. "Kwabena. Because he's a Tuesday boy. Because he stayed." She adds it to his registration the following week, well inside the twelve months.
}

Eighteen months later the supervision order has ended. {stage >= 4: Olivia's tests stayed clear. She still sees Jess, and she still rings {carer_name()} on bad nights.|Olivia had a bad month in the winter, and rang for help before it reached him, which is what the plan asked of her.} Liam sees his son at a family centre once a month when he remembers. {tie_amelia >= 1: Nana has filmed the story of her mother in Kumasi, for later. Amelia's parents sent a photo of two dinosaurs, one big and one small, "from your sister".|Nana keeps meaning to tell him about her mother in Kumasi, and tires before she gets to it.}

At four he starts in Reception at the school round the corner from Calder House, with a book bag and Nana's frown. {support == "none": The year after the order was the hardest; there was nobody from the authority left at her door, and Olivia says she got through it on Jess's phone number and spite.|A support worker came for a year after the order ended. Olivia says she was "the first one who wasn't there to decide anything".} He knows his Nana's songs and not yet what the words mean, and he knows he has a sister called Amelia who likes dinosaurs.

Olivia's son lives with his mother, as it turned out he could.
# legal: supervision order for 12 months, then no order: he lives with his mother, who holds parental responsibility
# relational: lives with Olivia; sees Nana every week and his father now and then; letters with his sister Amelia
# cultural: named by his mother in his great-grandmother's tradition; grows up in his own family and its story
# timescale: met
# ending: home-supervision # outcome: The baby returned home to Olivia under a 12-month supervision order with a support plan, and the plan held.
-> END

=== end_sgo ===
# scene: family-home
~ lives_with = "Effie and Peter Quaye (special guardians), Ashworth"
~ legal_status = "special guardianship order"
~ tie_effie = 5
~ tie_olivia = 3
~ tie_adwoa = 4
{
- plan == "ltf-sgo":
    The judge does not approve the plan for long-term fostering. With a positive assessment of Effie and Peter in front of her, a care order that leaves parental responsibility with the local authority for eighteen years is not the least interventionist order that meets his needs. "I ask the local authority why not special guardianship," she says, "and its analysis does not answer me." She makes a special guardianship order to Effie and Peter of her own motion, adjourns briefly for the support plan to be finalised, and makes no care order. Frances reads the note twice. "Belt and braces," she says. "We chose the braces."
- plan == "sgo-court":
    The judge does not make the placement order. Applying Re B, and with a positive assessment of Effie and Peter in front of her, she cannot find that nothing else will do. "The local authority's own evidence describes a realistic family placement," she says, "and its analysis does not explain why that option was rejected." She makes a special guardianship order to Effie and Peter, adjourns briefly for the support plan to be finalised, and asks for the local authority's reasons to be reviewed by a senior manager. Frances takes the note without comment. Later, in her office, she says, "She's right. We should have got there ourselves."
- else:
    The guardian supports the plan. The judge reads the special guardianship support plan line by line, including the travel costs for family time and the named worker for two years, and makes the order. "This child has a family," she says, "and it has found a way to hold him. I hope it also finds a way to hold his mother."
}

{
- placement == "effie":
    He does not move. He has lived in Effie's house since his first week, and the order changes nothing he can see. Olivia comes on the train for the hearing's anniversary with a cake from the Ghanaian bakery in Castlebridge, and they eat it in Effie's kitchen without anyone making a speech.
- placement == "ffa":
    The move to Ashworth takes two weeks of introductions. Laura and Matt do every one of them, and grieve him properly, which is what good Fostering for Adoption carers risk. On the last day Laura gives Effie the cardigan she knitted before he was born and never dared to give.
- placement == "pab":
    Olivia hands him to Effie herself, at Maureen's, on a Sunday. They do not hug. Effie says, "He's yours. I'm keeping him for you," and Olivia says, "Don't say that if it's not true." Effie says, "It's true."
- else:
    The move to Ashworth takes two weeks of introductions, and {carer_name()} makes them gentle.
}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and Effie never calls him anything else.
- stage >= 2:
    Effie says, at the first family time in Ashworth: "His name is yours to give. Whenever." A month later, Olivia gets the train to Ashworth with Nana. Effie, who now holds parental responsibility, says water only on his tongue, "I'm a nurse, Mum", and Nana, who had expected it, pours the gin for the ancestors on the back step instead. In Effie's front room Olivia names him Kwabena. Effie cries more than anyone.
- else:
    Effie says his name is Olivia's to give. Olivia does not come to Ashworth for the first two months. Then she sends Effie a text: "Kwabena. Tell him I chose it." Effie reads it out to the baby, and then registers the name, with Olivia's written agreement, inside the twelve months.
}

A year on, family time is every other Saturday, sometimes in Ashworth and sometimes at Nana's. It is not always easy. Olivia and Effie argued once about a haircut for a whole afternoon. But Olivia is his mother in every way except where he sleeps, Nana sees him every month, and he has cousins who carry him about like a trophy.

At five he can say the Twi for Tuesday, and does, to anyone. He calls Effie "Auntie" and Olivia "Mummy Liv", which was his own invention and which nobody corrected. {support == "yes": Olivia used the support the plan promised, the year after the order; she says it was the first time anyone had asked her what she wanted her life to be, not his.|Olivia has had two bad winters since the order. She still comes every other Saturday she can.}

He lives with his family, under an order that will last until he is eighteen.
# legal: special guardianship order to Effie, his mother's cousin, and her husband, with a support plan
# relational: lives with Effie and Peter; sees his mother every other Saturday and Nana every month; cousins in the house
# cultural: grows up in his mother's family, in its language and traditions, named by his mother
# timescale: met
# ending: sgo-cousin # outcome: A special guardianship order to Effie and Peter, with a support plan and regular family time with Olivia and Nana.
-> END

=== end_adopt_ffa ===
# scene: foster-home
~ lives_with = "Laura and Matt Whitaker (adoptive parents)"
~ legal_status = "placement order, then adoption order"
~ tie_laura = 5
~ tie_olivia = 1
~ tie_adwoa = 1
~ tie_effie = 0
The guardian supports the plan. The judge reads the balance sheet with care, asks about Effie and the wider family, hears why none of them can care for him, and makes the placement order. "I am satisfied that nothing else will do," she says. {stage >= 2:"I want it recorded that I do not say that lightly about a mother who has tried as hard as this one. She tried; the change did not hold in his timescale."|"Ruth Adeyemi's evidence is that the central risks are where they were at his birth. I do not say this lightly."} Olivia does not look up.

There is a goodbye family time at the contact centre, which everyone hates and nobody can think how to avoid. Laura and Matt come. Olivia gives the baby a library book about Ghana, with the scan photos still in it, and asks Laura to "give it back to the library when he's done with it, they'll be fuming".

{
- naming == "named" || naming == "pressed":
    He is Kwabena. Laura and Matt never thought of changing it. "It's the one thing she gave him that nobody else could," Laura says. His adoption certificate says Kwabena Whitaker.
- naming == "nickname":
    He has been Noah in their house all his life. Laura and Matt ask Olivia, through you, whether they may keep it. Olivia thinks for a week. "Noah Kwabena, then. Let him have both. One from them and one from us." That is what goes on the adoption order.
- naming == "held":
    At the goodbye family time Olivia gives Laura a card. Inside, in careful capitals: KWABENA. "It's his day name. He's a Tuesday boy, whatever anyone calls him. You can call him something else if you want." Laura says, "We won't." They don't.
- else:
    Laura asks Olivia, at the goodbye family time, whether she would like to name him. Olivia says, "You name him. You'll be the ones saying it." They choose Noah. Nana asks, through you, for Kwabena as his middle name, and they say yes straight away.
}

The adoption panel recommends the match with Laura and Matt, and the Agency Decision Maker agrees it (Adoption Agencies Regulations 2005 regs 32 and 33). The adoption order is made when he is fourteen months old. {after == "open": The adoption support plan includes a letter twice a year and one meeting a year with Olivia and Nana, at a soft-play centre halfway between Castlebridge and their home, which Laura and Matt keep to, even in the year Olivia does not come.|The plan says letterbox twice a year. Laura writes every time. Olivia replies to the first three letters and then, for two years, to none.} {after != "letterbox" && tie_amelia >= 1: He and Amelia exchange drawings at Christmas; hers have dinosaurs in them.}

At six he has the library book about Ghana on his shelf, still not returned, with the scan photos inside. He knows his first mother's name and his Nana's voice {tie_amelia >= 1:from the video|from her one visit}, and that there was a time when nobody knew where he would stay. He was never moved. That was the point of Fostering for Adoption, and Laura and Matt carried its cost early, in the months when he might have gone home.
# legal: adoption order to his Fostering for Adoption carers, after a placement order
# relational: lives with Laura and Matt from birth; {after == "letterbox":letterbox with his mother and Nana|yearly meetings with his mother and Nana}{tie_amelia >= 1:{after != "letterbox":; drawings with his sister Amelia|}|}
# cultural: keeps his day name{tie_amelia >= 1: and Nana's recorded story|}; his heritage held by adoptive parents who know his family
# timescale: met
# ending: adoption-ffa # outcome: A placement order and then adoption by his Fostering for Adoption carers, with no further move, and contact with his birth family as planned.
-> END

=== end_adopt_move ===
# scene: foster-home
~ lives_with = "Abigail and Michael Ofori (adoptive parents), Leeds"
~ legal_status = "placement order, then adoption order"
~ tie_olivia = 1
~ tie_adwoa = 1
{placement == "pab" || placement == "maureen":
    ~ tie_maureen = 1
}
~ tie_denise = 1
~ tie_laura = 0
The judge hears the evidence over two days, asks about Effie and the wider family, and hears why none of them can care for him. She makes the placement order. "I am satisfied that nothing else will do." {placement == "pab" || placement == "maureen": "I add this. Placing mother and baby together was the right test of her capacity: fair to her, and safe for him. It did not fail because it was the wrong plan. The test was fair, and it showed that the change did not hold in his timescale. That is a loss for both of them, and no criticism of the planning."|"I am less satisfied that this child needed to face a move in his first year," she adds. "{fgc_held:The family was asked before he was born, and his mother's cousin was a viable placement at birth; the local authority chose one that could not become his permanent home if his mother could not care for him.|No placement at birth was found that could have become his permanent home if his mother could not care for him, and the wider family was not explored before he was born.} I would ask the local authority to reflect on its planning at birth."}

{
- placement == "pab":
    Olivia leaves Maureen's on the day of the order. The baby stays with Maureen, who becomes his foster carer, while adopters are found. Olivia kisses him at the door and says to Maureen, "Tell them he likes being sung to," and to you, "This is the bit I knew was coming since the first day."
- else:
    The baby stays with {carer_name()} while adopters are found.
}

Matching takes five months. The adoption panel recommends the match and the Agency Decision Maker agrees it (Adoption Agencies Regulations 2005 regs 32 and 33). Abigail and Michael Ofori live in Leeds; Michael's parents came from Accra in the 1970s. They have read his file twice and asked, before anything else, about Nana. He moves to them at eleven months, after ten days of introductions. {carer_name()} does the introductions beautifully and then takes a fortnight off. For weeks afterwards he wakes at night and cries for someone who is not there; Abigail describes it as "looking for a face". It settles, slowly, as the research says it usually does, and not without cost.

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and Abigail and Michael keep it. "It's his day name," Michael says. "It was never ours to change."
- naming == "held" && stage >= 2:
    At the goodbye family time Olivia writes his name on a card and gives it to you to pass on: OSEI, her Nana's father's name, "and Kwabena, because he's a Tuesday boy, whatever anyone calls him". Abigail and Michael keep both.
- else:
    Nobody has named him. Before the adoption order, Abigail and Michael ask Olivia, through you, whether she would like to choose his name. She says she can't. They choose Joseph and, when they hear Nana's story, ask whether they may give him Kwabena as his middle name. Olivia says only, "That's nice. Nana will like that."
}

The adoption order is made when he is nineteen months old. {after == "open": The Oforis meet Olivia and Nana once a year, at a park in Castlebridge, and write twice.|There are letters twice a year to Olivia and to Nana, and the Ofori family take him to see Nana once, which was not in the plan, because Abigail thought it should be.}

At seven he is the loudest Asante Kotoko supporter in his class, which nobody in Leeds understands{tie_amelia >= 1:, because Nana's great-uncle played for them and she says so on the video|, because Michael's father, who grew up in Kumasi before Accra, took him to a match on a visit home}. He has a family for life. {placement == "pab" || placement == "maureen":He also had two losses in his first year: the mother who was given a fair chance to care for him, and the foster carer who held him afterwards. His file records both, and that the chance was worth giving.|He also had two losses in his first year that a different plan at birth might have spared him. Both of those things are in his file, and both are true.}
# legal: adoption order, after a placement order and a move from his foster carer at eleven months
# relational: lives with Abigail and Michael; {after == "open":yearly meetings with his mother and Nana|letterbox with his mother and Nana}
# cultural: Ghanaian British adoptive family; keeps his day name
# timescale: missed
# ending: adoption-late-move # outcome: A placement order and adoption, after a move from his foster carer at eleven months.
-> END

=== end_ltf ===
# scene: foster-home
~ legal_status = "care order (Children Act 1989 s.31)"
~ tie_olivia = 3
~ tie_adwoa = 3
The guardian has reservations and says so: "For a baby, long-term fostering is eighteen years of reviews." The judge reads the balance sheet, notes the local authority's reasons for not seeking a placement order, and makes a full care order approving the plan. "I am not convinced this is the last word," she says. "I hope the local authority will not treat it as the last word either."

{
- placement == "ffa":
    ~ lives_with = "Laura and Matt Whitaker (long-term foster carers)"
    ~ tie_laura = 5
    Laura and Matt agree, after a long evening, to stay as his long-term foster carers, and the fostering panel approves them in full. They had hoped to adopt him. "We'll take what keeps him here," Matt says. Laura says nothing for a while and then, "We'll have to tell him why he's not ours on paper. Every birthday, probably."
- placement == "effie":
    ~ lives_with = "Effie and Peter Quaye (long-term connected-person foster carers)"
    ~ tie_effie = 5
    Effie and Peter are approved as his long-term foster carers. "We'd have taken the order," Effie says. "We'll take this." The local authority keeps parental responsibility, and Effie rings you for consent for his first passport.
- placement == "foster":
    ~ lives_with = "Denise Barker (long-term foster carer)"
    ~ tie_denise = 5
    Denise is matched as his long-term foster carer. "I'm sixty-one," she says. "I'll keep him till I'm seventy-nine and then we'll see. Somebody write that down." Somebody does.
- else:
    ~ lives_with = "Lynne and Ray Green (long-term foster carers)"
    ~ late_move = true
    ~ tie_maureen = 1
    {placement == "pab": Olivia leaves Maureen's on the day of the order, and the baby stays with Maureen for now.} Maureen does not do long-term. A long-term foster family, Lynne and Ray Green, is matched after four months, and he moves at ten months. Maureen stays in touch with a card every birthday.
}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and his foster carers know exactly why.
- naming == "held" || stage >= 2:
    On his first birthday, at Nana's, Olivia names him Kwabena, with water on his tongue, as agreed at his review, and the gin poured for the ancestors, and the carers sitting on kitchen chairs by the door. She adds the name to his registration with weeks of the twelve months to spare.
- else:
    The twelve months after his registration pass. Olivia does not give him a name and nobody makes a plan for it. In his foster home he is called by the name the carers use, and the IRO records, at every review, that "the child's forename remains unresolved". It is the first item on his plan that nobody owns.
}

Family time with Olivia continues once a fortnight, and with Nana once a month. Graham, the IRO, asks at every review whether there is now a better legal home for him, and writes down the answer.

At eight he has had four social workers and {late_move:two sets of carers, and the second has stayed|one set of carers}, and he can recite the review's opening questions before Graham asks them. {support == "yes": Olivia comes to every other review now, with Jess, and sits next to him.|Olivia comes when she can.}

He lives in a stable home with people who love him, and with no legal family of his own until someone decides otherwise.
{late_move: -> moved}
# legal: full care order with a plan of long-term fostering
# relational: lives with long-term foster carers; family time with his mother every fortnight and Nana every month
# cultural: keeps his name and his family's story; his heritage held through family time
# timescale: met
# ending: long-term-fostering # outcome: A full care order with a plan of long-term fostering, keeping his ties to Olivia and Nana but without legal permanence.
-> END

= moved
# legal: full care order with a plan of long-term fostering, after a move to long-term carers at ten months
# relational: lives with Lynne and Ray; family time with his mother every fortnight and Nana every month; a birthday card from Maureen
# cultural: keeps his name and his family's story; his heritage held through family time
# timescale: missed
# ending: long-term-fostering-late-move # outcome: A full care order with a plan of long-term fostering, after a move from his first foster carer at ten months, keeping his ties to Olivia and Nana but without legal permanence.
-> END

=== end_extended ===
~ legal_status = "interim care order (proceedings extended beyond 26 weeks)"
{
- plan == "home-unsafe":
    The guardian opposes the plan, and says so in one sentence: "Ruth's evidence is that nothing central has changed." The judge will not approve it. "The local authority asks me to send this baby home to the risks that brought him into care, on the independent social worker's finding that the progress is inadequate. Hope is not a plan. I will not approve return home on this evidence, and I have no other plan in front of me that has been properly analysed." She extends the timetable by eight weeks, the most the law allows at one time, and directs the local authority to file a care plan that addresses every realistic option, side by side.
- plan == "sgo-not-needed" || plan == "adopt-not-needed" || plan == "ltf-not-needed":
    The judge reads Ruth's report twice and the balance sheet once. "{stage >= 4:The independent social worker finds that this mother's change is sufficient and holding|Maureen's logs and the independent social worker's evidence show this mother's change in her son's day-to-day care}, through the anniversary of her daughter's adoption and through the father's release. On that evidence I cannot find that removing this child from her care for good is necessary and proportionate{plan == "adopt-not-needed":, and I am very far from finding that nothing else will do}. Re B is not a formality." She refuses the orders sought, extends the timetable by eight weeks, the most the law allows at one time, and invites the local authority to reconsider its plan, with a plan for his return home with support in front of it. Frances reads the note twice. "We had the evidence," she says. "We didn't believe it."
- plan == "home-refused":
    The guardian does not support the plan. "The progress is real and it is recent," Helen says. "I cannot tell the court it is secure." The judge agrees that return home is not yet made out on the evidence, and is not prepared to rule it out either. She extends the timetable by eight weeks, the most the law allows at one time, for an independent addendum on whether the change is holding and a fresh hair strand test, and asks the local authority to explain why its evidence did not settle the question in twenty-six weeks.
- plan == "sgo-extend":
    The judge extends the timetable by eight weeks, the most she can grant at one time, so that Effie and Peter's assessment can finish. "It is regrettable that a family member who was willing to care for him has not been fully assessed within the timetable," she says. "The family network should be identified and assessed early, before proceedings if at all possible. That is what the pre-proceedings stage is for." Effie's assessment finishes in week thirty-one.
- plan == "ltf-refused":
    The judge will not approve long-term fostering yet. "A relative has come forward and has not been properly assessed. Before I place a baby in care until he is eighteen, I need to know whether his own family can give him a legal home." She extends the timetable by eight weeks, the most she can grant at one time, directs a full assessment of Effie and Peter, and relists the final hearing.
- else:
    The judge refuses to make the placement order. "A relative has come forward and has not been properly assessed. I cannot say that nothing else will do when I do not know what else there is." She extends the timetable by eight weeks, the most she can grant at one time, directs a full assessment of Effie and Peter, and relists the final hearing.
}

~ tie_effie = 2
The baby stays where he is, {placement == "pab": with Olivia at Maureen's|with {carer_name()}}, for another two months at least, and perhaps longer. He learns to crawl in an interim placement. {placement == "ffa": Laura and Matt, who were told it might not end in adoption, begin to understand what that means.}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, at least. That part is settled.
- else:
    He still does not have a first name. Olivia says she will name him "when I know where he's staying", and nobody can tell her yet.
}

The final order comes four months later, when he is nearly a year old. Whichever order it is, his file will always show a first year spent in an interim placement, with more court dates in it than teeth.
# legal: no final order at twenty-six weeks: interim care order, proceedings extended
# relational: waits in an interim placement; family time continues
# cultural: {naming == "named" || naming == "pressed":named, and his family's story held while he waits|still without a forename; his story on hold}
# timescale: missed
# ending: extended-proceedings # outcome: The court extended proceedings beyond 26 weeks because the local authority's plan was not yet made out on the evidence; the baby waits in an interim placement.
-> END
