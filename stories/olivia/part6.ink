=== p6_final ===
# part: 6 Final care plan and permanence
# scene: office
Week twenty. Ruth Adeyemi's final report arrives on a Friday afternoon, which feels deliberate.

{
- stage >= 4:
    Her conclusion, on the scale the team borrows from the US job aid, is that Olivia has made sufficient progress in the areas that matter most. Her tests since the review are clear of cocaine and show cannabis at trace levels. She has completed the domestic abuse recovery programme and can describe, in her own words, what Liam did and why she went back. "She is not risk-free," Ruth writes. "No parent is. She is now a mother who can see the risks and ask for help before they reach the baby."
- stage == 3 && placement == "pab":
    Her conclusion rests on more than interviews. Twenty weeks of Maureen's day and night logs show the change in his care, not only in what Olivia says: on the scale the team borrows from the US job aid, sufficient in his day-to-day care and his safety at night, adequate in the rest. Her tests show some cannabis at trace levels, and Liam is "managed, with a plan she keeps and can explain". "I would not rest this on her word," Ruth writes. "I rest it on Maureen's logs, and on what I saw at three in the morning."
- stage == 3:
    Her conclusion is carefully balanced. On the scale the team borrows from the US job aid, Olivia has made adequate progress: she is actively working on every objective and much has changed. But the change is recent, her tests still show some cannabis use, and the question of Liam is "managed rather than resolved". Ruth does not recommend against a return home. She does not recommend it either.
- else:
    Her conclusion, on the scale the team borrows from the US job aid, is that Olivia's progress has been inadequate. She has partly engaged and some things have changed, "but the central risks, the drug use, the relationship with Liam, and the nights when she disappears into her grief, are where they were at the birth". Ruth adds a paragraph that you read three times: "This is not a finding that Olivia does not love her son. It is a finding that she has not yet been able to put that love where he needs it, in his timescale."
}

Helen Okafor, the guardian, tells you her provisional view on the phone. {effie == 2: "I'm interested in Effie. I want to see the local authority's analysis of every option, not just its conclusion."|"I want to see the local authority's analysis of every option, not just its conclusion. I've read too many care plans that are conclusions looking for reasons."}

Frances books a room for the whole afternoon. "Final care plan. Re B-S: every realistic option, its benefits and its risks for him, side by side, before we choose. And remember Re B: adoption only where nothing else will do. Write it so a judge can follow your reasoning, and so can he, one day."

Every sentence of the final statement will be read by people paid to find the weak one. The distinctions you argued over with Frances in the summer, between fact, opinion and professional judgement, matter most here, where the judgement is the whole point.

You lay the options out on the table.
# decision: olivia.p6.final-plan
# prompt: Weigh every realistic option for this baby, side by side, for him. Which plan does the local authority ask the court to approve, and how would you defend it to Olivia, to the judge, and to him at eighteen?
# balance
# justify
* [Return to Olivia's care at home under a 12-month supervision order, with a support plan: recovery service, domestic abuse support, nursery, Jess and Nana # permanence: {placement == "pab" && stage >= 3 || stage >= 4:+3|{stage >= 2:+1|-2}} # contact: {placement == "pab" && stage >= 3 || stage >= 4:+3|{stage >= 2:+2|+1}} # disruption: {placement == "pab" && stage >= 3 || stage >= 4:-1|{stage >= 2:+2|+3}} # why: {placement == "pab" && stage >= 3 || stage >= 4:{stage >= 4:Ruth finds the change sufficient and holding|Maureen's logs and Ruth's evidence show the change holding in his care}; the least intrusive order that meets his needs, with support that a supervision order can carry.|The change has not held, or is too recent to rely on; a supervision order gives no parental responsibility, and a breakdown would bring him into care older.} # ref: Children Act 1989 s.31 and s.35: supervision order; Re B \[2013\] UKSC 33: proportionality; Harwin and colleagues (2019) on supervision orders # stance: with # benefits: He stays with his mother, the person he knows best, with his name, heritage and family around him; the least intrusive order; {placement == "pab" && stage >= 3 || stage >= 4:{stage >= 4:Ruth's evidence is that the change is holding, through September and through Liam's release|Maureen's logs and Ruth's evidence show the change in his day-to-day care, through September and through Liam's release}.|Olivia's love for him and her honesty about relapse are real, and would be supported rather than lost.} # risks: {placement == "pab" && stage >= 3 || stage >= 4:The change is recent; a relapse, or Liam, could still reach him; a supervision order gives the local authority no parental responsibility.|Ruth's evidence is that the change has not held in his timescale; relapse and Liam are current risks, not past ones; a breakdown would bring him into care older, with more harm and a harder move.}]
    ~ plan = "home"
    -> decide
