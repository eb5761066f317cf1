=== p3_court ===
# part: 3 Going to court
# scene: court
~ network = 0
~ s20 = false
~ legal_status = "interim care order (Children Act 1989 s.38)"
{
- placement == "pab":
    ~ lives_with = "Olivia, in Maureen Hollis's parent-and-baby foster placement"
- placement == "ffa":
    ~ lives_with = "Laura and Matt Whitaker (Fostering for Adoption carers)"
- placement == "effie":
    ~ lives_with = "Effie and Peter Quaye (connected-person foster carers, regulation 24)"
- else:
    ~ lives_with = "Denise Barker (short-term foster carer)"
}
Castlebridge Family Court has a waiting area with plastic chairs bolted together in threes and a box of toys nobody touches. The case management hearing is in the third week.

Helen Okafor, the children's guardian, has already visited the baby. {placement == "pab": She watched Olivia bath him at Maureen's, and tells you that Olivia "held his head like it was made of glass, and talked to him the whole time, and never once said his name, because he hasn't got one".|She watched him with {carer_name()}, and then watched Olivia's family time. She tells you that Olivia "was careful and quiet with him, like someone holding something that isn't theirs".}

Then Helen asks you the question you half expected. "What is the local authority's plan about his name? He is three weeks old. Somebody has to hold that question for him, and at the moment I'm not sure anyone is."

{naming == "held": You tell her what Olivia said, that she is waiting, and about Nana and the eighth day. Helen writes it down. "Good. Then it's in the plan. Keep it there."|You tell her that Olivia has not chosen a name and that the records say Baby Hartley. Helen looks at you over her glasses. "That's a description, not a plan."}

Outside court, Dev tells you the parents' team will be "looking very closely at the way you've written your evidence, because last time the local authority's statement described my client as 'chaotic' eleven times". You have your social work evidence statement to draft for the next hearing, and your manager will check it line by line.

-> fact_one

= fact_one
# scene: office
Frances has printed your draft and gone through it with a green pen. She has underlined three sentences. "Tell me what each of these is," she says, "before the parents' barrister does."

The first sentence reads:

