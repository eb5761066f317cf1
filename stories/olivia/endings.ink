=== end_home ===
# scene: family-home
~ lives_with = "Olivia, at home"
~ legal_status = "supervision order (12 months)"
~ tie_olivia = 5
~ tie_adwoa = 4
~ tie_maureen = 1
~ tie_laura = 0
~ tie_denise = 0
The guardian supports the plan, with conditions. The judge reads the support plan line by line, asks Olivia two questions directly, and makes a twelve-month supervision order. "This is not the end of the difficulty," she says, looking at Olivia. "It is the end of the court's part in it. I hope I never see you again, and I mean that kindly."

{
- placement == "pab":
    Olivia and the baby move from Maureen's to a two-bedroom flat at Calder House a fortnight later. Maureen drives them, with the cot in the back, and cries in the car park, which she says she never does.
- placement == "ffa":
    The move home takes three weeks, in careful steps: longer days, then a night, then three. Laura and Tom do every step with her. On the last day Laura gives Olivia a folder of everything: his feeds, his rash cream, the song that settles him. Then she goes home to an empty cot, which was always the risk she accepted, and Tom takes a week off work.
- else:
    The move home takes three weeks, in careful steps, and {carer_name()} does every one of them with Olivia. On the last day {carer_name()} hands over a folder of everything: his feeds, his rash cream, the song that settles him.
}

{
- naming == "named":
    He has been Kwabena since Nana's front room. Olivia says it all the time now, at the bus stop, in the bath, to the health visitor. "I used to think if I named him I'd have to stop saying it. Now I can't stop."
- naming == "pressed":
    He was registered as Kwabena at a counter under pressure. Olivia tells you she has decided to keep it. "I've said it a thousand times now. It's his. I just wish I'd chosen it properly." On his first birthday, Nana gives him the naming anyway, water and gin on the tongue, and Olivia says his name again, as if for the first time.
- else:
    On the eighth day after the order, because Nana insists on counting, the family gathers in Nana's front room: Olivia, Jess, Nana, Maureen, and you, because Olivia asked. Nana touches water to his tongue, then a drop of gin, and Olivia says his name out loud. "Kwabena. Because he's a Tuesday boy. Because he stayed." She adds it to his registration the following week, well inside the twelve months.
}

Eighteen months later the supervision order has ended. {stage >= 4: Olivia's tests stayed clear. She still sees Jess, and she still rings Maureen on bad nights.|Olivia had a bad month in the winter, and rang for help before it reached him, which is what the plan asked of her.} Liam sees his son at a family centre once a month when he remembers. {tie_amelia >= 1: Nana has filmed the story of her mother in Kumasi, for later. Amelia's parents sent a photo of two dinosaurs, one big and one small, "from your sister".|Nana keeps meaning to tell him about her mother in Kumasi, and tires before she gets to it.}

Olivia's son lives with his mother, as it turned out he could. The plan was defensible because it was built with her, tested honestly, and had a contingency nobody needed. # ending: home-supervision # outcome: The baby returned home to Olivia under a 12-month supervision order with a support plan; she named him Kwabena, and the plan held.
-> END

=== end_sgo ===
# scene: family-home
~ lives_with = "Effie and Peter Quaye (special guardians), Ashworth"
~ legal_status = "special guardianship order"
~ tie_effie = 5
~ tie_olivia = 3
~ tie_adwoa = 4
{
- plan == "sgo-court":
    The judge does not make the placement order. Applying Re B, and with a positive assessment of Effie and Peter in front of her, she cannot find that nothing else will do. "The local authority's own evidence describes a realistic family placement," she says, "and its analysis does not explain why that option was rejected." She makes a special guardianship order to Effie and Peter, adjourns briefly for the support plan to be finalised, and asks for the local authority's reasons to be reviewed by a senior manager. Sunita takes the note without comment. Later, in her office, she says, "She's right. We should have got there ourselves."
- else:
    The guardian supports the plan. The judge reads the special guardianship support plan line by line, including the travel costs for family time and the named worker for two years, and makes the order. "This child has a family," she says, "and it has found a way to hold him. I hope it also finds a way to hold his mother."
}

{
- placement == "ffa":
    The move to Ashworth takes two weeks of introductions. Laura and Tom do every one of them, and grieve him properly, which is what good Fostering for Adoption carers risk. On the last day Laura gives Effie the cardigan she knitted before he was born and never dared to give.
- placement == "pab":
    Olivia hands him to Effie herself, at Maureen's, on a Sunday. They do not hug. Effie says, "He's yours. I'm keeping him for you," and Olivia says, "Don't say that if it's not true." Effie says, "It's true."
- else:
    The move to Ashworth takes two weeks of introductions, and {carer_name()} makes them gentle.
}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and Effie never calls him anything else.
- stage >= 2:
    Effie says, at the first family time in Ashworth: "His name is yours to give. Whenever." A month later, Olivia gets the train to Ashworth with Nana, and in Effie's front room, with water and a drop of gin, Olivia names him Kwabena. Effie cries more than anyone.
