// Part 6: Planning for Chloe. March 2028, Chloe is fifteen.
// The plan is written with Chloe. Five SMART objectives are activities (a right answer, unscored);
// the scored decisions are real trade-offs: who writes the plan, a trip to Jamaica, a curfew row,
// where she lives after eighteen (staying), and whether the contingency is real.
// Reads (contract): plan, home, leanne, donna_assessed, move_planned, andre, siblings, family_time_plan, tie_julie;
// p5_sgo_when, p5_delayed and p5_grants_late (from part 5, opening text only, and as permanence_late for the endings' timescale; cleared with siblings before who_writes). With move_planned, Joyce's
// move to a three-bedroom house was planned round the school year, its cover Donna where donna_assessed, otherwise a
// respite carer Chloe had met.
// Sets (contract): joyce_well (joyce-health, drawn at the review), contingency_real, trip, staying.
// Part 6's own: curfew_held (the curfew row ended in a deal both keep), contingency_mum (the contingency is
// "Chloe goes to Mum's", unassessed: it holds only if Leanne does), p6_emergency (the ending came through an unplanned move).
// The ending depends on the facts (joyce_well, leanne) and on whether the support and the contingency were real
// (contingency_real; donna_assessed and move_planned from part 5), not on how well the objectives were worded.
// Good practice can still meet a hard ending: with Joyce (plan 1 or home 1), a real contingency when Joyce's household
// is stretched (joyce_well 1) and Leanne relapses (leanne 1) leads to end_drift, softened (Chloe chooses to leave; no emergency bed).

VAR curfew_held = false
VAR contingency_mum = false
VAR p6_emergency = false
// Whether legal permanence came late: special guardianship in autumn 2026 or spring 2027, or a move to the Grants in 2026 (from part 5); the endings' timescale reads it.
VAR permanence_late = false

=== function adult() ===
{
- plan == 4:
    ~ return "her mum"
- plan == 1 || home == 1:
    ~ return "Auntie Joyce"
- plan == 3:
    ~ return "Lou"
- home == 2:
    ~ return "Paulette"
- else:
    ~ return "Julie"
}

=== shared_start_6 ===
# shared-start: 6
# scene: family-home
~ plan = 1
~ home = 1
~ p5_sgo_when = 1
~ leanne = 2
~ donna_assessed = false
~ move_planned = false
~ andre = 2
~ siblings = 1
~ issued = true
~ court = 1
~ voice = 2
~ iro_answer = 1
~ joyce_traced = true
~ andre_asked = true
~ family_time_plan = true
~ lives_with = "paternal aunt, Joyce Campbell"
~ legal_status = "special guardianship order (Joyce Campbell)"
~ tie_leanne = 3
~ tie_joyce = 5
~ tie_tyler = 5
~ tie_donna = 2
~ tie_grace = 3
~ tie_julie = 2
~ tie_paulette = 0
~ tie_shah = 2
March 2028. Chloe Walsh is fifteen, in Year 10 at Haverley Academy. She is of white British and Jamaican heritage. She came into care in October 2024, at eleven, on the evening her mum, Leanne, took an overdose for the second time. For years before that, Chloe had looked after her mum, who lives with depression, and her little brother.

Since May 2025 she has lived with her aunt, Joyce Campbell, her father's older sister, on Marsh Lane in Haverley, with Joyce's son Nathan, now eighteen. Joyce is a shift manager at the Haverley mail centre, forty-eight, divorced, blunt and funny; she gave up her Saturday overtime for Chloe, the rota still puts her on lates one week in four, and the mail centre's move to the new hub at Fallowmere, thirty-five miles away, put back twice, is now dated for next year. The house has two bedrooms, and Joyce still sleeps on the sofa bed in the front room. The court extended the care proceedings to finish her assessment, and in August 2025, at the adjourned hearing, made a special guardianship order. Chloe is no longer in care. The support plan gives Joyce an allowance and a named support worker; it names nobody to look after Chloe if Joyce cannot. Donna Walsh, Leanne's sister, has said she would help "if it came to it", and nobody has asked her more than that.

Her mum, Leanne, is three years into her recovery from depression. Last November she had a bad fortnight, stopped her tablets and stayed in bed, and told Joyce and the support worker about it herself. Chloe sees her every week, unsupervised, at the flat on Cedar Road with the purple room.

Her brother Tyler, eight, lives with his father, Gary Pearson, under a child arrangements order made in 2025, with his grandmother Sandra a few streets away. An assessment in the proceedings said the two should live apart but see each other every Saturday, and they do. Her dad, Andre, was assessed in the autumn of 2024; he could not offer a home then, but he has come every month since, and last year he moved onto days and into a two-bedroom flat.

Chloe sings alto in the Academy choir and in Auntie Grace's choir at the Haverley Caribbean Centre. She has not cut herself for over a year.
-> part6

=== part6 ===
# part: 6 Planning for Chloe
# scene: family-home
{family_time_plan || (andre == 2 && tie_andre > 1):
    ~ tie_andre = 3
- else:
    ~ tie_andre = 1
}
// Nothing from here on reads these: clearing them lets the explorer merge the paths that differ only in them.
~ joyce_traced = false
~ andre_asked = false
~ move_type = 0
~ crisis_severity = 0
~ ash_checked = false
~ issued = false
~ visits = 0
~ matched_well = false
~ carers_told = false
~ chloe_heard = false
~ consent_sound = false
~ chronology_insight = 0
~ p3_voice = 0
~ p3_meeting = true
~ p5_sgo_later = false
~ voice = 0
~ court = 0
~ drift = false
~ iro_answer = 0
~ family_time = 0
~ joyce_involved = false
~ care_points = 0
~ hold = 0
{plan == 1:
    ~ legal_status = "special guardianship order (Joyce Campbell)"
}
// Three years on, the ties as they stand at fifteen, from where she lives and who is ready.
~ tie_leanne = 4
~ tie_tyler = 5
~ tie_shah = 2
~ tie_grace = 2
{plan == 1 || home == 1:
    ~ tie_joyce = 5
- else:
    ~ tie_joyce = 4
}
{home == 2:
    ~ tie_paulette = 4
- else:
    ~ tie_paulette = 0
}
{donna_assessed:
    ~ tie_donna = 3
- else:
    ~ tie_donna = 2
}
March 2028. Chloe turned fifteen last week. She is in Year 10, taking GCSE music, and is five foot eight, which she blames on her dad.