"A hair strand test taken at thirty weeks of pregnancy was positive for cannabis across the three months tested, and for cocaine at a low level in the earliest month tested, approximately weeks fifteen to nineteen."
# activity: olivia.p3.fact-one
# prompt: What kind of statement is a test result, and what has to be added before it means anything for the child?
* [An opinion, because hair strand results can be disputed # why: Results can be challenged, but a disputed fact is still a statement of fact to be tested, not an opinion; the distinction matters when the court weighs it. (Practice Standards, Assessment: fact, opinion and professional judgement)]
    "Everything can be disputed," Frances says. "That doesn't make it opinion. It makes it a fact someone contests. Say where it comes from and let it be tested."
* [A fact # correct # why: Right: it is a verifiable result from a named test on a known date; what it means for the baby still has to be analysed separately, and labelled as judgement. (Practice Standards, Assessment: fact, opinion and professional judgement: I will always make it clear what is fact, opinion and professional judgement)]
    ~ evidence = evidence + 1
    "Yes," Frances says. "And now, so what? It tells us what was in her hair. It doesn't tell us how she cared for him. Don't let the fact do the work of the judgement."
* [A professional judgement, because it comes from a specialist laboratory # why: A laboratory result is a fact, whoever produces it; treating it as a judgement blurs where the analysis, and the accountability for it, sits. (Practice Standards, Assessment: fact, opinion and professional judgement)]
    "The lab's interpretation of the levels would be their expert opinion," Frances says. "The result itself is a fact. Your judgement is what it means for this baby, and that's a separate sentence you haven't written yet."
- -> fact_two

= fact_two
The second sentence reads:

"Olivia's cannabis use means she is unable to put the baby's needs before her own."
# activity: olivia.p3.fact-two
# prompt: How do we tell an evidenced judgement from an opinion wearing the clothes of a fact?
* [A fact # why: It is written as a certainty but nothing in it is verifiable; presenting it as fact invites the court to accept a conclusion without evidence, and Olivia to reject the whole statement. (Practice Standards, Assessment: fact, opinion and professional judgement; Practice Standards: would I say this to the child?)]
    Frances shakes her head. "Show me where it's proved. You can't, because it isn't. It might be true. Then evidence it."
* [A professional judgement # why: It sounds like one, but a judgement shows its evidence and its reasoning; this gives neither, so it cannot be tested or trusted. (Practice Standards, Assessment: fact, opinion and professional judgement; Five-question framework: what does the story mean?)]
    "It wants to be one," Frances says. "Where's the evidence? What did you see? What do the carers' logs say about night feeds? A judgement shows its working."
* [An opinion presented as a fact # correct # why: Right: it states a conclusion about Olivia's capacity as certain, with no evidence linking her use to her care of the baby; rewritten with what was observed, it could become a judgement. (Practice Standards, Assessment: fact, opinion and professional judgement: I will always make it clear what is fact, opinion and professional judgement)]
    ~ evidence = evidence + 1
    "Exactly. And it's the sentence she'll remember for the rest of her life." You rewrite it: what the carers have seen at night, what Olivia has told you about using to sleep, what that would mean for a baby who wakes every three hours, and how sure you are.
- -> fact_three

= fact_three
The third sentence reads:

"Olivia has separated from Liam three times in eighteen months and returned to him each time (police logs; her own account). She has told me he is 'the only one who gets me'. In my professional judgement, without specialist domestic abuse support she is more likely than not to resume the relationship, and the baby would then be at risk of harm from the violence itself and from his mother being frightened and unavailable to him."
# activity: olivia.p3.fact-three
# prompt: What makes a prediction about a parent a professional judgement rather than an opinion, and what does it owe the parent?
* [An opinion, because it predicts the future # why: All risk assessment predicts; what matters is whether the prediction is grounded in evidence and reasoned, which this one is, so calling it opinion undersells it. (Practice Standards, Assessment: fact, opinion and professional judgement; Children Act 1989 s.31: likelihood of significant harm)]
    "Then every risk assessment is opinion," Frances says, "and we might as well go home. What turns a view about the future into a judgement?"
* [A professional judgement # correct # why: Right: it states its evidence and sources, gives Olivia's own words, reasons to a likelihood rather than a certainty, and says what it means for the child. (Practice Standards, Assessment: fact, opinion and professional judgement; Five-question framework: what does the story mean and what needs to happen?)]
    ~ evidence = evidence + 1
    "That's the one the judge will read twice," Frances says. "It's fair to her, too. It says what support would change it. Make sure the plan offers that support, or the sentence is a trap."
* [A fact, because it rests on police logs # why: The logs are facts; the prediction built on them is a judgement, and presenting it as fact hides the reasoning that the court and Olivia are entitled to test. (Practice Standards, Assessment: fact, opinion and professional judgement)]
    "The first sentence is fact," Frances says. "The third is a judgement built on it. If you call the whole thing fact, you've hidden your reasoning, and that's the bit they're entitled to argue with."
- -> fact_summary

= fact_summary
{
- evidence >= 3:
    Frances hands the draft back with fewer green marks than she has given anyone this year. "Facts with sources, opinions labelled or cut, judgements that show their working and say what they mean for him. Dev's barrister will have to argue with your reasoning, not your adjectives. That is how it should be."
- evidence == 2:
    Frances hands the draft back. "Nearly. One of those three would have been quoted back at you in cross-examination. Fix it, and check every other paragraph for the same thing."
- else:
    Frances puts the pen down. "Be honest with yourself: if Olivia read this statement, could she tell which parts are what happened, which parts are what you think, and which parts are what you have concluded and why? At the moment I can't." You redraft it over the weekend.
}
~ evidence = 0
-> father

= father
# scene: office
Liam rings you the afternoon after the hearing. He is polite, and then not, and then polite again. He wants a DNA test. He wants to see his son. He wants his mum assessed. "You lot are listening to Liv and her nan. Nobody's asked me anything." He has no parental responsibility; the birth has not been registered and he is not named on anything.

{placement == "pab": Olivia, at Maureen's kitchen table, is torn.|Olivia, after family time, is torn.} "Keep him away from me. But don't keep him away from the baby. I don't know. He's his dad. My dad was nothing to me, and look." She picks at the sleeve of her hoodie. "Some days we're sort of back on. I'm not saying that for your form."

The police logs show three call-outs. The risk assessment in April last year was medium. Sharon has rung twice to say Liam is "a good lad when he's off it".
# decision: olivia.p3.father
# prompt: The father has no parental responsibility, a history of violence towards the mother, and a right to be considered. How do you include him without endangering her?
# justify
* [Do not assess Liam: he has no parental responsibility and there is a real risk to Olivia; write to tell him of the proceedings and his right to legal advice # permanence: 0 # contact: -1 # disruption: 0 # why: It keeps Olivia safer in the short term, and telling him is right; but he is a parent whose placement the local authority must consider (s.22C(3)(a) includes a father without parental responsibility), s.34 presumes reasonable contact, and a late application delays the case. # ref: Children Act 1989 s.22C(3) and s.34; Public Law Outline: 26 weeks # stance: to]
    ~ tie_liam = 0
    ~ tie_sharon = 1
    Liam gets a solicitor within the week. At the next hearing his application to be joined as a party is granted, and the court directs the local authority to assess him and his mother, which you now have to do in half the time.
* [Assess Olivia and Liam together as a couple, as Olivia asks, since she says they are trying again and she wants him fully involved in every session # permanence: -1 # contact: 0 # disruption: +2 # why: It follows Olivia's stated wish and sees the relationship as it is; but joint work can put a woman at risk and normalise control, and it may pull her back towards him. # ref: Permanency job aid: safety and risk, harm and worry statements; Practice Standards: risks of harm clearly identified # stance: for]
    ~ tie_liam = 2
    ~ tie_sharon = 2
    ~ stage = MAX(stage - 1, 0)
    The first joint session goes well. At the second, Liam answers every question put to Olivia. At the third, Olivia has a scratch on her neck she says is from the baby's nails; the baby's nails are cut every Sunday. You end the joint sessions and offer Liam his own. He takes them until the second week of July, when he is remanded in custody.
* [Meet Liam on his own: a DNA test with his consent, his own assessment as a father with a perpetrator programme, and his own family time on other days # permanence: +1 # contact: +1 # disruption: 0 # why: The baby's father and his family are part of his identity and a possible resource, and separate arrangements protect Olivia; it costs time and money, and Liam may use it to reach her. # ref: Children Act 1989 s.22C(3) and s.34; Permanency job aid: relational permanence; Practice Standards: the whole family # stance: with]
    ~ tie_liam = 2
    ~ tie_sharon = 2
    Liam comes to the first meeting sober and on time and brings a letter he has written to the baby, with spelling mistakes and a drawing of a football. The DNA test confirms he is the father. He attends two sessions of the perpetrator programme and four of six family times before the second week of July, when he is remanded in custody. Olivia, told about the arrangements, says, "Separate days. Good. Thanks," and means it.
* [Hold one meeting with Olivia, Liam and Sharon together, chaired by you, to agree what part Liam plays for his son, as Sharon asks # permanence: -1 # contact: -1 # disruption: +2 # why: The family sits at one table and Liam hears the plan from you; but it puts a violent man in a room with the woman he has hurt, on his mother's terms, and Olivia will not say what she fears with him there. # ref: Children Act 1989 s.22C(3) and s.34; Permanency job aid: safety and risk # stance: with]
    ~ tie_liam = 2
    ~ tie_sharon = 2
    The meeting is civil. Liam is charming and agrees to everything. Olivia says almost nothing. Afterwards he waits for her by the bus stop, and she rings Jess from the toilets at the office until he has gone. The next week you arrange his own family time on other days, as you could have at the start, and he comes to three before he is remanded in custody in July.
* [Leave Liam until the parenting assessment of Olivia has reported; one thing at a time, and the court has not asked for him yet # permanence: 0 # contact: -1 # disruption: +1 # why: It keeps the work focused and manageable, but the father is neither assessed nor excluded, the paternal family waits, and the court will ask why. # ref: Practice Standards, Permanence: all permanence options explored by the 4-month review # stance: not]
    ~ tie_liam = 0
    ~ tie_sharon = 1
    Liam rings four more times. Sharon writes to the director of children's services. The guardian asks in her position statement why the father has not been assessed, and the court directs that he must be, urgently.
- {stage == 1: One evening Liam sits outside {placement == "pab":Maureen's|Calder House} in his car for an hour. Afterwards, without asking anyone, Olivia rings the domestic abuse service's helpline herself and books a first session. She tells you only when it is done.}
{stage == 1:
    ~ stage = 2
}
-> assessments

= assessments
# scene: court
At the case management hearing the court must set the timetable to a final hearing at twenty-six weeks and decide, under the Public Law Outline, which expert evidence it needs. The local authority's solicitor asks you what you want.

{placement == "pab": Maureen's daily logs are already the richest evidence there is. Dev argues the placement is the assessment.|Dev argues for a residential parent-and-child assessment. The court will not direct one unless it is necessary, and the local authority would bear the cost.} The guardian wants "something that tells us whether Olivia can change in time, not just whether she has".
# decision: olivia.p3.assessments
# prompt: What assessment will tell the court what it needs to know within the child's timescale, and what will it cost Olivia and the baby?
* [A psychological assessment of Olivia first, to understand her trauma, her grief and her capacity to change, and then a parenting assessment # permanence: 0 # contact: 0 # disruption: +1 # why: It would explain a great deal and guide the right help; but two assessments in sequence will not finish within 26 weeks, and the baby's timescale pays for the depth. # ref: Children and Families Act 2014: 26 weeks; Practice Standards, Permanence: within the child's timescale # stance: for]
    The court approves the psychological assessment with reluctance and a warning that it "cannot be a reason to extend beyond twenty-six weeks". By week eight it is clear the report will not land until week thirteen, and the court directs an independent social worker, Ruth Adeyemi, to start the parenting assessment alongside it, with less time than she needs. The psychologist's report, when it arrives, is wise about Olivia and too late to shape the parenting assessment properly.
* [An addendum to your own pre-birth assessment, on what has changed since the birth; no new expert, and no new cost # permanence: 0 # contact: 0 # disruption: 0 # why: Quick and cheap, and you know the case; but Olivia and her solicitor see it as the local authority marking its own homework, and the guardian may ask for an independent view anyway. # ref: Public Law Outline: evidence proportionate to the issues; Practice Model: with, not to # stance: to]
    ~ stage = MAX(stage - 1, 0)
    The court accepts it, with a note that "the parties may renew the application if the addendum does not address capacity to change". Dev says, "So the people who took her first baby will assess whether she can keep this one." You do not have a good answer. A fortnight later the guardian renews the application, and the court directs an independent parenting assessment after all. The independent social worker, Ruth Adeyemi, starts with ten weeks to do twelve weeks' work.
* [An independent social worker's parenting assessment over twelve weeks, alongside the recovery service, domestic abuse work and hair strand tests # permanence: +1 # contact: +1 # disruption: -1 # why: Independent, timely and focused on capacity to change as well as current care; it fits the 26 weeks, though only just, and asks a lot of Olivia at once. # ref: Children and Families Act 2014: 26 weeks; Permanency job aid: evaluating progress, sufficient, adequate or inadequate # stance: with]
    ~ stage = MIN(stage + 1, 4)
    The court approves it. The independent social worker, Ruth Adeyemi, meets Olivia within a week and tells her, "I'm going to write down the good things as carefully as the worrying things. You'll see it all before the court does." Olivia starts the recovery programme on a Tuesday.
* [{placement == "pab":Ask, as Olivia now does, to move her and the baby to a residential parent-and-child assessment instead|Back Dev's request for a residential parent-and-child assessment}, twelve weeks in a unit sixty miles away, paid for by the local authority if the court directs it # permanence: -1 # contact: +1 # disruption: +2 # why: What Olivia and her solicitor want, and round-the-clock evidence; but it takes her away from Nana, Jess and the recovery service she has just started, the waiting list runs to week nine, and a report in week twenty-one leaves no time to answer it. # ref: Children Act 1989 s.38(6) and s.38(7A)-(7B): assessments only where necessary; Children and Families Act 2014: 26 weeks # stance: with]
    The court refuses it. The unit's first place is in week nine, so the report could not land before week twenty-one, days before final evidence, and the judge is not persuaded it is necessary to resolve the proceedings justly when a community assessment can answer the question in time. She directs an independent social worker, Ruth Adeyemi, instead, starting a fortnight later than she might have. {placement == "pab":Maureen, who heard about the application from Olivia, asks you whether her logs were not good enough.|Dev tells Olivia the local authority "backed it and lost", which is true, and Olivia says, "So I'm still here, then."}
- ~ update_ties()
-> p4_interim