- else:
    Effie says his name is Olivia's to give. Olivia does not come to Ashworth for the first two months. Then she sends Effie a text: "Kwabena. Tell him I chose it." Effie reads it out to the baby, and then registers the name, with Olivia's written agreement, inside the twelve months.
}

A year on, family time is every other Saturday, sometimes in Ashworth and sometimes at Nana's. It is not always easy. Olivia and Effie argued once about a haircut for a whole afternoon. But Olivia is his mother in every way except where he sleeps, Nana sees him every month, and he has cousins who carry him about like a trophy.

He lives with his family, under an order that will last until he is eighteen. # ending: sgo-aunt # outcome: A special guardianship order to Effie and Peter, with a support plan and regular family time with Olivia and Nana; he was named Kwabena, by his mother.
-> END

=== end_adopt_ffa ===
# scene: foster-home
~ lives_with = "Laura and Tom Whitaker (adoptive parents)"
~ legal_status = "placement order, then adoption order"
~ tie_laura = 5
~ tie_olivia = 1
~ tie_adwoa = 1
~ tie_effie = 0
The guardian supports the plan. The judge reads the balance sheet with care, asks about Effie, hears that Effie withdrew and why, and makes the placement order. "I am satisfied that nothing else will do," she says, "and I want it recorded that I do not say that lightly about a mother who has tried as hard as this one." Olivia does not look up.

There is a goodbye family time at the contact centre, which everyone hates and nobody can think how to avoid. Laura and Tom come. Olivia gives the baby a library book about Ghana, with the scan photos still in it, and asks Laura to "give it back to the library when he's done with it, they'll be fuming".

{
- naming == "named" || naming == "pressed":
    He is Kwabena. Laura and Tom never thought of changing it. "It's the one thing she gave him that nobody else could," Laura says. His adoption certificate says Kwabena Whitaker.
- naming == "nickname":
    He has been Noah in their house all his life. Laura and Tom ask Olivia, through you, whether they may keep it. Olivia thinks for a week. "Noah Kwabena, then. Let him have both. One from them and one from us." That is what goes on the adoption order.
- naming == "held":
    At the goodbye family time Olivia gives Laura a card. Inside, in careful capitals: KOFI. "It's his day name. He's a Tuesday boy. You can call him something else if you want." Laura says, "We won't." They don't.
- else:
    Laura asks Olivia, at the goodbye family time, whether she would like to name him. Olivia says, "You name him. You'll be the ones saying it." They choose Noah. Nana asks, through you, for Kwabena as his middle name, and they say yes straight away.
}

The adoption order is made when he is fourteen months old. The adoption support plan includes a letter twice a year and one meeting a year with Olivia and Nana, at a soft-play centre halfway between Castlebridge and their home, which Laura and Tom keep to, even in the year Olivia does not come.

He was never moved. That was the point of Fostering for Adoption, and Laura and Tom carried its cost early, in the months when he might have gone home. Whether the plan was right will be argued about in a training room. Whether it was defensible depends on whether every other option was genuinely weighed, and written down for him, so that at fifteen he can read why. # ending: adoption-ffa # outcome: A placement order and then adoption by his Fostering for Adoption carers, with no further move; letterbox and yearly direct contact with Olivia and Nana.
-> END

=== end_adopt_move ===
# scene: foster-home
~ lives_with = "Abigail and Michael Ofori (adoptive parents), Leeds"
~ legal_status = "placement order, then adoption order"
~ tie_olivia = 1
~ tie_adwoa = 1
~ tie_maureen = 1
~ tie_denise = 1
~ tie_laura = 0
The judge hears the evidence over two days, asks about Effie, and hears that Effie withdrew and why. She makes the placement order. "I am satisfied that nothing else will do. I am less satisfied that this child needed to face a move in his first year," she adds, "and I would ask the local authority to reflect on its planning at birth."

{
- placement == "pab":
    Olivia leaves Maureen's on the day of the order. The baby stays with Maureen, who becomes his foster carer, while adopters are found. Olivia kisses him at the door and says to Maureen, "Tell them he likes being sung to," and to you, "This is the bit I knew was coming since the first day."
- else:
    The baby stays with {carer_name()} while adopters are found.
}

Matching takes five months. Abigail and Michael Ofori live in Leeds; Michael's parents came from Accra in the 1970s. They have read his file twice and asked, before anything else, about Nana. He moves to them at eleven months, after ten days of introductions. {carer_name()} does the introductions beautifully and then takes a fortnight off. For weeks afterwards he wakes at night and cries for someone who is not there; Abigail describes it as "looking for a face". It settles, slowly, as the research says it usually does, and not without cost.

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and Abigail and Michael keep it. "It's his day name," Michael says. "It was never ours to change."
- naming == "held" && stage >= 2:
    At the goodbye family time Olivia writes his name on a card and gives it to you to pass on: KOFI. Abigail and Michael keep it.
- else:
    Nobody has named him. Before the adoption order, Abigail and Michael ask Olivia, through you, whether she would like to choose his name. She says she can't. They choose Joseph and, when they hear Nana's story, ask whether they may give him Kwabena as his middle name. Olivia says only, "That's nice. Nana will like that."
}