{plan == 1: She has lived with Auntie Joyce under a special guardianship order since {p5_sgo_when == 1:August 2025|{p5_sgo_when == 3:the autumn of 2026|the spring of 2027}}. Joyce's rota is "a conversation". {move_planned: The move to a three-bedroom house at the top of Marsh Lane went as the support plan said, in the school holidays: {donna_assessed:Chloe at Auntie Donna's for the fortnight of boxes, on a camp bed among her cousins|Chloe with the respite carer she had met beforehand for the fortnight of boxes}, and a room of her own when school went back.|The move to a three-bedroom house has fallen through twice, the second time because nobody could say where Chloe would stay while it happened. Joyce still sleeps on the sofa bed in the front room. The housing association has offered July.} Last month Joyce rang the special guardianship support team, where you now work, and asked for you by name. "Nothing is wrong," she said. "Nothing is wrong yet. She is fifteen, Nathan is resitting his maths, the mail centre is talking about the move to the hub, and I would like us to have a plan before something goes wrong, not after." Chloe agreed to a review of the support plan on one condition: that she writes it.}
{plan == 2 && home == 2: She has lived with Paulette and Daniel Grant {p5_grants_late:since 2026, when she left Ash House|for nearly three years}, matched long-term. She calls their house home without thinking about it. Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen, and Chloe wants it to be hers.}
{plan == 2 && home == 4: She has lived with Julie and Martin Hargreaves for over three years, matched long-term, with alternate weekends at Auntie Joyce's. She runs the lambing rota and has a Saturday job at the farm shop. Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen, and Chloe wants it to be hers.}
{plan == 2 && home == 1: She has lived with Auntie Joyce {came_back:since the winter her mum's depression came back, after months at home on Cedar Road|{p5_delayed:for a year, since her return home was called off in the winter her mum's depression came back|for nearly three years}}, as a looked-after child in a connected-person placement. Chloe refers to her reviews as "Auntie Joyce's inspections". {move_planned: They moved to a three-bedroom house at the top of Marsh Lane {came_back:at Easter|in the school holidays}, and Chloe has a room of her own; for the {came_back:week|fortnight} of boxes she stayed {donna_assessed || came_back:at Auntie Donna's|with the respite carer she had met beforehand}, as planned.|The move to a three-bedroom house has fallen through twice; the housing association has offered July.} Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen.}
{plan == 3: She has lived at Ash House for nearly three years. Lou Carter is still the manager, still the adult Chloe argues with most. Two of the young people she arrived with have moved on, one to his family and one to a placement in another county. Her pathway plan starts in a year; the review in April is the moment to write the plan that takes her to sixteen.}
// cannot be reached: the {leanne == 1: ...} branch in this paragraph (part 5's relapse always turns plan 4 with leanne 1 into plan 2 with Joyce (home 1), so part 6 never has both).
{plan == 4: She has lived at home with her mum on Cedar Road since the return home, in the purple room, under the care order. {leanne == 3: Leanne has been well for three years and works two days a week at Open Door.}{leanne == 2: Leanne is three years into her recovery, with one bad fortnight last November that she talks about openly and Chloe does not.}{leanne == 1: As far as anyone knows, Leanne is well. She has missed two Open Door sessions since Christmas and says it is work; the curtains are shut when Chloe gets home more often than they were.} The local authority is thinking about applying to discharge the care order, and the review in April will discuss it. You have asked legal, in writing, what ending the order would mean for any help Chloe could have as a care leaver: you know enough to know that months of living at home change the answer, and not enough to promise her anything.}

Tyler is eight and supports his dad's rugby league team, loudly, in a family that otherwise follows football. {siblings == 1: The Saturdays the sibling assessment fixed still happen most weeks, whatever else has changed.|{siblings == 2: The Saturdays at Gary's, kept while the housing never came, still happen most weeks.| Nobody ever assessed whether Chloe and Tyler should live together; the Saturdays at Gary's happen because Gary makes them.}} {tie_andre == 3: Her dad is on days now and has two bedrooms, and Chloe stays over one Saturday a month; she came back from the last one wearing his Jamaica football shirt, which does not fit.|Her dad comes when he comes.}

Chloe's list this year is typed and printed out. At the top it says "ABOUT MY LIFE". Under that: "Things I want to be true by the time I'm sixteen." Ms Shah has told her that targets have to be SMART. "I told her mine are," Chloe says.
// Read only in the opening above.
~ siblings = 0
~ family_time_plan = false
{home == 4:
    ~ tie_julie = 4
- else:
    ~ tie_julie = 1
}
~ permanence_late = p5_sgo_when >= 3 || p5_grants_late
~ p5_sgo_when = 0
~ p5_delayed = false
~ p5_grants_late = false
-> who_writes

= who_writes
# scene: family-home
The review is in three weeks. Chloe has a condition of her own. "I write it. With you. Not with Mum reading over my shoulder, and not with {adult() == "her mum":Auntie Joyce|{adult()}} either. They can see it at the meeting."
# decision: chloe.p6.who-writes
# prompt: Who owns this plan? How should it be written, and who sees it before the review?
+ [Draft it yourself from {plan == 1:the file, the school's notes and the support plan|the file, the PEP and the health assessment}, then give Chloe the draft to change as she likes # permanence: 0 # contact: -1 # disruption: 0 # why: Efficient and complete, and she can change it, but a plan a young person is asked to comment on is the worker's plan, and she knows it. # ref: SMART planning: participation is not co-production # stance: for]
    Chloe reads your draft and crosses out one word, "placement", and writes "home" over it. The rest she leaves.
+ [Write it with Chloe over three evenings, and with her leave show her parents a draft; the review waits # permanence: +2 # contact: +1 # disruption: 0 # why: The plan is hers and the people who must keep it have seen it first; it costs a fortnight's delay, a cross IRO or support manager, and Chloe's trust while she decides. # ref: SMART planning: co-production, the family as equal partners; Practice Standards, Children in Care: involving the child # stance: with]
    It takes three evenings and a lot of biscuits. Chloe says no, then yes to the parts about her mum and dad, and asks you to take them the draft without her. Leanne cries at one line and asks for a copy for her own fridge. The review moves to May.
+ [Write it with Chloe alone, as she asks, and let the adults meet it for the first time when the review opens # permanence: +1 # contact: -1 # disruption: +1 # why: It honours her condition and keeps the date, but the adults who have to keep the plan meet it cold, in a meeting, and some of it is about them. # ref: SMART planning: co-production with the family, not around it; Practice Model: with, not for # stance: with]
    The plan is hers, every word. At the review {adult() == "her mum":Leanne|the adults} read it for the first time, and the room goes quiet at the part about Mum.
+ [Write it with Chloe, then have her read it to her mum and Joyce herself, at a family meeting before the review # permanence: 0 # contact: 0 # disruption: +1 # why: The words are hers and the adults meet them before the review, from her; but she asked for exactly the opposite, so it is done to her however gently it is put, and a fifteen-year-old is handed the job of reading her mother the part about her illness. # ref: SMART planning: co-production with the family; Practice Model: restorative practice, with not to # stance: to]
    Chloe writes every word, and then reads it aloud at Joyce's kitchen table with her hands flat on the paper. At the part about her mum she stops, and starts again. Leanne says, "That's fair," very quietly. In the car Chloe says, "Don't make me do that again."
+ [Complete the standard template so the review happens on the day, with Chloe's typed list attached in her own words # permanence: 0 # contact: 0 # disruption: +1 # why: The timescale is met and her words are there, but attached to a plan written to the deadline rather than with her, which is the busy emptiness the research warns about. # ref: Forrester, Zombie Social Work 2016, in SMART planning # stance: not]
    The plan is in on time. Chloe's list is appendix C. She does not read the rest.
- Together, area by area, you turn her list into objectives.
-> identity_objective

= identity_objective
# scene: family-home
Identity and family time. Chloe has written: "I want to go to Jamaica. I want to keep seeing Tyler. I want Mum and Auntie Joyce to stop being polite at each other."
# activity: chloe.p6.identity-objective
# prompt: Which objective for identity and family time is SMART and outcome-focused?
+ [Chloe will develop a positive sense of her identity as a young woman of mixed heritage # why: A worthy goal, but not an objective: nothing in it is specific, measurable or timed, and nobody could say at the review whether it had happened.]
+ [By September Chloe will have been offered family time in line with her family time plan, reviewed at her review # why: It is dated, but it describes a service, not an outcome, and says nothing about Jamaica, Tyler or her mum and Joyce, which is what she asked for.]
+ [By September Chloe will have a date for Jamaica, see Tyler every Saturday, and have Mum and Joyce at her concert # correct # why: Three small outcomes, each measurable and timed and each from one of her own three sentences, about what changes for her rather than what services do; the date is one the adults must find, and the plan says so.]
+ [Chloe will know her family's whole Jamaican history and sing at the Caribbean Centre every week until she is sixteen # why: It sounds specific, but nobody could measure a whole history, it is not realistic for a busy fifteen-year-old, and it is the adults' idea of her heritage, not hers.]
- -> trip_abroad

= trip_abroad
# scene: family-home
The first objective is tested within a week. Andre's uncle in Mandeville died in the winter; the family are holding the thanksgiving and the setting of his headstone in August, in the town where Andre's mother Mercy is buried, so that everyone abroad can come. Andre is going for five weeks, on leave he has saved for two years. {andre == 2 && tie_andre == 3: Andre, who has not missed a month since his assessment, rings you himself.|Andre rings you himself.} "She should be there. It's her family too." The flights are about nine hundred pounds each.
{plan == 1: Joyce wants to go as well, and to take Chloe herself: "When we buried our aunt in Mandeville, Chloe had just come into care and I was four thousand miles away. This time she comes with me." She can find one fare, not two. Leanne says: "Five weeks? Before her exam year? She's never been further than Blackpool."}
{plan != 1: Chloe wants all five weeks. Leanne says: "Five weeks? Before her exam year? She's never been further than Blackpool." {plan == 4: Chloe lives with Leanne, and that makes her voice the loudest in the room.|{adult()} says she will do whatever helps.}}
// andre is read only in the lines above.
~ andre = 0
# decision: chloe.p6.trip
# prompt: Should Chloe go to Jamaica this summer, for how long, who decides, and who pays?
+ {plan == 1} [Ask the support service for a one-off payment towards the fares, as identity support, and leave Joyce to talk to Leanne in her own time # permanence: +1 # contact: -1 # disruption: 0 # why: Money is the obstacle Joyce can name, and a one-off payment is within the support plan; but it is discretionary and slow, and Leanne hears about the trip last. # ref: Special Guardianship Regulations 2005 (as amended 2016): support services, including financial support; Permanency job aid: cultural permanence # stance: with]
    ~ trip = 1
    The payment is agreed in July, for half of one fare. Leanne finds out from Chloe's phone. The trip goes ahead, for three weeks, and Leanne does not come to the airport.
+ {plan == 1} [Tell Joyce the decision is hers under the order, as special guardianship intends, and stay out of how she makes it # permanence: 0 # contact: -1 # disruption: +1 # why: It is right in law and respects a family order, but it leaves an aunt and a mother who fell out in 2018 to settle it alone, and the money problem unsolved. # ref: Children Act 1989 s.14C(1)(b) and s.14C(4) # stance: not]
    ~ trip = 1
    Joyce books it on her credit card. Leanne hears the dates from Tyler. There is a row on the doorstep of Marsh Lane that the neighbours enjoy.
+ {plan == 1} [Tell Joyce the law lets her take Chloe for any period under three months, and offer to sit with her and Leanne before she books # permanence: +2 # contact: +2 # disruption: -1 # why: Joyce keeps the decision the order gives her, and Leanne hears the dates and the return flight from her face to face; it may still end in no, and Joyce bristles at being helped. # ref: Children Act 1989 s.14C(3)-(4); Permanency job aid: cultural permanence, both/and # stance: with]
    ~ trip = 1
    "You said it was my decision," Joyce says. "It is," you say. "I'm offering the kitchen table." Leanne comes, and asks for the address in Mandeville, the return flight and a phone call every Sunday. Andre pays Chloe's fare. They go for three weeks, not five.
+ {plan == 1} [Advise Joyce to wait until Leanne agrees: a family order only works if the family are behind it # permanence: -1 # contact: -1 # disruption: +1 # why: It sounds like keeping the peace, but it gives Leanne a veto the law does not give her, and Chloe misses the thanksgiving for the adults' quarrel. # ref: Children Act 1989 s.14C(4); Permanency job aid: cultural permanence # stance: to]
    ~ trip = 2
    Leanne does not agree. Joyce and Andre go without her. Chloe watches the thanksgiving on a cousin's video call, in her room.
+ {plan != 1} [Say no this year: the cost, the summer before her GCSE year, and a first trip should be shorter; promise her next summer instead # permanence: 0 # contact: -1 # disruption: 0 # why: Caution about a first long trip is defensible and the budget is real, but the thanksgiving will not wait for next summer, and her father hears no. # ref: Children Act 1989 s.33(7)-(8); Permanency job aid: cultural permanence # stance: to]
    ~ trip = 2
    Chloe watches the thanksgiving on a cousin's video call, in her room. Andre says, "Next year, then," in a voice that does not believe it.
+ {plan != 1} [Leave the dates and the money to Andre and {adult()}, as ordinary family life, and sign the form when it comes # permanence: -1 # contact: -1 # disruption: +1 # why: It treats the trip as family life, which Chloe wants, but five weeks needs everyone's written consent or the court, and nobody is doing the asking. # ref: Children Act 1989 s.33(7)-(8) # stance: not]
    ~ trip = 0
    The form comes back in July, for five weeks, signed by Andre and nobody else. Leanne will not sign. There is no time to ask the court. The trip collapses a fortnight before the flight.
+ {plan != 1} [Agree a three-week trip the authority arranges, with Andre as escort, and find half a fare: she misses the last fortnight # permanence: +2 # contact: +2 # disruption: -1 # why: It gets her to the thanksgiving without needing Leanne's signature or the court, and money is found; it costs Chloe the family gathering she most wanted, and Leanne is heard but not asked: her no would not stop it. # ref: Children Act 1989 s.33(7)-(8); Permanency job aid: cultural permanence # stance: for]
    ~ trip = 1
    Leanne, asked, says three weeks is long enough to miss her. Rachel finds half a fare "from a budget I will not name". Chloe flies out with Andre on the first of August and comes back on the twenty-second, with a cough, the order of service with her great-uncle's photograph on it, a photograph of her at her grandmother's grave, and a cousin she messages every day.
+ {plan != 1} [Ask Leanne and Andre to sign for all five weeks, and if Leanne will not, ask the court for leave # permanence: +1 # contact: 0 # disruption: +1 # why: It takes Chloe's wish seriously and follows the law to the letter, but it puts a fifteen-year-old and her mother on opposite sides in court over a thanksgiving. # ref: Children Act 1989 s.33(7); Practice Model: with, not to # stance: with]
    ~ trip = 1
    Leanne signs the night before the hearing, furious, "so she doesn't have to stand up in court against me". Chloe goes for five weeks. She and her mum do not speak about it, or much else, until October.
- -> education_objective

= education_objective
# scene: school
Education. Ms Shah, the Academy's designated teacher, says Chloe is predicted a 7 in music and a 3 in maths, and needs a 4 in maths for the sixth-form music course she wants. Chloe has written: "Pass maths. Do A-level music. Then music, somewhere. NOT the mail centre (Auntie Joyce's orders)."
# activity: chloe.p6.education-objective
# prompt: Which education objective would you put in the plan?
+ [The virtual school will review Chloe's PEP every term and the designated teacher will monitor her progress # why: {plan == 1:On a special guardianship order there is no PEP to review: the virtual school can advise, and the objective still says nothing about Chloe, and would be ticked even if she failed maths.|Good practice, and required while she is looked after, but it describes professionals' activity and would be ticked even if she failed maths.}]
+ [Chloe needs additional support at school, especially in maths # why: True, but it is a need, not an objective: what support, from whom, by when, and how would anyone know it had worked?]
+ [By her June mocks Chloe will be on course for a grade 9 in every GCSE and a conservatoire place in music # why: Dated, measurable and aspirational, but not achievable on her current grades, and a plan that sets her up to fail teaches her that plans are about disappointment.]
+ [By her June mocks Chloe will move from a 3 to a 4 in maths, with an hour of tutoring a week that she chooses # correct # why: Specific about what, who and when, measurable in her mock grade, achievable, and tied to the course she wants.]
- -> wellbeing_objective

= wellbeing_objective
# scene: family-home
Health and emotional wellbeing. Chloe has not cut herself for fourteen months. She still cannot sleep without the landing light on, and the worst nights are the ones after she has seen her mum upset. She has written: "Sleep. Not be scared at night. Not talk to CAMHS, I'm not mental."
# activity: chloe.p6.wellbeing-objective
# prompt: Which objective for Chloe's emotional wellbeing is outcome-focused, and one she would sign up to?
+ [By the end of April Chloe will have been referred to CAMHS for an assessment of her emotional wellbeing # why: Dated and easy to tick, but a referral is a service, not an outcome, and it is the one thing she has said she does not want.]
+ [By July Chloe will say she sleeps through most nights, using her own night-time plan and the counsellor she chose # correct # why: Measured in her own words, built on what she chose, timed, and about the change she wants rather than a service she has refused.]
+ [Chloe will not self-harm again # why: Measurable, but in nobody's gift, and an objective she could fail in one bad week sets her up for shame rather than support.]
+ [Chloe needs to feel safe and secure # why: The most important thing in the plan and the least usable: no measure, no action, no owner and no date.]
- -> curfew

= curfew
# scene: family-home
It is a Friday in May. Chloe rings you at six from the bathroom. There is a sixteenth birthday party at the cricket club in town, finishing at midnight, and everyone is going. {adult() == "her mum":Her mum|{adult() == "Lou":Lou, on shift,|{adult()}}} has said home by ten, collected at the door. "Tell {adult() == "her mum":her|{adult() == "Auntie Joyce":her|them}}. {plan == 1:You're the one from the council.|You're my social worker.} You're meant to be on my side." {plan == 3:The older boys she knew at Ash House are in town on Friday nights, and everyone in the house knows it.|There are older lads in town on Friday nights, and everyone in the house knows it.}
{plan == 1: Under the order this is Joyce's decision, and she knows it.}{plan == 2: The placement plan gives {adult() == "Auntie Joyce":Joyce|her carers} the say over evenings out and sleepovers; they did not need to ring you, and did.}{plan == 3: At Ash House evenings out are decided by the staff on shift within the home's rules; Lou has asked you to come in.}{plan == 4: Leanne is her mum; the care order gives the authority a share in decisions, and Leanne has rung you to ask for it.}
# decision: chloe.p6.curfew
# prompt: A fifteen-year-old and the adult she lives with disagree about a curfew, and she asks you to overrule. What do you do, and whose decision is it?
+ [Do not rule on it: go round tonight and sit with them both until they have a deal both can keep # permanence: +2 # contact: 0 # disruption: -2 # why: The decision stays with the adult it belongs to and Chloe has a say in it; it costs your Friday evening, and Chloe's anger that you would not take her side. # ref: {plan == 1:Children Act 1989 s.14C(1)(b)|{plan == 4:Children Act 1989 s.33(3)|Care Planning, Placement and Case Review (England) Regulations 2010 and statutory guidance: delegated authority}}; Practice Model: restorative practice, with not to # stance: with]
    ~ curfew_held = true
    It takes two hours and a takeaway. The deal is eleven, collected from the cricket club gate, phone on, one text at nine. In the hall, as you put your coat on, Chloe says to you, low and furious, that she rang you because you were meant to be on her side, and that next time she won't bother ringing. She is at the gate at eleven, and does not answer your texts for a week. The deal goes on the fridge.
+ [Back {adult()} in front of Chloe, and write the curfew and what happens if she breaks it into her plan # permanence: 0 # contact: -1 # disruption: +1 # why: It supports the adult's authority, which matters, but a rule with sanctions written in answers a fifteen-year-old's wish to be trusted with control, and teaches her to climb out. # ref: Practice Model: restorative practice, with not to; SMART planning: outcome-focused # stance: to]
    Chloe says nothing. At half past ten she is not in her room. She comes home at one, by taxi, and the window is still open in the morning.
+ [Ask {adult()} to give Chloe this one: she is fifteen, her friends are going, and saying no will cost more # permanence: 0 # contact: +1 # disruption: +1 # why: It sides with the young person, who feels heard, but it overrules the adult whose decision it is, in front of her, and the next row starts where this one ended. # ref: {plan == 1:Children Act 1989 s.14C(1)(b)|{plan == 4:Children Act 1989 s.33(3)|Care Planning, Placement and Case Review (England) Regulations 2010 and statutory guidance: delegated authority}} # stance: for]
    {adult() == "her mum":Leanne|{adult()}} gives way. Chloe has a wonderful night. The next Friday she asks for one o'clock, and cites you.
+ [Draw up a contract with Chloe and {adult()} tonight: a later curfew she earns, week by week, by keeping this one # permanence: 0 # contact: -1 # disruption: +1 # why: Everyone signs it, Chloe has something to aim for and {adult()} keeps the last word; but it turns trust into points a fifteen-year-old must earn, makes {adult()} the scorekeeper, and the first missed week starts the next row. # ref: Practice Model: restorative practice, with not to; SMART planning: outcome-focused # stance: to]
    Chloe signs it with a flourish, goes to the party and is home at ten. Three weeks later she is twelve minutes late, loses a week, and does not speak to {adult() == "her mum":her mum|{adult()}} for two days.
+ [Ring them back on speaker together, hear them both out, and ask Chloe to propose a time they can both live with # permanence: -1 # contact: 0 # disruption: +1 # why: The decision stays with the two of them, Chloe has a say in it tonight, and you take neither side; but a deal struck down the phone in the middle of a row, with you as referee, is one {adult() == "her mum":Leanne|{adult()}} agrees to so that the call can end, not one either of them owns, and it is you they both blame when it breaks. # ref: {plan == 1:Children Act 1989 s.14C(1)(b)|{plan == 4:Children Act 1989 s.33(3)|Care Planning, Placement and Case Review (England) Regulations 2010 and statutory guidance: delegated authority}} # stance: with]
    You get them both on speaker at half past six, Chloe upstairs and {adult() == "her mum":Leanne|{adult()}} in the kitchen. Chloe offers half past eleven, collected; {adult() == "her mum":Leanne|{adult()}} says "Fine" in the voice that means it is not. Chloe is home at twenty to one and says the lift fell through. In the morning {adult() == "her mum":Leanne|{adult()}} tells you the half past eleven was yours, not hers, and Chloe tells you that ten would have been. The next Friday, nobody rings you.
- -> the_lifts

= the_lifts
# scene: car
A wet Thursday, a week after the party. You are driving Chloe home from her maths tutoring, because it is raining and because the car is where she talks. At the lights on Market Street she says, to the windscreen, that she has a boyfriend. He is twenty, the cousin of a girl from the cricket club party. Some days he picks her up from the Academy gates in his car; he buys her food, and he has topped up her phone twice. "He says not to tell {adult() == "her mum":Mum|{adult()}}, because they'd make a thing of it. He's right, they would." She turns to look at you. "I'm telling you because you're meant to be on my side. Don't tell anyone. Promise."
{plan == 1: She is not in care, and you are Joyce's support worker, not her social worker. What she has told you is a safeguarding concern all the same.}
# decision: chloe.p6.lifts
# prompt: A fifteen-year-old tells you about a twenty-year-old boyfriend who gives her lifts, food and phone credit and wants it kept secret, and asks you to promise not to tell. What do you do, and what does it cost?
+ [Tell her it cannot stay secret, and agree that she ends it her own way this weekend, then tells the police with you on Monday # permanence: -1 # contact: 0 # disruption: +1 # why: She is told the truth and keeps some control of what happens next, which may keep her talking to you; but ending it herself warns a man who grooms girls that someone knows, a weekend is long enough for him to change his number and his story, and the police hear it three days late. # ref: Working Together to Safeguard Children 2023: strategy discussion; Child sexual exploitation: definition and guide for practitioners (DfE, 2017) # stance: for]
    She agrees, slowly, and on Saturday she sends the message: "Its over, dont message me." He replies with a heart, and then a photograph of the Academy gates. By Monday, when she sits with you in the police station's family room, his number no longer connects and the messages on her phone have been deleted from his end. The officer is kind and has nothing to trace. A fortnight later {adult()} finds a second phone in Chloe's blazer pocket, with a new number on it, and the same first name.
+ [Promise nothing and say no more in the car; ring the police tonight with what she has told you, and tell her once it is done # permanence: 0 # contact: 0 # disruption: -1 # why: It gets the concern to the police tonight without a scene at the lights, and she is spared a row she cannot win; but it is done behind her back, for her own good: she learns from an officer at the door that you told, and a girl who finds her secret passed on behind her back stops telling anyone anything. # ref: Working Together to Safeguard Children 2023: strategy discussion; Child sexual exploitation: definition and guide for practitioners (DfE, 2017) # stance: to]
    You drop her at the door and say nothing. The police log it at nine. A constable calls at {plan == 3:Ash House|the house} on Saturday morning, before you have rung Chloe, and asks her about the man with the car in front of {adult()}. She does not speak to you for a month, and then only to say that she is not a grass.
+ [Tell her you cannot promise: today you will tell the police and the exploitation team, and who else will know # permanence: +1 # contact: 0 # disruption: -2 # why: Secrecy, gifts, lifts and a man five years older are the signs of grooming, and a strategy discussion is how he is checked and stopped, for her and for anyone else in his car; but she trusted you with it, nothing about it is decided with her, she gets out at the next lights in the rain, and she blocks your number for a fortnight: the content is right, and the manner leaves her nothing to hold. # ref: Working Together to Safeguard Children 2023: strategy discussion; Child sexual exploitation: definition and guide for practitioners (DfE, 2017) # stance: to]
    "You're literally the same as everyone," Chloe says, and gets out at the next red light, and walks home in the rain. You ring the police and the exploitation lead from a lay-by, and then {adult()}. The strategy discussion is the next morning. The police know the car: it has been seen outside two other schools, and a girl of fourteen from Eastholme has told her mum about a man with the same first name. Chloe blocks your number for a fortnight. In the third week of July, at eleven at night, she texts you from a new number: "cricket club car park. come and get me. don't be weird about it." You go, and you are not weird about it.
+ [Tell her why it cannot stay secret, ring the police from the car with her beside you, and stay with her when they see her # permanence: +1 # contact: +1 # disruption: -2 # why: She hears the truth and the reason, the concern reaches the police today, and she is not left alone with it; but she asked you to promise, she still feels betrayed, and the strategy discussion will decide things about her life that she does not want decided. # ref: Working Together to Safeguard Children 2023: strategy discussion; Child sexual exploitation: definition and guide for practitioners (DfE, 2017) # stance: with]
    You pull into the lay-by past the lights and tell her why: his age, the secret, the gifts, and that you would say the same to any girl in his car. She sets her jaw and does not cry. When you ring the exploitation lead she listens to every word, and corrects you on the colour of the car. The strategy discussion is the next morning. The police know the car: it has been seen outside two other schools. A detective and you see Chloe together at {plan == 3:Ash House|the house} that afternoon, and she tells them more than she told you. She does not text you for a week. Then: "did they get him". They have not, yet. She keeps texting.
+ [Drive her home and tell {adult()} together, in her words, then make a safety plan with them at the kitchen table # permanence: 0 # contact: 0 # disruption: +1 # why: She keeps some say in how it is told, and the adult she lives with can protect her every evening; but a plan at the kitchen table does not find out who he is or stop him, and what is on her phone may be gone by morning. # ref: Child sexual exploitation: definition and guide for practitioners (DfE, 2017); Practice Model: restorative practice, with not to # stance: with]
    Chloe tells it in four sentences and looks at the floor. {adult() == "her mum":Leanne|{adult()}} holds it together until she has gone upstairs. The plan is good: lifts only from people {adult() == "her mum":Leanne knows|{adult()} knows}, her phone downstairs at night, a text at four. The next Friday his car is outside the Academy, and she gets into it, because the plan did not say what to do about him. Ms Shah sees it from the staff room and refers it herself, with the number plate.
- -> relationships_objective

= relationships_objective
# scene: family-home
Relationships and a home for good. Chloe has written: "Know where I'm living till I'm grown. Not have to ask."
# activity: chloe.p6.relationships-objective
# prompt: Which objective would give Chloe the certainty she is asking for?
+ [A referral will be made for post-eighteen arrangements by the time Chloe is seventeen and a half, as the procedure asks # why: It follows a common timetable, but it leaves her uncertain for two more years about the thing she has asked about most.]
+ [The adults Chloe lives with will make sure she keeps to her curfew and comes home on time # why: Specific and measurable, but it is about control rather than her relationships, and it answers a question she did not ask.]
+ [By her sixteenth birthday Chloe will know, in writing, where she can live until she is twenty-one # correct # why: Specific, timed to her birthday, measurable by a written agreement, and aimed at exactly the certainty she asked for.]
+ [Chloe will have a stable and loving home # why: Everyone wants it for her; as an objective it has no measure, no date and no owner, and gives her no more certainty than she has now.]
- -> after_eighteen

= after_eighteen
# scene: family-home
Writing it down turns it into a real question. {plan == 1: "When I'm eighteen I want my own flat," Chloe says. "Auntie Joyce needs her life back, and she's too strict." Joyce has been told the allowance stops at eighteen, which is not the whole answer: it can go on while Chloe is in full-time education, if someone asks. Without it her pay will not stretch. Because Chloe left care through special guardianship, she will not be an eligible or relevant child: she can ask the authority for advice and help (section 24), but there will be no pathway plan and no personal adviser by right.}{plan == 2: "When I'm eighteen I want my own flat," Chloe says. "Like a proper adult." {adult() == "Auntie Joyce":Joyce|{adult()}} wants her to stay till she is twenty-one, "or thirty". As her former foster carers they could offer Staying Put, and the authority would have to support it.}{plan == 3: Staying Put is for young people in foster care; it does not reach Ash House. The comparison is Staying Close: a place of her own nearby at eighteen, with support from the home. Chloe says she will not stay "because it's a job for them", and also that she is frightened of living on her own.}{plan == 4: Chloe will live with her mum; the question is the care order. Leanne wants it gone: "I want to be her mum, not a placement." Chloe wants it gone too, and also, at eighteen, "my own place, like everyone". Legal has not yet answered what discharge would mean for her leaving-care help.}
# decision: chloe.p6.staying
# prompt: Where will Chloe live as she grows up, and what support follows her there?
+ {plan == 1} [Plan her own flat at eighteen with her, using the advice and help she can ask for as a young person who left care through special guardianship # permanence: 0 # contact: +1 # disruption: +1 # why: It takes her wish seriously and is honest about the help she can ask for; but that help is thinner than a care leaver's, and the move comes at the age when young people leaving early do worst. # ref: Children Act 1989 s.24(1A) and ss.24A-24B # stance: with]
    ~ staying = 2
    Chloe puts "my own flat, with a spare key for Auntie Joyce" on the fridge plan. Joyce says she will believe it when she sees the washing-up.
+ {plan == 1} [Leave it: it is Joyce's home, and where Chloe lives at eighteen is for the two of them to decide # permanence: -1 # contact: 0 # disruption: +1 # why: It respects the family order, but the money question does not go away, and a single parent on day-shift pay, without the unsocial-hours premium, may not be able to afford the yes she wants to give. # ref: Children Act 1989 s.24(1A) # stance: not]
    ~ staying = 0
    Nobody decides. Joyce's bank balance decides for them, later.
+ {plan == 1} [Help Joyce ask now for the allowance to continue while Chloe is in full-time education, so that staying on is affordable # permanence: +2 # contact: +1 # disruption: -1 # why: It turns "stay as long as you like" into something Joyce's pay can carry; the authority may say no or pay less, and Chloe's wish for a flat is parked, not talked through with her. # ref: Special Guardianship Regulations 2005 (as amended 2016): financial support reviewed, and payable past eighteen in full-time education # stance: for]
    ~ staying = 1
    The allowance is agreed to continue while Chloe is at college, after a six-week wait and one letter from Joyce that you are not allowed to read. Chloe writes "flat: age 20, maybe" at the bottom of the plan.
+ {plan == 1} [Ask Joyce to tell Chloe the flat is off until she is twenty-one: it is Joyce's home, and her rules # permanence: 0 # contact: -1 # disruption: +1 # why: It gives Chloe the certainty of a home, but as an order rather than a plan, and a fifteen-year-old told where she will live at twenty is already planning her exit. # ref: Practice Model: restorative practice, with not to # stance: to]
    ~ staying = 1
    Joyce says it. Chloe says, "We'll see," which is worse than a slammed door.
+ {plan == 2} [Leave it until she is seventeen: she may change her mind, and so may her carers # permanence: -1 # contact: 0 # disruption: +1 # why: It avoids pressing a fifteen-year-old, but it leaves her two more years unsure of the one thing she asked for, and leaves the carers unsure what to plan. # ref: Care Leavers standards: encourage young people to stay until 18 with the information they need # stance: not]
    ~ staying = 0
    The question is noted for the pathway plan. Chloe asks it again at every review.
+ {plan == 2} [Plan her own flat at eighteen with her, as she asks: a tenancy through the care-leaver offer, a personal adviser, the door here open # permanence: 0 # contact: +1 # disruption: +1 # why: It honours her wish and her entitlements as a care leaver, but young people who leave foster care at eighteen do worse than those who stay, and the door can close. # ref: Children Act 1989 s.23C; Care Leavers standards: the local offer to care leavers # stance: with]
    ~ staying = 2
    Chloe writes "my own flat" on the plan and underlines it twice. {adult() == "Auntie Joyce":Joyce|{adult()}} says nothing, and then says, "Then we will teach you to cook something that is not pasta."
+ {plan == 2} [Tell her the authority will not fund a flat before twenty-one, so Staying Put is the plan, and that is that # permanence: -1 # contact: 0 # disruption: +1 # why: It secures the arrangement the research favours, but as a ruling she had no part in, and it is not true as a rule: a care leaver can be helped into a tenancy at eighteen; what she cannot have is Staying Put and a flat at once. # ref: Children Act 1989 s.23CZA # stance: to]
    ~ staying = 1
    The Staying Put agreement is typed up. Chloe signs it without reading it.
+ {plan == 2} [Confirm in writing now that Staying Put to twenty-one is offered and funded, hers to take up at eighteen # permanence: +2 # contact: +1 # disruption: -2 # why: It gives her the certainty she asked for and the arrangement that serves young people best; it costs her the flat at eighteen she wanted, which nobody talks through with her, and her carers a promise three years long on a Staying Put rate lower than the fostering allowance they have now. # ref: Children Act 1989 s.23CZA; Staying Put guidance; Care Leavers standards: stay put with foster carers until 21 # stance: for]
    ~ staying = 1
    The agreement is one page. Chloe adds a line: "Flat: I can still choose it at 19." {adult() == "Auntie Joyce":Joyce|{adult()}} signs it at the kitchen table with a pen borrowed from Chloe.
+ {plan == 3} [Plan a move to Auntie Joyce's this summer as a connected-person foster placement, so she could stay put there to twenty-one # permanence: +2 # contact: +1 # disruption: +1 # why: Staying Put reaches connected-person foster care, so a family home past eighteen becomes possible; it costs a move before her GCSE year, leaving Lou, and it depends on Joyce's shifts and a third bedroom. # ref: Children Act 1989 s.23CZA; Fostering Services (England) Regulations 2011: approval of a connected person as a foster carer # stance: with]
    ~ staying = 1
    ~ plan = 2
    ~ home = 1
    Chloe thinks about it for a week and says yes, "after my mocks, not before". Joyce's connected-person assessment is brought up to date. Lou helps her pack in July, badly.
+ {plan == 3} [Plan a flat near Ash House at eighteen with Staying Close support, and Lou's door open for as long as she wants it # permanence: +2 # contact: +1 # disruption: -1 # why: It keeps the relationships she has and makes the step at eighteen gradual; it depends on staff who may leave, and it is a flat, not a family, at eighteen. # ref: Care Leavers standards: the local offer to care leavers; Permanency job aid: relational permanence # stance: with]
    ~ staying = 2
    Chloe chooses the street: four streets from Ash House, "so I can come for tea and complain".
+ [Put it to a family meeting of everyone who cares for her, and write in what they agree for her at eighteen # permanence: -1 # contact: 0 # disruption: +1 # why: The people who love her know her, and a plan they agree is one they will stand behind; but a fifteen-year-old's plan for her own adult life becomes the adults' compromise, and Chloe hears herself discussed. # ref: SMART planning: co-production; Care Leavers standards: the young person at the centre of the pathway plan # stance: with]
    ~ staying = 0
    The meeting is warm and long, and everyone has a view. Chloe goes to make a cup of tea halfway through and does not come back. The minutes say "to be revisited at seventeen".
+ {plan == 3} [Leave it to her pathway plan at sixteen: she is settled now, and the next step can wait a year # permanence: -1 # contact: 0 # disruption: +1 # why: It avoids unsettling her, but the answer she most needs, where she will live, waits another year, and residential care drifts towards a rushed move. # ref: SMART planning: preventing drift # stance: not]
    ~ staying = 0
    The plan says "to be discussed at pathway planning". Chloe draws a clock next to it.
+ {plan == 3} [Plan supported accommodation at sixteen, so she learns to live alone while there are still staff nearby # permanence: -1 # contact: -1 # disruption: +1 # why: It is a bed that exists and a step towards independence, but it ends her home two years early, which is exactly what she fears. # ref: Care Leavers standards: encourage young people to stay until 18 # stance: to]
    ~ staying = 0
    Chloe asks whether that means Ash House wants her gone. Lou says no, loudly, to you, in the car park, and objects in writing at the next review; the move is put off "until she is ready", which turns out to mean eighteen.
+ {plan == 4} [Plan Chloe's own flat at eighteen with her, as she asks, with the housing help she can get and Joyce close # permanence: +1 # contact: 0 # disruption: 0 # why: It takes her wish seriously, but nobody yet knows what help she will be entitled to, and a flat at eighteen leaves Leanne's recovery without the daughter who anchors it. # ref: Care Leavers standards: the local offer to care leavers # stance: with]
    ~ staying = 2
    Chloe writes "my own flat (near Mum, not too near)" on the plan. Leanne laughs, and then does not.
+ {plan == 4} [Support discharge this summer, with a family plan to replace the order, once legal has answered what she keeps # permanence: +2 # contact: +1 # disruption: -1 # why: It ends a care order the family no longer needs and waits for the facts before anyone promises her support; the social worker leaves, and with her the safety net. # ref: Children Act 1989 s.39; Permanency job aid: legal permanence # stance: with]
    ~ staying = 1
    Legal answers in June. You tell Chloe and Leanne together what she would and would not keep. They choose discharge anyway. "I want her to be mine," Leanne says, "not the council's."
+ {plan == 4} [Leave the order and her future to the next review: nothing needs deciding while things go well # permanence: -1 # contact: 0 # disruption: +1 # why: It avoids a decision that has risks either way, but it keeps a family in care by default and leaves Chloe's question unanswered. # ref: SMART planning: preventing drift # stance: not]
    ~ staying = 0
    The review notes that the order "remains under consideration".
+ {plan == 4} [Keep the care order to eighteen, so that whatever leaving-care help she might have stays open # permanence: 0 # contact: 0 # disruption: +1 # why: It keeps doors open, but it keeps a settled child in care for support that legal has not said will follow, against her and her mother's wishes. # ref: Children Act 1989 s.39 # stance: for]
    ~ staying = 0
    Leanne says, "So I'm still a placement." Chloe says nothing, which is louder.
- -> adulthood_objective

= adulthood_objective
# scene: family-home
Preparing for adult life. Chloe has written: "Not be chucked out at sixteen like that girl at school. Be able to cook something that isn't pasta."
# activity: chloe.p6.adulthood-objective
# prompt: Which objective prepares Chloe for adult life without pushing her into it?
+ [Chloe needs to develop her independence skills # why: A need, not an objective: which skills, practised with whom, and by when?]
+ [A referral will be made to the leaving care service when Chloe is sixteen # why: It names a service and a date, but says nothing about what Chloe will be able to do, and the service may not be hers to call on.]
+ [By her sixteenth birthday Chloe will have moved into supported lodgings, to practise living on her own # why: Specific and timed, but it is exactly what she fears, and it ends her home early.]
+ [Before she is sixteen Chloe will open a bank account and cook a family meal a week of her choosing # correct # why: Small, specific, measurable steps, practised at home with the people she lives with rather than alone, and timed to her sixteenth birthday.]
- -> contingency

= contingency
# scene: office
The contingency. Chloe reads the draft line aloud: "If this plan does not work, the local authority will review the situation." She looks up. "Review it how? Where do I go?"{plan == 1: If anyone asks her, she says, she would go to her mum's.}
# decision: chloe.p6.contingency
# prompt: Write Chloe's contingency plan. Who steps in, what happens on the night it is needed, and what has to be done now to make it real?
# justify
+ {plan == 1} [Name Nathan, eighteen now and at home: he is family, he is there when Joyce is late, and Chloe trusts him # permanence: 0 # contact: +1 # disruption: +1 # why: It is the answer the family would give, it costs nobody an assessment, and on a late shift he is already in the house; but he has resits and troubles of his own, nobody has asked whether he can carry it, and it makes a son his mother's back-up. # ref: SMART planning: contingency plans individual to the child, with the family assessed now # stance: for]
    Joyce says, "Of course Nathan," and Nathan, asked in the doorway, says, "Yeah, course," without taking his headphones off.
+ {plan == 1} [Ask Joyce to name Donna, not her mum as Chloe asks, for the night Joyce cannot cope, {donna_assessed:assessed already|checked by June} # permanence: +2 # contact: +2 # disruption: -2 # why: A named person, tested now, and a plan for the night itself; but under the order it is Joyce's call and you must persuade her, it overrules the person Chloe asked for, Leanne hears her sister chosen over her, and on the night it is used Chloe is on a camp bed in a house of three children, with Donna leaving for a night shift. # ref: SMART planning: contingency plans individual to the child, with the family assessed now # stance: to]
    ~ contingency_real = true
    Joyce takes a week to agree, and says it is her decision, not the council's. Chloe says it should have been her mum, and says it twice. Donna comes to Marsh Lane on a Sunday and goes through it with her anyway: the key, the bus, the school run, her shifts. Chloe puts Donna's number in her phone under "PLAN B".
+ {plan == 1} [If Joyce cannot manage, Chloe goes to her mum's for a few nights, which she wants, until things are sorted out, however long that takes # permanence: {leanne == 1:-1|0} # contact: +1 # disruption: {leanne == 1:+2|+1} # why: Chloe chose it, and Leanne would be glad{leanne == 3: and has been well for three years}; but it rests on her recovery holding on the worst night, "however long that takes" is no plan, and nobody has asked whether it can. # ref: Permanency job aid: relational permanence; SMART planning: who can provide care, assessed now # stance: for]
    ~ contingency_mum = true
    Leanne says yes before you finish the sentence.
+ {plan == 1} [Joyce's commitment is the plan: the order is permanent, and the family will rally round if she cannot cope # permanence: -1 # contact: 0 # disruption: +2 # why: Commitment is not capacity, and a single carer on mail centre shifts, with a son of her own, needs a plan for the week she cannot manage. # ref: SMART planning: all plans need a contingency # stance: not]
+ {plan == 2 && home == 1} [If the placement ends, the local authority will find an alternative placement that meets Chloe's needs # permanence: 0 # contact: 0 # disruption: +1 # why: It is the sentence most care plans contain, and it describes an emergency search rather than a plan. # ref: SMART planning: contingency individualised to the child # stance: for]
+ {plan == 2 && home == 1} [Find a second foster placement now, as a back-up, in case Joyce cannot carry on through the move or a new rota # permanence: -1 # contact: 0 # disruption: +1 # why: It looks prudent, but a back-up family of strangers ignores the family Chloe already has, and tells Joyce she is expected to fail. # ref: Permanency job aid: relational permanence # stance: to]
+ {plan == 2 && home == 1} [If Joyce is at the hub late or cannot cope, Chloe goes to Auntie Donna's, approved {donna_assessed:already|by June} # permanence: +2 # contact: +2 # disruption: -2 # why: A named person, approved now, and a plan for the night itself; but Donna's home and her three children go through a fostering assessment, Leanne hears her sister chosen over her, and on the night it is used Chloe is on a camp bed, with Donna leaving for a night shift. # ref: Fostering Services (England) Regulations 2011: approval and annual review of a connected person as a foster carer; SMART planning: family assessed now # stance: with]
    ~ contingency_real = true
    Donna comes on a Sunday and goes through it with Chloe: the key, the bus, her shifts. Chloe puts Donna's number in her phone under "PLAN B".
+ {plan == 2 && home == 1} [Ask Joyce whom she would want if she could not manage, and write in the friend from choir she names # permanence: 0 # contact: +1 # disruption: +1 # why: It is Joyce's choice and her community, and it spares her another assessment in her own home; but nobody has asked the friend, and on the night an unassessed carer can be approved only in a hurry, if at all. # ref: Care Planning, Placement and Case Review (England) Regulations 2010 reg 24: temporary approval of a connected person # stance: for]
+ {plan == 2 && home != 1} [If things go wrong, {adult()} rings you first and you find a way through together, as you always have # permanence: 0 # contact: 0 # disruption: +1 # why: It trusts a relationship that has worked, but it names no place, no night and no family, and it depends on you being there when it happens. # ref: SMART planning: contingency individualised to the child # stance: with]
+ {plan == 2 && home != 1} [If the placement is under strain, a stability meeting within five days, and Chloe stays at Joyce's, whose approval is kept current # permanence: +2 # contact: +2 # disruption: -2 # why: It names who, how fast and what stays the same, and keeps Joyce's approval current so it can be used; it costs an annual assessment Joyce finds intrusive. # ref: Fostering Services (England) Regulations 2011: approval and annual review of a connected person as a foster carer; Practice Standards, Permanence: pre-disruption meetings # stance: with]
    ~ contingency_real = true
    Joyce sighs at the form and fills it in. Chloe keeps a toothbrush at Marsh Lane "for emergencies and Sundays".
+ {plan == 2 && home != 1} [If the placement is under strain, Chloe has a week at Joyce's as family time, with no approval to keep up # permanence: 0 # contact: +1 # disruption: +1 # why: It is quick and warm, it uses the family she has, and it spares Joyce a yearly assessment; but a week that is really a placement rests on nobody's approval, and on the night it is needed nobody has checked that Joyce can take her. # ref: Care Planning, Placement and Case Review (England) Regulations 2010 reg 24: temporary approval of a connected person # stance: for]
+ {plan == 3} [If she goes missing again, the home adds a waking night and she stays in for a week, written in now so nobody is surprised # permanence: -1 # contact: -1 # disruption: +1 # why: It is protective in intent and set out in advance, and the staff on shift will know exactly what to do; but it is a sanction, not a plan, it names no family and no place, and a girl who knows a week in is waiting may not come back at all. # ref: Practice Model: restorative practice, with not to; SMART planning: contingency individualised to the child # stance: to]
+ {plan == 3} [If she goes missing or the home cannot keep her safe, she stays at Joyce's, approved and kept current # permanence: +2 # contact: +2 # disruption: -2 # why: It plans for the likeliest risk in residential care with the family she values, and keeps the assessment current; it costs Joyce an assessment every year, Lou some pride, and Chloe, who wrote her own plan round Lou, hears the adults' plan put above hers. # ref: Fostering Services (England) Regulations 2011: approval and annual review of a connected person as a foster carer; SMART planning: contingency plans individual to the child # stance: with]
    ~ contingency_real = true
    Chloe has Joyce's and Lou's numbers in her phone, and knows she can ring either at any hour.
+ {plan == 3} [If she wants to run, Chloe rings Lou first, as she wrote it herself, and whoever is on shift decides the rest on the night # permanence: 0 # contact: 0 # disruption: +1 # why: It is Chloe's own plan with the adult she trusts most, and she is proud of it; but it names no place for the night the home cannot keep her, and Lou is not always on shift. # ref: SMART planning: contingency individualised to the child # stance: for]
+ {plan == 4} [If Mum has a bad spell, Chloe carries on at home, rings Joyce if it lasts, and Mum rings her GP herself # permanence: 0 # contact: +1 # disruption: +1 # why: Leanne wrote it and is proud of it, and it keeps Chloe at home; but it leaves a fifteen-year-old running the house again for a mother in bed, as she did at nine. # ref: SMART planning: contingency planning with the family # stance: for]
+ {plan == 4} [If Mum becomes unwell, Chloe rings Joyce, who fetches her that night; a family meeting within two days # permanence: +2 # contact: +2 # disruption: -2 # why: It names the safe place and the night, and Leanne agrees it while she is well; it costs Leanne the hardest signature of her recovery, and Joyce's approval kept current. # ref: SMART planning: contingency planning with the family, assessed now; Fostering Services (England) Regulations 2011: approval and annual review of a connected person as a foster carer # stance: with]
    ~ contingency_real = true
    Leanne signs it at the kitchen table, while she is well, and sticks it on the fridge. She calls it "the fridge plan", and Chloe tells her that is what it is actually called.
+ {plan != 2 || home == 1} [Refer the family to a family group conference, and write in the plan they make there in about eight weeks # permanence: -1 # contact: 0 # disruption: +1 # why: A family group conference is how a family makes a plan it will keep, and Chloe can have her say in it; but {plan == 1 || home == 1:Joyce's move or a new rota|the next bad night} will not wait eight weeks, and until the family meet, the contingency names nobody. # ref: SMART planning: co-production and contingency planning # stance: with]
+ {plan == 4} [If Leanne relapses, Chloe will return to foster care while the authority considers its next step # permanence: -1 # contact: -1 # disruption: +1 # why: It is specific, but it ignores the aunt who is ready now and sends Chloe to strangers at the worst moment. # ref: Permanency job aid: relational permanence # stance: to]
- -> review

= review
# scene: office
~ joyce_well = draw("joyce-health", 2)
The review is held {plan == 1:at Marsh Lane, with you, Joyce, Leanne and Chloe round the table, and Nathan in the doorway|with Chloe co-chairing}. Chloe reads the plan aloud. {contingency_real: The contingency is the part Joyce reads twice.|Nobody reads the contingency twice.} At the end Chloe asks whether everyone agrees, and waits until each of them has said so out loud.

Before the years run on, there is one more thing to write, and it is about you.
-> reflection

= reflection
# scene: office
# reflect: chloe.p6.reflection
# prompt: What did you bring to Chloe's case (your values, what you know, how you work alongside others, how you look after yourself), and what would you do differently?
+ [Keep my reflection and go on]
-> epilogue

= epilogue
// Who carries Chloe's home: Joyce (plan 1, or connected-person fostering), foster carers, Ash House, or Leanne.
{
- plan == 4:
    // cannot be reached: part 5's relapse always turns plan 4 with leanne 1 into plan 2 with Joyce (home 1), so part 6 never has both; kept for maintenance, it never diverts.
    {leanne == 1:
        {contingency_real: -> end_joyce | -> end_drift}
    }
    -> end_home
- plan == 1 || home == 1:
    // Strain: Joyce's household does not hold, or the curfew row is never settled. Cover: a real contingency, or the back-up
    // part 5 made real (Donna assessed and the move planned), or, by luck, Mum's when Leanne holds.
    {joyce_well == 2 && curfew_held: -> held}
    // Good practice can meet bad luck: a real contingency carries Chloe through Joyce's months at the hub, but
    // in the winter Leanne also relapses, Chloe at sixteen chooses to leave, and the ending is softened, not prevented.
    {contingency_real && joyce_well == 1 && leanne == 1: -> end_drift}
    {contingency_real || (donna_assessed && move_planned) || (contingency_mum && leanne == 3): -> held}
    -> end_drift
- else:
    // Foster carers or Ash House: the strain is the row that was never settled; the contingency names Joyce,
    // who may be out at the hub and at breaking point on the night it is needed.
    {curfew_held: -> held}
    {contingency_real:
        {joyce_well == 1:
            ~ p6_emergency = true
        }
        -> held
    }
    -> end_drift
}

= held
{
- plan == 1: -> end_joyce
- plan == 3: -> end_residential
- staying == 2: -> end_own_flat
- else: -> end_fostering
}

= end_joyce
# scene: family-home
~ lives_with = "paternal aunt, Joyce Campbell"
~ legal_status = "special guardianship order (Joyce Campbell)"
~ tie_joyce = 5
March 2031. Chloe is eighteen.

{plan == 1 && joyce_well == 1: In the winter Chloe was sixteen, the Haverley mail centre closed and moved Joyce to the hub at Fallowmere, out at five and home at seven on the days the hub kept her over, for months, {move_planned:in the three-bedroom house at least, with a room each|with the move put off too long and the three of them still in two bedrooms and a sofa bed}; Nathan's resits had gone badly and he had stopped going to college, and Joyce was stretched to breaking.}{plan == 1 && joyce_well == 1 && contingency_real: Chloe went to Auntie Donna's on the weeknights Joyce could not manage, as the plan said, went to school every day, and was home on Marsh Lane at weekends. Nobody had to find a bed.}{plan == 1 && joyce_well == 1 && !contingency_real && donna_assessed && move_planned: Nobody had written down what would happen, but Donna, assessed as the back-up years before, said "She's coming to me" before anyone asked. It worked, just, with Chloe on a camp bed in Donna's front room for the worst weeks of the winter.}{plan == 1 && joyce_well == 1 && !contingency_real && !(donna_assessed && move_planned): Chloe went to her mum's, as the plan said, and nobody had asked whether Leanne could do weeks of it. She could. Leanne got her to school every day and to Joyce's for tea at weekends, and says it was the best winter of her recovery.}
{plan == 1 && joyce_well == 2 && !curfew_held: At sixteen Chloe and Joyce stopped speaking for a month over a boy, a phone and a window. {contingency_real:The contingency plan was what held it: Chloe spent five weeks at Auntie Donna's, kept her school and her choir, and came home when she and Joyce had both said sorry, in that order.|{donna_assessed && move_planned:Donna, assessed as the back-up years before, took her in without being asked. Chloe came home when she and Joyce had both said sorry, in that order.|Chloe went to her mum's, and Leanne, well and delighted, kept her for five weeks and then drove her back to Marsh Lane herself.}}}
{plan == 1 && joyce_well == 2 && curfew_held: Joyce's plan was never really tested. Her rota held, Nathan passed his maths at the second go, and the contingency plan stayed in the drawer{contingency_real:, which is where a good one usually stays|; nobody ever found out whether it would have worked}.}
// cannot be reached: this paragraph, and {plan == 4: ...} in the # legal: tag below (part 5's relapse always turns plan 4 with leanne 1 into plan 2 with Joyce (home 1), so part 6 never has both).
{plan == 4: Leanne relapsed in the autumn Chloe was fifteen, after a summer of bad news and no work: a week in bed with the curtains shut, and then a night she said she could not keep herself safe. Chloe rang Joyce at eleven at night, as the fridge plan said. Joyce collected her in the car{joyce_well == 1:, on a night she had to be up at four for the hub}. The family meeting was held two days later, with Leanne there, tired and honest about it. Chloe stayed with Joyce, at first for a month and then for good; Joyce became her special guardian, and Leanne, back at Open Door, has Chloe for tea every Wednesday.}

{staying == 2 && plan == 1: She moves into a flat of her own next month, ten minutes' walk from Marsh Lane, with a spare key for Auntie Joyce; the advice and help she can ask for as a young person who left care through special guardianship are thinner than a care leaver's, and Joyce has filled the gap with a list.|{move_planned:She lives with her aunt at the top of Marsh Lane, in her own room, with the photograph of a four-year-old in a choir robe over the bed.|She lives with her aunt on Marsh Lane, in the room with the photograph of a four-year-old in a choir robe, and Joyce is still on the sofa bed in the front room.}} She is at Haverley College doing music, and not shift work, "because Auntie Joyce said I'd never stand the hours at the mail centre". She still sings alto in Auntie Grace's choir at the Caribbean Centre, and Sunday dinner at Joyce's is not optional. {trip == 1:She has been to Jamaica twice.|{trip == 2:She went to Jamaica at last the summer she was sixteen, a year after the thanksgiving she missed, and stood at her grandmother's grave.|She has still not been to Jamaica; it is in the plan for the summer she finishes college.}} Tyler, now eleven, stays over one Saturday a month and is teaching her to lose at FIFA. Her mum comes to every concert. Her dad rings on Sundays. Nathan drives her to choir on Thursdays and complains about her music all the way there.
# ending: special-guardianship-aunt
# outcome: Chloe grew up with her aunt under a special guardianship order, with both sides of her family in her life; when the plan was tested, what held it was a person named and ready, or luck.
# legal: special guardianship order to her paternal aunt, to eighteen{plan == 4:, made after the return home ended}
# relational: {staying == 2 && plan == 1:her own flat near her aunt|lives with her aunt and her cousin}; sees her mother, brother and father{staying == 0 && plan == 1:; where she would live after eighteen was left open until it came}
# cultural: the choir at the Caribbean Centre, her father's family and Sunday dinners at Joyce's, both families' stories{trip == 2:, Jamaica a year late|{trip != 1:, Jamaica still to come}}
# timescale: {permanence_late:missed|met}
-> END

= end_fostering
# scene: foster-home
~ legal_status = "care leaver (Staying Put)"
March 2031. Chloe is eighteen.

{home == 1 && joyce_well == 1: In the winter Chloe was sixteen, the Haverley mail centre closed and moved Joyce to the hub at Fallowmere, out at five and home at seven on the days the hub kept her over, with Nathan low and out of college, and Joyce was stretched to breaking. {contingency_real:Chloe went to Auntie Donna's on the weeknights Joyce could not manage, as the plan said, and home to Marsh Lane at weekends.|Donna, approved as the back-up years before, took her in the same night, though nobody had told Chloe that was the plan.}}{home == 1 && joyce_well == 2 && !curfew_held: At sixteen Chloe and Joyce stopped speaking for a month. {contingency_real:Chloe stayed at Auntie Donna's, as the plan said, and came home when they had both said sorry.|Donna took her in, and Chloe came home when they had both said sorry.}}{home != 1 && !curfew_held: At sixteen, after a run of rows and a night she did not come home, there was a stability meeting within the week. {p6_emergency:The plan said Joyce's, and Joyce, out at five every day for the hub, was at the end of herself. Chloe spent twelve days with emergency carers in Eastholme, furious, before she went back.|Chloe spent ten days at Joyce's, as the plan said, and went back.}}

{home == 2: She still lives with Paulette and Daniel Grant in Eastholme, under a Staying Put arrangement{staying == 1: agreed in writing when she was fifteen| agreed in a hurry when she was seventeen and three quarters}. She goes to Sunday dinner at Auntie Joyce's most weeks, and has a standing argument with Daniel about the bus timetable.}{home == 4: She still lives with Julie and Martin Hargreaves in Brackenfield, under a Staying Put arrangement{staying == 1: agreed in writing at fifteen| agreed in a hurry at seventeen and three quarters}. Julie still drives her to choir on Thursdays without being asked, though Chloe goes to Auntie Joyce for anything important. Sam comes home at Christmas and says "all right" to her at breakfast.}{home == 1: She still lives with Auntie Joyce on Marsh Lane, now under a Staying Put arrangement with her former connected-person foster carer. She has told everyone that she is never moving.}

She passed maths with a 5. She is at Haverley College doing A-level music and A-level biology, "to keep Auntie Joyce happy". She has a personal adviser, Jordan, whom she tolerates. She sees Tyler every Saturday, her mum every week and her dad once a month{trip == 1:, and she has been to Jamaica with Andre's family|; Jamaica is booked for the summer}. She sings alto in Auntie Grace's choir.
# ending: long-term-fostering-staying-put
# outcome: Chloe's long-term foster placement held and she stays put beyond eighteen, with strong ties to her mother, brother, father and aunt; when it was tested, a named person was ready{p6_emergency:, though not on the night she was needed}.
# legal: care order to eighteen, then a written Staying Put arrangement to twenty-one
# relational: {home == 1:lives with her aunt|lives with her long-term carers}; sees her mother, brother and father
# cultural: the choir at the Caribbean Centre, her father's family and Sunday dinners at Joyce's, and both families' stories
# timescale: {staying == 0 || p6_emergency || permanence_late:missed|met}
-> END

= end_own_flat
# scene: family-home
~ legal_status = "care leaver"
~ lives_with = "her own flat, with a personal adviser"
March 2031. Chloe is eighteen.

{home == 1 && (joyce_well == 1 || !curfew_held): The hard winter came when she was sixteen{joyce_well == 1:, with Joyce moved to the hub, out at five every day, and Nathan out of college| and she and Joyce stopped speaking for a month}. {contingency_real:Chloe went to Auntie Donna's that night, as the plan said,|Donna, approved as the back-up years before, took her in,} and Chloe came home to Marsh Lane after it.}{home != 1 && !curfew_held: The placement had its hard winter when she was sixteen, after a night she did not come home. {p6_emergency:The plan said Joyce's, and Joyce was out at five every day for the hub; Chloe spent twelve days with emergency carers before she went back.|She spent ten days at Joyce's, as the plan said, and went back.}}

Three weeks ago she moved into a one-bedroom flat in Haverley, as she wrote in her plan at fifteen. {home == 1:Joyce|{home == 2:Paulette|Julie}} came with a box of pans and a list of rules, and has rung every evening since. Chloe has a personal adviser, Jordan, and a pathway plan she helped to write; the flat is the first home that is hers in law and in every other way, and it is quieter than she expected. {home != 1:She has not ruled out asking to go back; her carers have said, more than once, that the door is open.}

She is at Haverley College doing A-level music. She sees Tyler every Saturday and her mum every week. {trip == 1:She has been to Jamaica with Andre's family, and is saving to go again.|Jamaica is in her pathway plan, with a date.} She sings alto in Auntie Grace's choir.
# ending: leaving-care-own-flat
# outcome: Chloe's long-term placement held to eighteen and she left, as she chose, for a flat of her own with a care leaver's support; she did not take up Staying Put, which the research favours, and her carers' door stays open.
# legal: care order to eighteen; a care leaver with a pathway plan and personal adviser
# relational: her own flat; her carers, mother, brother, father and aunt all still in her life
# cultural: the choir at the Caribbean Centre, her father's family and Sunday dinners at Joyce's, both families' stories{trip != 1:, Jamaica still to come}
# timescale: {p6_emergency:missed|met}
-> END

= end_residential
# scene: family-home
~ legal_status = "care leaver (Staying Close)"
~ lives_with = "her own flat near Ash House, with Staying Close support"
March 2031. Chloe is eighteen.

She left Ash House on her eighteenth birthday, three weeks ago, for a one-bedroom flat four streets away{staying == 2:, under the Staying Close arrangement written into her plan at fifteen|, under a Staying Close arrangement agreed in a hurry when she was seventeen}. Lou Carter still runs Ash House, and Chloe still argues with her, mostly about whether Chloe is eating properly. {!curfew_held:There was a missing night at sixteen{p6_emergency:, and the plan said Joyce's, but Joyce, moved to the hub and out at five every day, was at breaking point; Chloe spent a fortnight in an emergency placement before she came back|, and the plan sent her to Joyce's rather than to a new placement, which she says is the only reason she did not run further}.|The two hardest years passed without a missing night; the contingency stayed in the drawer.}

Auntie Joyce comes for Sunday lunch at the flat, with Nathan, which is a reversal everyone enjoys. Tyler, eleven, stays over one Saturday a month and thinks the flat is the coolest place in Haverley. Her mum comes to her concerts. Her dad sends money he cannot really spare, and comes round {tie_andre == 3:after his day shifts|after nights} with food for her freezer. Chloe is doing a music course at Haverley College and on Thursdays helps Auntie Grace with the children's choir at the Caribbean Centre, and tells the younger ones that monkey noises on a bus are racism, "so you tell someone the first time, not the tenth". {trip == 1:She has been to Jamaica once, and talks about it constantly.}
# ending: residential-staying-close
# outcome: Chloe stayed at Ash House by choice and left with Staying Close support; her relational and cultural permanence were held by her family and a key worker who stayed, rather than by a foster family.
# legal: care order to eighteen; a care leaver with Staying Close support
# relational: her own flat near Ash House; Joyce, Lou, her mother, brother and father all still there
# cultural: Auntie Grace's choir at the Caribbean Centre, her father's family and Sunday dinners at Joyce's, and both families' stories
# timescale: {staying == 0 || p6_emergency:missed|met}
-> END

= end_home
# scene: family-home
~ lives_with = "her mother, Leanne Walsh"
March 2031. Chloe is eighteen.

{staying == 1:
    ~ legal_status = "no order (care order discharged)"
    The care order was discharged in the summer of 2028, after legal had answered and the family had chosen with the answer in front of them.
- else:
    ~ legal_status = "care order (placed with her mother) until eighteen"
    The care order ran on, review after review, until her eighteenth birthday; nobody ever quite decided to end it.
}
{leanne == 2: There was one bad weekend when Chloe was sixteen. {contingency_real:Leanne rang Joyce herself, on the Saturday morning, before Chloe had to, and Chloe spent two nights at Joyce's and came home on the Monday.|Nothing had been made ready for that weekend, so Chloe carried on at home: she made the tea, kept the curtains open and sat by her mum's bed at two in the morning, the way she used to at ten. She rang Joyce at seven.} Leanne counts that weekend honestly.}{leanne == 3: Leanne has been well for six years, with a medication that suits her and the group she chose, and works at Open Door three days a week. {contingency_real:The fridge plan is still on the fridge, under a magnet from Mandeville{trip != 1: that Andre brought back}.|There is a magnet from Mandeville on the fridge{trip != 1: that Andre brought back}.}}

Chloe lives with her mum on Cedar Road, in the purple room, which she has painted grey. {staying == 2:She is moving into a flat of her own in the summer, near Mum, not too near.} She is at Haverley College doing music and health and social care. She is not her mother's carer; there is a written line about that in a plan somewhere, and she says she does not need it any more, but she knows where it is. Tyler comes for tea on Wednesdays. Auntie Joyce takes her to church when she wants to go, which is about once a month, and she sings with Auntie Grace's choir at the Caribbean Centre at Christmas{trip == 1:, and she has been to Jamaica with her dad}.
# ending: home-with-mum
# outcome: Chloe returned home to her mother and stayed; what she kept and lost with the care order was checked before anyone promised her anything, and her aunt, brother and father remained part of her life.
# legal: {staying == 1:care order discharged; no order|care order at home until eighteen}
# relational: lives with her mother; sees her aunt, brother and father
# cultural: both families' stories, Auntie Grace's choir at Christmas, and Sunday dinners at her aunt's
# timescale: {staying == 0:missed|met}
-> END

= end_drift
# scene: office
~ lives_with = "supported accommodation"
~ legal_status = "care leaver"
~ tie_joyce = 4
March 2031. Chloe is eighteen.

// cannot be reached: the {plan == 4: ...} branch near the end of this paragraph (part 5's relapse always turns plan 4 with leanne 1 into plan 2 with Joyce (home 1), so part 6 never has both).
{contingency_real:The plan held, and then it was not enough.|The plan did not hold.} {(plan == 1 || home == 1) && joyce_well == 1: The winter Chloe was sixteen, the Haverley mail centre closed and moved Joyce to the hub at Fallowmere, out at five and home at seven on the days the hub kept her over, for months, {move_planned:in the three-bedroom house at least, with a room each|with the move put off too long and the three of them still in two bedrooms and a sofa bed}, and Nathan, whose resits had gone badly, hardly left his room. {contingency_real:The plan worked for the weeks it was written for: Chloe went to Auntie Donna's, as it said, and kept her school. It was not written for what came next. That same winter Leanne's depression came back, and Chloe spent her evenings at Cedar Road, opening the curtains and making her mum eat, and her nights on Donna's camp bed. By the spring, with Joyce grey with tiredness and Nathan still in his room, Chloe said she could not look after all of them. {plan == 1:She asked to be looked after herself, somewhere near both|She asked to move, somewhere near both}, and meant it.|In the second week at the hub Joyce rang the out-of-hours team from a lay-by on the way home and said she could not do it any more. There was no plan for that night that anyone could use. {plan == 1:Chloe was looked after again, that night, in|Chloe went that night to} an emergency placement in Eastholme, and by the time Joyce had found a way to manage the hub, Chloe had stopped answering her calls.}}{(plan == 1 || home == 1) && joyce_well == 2: At sixteen, after months of rows about where she went and when she came in, Chloe and Joyce fell out badly, and nobody had checked {contingency_mum:whether her mum's could take her that night|where either of them could go to cool off}. {plan == 1:Chloe was looked after again, at sixteen, in|At sixteen Chloe moved out, that night, to} an emergency placement in Eastholme.}{plan == 2 && home != 1: At sixteen the placement ended, quickly, after a run of rows about where she went and a night she did not come home. The contingency named no bed that anyone had checked, so that night the local authority found another placement, in another town.}{plan == 3: At sixteen there were two missing nights in a month, and the contingency named no bed for a night the home could not keep her. Chloe was moved to a placement in another county.}{plan == 4: In the autumn Chloe was fifteen Leanne relapsed. There was no plan for it that Chloe could use. After five days' absence the Academy sent someone round and found her running the house on her own, her mum in bed with the curtains shut; Leanne went to the ward, and Chloe was placed that night with emergency carers she had never met.} Within a few months she had moved to supported accommodation: a room in a shared house in Haverley, with a support worker who comes on weekdays.

She is eighteen now, a care leaver with a personal adviser and a pathway plan. She finished her GCSEs with a 6 in music and a 3 in maths. She is working at a coffee shop and thinking about college again. She has not cut herself for two years, and she has said so at every review, as if daring someone to say otherwise.

The one person who never stopped turning up is Auntie Joyce, who brings soup on Sundays and sits with her in the kitchen of the shared house while the other residents pretend not to listen, and collects her for choir at Christmas. Chloe sees Tyler when Gary can bring him. Her mum is well again and they are "working on it". Her dad texts.
# ending: supported-accommodation-at-sixteen
# outcome: {contingency_real:Chloe's plan named a ready person and held on the night it was needed, but Joyce's move to the hub and her mum's relapse came in the same winter; at sixteen {plan == 1:she chose to be looked after again|she asked to move} and moved to supported accommodation, with her aunt still the one constant.|When Chloe's plan was tested at fifteen or sixteen there was no named, ready person to go to that night; {plan == 1:she became looked after again|her home ended}, she moved to supported accommodation, and her aunt is the one constant.}
# legal: {plan == 1:looked after again at sixteen (s.20, with her special guardian's agreement)|still looked after when her home ended at sixteen}; a care leaver in supported accommodation
# relational: her aunt holds it; her mother, brother and father at a distance
# cultural: her father's family and Sunday dinners at Joyce's, the choir at the Caribbean Centre she goes back to at Christmas
# timescale: missed
-> END
