=== p6_final ===
# part: 6 Final care plan and permanence
# scene: office
Week twenty. Ruth Adeyemi's final report arrives on a Friday afternoon, which feels deliberate.

{
- stage >= 4:
    Her conclusion is that Olivia has made sufficient progress in the areas that matter most. Her tests since the review are clear of cocaine and show cannabis at trace levels. She has completed the domestic abuse recovery programme and can describe, in her own words, what Liam did and why she went back. "She is not risk-free," Ruth writes. "No parent is. She is now a mother who can see the risks and ask for help before they reach the baby."
- stage == 3:
    Her conclusion is carefully balanced. Olivia has made adequate progress: she is actively working on every objective and much has changed. But the change is recent, her tests still show some cannabis use, and the question of Liam is "managed rather than resolved". Ruth does not recommend against a return home. She does not recommend it either.
- else:
    Her conclusion is that Olivia's progress has been inadequate. She has partly engaged and some things have changed, "but the central risks, the drug use, the relationship with Liam, and the nights when she disappears into her grief, are where they were at the birth". Ruth adds a paragraph that you read three times: "This is not a finding that Olivia does not love her son. It is a finding that she has not yet been able to put that love where he needs it, in his timescale."
}

Helen Okafor, the guardian, tells you her provisional view on the phone. {effie == 2: "I'm interested in Effie. I want to see the local authority's analysis of every option, not just its conclusion."|"I want to see the local authority's analysis of every option, not just its conclusion. I've read too many care plans that are conclusions looking for reasons."}

Sunita books a room for the whole afternoon. "Final care plan. Re B-S: every realistic option, its benefits and its risks for him, side by side, before we choose. And remember Re B: adoption only where nothing else will do. Write it so a judge can follow your reasoning, and so can he, one day."

Every sentence of the final statement will be read by people paid to find the weak one. The distinctions you argued over with Sunita in the summer, between fact, opinion and professional judgement, matter most here, where the judgement is the whole point.