The adoption order is made when he is nineteen months old. There is a letter once a year to Olivia and to Nana, and the Ofori family take him to see Nana once, which was not in the plan, because Abigail thought it should be.

He has a family for life. He also had two losses in his first year that a different plan at birth might have spared him. Both of those things will be in his file, and both are true. # ending: adoption-late-move # outcome: A placement order and adoption, after a move from his foster carer at eleven months; letterbox contact with Olivia and Nana.
-> END

=== end_ltf ===
# scene: foster-home
~ legal_status = "care order (Children Act 1989 s.31)"
~ tie_olivia = 3
~ tie_adwoa = 3
The guardian has reservations and says so: "For a baby, long-term fostering is eighteen years of reviews." The judge reads the balance sheet, notes the local authority's reasons for not seeking a placement order, and makes a full care order approving the plan. "I am not convinced this is the last word," she says. "I hope the local authority will not treat it as the last word either."

{
- placement == "ffa":
    ~ lives_with = "Laura and Tom Whitaker (long-term foster carers)"
    ~ tie_laura = 5
    Laura and Tom agree, after a long evening, to stay as his long-term foster carers. They had hoped to adopt him. "We'll take what keeps him here," Tom says. Laura says nothing for a while and then, "We'll have to tell him why he's not ours on paper. Every birthday, probably."
- placement == "foster":
    ~ lives_with = "Denise Barker (long-term foster carer)"
    ~ tie_denise = 5
    Denise is matched as his long-term foster carer. "I'm sixty-one," she says. "I'll keep him till I'm seventy-nine and then we'll see. Somebody write that down." Somebody does.
- else:
    ~ lives_with = "Lynne and Ray Green (long-term foster carers)"
    ~ tie_maureen = 1
    {placement == "pab": Olivia leaves Maureen's on the day of the order, and the baby stays with Maureen for now.} Maureen does not do long-term. A long-term foster family, Lynne and Ray Green, is matched after four months, and he moves at ten months. Maureen stays in touch with a card every birthday.
}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, and his foster carers know exactly why.
- naming == "held" || stage >= 2:
    On his first birthday, at Nana's, Olivia names him Kwabena, with water and a drop of gin and the carers sitting on kitchen chairs by the door. She adds the name to his registration with weeks of the twelve months to spare.
- else:
    The twelve months after his registration pass. Olivia does not give him a name and nobody makes a plan for it. In his foster home he is called by the name the carers use, and the IRO records, at every review, that "the child's forename remains unresolved". It is the first item on his plan that nobody owns.
}

Family time with Olivia continues once a fortnight, and with Nana once a month. Graham, the IRO, asks at every review whether there is now a better legal home for him, and writes down the answer.

He lives in a stable home with people who love him, and with no legal family of his own until someone decides otherwise. # ending: long-term-fostering # outcome: A full care order with a plan of long-term fostering, keeping his ties to Olivia and Nana but without legal permanence.
-> END

=== end_extended ===
~ legal_status = "interim care order (proceedings extended beyond 26 weeks)"
{
- plan == "home-refused":
    The guardian does not support the plan. "The progress is real and it is recent," Helen says. "I cannot tell the court it is secure." The judge agrees that return home is not yet made out on the evidence, and is not prepared to rule it out either. She extends the timetable by eight weeks, the most the law allows at one time, for an independent addendum on whether the change is holding and a fresh hair strand test, and asks the local authority to explain why its evidence did not settle the question in twenty-six weeks.
- plan == "sgo-extend":
    The judge extends the timetable by eight weeks, the most she can grant at one time, so that Effie and Peter's assessment can finish. "It is regrettable that a family member who was willing to care for him has not been fully assessed within the timetable," she says. "The family network should be identified and assessed early, before proceedings if at all possible. That is what the pre-proceedings stage is for." Effie's assessment finishes in week thirty-one.
- else:
    The judge refuses to make the placement order. "A relative has come forward and has not been properly assessed. I cannot say that nothing else will do when I do not know what else there is." She extends the timetable by eight weeks, the most she can grant at one time, directs a full assessment of Effie and Peter, and relists the final hearing.
}

~ tie_effie = 2
The baby stays where he is, {placement == "pab": with Olivia at Maureen's|with {carer_name()}}, for another two months at least, and perhaps longer. He learns to crawl in an interim placement. {placement == "ffa": Laura and Tom, who were told it might not end in adoption, begin to understand what that means.}

{
- naming == "named" || naming == "pressed":
    He is Kwabena, at least. That part is settled.
- else:
    He still does not have a first name. Olivia says she will name him "when I know where he's staying", and nobody can tell her yet.
}

Extensions are sometimes right. This one was partly the price of earlier choices: who was asked, when, and how well the evidence was written. # ending: extended-proceedings # outcome: The court extended proceedings beyond 26 weeks because the local authority's plan was not yet made out on the evidence; the baby waits in an interim placement.
-> END