* {effie == 2} [A special guardianship order to Effie and Peter Quaye, with a support plan and regular family time with Olivia, Nana and the wider family # permanence: {placement == "pab" && stage >= 3 || stage >= 4:+2|+3} # contact: {placement == "pab" && stage >= 3 || stage >= 4:+1|+2} # disruption: {placement == "pab" && stage >= 3 || stage >= 4:0|-1} # why: {placement == "pab" && stage >= 3 || stage >= 4:A strong family option, but with a mother whose change is holding it is not the least intrusive order that meets his needs.|Legal security to eighteen within his own family and heritage, with his mother still part of his life; it depends on a family relationship that has been strained for years.} # ref: Children Act 1989 s.14A; Special Guardianship Regulations 2005 (as amended 2016): support plan; Wade and colleagues (2014), Investigating Special Guardianship # stance: with # benefits: Permanence within his family to eighteen; his Ghanaian heritage, his Nana and his cousins around him; Olivia remains his mother and sees him often; a positive assessment with a support plan{placement == "effie":, and no move, because he already lives there}. # risks: {placement != "effie":A move from {carer_name()}, the only home he has known, at about seven months; |}{placement == "pab" && stage >= 3 || stage >= 4:It places him away from a mother whose change {stage >= 4:Ruth finds sufficient|Maureen's logs and Ruth's evidence show}; |}Forty miles from Olivia and Nana; Olivia's ambivalence about Effie could turn to conflict over family time; special guardians need reliable support and often do not get it.]
    ~ plan = "sgo"
    -> decide
* {effie == 1 || effie == 4} [A special guardianship order to Effie and Peter, asking the court to extend the timetable so that their assessment can be finished # permanence: 0 # contact: +2 # disruption: +1 # why: A family placement not yet fully tested; asking for time is honest, and the baby pays for it in months of uncertainty at a sensitive age. # ref: Children and Families Act 2014 and Children Act 1989 s.32(5): extension only where necessary; Re B-S \[2013\] EWCA Civ 1146 # stance: with # benefits: Keeps a realistic family option open rather than ruling it out because it was not assessed in time; his heritage and family connections preserved if it succeeds. # risks: Several more months without a permanent plan; the assessment may still be negative; the family was not assessed within the timetable, and the baby bears the cost of that delay.]
    ~ plan = "sgo"
    -> decide
* {placement == "ffa"} [Adoption by Laura and Matt Whitaker, his Fostering for Adoption carers: a placement order, Olivia's views in his plan, and a later life letter invited from her # permanence: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:-1|+3} # contact: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:-2|-1} # disruption: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:+1|-2} # why: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:With a realistic option in his own family or with his mother, the court cannot find that nothing else will do.|Legal permanence with the only carers he has known and no further move; it ends his legal relationship with his mother's family, and the court must be satisfied nothing else will do.} # ref: Adoption and Children Act 2002 s.21: placement order; Re B \[2013\] UKSC 33: nothing else will do; Adoption Agencies Regulations 2005 reg 19; Practice Standards: I will write a later life letter # stance: with # benefits: The most legally secure option; no move, because he is already at home with them; carers who have known Olivia and can tell him about her truthfully. # risks: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:Rejects a realistic family option that the evidence supports; |}severs his legal ties to Olivia, Nana, Effie and his heritage; the most intrusive order; his name and identity depend on adopters' choices; contact may fade.]
    ~ plan = "adoption"
    -> decide
* {placement != "ffa"} [Adoption: a placement order, adopters to be matched, an adoption support plan, and contact with Olivia, Nana and Amelia # permanence: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:-2|+2} # contact: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:-3|-2} # disruption: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:+2|+1} # why: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:With a realistic option in his own family or with his mother, the court cannot find that nothing else will do, and he would lose his carers too.|Legal permanence for life, but only after a move from the carers he knows at an age when a move costs most, and with his ties to his family legally ended.} # ref: Adoption and Children Act 2002 s.21: placement order; Re B \[2013\] UKSC 33; Selwyn and colleagues (2014), Beyond the Adoption Order # stance: with # benefits: The most legally secure option; a family for life, chosen for him; an end to proceedings and uncertainty. # risks: {effie == 2 || placement == "pab" && stage >= 3 || stage >= 4:Rejects a realistic option the evidence supports; |}a move from the carers he knows late in his first year; severs his legal ties to Olivia, Nana, Effie and his heritage; matching a mixed-heritage boy may take time.]
    ~ plan = "adoption"
    -> decide
* [A care order with long-term fostering, planned with Olivia and Nana: his carers now if they can commit, or a matched family, and family time with them # permanence: -1 # contact: +2 # disruption: +1 # why: Keeps his relationships and heritage within reach and avoids severance; but a baby would spend eighteen years as a looked-after child, with reviews, changes of worker, and no legal family of his own. # ref: Children Act 1989 s.31: care order; Biehal and colleagues (2010), Belonging and Permanence; Practice Standards, Permanence: long-term fostering matched within 6 months # stance: with # benefits: No severance of legal ties; Olivia and Nana remain legally and practically his family; the option can be revisited if Olivia's change holds. # risks: For a baby, eighteen years in care without legal permanence; {placement == "effie":the local authority keeps parental responsibility over a family placement that could hold it;|}{placement == "pab" || placement == "maureen":a move from Maureen, who does not do long-term, late in his first year;|} foster placements break down more often than adoptions or special guardianship; reviews, changes of social worker and carers who may not stay.]
    ~ plan = "ltf"
    -> decide

= decide
// What the court will make of the plan depends on the evidence the earlier choices produced:
// a mother whose change is proven (sufficient and holding) defeats any plan away from her (Re B).
{
- plan == "home" && ((placement == "pab" && stage >= 3) || stage >= 4):
    ~ plan = "home"
- plan == "home" && stage <= 1:
    ~ plan = "home-unsafe"
- plan == "home":
    ~ plan = "home-refused"
- (placement == "pab" && stage >= 3) || stage >= 4:
    {
    - plan == "sgo":
        ~ plan = "sgo-not-needed"
    - plan == "adoption":
        ~ plan = "adopt-not-needed"
    - else:
        ~ plan = "ltf-not-needed"
    }
- plan == "sgo" && effie == 2:
    ~ plan = "sgo"
- plan == "sgo":
    ~ plan = "sgo-extend"
- plan == "adoption" && effie == 2:
    ~ plan = "sgo-court"
- plan == "adoption" && (effie == 1 || effie == 4):
    ~ plan = "adopt-refused"
- plan == "ltf" && effie == 2:
    ~ plan = "ltf-sgo"
- plan == "ltf" && (effie == 1 || effie == 4):
    ~ plan = "ltf-refused"
}
{
- stage >= 4:
    ~ stage = 4
- stage >= 2:
    ~ stage = 2
- else:
    ~ stage = 0
}
~ effie = 0
{plan != "adoption":
    ~ fgc_held = false
}
-> tell_olivia

= tell_olivia
# scene: family-home
The final care plan has to be filed in a week. Before it is, Olivia needs to hear it.

{
- la_plan() == "home":
    It is the plan she has wanted all along, with more conditions than she wanted. {stage >= 2: She already knows most of them, because she wrote half of them.|She does not trust it yet.}
- la_plan() == "sgo":
    It is a plan in which she remains his mother and is not the person he lives with. Effie has asked to be there when she is told. Olivia has asked that she is not.
- la_plan() == "adoption":
    It is the plan she has been afraid of since she was seventeen. It is the second time.
- else:
    It is a plan that does not take him from her legally and does not give him back either.
}
# decision: olivia.p6.tell-olivia
# prompt: How should a parent hear the final care plan, and what does she need from the person telling her?
* [Tell her at a meeting at the council's legal offices, with Dev and your own solicitor there, so that she has legal advice the moment she hears it # permanence: 0 # contact: 0 # disruption: 0 # why: She has her lawyer with her and the process is clear; but a lawyers' meeting room is a hard place to hear it, and she hears it in a room full of professionals. # ref: Public Law Outline: parents legally represented in proceedings; Practice Standards: children and families involved in decisions # stance: for]
    The meeting room at legal services has no windows. Olivia hears it with Dev's hand on her arm. She asks one question, "Does he know?", meaning the baby, and nobody knows how to answer.
* [Tell Olivia yourself, in person, with Jess there, before the plan is filed; give her the reasons plainly and the plan in writing to keep # permanence: 0 # contact: 0 # disruption: -1 # why: She hears it from the person accountable for it, with someone she trusts, and has time to take legal advice; it is one of the hardest conversations in the work and may end your relationship with her. # ref: Practice Standards, Permanence: I will be open and honest about what their future care will look like; Practice Model: with, not to # stance: with]
    You go on a Tuesday afternoon, because she doesn't do mornings. {la_plan() == "home": Olivia listens to every condition and then asks, "So he's coming home. Say it properly." You say it properly.|Olivia listens without interrupting. At the end she asks you to read one paragraph again, the one about why, and then says, "You came, then. Last time I got a letter." Jess stays until ten. Then Olivia stops answering your calls, for three weeks, and the joint reading of the final statement you had planned with her does not happen; she reads it with Dev instead.}
* [Send the final care plan to Olivia's solicitor, who can explain it to her with legal advice, as is usual practice in proceedings # permanence: 0 # contact: -1 # disruption: +1 # why: Proper and protective of her legal position, and it spares everyone a raw conversation; but she learns the most important decision of her life from a document, from someone other than the person who made it. # ref: Public Law Outline: disclosure through legal representatives; restorative practice window: not # stance: not]
    Dev reads it to her in his office. She rings you from the car park, and says only: "You couldn't even come." Then she hangs up.
* [Ring her tonight, as she has asked, so that she does not spend the weekend waiting, and go round with Jess first thing on Monday with the plan in writing # permanence: 0 # contact: 0 # disruption: +1 # why: It is what she asked for and spares her two days of dread; but she hears the hardest news of her life alone on a phone, with nobody in the room, on a Friday night. # ref: Practice Standards, Permanence: open and honest about future care; Practice Model: with # stance: with]
    She listens without saying anything for so long that you check she is still there. {la_plan() == "home": Then she laughs, once, and cries, and hangs up to ring Nana.|Then she says, "Right," and hangs up. Jess finds her at Nana's at midnight. On Monday she reads the plan at her kitchen table and asks you to read one paragraph again, the one about why.}
- -> name_story

= name_story
# scene: office
Whatever the court decides, he will one day need to know how his first year was decided, and by whom. {la_plan() == "adoption": For adoption, that is the Child's Permanence Report, written for him, so he can understand the decisions made about his life.|For him, that will be his life story book and a later life letter, written now while the people who remember are here.}

{la_plan() == "adoption": The report has a first reader before the judge. Before the local authority may apply for a placement order, its Agency Decision Maker, Yvonne Achterberg, an assistant director who has never met him, must decide on the Child's Permanence Report, with the medical adviser's report and the views of Olivia, Liam and the guardian, whether he should be placed for adoption (Adoption Agencies Regulations 2005 reg 19). She reads every word. She sends back one section with a note in the margin: "Where are Effie and Nana in this? I need to see why not them, not just that." You rewrite it for her, and for him.}

There is one section you have left until last. Its heading, in your draft, is "Your name".

{naming == "named": He has a name now, one Olivia gave him in Nana's front room. The section has to explain why it took six weeks.}{naming == "pressed": He has a name, given at a register office counter by a mother who said it was not really a choice. The section has to say that honestly and kindly.}{naming == "held": He is registered without a forename. Olivia has until his registration's first anniversary to give him one, and the section has to explain why she waited.}{naming == "nickname": He has been called by his carers' name for most of his life. The section has to explain that his mother did not choose it.}{naming == "unnamed": He is registered without a forename and nobody has a plan. The section has to explain that, too.}

Frances asks you to rank the ways you could write it, with reasons, and the panel will compare.
# decision: olivia.p6.name-story
# prompt: Rank the ways of writing "Your name" for him. What will he need to read at eight, at fourteen, at twenty-five?
# rank
* [A short factual record: that his birth mother did not give him a forename at birth, when he was registered, and when his name was given # permanence: +1 # contact: 0 # disruption: 0 # why: Accurate and neutral; but facts without the story may leave him to fill the gap himself, and children who are told only facts often supply the worst explanation. # ref: Practice Standards: record for the child so they understand how decisions were made; Practice Standards, Assessment: fact, opinion and professional judgement # stance: for # expert: 4 # expert-why: True, but it answers what and not why; he will ask why.]
    The paragraph is four lines long and every word is correct. Reading it back, you imagine a fourteen-year-old reading it, and you are not sure it tells him anything he can use.
* [Write it to him in plain warm words: Olivia's words about waiting, Nana's eighth day, his day name, and Amelia; check it with Olivia and Nana # permanence: +1 # contact: +1 # disruption: 0 # why: He gets a truthful story that holds his mother's love and her grief together, in her words and his family's; it takes time, and Olivia may not want to read it. # ref: Practice Standards, Permanence: when I write a CPR I write it for the child to tell them their life story; include parents in life story work # stance: with # expert: 1 # expert-why: It is written for him, it is true, and it is co-produced with the people whose story it is; the naming is explained as love and grief, not as rejection.]
    You write: "When you were born, your mum did not give you a name straight away. This was not because she did not love you. Your Nana Adwoa says that in her family, a baby is named on the eighth day, when everyone knows he has come to stay. Your mum had a little girl before you, your sister Amelia, and when Amelia went to live with another family, your mum had to stop saying her name, and it hurt her very much. She told me: 'I'm not not-bothered. I'm waiting.'" Olivia reads it at her kitchen table and changes one word. Nana adds a sentence about Tuesdays.
* [Leave the naming out: reading that his mother did not name him may make him feel unwanted, and whoever brings him up can explain it to him later # permanence: -1 # contact: -1 # disruption: +1 # why: A protective instinct, but it hides part of his story from him; he may find it in his file as an adult, without the explanation, and with the sense that it was hidden. # ref: Practice Standards: I will be open and honest; record for the child; Module 4: life story work builds identity and resilience # stance: not # expert: 5 # expert-why: Secrets in life stories tend to be found, and found at the worst time; the panel would not leave it out.]
    The section heading comes out of the draft. It leaves a gap you can see, even if he will not, for a while.
* [Ask Nana to write that part in her own words, about the eighth day and his day name, and leave Olivia's part out until she is ready to add it # permanence: 0 # contact: 0 # disruption: +1 # why: Nana holds the tradition and writes warmly; but the section explains his mother through someone else, Amelia is not in it, and "until she is ready" may mean never. # ref: Practice Standards: include parents and other important people in life story work; Permanency job aid: cultural permanence # stance: with # expert: 3 # expert-why: Nana's voice is a gift to him, but the panel would not let his great-grandmother explain his mother's choice for her.]
    Nana dictates it to Jess over two afternoons: the eighth day, the water and the drink, Tuesdays. It is beautiful. It says nothing about Olivia except that "your mother loved you and was frightened", and Olivia, when she reads it, says, "That's Nana's story. Where's mine?"
* [Ask Olivia to write that part herself, as a letter to him, and put it in the file alongside your own account of those weeks # permanence: 0 # contact: +1 # disruption: +1 # why: His mother's own voice is irreplaceable; but she may not be able to write it now, or may write something that will be hard for him to read at eight, and it needs your account beside it. # ref: Practice Standards: I will write a later life letter; include parents in life story work # stance: with # expert: 2 # expert-why: Her voice matters enormously; ranked second only because it cannot stand alone and may not arrive.]
    Olivia takes three weeks. The letter, when it comes, is half a page in careful capitals. "I didnt name you at first because I was scared. Not of you. Of loving you and then stopping. I was wrong to be scared of that. I never stopped with your sister either." You put it in a plastic wallet at the front.
- -> heritage

= heritage
# scene: family-home
Nana Adwoa is seventy-four. Her hand still shakes from the stroke, and she tires by four. On your last visit she showed you a photograph of her mother in Kumasi, in kente, and said, "Who will tell him about her, when I am gone? Olivia only knows half. I never finished telling her."

The baby has a half-sister, Amelia, three, adopted, whom he has never met and whose parents write once a year. He has a father's family on the Northfield estate and a mother's family that reaches from Priory Road to Ashworth to London to Ghana.
# decision: olivia.p6.heritage
# prompt: Legal permanence is one part of the plan. What will keep his relational and cultural permanence alive, whatever order is made?
* [Leave heritage and wider family contact for his permanent carers to shape after the order; they will know him best # permanence: 0 # contact: -1 # disruption: +1 # why: It trusts the permanent family and avoids over-prescribing; but the people who hold his story are old or distant, and the plan is the point at which these ties are most easily lost. # ref: Permanency job aid: relational and cultural permanence; Module 4: what sustains permanence # stance: not]
    The plan says "to be agreed". Nana asks you twice when somebody will come to hear about her mother. Nobody does, that year.
* [Write into the care plan that his carers will promote his heritage, and give them a book list and a cultural identity guide # permanence: 0 # contact: 0 # disruption: 0 # why: Better than nothing, and it names the duty; but it hands identity to carers as an abstract task, without the people who hold it, and Nana's story goes unrecorded. # ref: Care Planning Regulations 2010: the care plan addresses identity; Practice Standards: culture and identity within plans # stance: for]
    The care plan gains a paragraph headed "Identity". It is accurate. It contains no names except his carers'.
* [Record Nana telling his family story now, on video, in English and Twi, and write his sister Amelia into his plan # permanence: +1 # contact: +1 # disruption: 0 # why: It catches the story while the person who holds it is alive, and names the sibling link in the plan itself; it takes time you do not have and depends on Amelia's parents saying yes. # ref: Permanency job aid: cultural permanence; Practice Standards: sibling relationships maintained; Neil and colleagues on contact after adoption # stance: with]
    ~ tie_amelia = 1
    Jess films it on her phone in Nana's front room. Nana talks for fifty minutes. At the end she looks into the camera and {naming == "named" || naming == "pressed":says his name|says "my Tuesday boy", because he has no name yet}, and laughs. Amelia's adoptive parents take three months to write back, and say "letters at Christmas only, for now"; the plan records it as a beginning.
* [Ask Olivia and Nana to make him a memory box together, with photographs, the songs and the library book, and leave what goes in it to them # permanence: -1 # contact: -1 # disruption: +1 # why: His mother and great-grandmother choose what he keeps, together; but Nana tires by four, nothing is recorded in her own voice, and Amelia is left out of his plan. # ref: Practice Standards: include parents and other important people in life story work; Permanency job aid: cultural permanence # stance: with]
    Olivia and Nana fill a shoebox over three Sundays: scan photos, a hospital bracelet, a cassette of Nana's church choir that nobody can play. Nana means to write down her mother's story for it, and gets as far as the first page.
* [Ask Olivia which parts of his heritage she wants in the plan, and leave Nana and the Twi out if she would rather keep them for herself # permanence: -1 # contact: -1 # disruption: +1 # why: It gives Olivia the say she has so rarely had; but it lets a mother's hurt decide what her son may know of his great-grandmother, and Nana is seventy-four. # ref: Permanency job aid: cultural permanence belongs to the child; Practice Standards: include parents in life story work # stance: for]
    Olivia wants Nana and the Twi kept out of it. "That's mine. It's all I had. He can have it from me, when I'm ready." The plan says so. Nana is hurt and says nothing, which is worse.
- {la_plan() == "adoption": -> after_adoption}
- -> after_proceedings

= after_adoption
# scene: office
If the court makes the placement order, his adopters will decide much of what he has of his first family. {placement == "ffa":Laura and Matt already share his care with Olivia; what the adoption support plan says now shapes what they promise, and what they can keep.|What the adoption support plan says now, before anyone is matched, shapes who they will be.}
# decision: olivia.p6.after-adoption
# prompt: If he is adopted, what should he have of his birth family, Amelia included, and who should decide?
* [Ask the court for a s.26 contact order for Olivia and Nana with the placement order, and plan to back a s.51A order at adoption # permanence: 0 # contact: +1 # disruption: +1 # why: It gives the family something enforceable; but courts rarely order contact that adopters do not agree to, and it can make adopters feel watched before he is theirs. # ref: Adoption and Children Act 2002 s.26 and s.27(4): contact while placed; s.51A: contact at the adoption order # stance: to]
    ~ after = "open"
    {placement == "ffa":Laura and Matt are hurt that an order is thought necessary; they have bathed him with her. |}The guardian does not support it. "Plan it with the adopters," Helen says. "An order they resent helps nobody."
* [Ask Olivia what contact she could keep to for years, not months, and write in only that, even if today she says letters and nothing more # permanence: -1 # contact: -1 # disruption: +1 # why: Contact she can sustain is worth more than contact she cannot; but she answers in the worst weeks of her life, the plan fixes her lowest point, and Nana and Amelia are not asked. # ref: Adoption Statutory Guidance 2013: contact in the adoption support plan; Neil and colleagues on contact after adoption # stance: with]
    ~ after = "letterbox"
    Olivia says letters, twice a year, and nothing more, "because I can't promise more and I'm not letting him wait for me." The plan says so. Two years later she asks whether she could meet him, and the adopters, who were matched on letters only, say not yet.
* [Plan for an open adoption from the start: adopters who will meet Olivia and Nana each year, and letters between him and Amelia # permanence: +1 # contact: +2 # disruption: 0 # why: The research on contact after adoption favours planned, supported openness where it is safe; it narrows the adopters who will come forward and may slow the match. # ref: Neil and colleagues on contact after adoption; Adoption Statutory Guidance 2013: contact in the adoption support plan # stance: with]
    ~ after = "open"
    {placement == "ffa":Laura and Matt say yes at once; they have bathed him with Olivia. Laura asks only that the first meeting is not on his birthday.|The family-finding profile says so in its first paragraph. Fewer adopters enquire. The ones who do have read that paragraph twice.}
* [Letterbox twice a year, as is usual, and leave any direct contact for his adopters to consider when he is older # permanence: +1 # contact: -1 # disruption: -1 # why: Settled and low-risk for the placement, and it does not deter adopters; but letterbox often fades within a few years, and it does nothing for him and Amelia. # ref: Adoption Agencies Regulations 2005: the adoption support plan; Neil and colleagues: letterbox contact often lapses # stance: for]
    ~ after = "letterbox"
    The plan says "letterbox, twice yearly". It is the sentence Olivia reads last and asks about first.
* [Write in the contact Olivia asks for, monthly visits with her and Nana, and let the matching find adopters who will agree to it # permanence: -1 # contact: 0 # disruption: +2 # why: It keeps faith with what she wants; but monthly visits are not a plan most adopters can meet, matching stalls, and he waits longer in foster care for a family. # ref: Adoption Statutory Guidance 2013: contact that serves the child's welfare; Children and Families Act 2014: his timescale # stance: for]
    ~ after = "letterbox"
    {placement == "ffa":Laura and Matt say they can do monthly for the first year and then want to review it, and the plan records that honestly; Olivia reads the word "review" and asks what it means, and you tell her.|Family-finding runs three months with no enquiry. Frances asks you to reconsider, and you do.}
- -> after_proceedings

= after_proceedings
# scene: family-home
Whatever the court decides, the local authority has been two things to Olivia all year: the applicant against her, and her corporate parent. Olivia is a care leaver: Jess has been her personal adviser since she was sixteen, and Olivia can ask to keep a personal adviser until she is twenty-five. The research on mothers who lose a second child, many of them care leavers, is not comforting: without help after proceedings, the next baby often follows within a few years.
# decision: olivia.p6.after-proceedings
# prompt: The local authority is Olivia's corporate parent as well as the applicant against her. What should she have after the final hearing, and who makes sure she gets it?
* [Ask Jess to review Olivia's pathway plan with her before the final hearing, so that her support to twenty-five is planned around the outcome # permanence: {la_plan() == "home":+1|0} # contact: 0 # disruption: {la_plan() == "home":0|+1} # why: It uses the relationship she trusts most and a duty that lasts to twenty-five; but Jess is a local authority employee too, and her hours are not a therapeutic service. # ref: Children and Social Work Act 2017 s.1 (corporate parenting principles) and s.3 (a personal adviser to 25 on request, Children Act 1989 s.23CZB); Children Act 1989 s.23C # stance: with]
    ~ support = "yes"
    Jess and Olivia rewrite the pathway plan at Olivia's kitchen table. It has a section headed "After court", and in it, in Olivia's handwriting: "Jess to come the week after, whatever."
* {la_plan() != "home"} [Ask Olivia, through Jess, whether she will meet Fresh Start, the local Pause-type programme for mothers who have lost more than one child # permanence: +1 # contact: +1 # disruption: 0 # why: Intensive, relationship-based work for eighteen months when the risk of another removal is highest; it asks her to use long-acting contraception while she is on it, which she may hear as the state deciding about her body again. # ref: Broadhurst and colleagues (2017), Vulnerable birth mothers and recurrent care proceedings; Pause practice model # stance: with]
    ~ support = "yes"
    Olivia says no, then, a fortnight after the hearing, yes. "Not because of you. Because of the lady who came. She'd had three taken."
* {la_plan() == "home"} [Ask the early help team to follow the supervision order with a family support worker Olivia chooses, for a year after it ends # permanence: +1 # contact: +1 # disruption: 0 # why: It carries support past the point where the order ends and the worries often return; but it is one more service at her door, and early help has a waiting list. # ref: Working Together to Safeguard Children 2023: early help; Harwin and colleagues (2019) on supervision orders # stance: with]
    ~ support = "yes"
    Olivia meets three workers and picks the one who laughed at the strawberry magnet.
* [Write into the final care plan that Olivia will be referred to adult drug and mental health services, and send the referrals # permanence: 0 # contact: +1 # disruption: 0 # why: It names the need and the services that exist for it; but referrals sent to a grieving young woman after court are rarely taken up, and nobody owns what happens next. # ref: Working Together to Safeguard Children 2023: services for adults that affect children # stance: for]
    ~ support = "none"
    The referrals go. The drug service offers an appointment in six weeks. The mental health service writes to an old address.
* [Keep the roles apart: as the applicant you should not direct her support, so leave all of it to her solicitor and the leaving-care team # permanence: -1 # contact: 0 # disruption: +1 # why: It avoids a conflict of interest and respects her independence from the authority that brought the case; but corporate parenting duties do not stop at the court door, and nobody else will join it up. # ref: Children and Social Work Act 2017 s.1: corporate parenting principles # stance: not]
    ~ support = "none"
    The file closes on your side the day after the hearing. Jess is on leave that week.
- -> court_outcome

= court_outcome
# scene: court
The final hearing is listed in week twenty-six, in the same court with the same chairs bolted together in threes.
{
- plan == "home":
    -> end_home
- plan == "sgo" || plan == "sgo-court" || plan == "ltf-sgo":
    -> end_sgo
- plan == "adoption" && placement == "ffa":
    -> end_adopt_ffa
- plan == "adoption":
    -> end_adopt_move
- plan == "ltf":
    -> end_ltf
- else:
    -> end_extended
}