You lay the options out on the table.
# decision: olivia.p6.final-plan
# prompt: Weigh every realistic option for this baby, side by side, for him. Which plan does the local authority ask the court to approve, and how would you defend it to Olivia, to the judge, and to him at eighteen?
# balance
# justify
* [Return to Olivia's care at home, with a 12-month supervision order and a support plan: recovery service, domestic abuse support, nursery place, Jess, Nana, and family support at night if needed # permanence: +1 # contact: +3 # disruption: +1 # why: He grows up with his mother and his name and story intact; the least intrusive order, if the progress is real, with the risk of a breakdown later and a harder move at an older age. # ref: Children Act 1989 s.31 and s.35: supervision order; Re B (2013) UKSC 33 and Re B-S: proportionality, the least interventionist option that meets his needs # stance: with # benefits: He stays with his mother, the person he knows best, with his name, heritage and family around him; the least intrusive order; Olivia's change is supported rather than lost; no move if it holds. # risks: The change is recent; relapse into drug use or back to Liam would expose him to harm; a supervision order gives the local authority no parental responsibility; if it breaks down he would come into care older, with more harm and a harder move.]
    ~ plan = "home"
    -> decide
* {effie == 2} [A special guardianship order to Effie and Peter Quaye, with a support plan and regular family time with Olivia, Nana and the wider family # permanence: +3 # contact: +2 # disruption: -1 # why: Legal security to eighteen within his own family and heritage, with his mother still part of his life; it depends on a family relationship that has been strained for years. # ref: Children Act 1989 s.14A: special guardianship; Practice Standards, Permanence: a support plan for children in SGO placements; Permanency job aid: relational and cultural permanence # stance: with # benefits: Permanence within his family to eighteen; his Ghanaian heritage, his Nana and his cousins around him; Olivia remains his mother and sees him often; a positive assessment with a support plan. # risks: Forty miles from Olivia and Nana; Olivia's ambivalence about Effie could turn to conflict over family time; Effie and Peter have their own teenagers and shift work; special guardians need reliable support and often do not get it.]
    ~ plan = "sgo"
    -> decide
* {effie == 1 || effie == 4} [A special guardianship order to Effie and Peter, asking the court to extend the timetable beyond 26 weeks so that their assessment can be completed # permanence: +1 # contact: +2 # disruption: 0 # why: A family placement not yet fully tested; asking for time is honest, and the baby pays for it in months of uncertainty at a sensitive age. # ref: Children and Families Act 2014: extension beyond 26 weeks only where necessary; Re B-S (2013) EWCA Civ 1146 # stance: with # benefits: Keeps a realistic family option open rather than ruling it out because it was not assessed in time; his heritage and family connections preserved if it succeeds. # risks: Several more months without a permanent plan; the assessment may still be negative; the family was not assessed within the timetable, and the baby bears the cost of that delay.]
    ~ plan = "sgo"
    -> decide
* {placement == "ffa"} [Adoption by Laura and Tom Whitaker, his Fostering for Adoption carers: a placement order, with an adoption support plan, letterbox and some direct contact with Olivia and Nana # permanence: +3 # contact: -2 # disruption: -2 # why: Legal permanence with the only carers he has known and no further move; it ends his legal relationship with his mother and her family, and the court must be satisfied nothing else will do. # ref: Adoption and Children Act 2002: placement order; Re B (2013) UKSC 33: nothing else will do; Early permanence: Fostering for Adoption # stance: to # benefits: The most legally secure option; no move, because he is already at home with them; carers who have known Olivia and can tell him about her truthfully; stability through childhood. # risks: Severs his legal ties to Olivia, Nana, Effie and his heritage; the most intrusive order, justified only if every other option is ruled out on the evidence; his name and identity depend on adopters' choices; contact may fade.]
    ~ plan = "adoption"
    -> decide
* {placement != "ffa"} [Adoption: a placement order, with adopters to be matched, an adoption support plan, letterbox and some direct contact with Olivia and Nana # permanence: +2 # contact: -3 # disruption: +1 # why: Legal permanence for life, but only after a move from the carers he knows at an age when a move costs most, and with his ties to his family legally ended. # ref: Adoption and Children Act 2002: placement order; Re B (2013) UKSC 33: nothing else will do; Module 4: what puts permanence at risk # stance: to # benefits: The most legally secure option; a family for life, chosen for him; an end to proceedings and uncertainty. # risks: A move from the carers he knows, late in his first year, a serious loss for a baby; severs his legal ties to Olivia, Nana, Effie and his heritage; matching a mixed-heritage boy may take time; his name and identity depend on adopters' choices.]
    ~ plan = "adoption"
    -> decide
* [A care order with long-term fostering, with his current foster carers if they can commit or else a matched long-term family, and regular family time with Olivia and Nana # permanence: -1 # contact: +2 # disruption: +1 # why: Keeps his relationships and heritage within reach and avoids severance; but a baby would spend eighteen years as a looked-after child, with reviews, changes of worker, and no legal family of his own. # ref: Children Act 1989 s.31: care order; Practice Standards, Permanence: long-term fostering matched within 6 months; Permanency job aid: legal permanence # stance: for # benefits: No severance of legal ties; Olivia and Nana remain legally and practically his family; the option can be revisited if Olivia's change holds. # risks: For a baby, eighteen years in care without legal permanence; foster placements break down more often than adoptions or special guardianship; the local authority as corporate parent, with reviews, changes of social worker and carers who may not stay.]
    ~ plan = "ltf"
    -> decide

= decide
// What the court will make of the plan depends on the evidence the earlier choices produced.
{
- plan == "home" && ((placement == "pab" && stage >= 3) || stage >= 4):
    ~ plan = "home"
- plan == "home":
    ~ plan = "home-refused"
- plan == "sgo" && effie == 2:
    ~ plan = "sgo"
- plan == "sgo":
    ~ plan = "sgo-extend"
- plan == "adoption" && effie == 2:
    ~ plan = "sgo-court"
- plan == "adoption" && (effie == 1 || effie == 4):
    ~ plan = "adopt-refused"
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
* [Tell her at a meeting at the local authority's legal offices, with Dev and your own solicitor there, so that she has legal support the moment she hears it # permanence: 0 # contact: 0 # disruption: 0 # why: She has her lawyer with her and the process is clear; but a lawyers' meeting room is a hard place to hear it, and she hears it in a room full of professionals. # ref: Public Law Outline: parents legally represented in proceedings; Practice Standards: children and families involved in decisions # stance: for]
    The meeting room at legal services has no windows. Olivia hears it with Dev's hand on her arm. She asks one question, "Does he know?", meaning the baby, and nobody knows how to answer.
* [Tell Olivia yourself, in person, with Jess there, before the plan is filed; give her the reasons plainly, what it means, what she can still do, and the plan in writing to keep # permanence: 0 # contact: +2 # disruption: -1 # why: She hears it from the person accountable for it, with someone she trusts, and has time to take legal advice; it is one of the hardest conversations in the work and may end your relationship with her. # ref: Practice Standards, Permanence: I will be open and honest about what their future care will look like; Practice Model: with, not to # stance: with]
    You go on a Tuesday afternoon, because she doesn't do mornings. {la_plan() == "home": Olivia listens to every condition and then asks, "So he's coming home. Say it properly." You say it properly.|Olivia listens without interrupting. At the end she asks you to read one paragraph again, the one about why, and then says, "At least you said it to my face. Last time I got a letter." Jess stays until ten.}
* [Send the final care plan to Olivia's solicitor, who can explain it to her with legal advice, as is usual practice # permanence: 0 # contact: -1 # disruption: 0 # why: Proper and protective of her legal position, and it spares everyone a raw conversation; but she learns the most important decision of her life from a document, from someone other than the person who made it. # ref: Public Law Outline: disclosure through legal representatives; restorative practice window: not # stance: not]
    Dev reads it to her in his office. She rings you from the car park, and says only: "You couldn't even come." Then she hangs up.
- -> name_story

= name_story
# scene: office
Whatever the court decides, he will one day need to know how his first year was decided, and by whom. {la_plan() == "adoption": For adoption, that is the Child's Permanence Report, written for him, so he can understand the decisions made about his life.|For him, that will be his life story book and a later life letter, written now while the people who remember are here.}

There is one section you have left until last. Its heading, in your draft, is "Your name".

{naming == "named": He has a name now, one Olivia gave him in Nana's front room. The section has to explain why it took eight weeks.}{naming == "pressed": He has a name, given at a register office counter by a mother who said it was not really a choice. The section has to say that honestly and kindly.}{naming == "held": He is registered without a forename. Olivia has until his registration's first anniversary to give him one, and the section has to explain why she waited.}{naming == "nickname": He has been called by his carers' name for most of his life. The section has to explain that his mother did not choose it.}{naming == "unnamed": He is registered without a forename and nobody has a plan. The section has to explain that, too.}

Sunita asks you to rank the ways you could write it, with reasons, and the panel will compare.
# decision: olivia.p6.name-story
# prompt: Rank the ways of writing "Your name" for him. What will he need to read at eight, at fourteen, at twenty-five?
# rank
* [A short factual record: that his birth mother did not give him a forename at birth, the date he was registered, and when and by whom his name was given # permanence: 0 # contact: 0 # disruption: 0 # why: Accurate and neutral; but facts without the story may leave him to fill the gap himself, and children who are told only facts often supply the worst explanation. # ref: Practice Standards: record for the child so they understand how decisions were made; Practice Standards, Assessment 1.16 # stance: for # expert: 3 # expert-why: True, but it answers what and not why; he will ask why.]
    The paragraph is four lines long and every word is correct. Reading it back, you imagine a fourteen-year-old reading it, and you are not sure it tells him anything he can use.
* [Write it to him, in plain warm words: Olivia's own words about waiting, Nana's account of the eighth day and his day name, and Amelia; check it with Olivia and Nana before it is final # permanence: +1 # contact: +2 # disruption: -1 # why: He gets a truthful story that holds his mother's love and her grief together, in her words and his family's; it takes time, and Olivia may not want to read it. # ref: Practice Standards, Permanence: when I write a CPR I write it for the child to tell them their life story; include parents in life story work # stance: with # expert: 1 # expert-why: It is written for him, it is true, and it is co-produced with the people whose story it is; the naming is explained as love and grief, not as rejection.]
    You write: "When you were born, your mum did not give you a name straight away. This was not because she did not love you. Your Nana Adwoa says that in her family, a baby is named on the eighth day, when everyone knows he has come to stay. Your mum had a little girl before you, your sister Amelia, and when Amelia went to live with another family, your mum had to stop saying her name, and it hurt her very much. She told me: 'I'm not not-bothered. I'm waiting.'" Olivia reads it at her kitchen table and changes one word. Nana adds a sentence about Tuesdays.
* [Leave the naming out: reading that his mother did not name him may make him feel unwanted, and the record can be explained later by whoever brings him up # permanence: -1 # contact: -1 # disruption: +1 # why: A protective instinct, but it hides part of his story from him; he may find it in his file as an adult, without the explanation, and with the sense that it was hidden. # ref: Practice Standards: I will be open and honest; record for the child; Module 4: life story work builds identity and resilience # stance: not # expert: 4 # expert-why: Secrets in life stories tend to be found, and found at the worst time; the panel would not leave it out.]
    The section heading comes out of the draft. It leaves a gap you can see, even if he will not, for a while.
* [Ask Olivia to write that part herself, as a letter to him, and put it alongside your account # permanence: +1 # contact: +2 # disruption: 0 # why: His mother's own voice is irreplaceable; but she may not be able to write it now, or may write something that will be hard for him to read at eight, and it needs your account beside it. # ref: Practice Standards: I will write a later life letter; include parents in life story work # stance: with # expert: 2 # expert-why: Her voice matters enormously; ranked second only because it cannot stand alone and may not arrive.]
    Olivia takes three weeks. The letter, when it comes, is half a page in careful capitals. "I didnt name you at first because I was scared. Not of you. Of loving you and then stopping. I was wrong to be scared of that. I never stopped with your sister either." You put it in a plastic wallet at the front.
- -> heritage

= heritage
# scene: family-home
Nana Adwoa is seventy-four. Her hand still shakes from the stroke, and she tires by four. On your last visit she showed you a photograph of her mother in Kumasi, in kente, and said, "Who will tell him about her, when I am gone? Olivia only knows half. I never finished telling her."

The baby has a half-sister, Amelia, three, adopted, whom he has never met and whose parents write once a year. He has a father's family on the Northfield estate and a mother's family that reaches from Priory Road to Ashworth to London to Ghana.
# decision: olivia.p6.heritage
# prompt: Legal permanence is one part of the plan. What will keep his relational and cultural permanence alive, whatever order is made?
* [Write into the care plan that his carers will promote his heritage, and give them a book list and a cultural identity guide # permanence: 0 # contact: 0 # disruption: 0 # why: Better than nothing, and it names the duty; but it hands identity to carers as an abstract task, without the people who hold it, and Nana's story goes unrecorded. # ref: Practice Standards: how a child's culture and identity is important will be included within plans # stance: for]
    The care plan gains a paragraph headed "Identity". It is accurate. It contains no names except his carers'.
* [Leave heritage and wider family contact for his permanent carers to shape after the order; they will know him best # permanence: 0 # contact: -2 # disruption: +1 # why: It trusts the permanent family and avoids over-prescribing; but the people who hold his story are old or distant, and the plan is the point at which these ties are most easily lost. # ref: Permanency job aid: relational and cultural permanence; Module 4: what sustains permanence # stance: not]
    The plan says "to be agreed". Nana asks you twice when somebody will come to hear about her mother. Nobody does, that year.
* [Record Nana telling his family story now, on video, in English and Twi: the eighth day, his day name, her mother in Kumasi; write her family time and Amelia's sibling link into his plan, and ask Amelia's adoptive parents whether they would exchange letters between the children # permanence: +1 # contact: +2 # disruption: -1 # why: It catches the story while the person who holds it is alive, and names the relationships that matter in the plan itself; it takes time you do not have and depends on others saying yes. # ref: Permanency job aid: cultural permanence, a continuous connection to family, tradition and culture; Practice Standards: sibling relationships maintained; life story book that grows with the child # stance: with]
    ~ tie_amelia = 1
    Jess films it on her phone in Nana's front room. Nana talks for fifty minutes. At the end she looks into the camera and says his name, or, if he has none yet, says "my Tuesday boy", and laughs. Amelia's adoptive parents write back within a month: yes to letters between the children, twice a year, "and we'll see".
- -> court_outcome

= court_outcome
# scene: court
The final hearing is listed in week twenty-six, in the same court with the same chairs bolted together in threes.
{
- plan == "home":
    -> end_home
- plan == "sgo" || plan == "sgo-court":
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
