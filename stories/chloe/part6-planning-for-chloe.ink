// Part 6: Planning for Chloe. March 2028, Chloe is fifteen.
// The player builds Chloe's plan from candidate objectives, some SMART and outcome-focused, some not.
// plan_quality counts the SMART, outcome-focused, co-produced choices; contingency_specific records a contingency plan specific to Chloe.
// The ending depends on plan (part 5), plan_quality and contingency_specific.

=== part6 ===
# part: 6 Planning for Chloe
# scene: family-home
{family_time_plan:
    ~ tie_kwame = 3
- else:
    ~ tie_kwame = 1
}
~ family_time_plan = false
March 2028. Chloe turned fifteen last week. She is in Year 10, taking GCSE music, and is five foot eight, which she blames on her dad.

{plan == 1: She has lived with Nana Abena under a special guardianship order. Abena's new knee works; her blood sugar is "a conversation". Last month Abena rang the special guardianship support service, and asked for you by name. "Nothing is wrong," she said. "Nothing is wrong yet. She is fifteen and I am sixty-nine and I would like us to have a plan before something goes wrong, not after." Chloe agreed to a review of the support plan on one condition: that she writes it.}
{plan == 2 && home == 2: She has lived with Comfort and Daniel Boateng for nearly three years, matched long-term. She calls their house home without thinking about it. Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen, and Chloe wants it to be hers.}
{plan == 2 && home == 4: She has lived with Julie and Martin Hargreaves for over three years, matched long-term, with alternate weekends at Nana Abena's. She runs the lambing rota and has a Saturday job at the farm shop. Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen, and Chloe wants it to be hers.}
{plan == 2 && home == 1: She has lived with Nana Abena for nearly three years, as a looked-after child in a connected-person placement. Chloe refers to her reviews as "Nana's inspections". Her pathway plan starts in a year; the looked-after review in April is the moment to write the plan that takes her to sixteen.}
{plan == 3: She has lived at Ash House for nearly three years. Lou Carter is still the manager, still the adult Chloe argues with most. Two of the young people she arrived with have moved on, one to his family and one to a placement in another county. Her pathway plan starts in a year; the review in April is the moment to write the plan that takes her to sixteen.}
{plan == 4: She has lived at home with her mum on Cedar Road since the return home, in the purple room, under the care order. Leanne is three years without a drink, with one weekend, last November, that she talks about openly and Chloe does not. The local authority is considering applying to discharge the care order. The review in April will decide, and Chloe wants the plan that replaces it to be one she has written. Before then, Chloe and Leanne need to hear plainly what discharge would mean, including that if the order ends before she is sixteen Chloe will not be a care leaver.}

Tyler is eight and supports the same rugby league team as Martin Hargreaves, which nobody can explain. {tie_kwame >= 3: Chloe went to Ashbridge for a week last summer and came back with Kofi's Asante Kotoko shirt and a way of saying "Daddy" that she uses only when she thinks nobody is listening.|Her dad comes when he comes.} {plan_quality >= 1: The support plan agreed two years ago has mostly been kept.|The plan agreed two years ago was thin, and it shows.}

Chloe's list this year is typed, not on her phone, and printed out. At the top it says "ABOUT MY LIFE". Under that: "Things I want to be true by the time I'm sixteen."
-> who_writes

= who_writes
# scene: family-home
# decision: chloe.p6.who-writes
# prompt: Who owns this plan? How should it be written, and in whose words?
+ [Draft it yourself from the file, the PEP and the health assessment, then go through it with Chloe for her comments # permanence: +1 # contact: 0 # disruption: 0 # why: It is efficient and complete, and Chloe can change it, but a plan a teenager is asked to comment on is the worker's plan, and she knows it. # ref: SMART planning: participation is not co-production # stance: for]
    Chloe reads your draft and crosses out one word, "placement", and writes "home" over it.
+ [Use the standard template and complete it for the review, since it is due two days before # permanence: 0 # contact: 0 # disruption: +1 # why: The template meets the timescale, but a plan written to the deadline rather than with the young person is exactly the purposeless activity the research warns about. # ref: Forrester, Zombie Social Work 2016, in SMART planning # stance: to]
    The plan is in on time. Chloe does not read it.
+ [Write it with Chloe, at her kitchen table, in her words where possible, with the adults who care for her, then share a draft with her mum and dad before the review # permanence: +2 # contact: +1 # disruption: -1 # why: Co-production makes a plan the young person and family understand and own, and they are more likely to keep it; it takes three evenings rather than one afternoon. # ref: SMART planning: co-production, the family as equal partners; Practice Model: working with # stance: with]
    ~ plan_quality = plan_quality + 1
    It takes three evenings and a lot of biscuits. Chloe insists on the heading "About my life" and on the plan being short enough to go on the fridge.
- 
Together, or not, you go through the plan one area at a time. For each, there are several ways to write the objective. Some are SMART: specific, measurable, attainable (achievable and realistic), relevant to Chloe, and timely. Some say what a service will do rather than what will change for Chloe. Some are hopes dressed as objectives.
-> identity_objective

= identity_objective
# scene: family-home
Identity and family time. Chloe has written: "I want to go to Ghana. I want to keep seeing Tyler. I want Mum and Nana to stop being polite at each other."
# decision: chloe.p6.identity-objective
# prompt: Which objective for identity and family time is SMART and outcome-focused? What is wrong with the others?
+ [Chloe will develop a positive sense of her identity as a young woman of mixed heritage # permanence: 0 # contact: 0 # disruption: 0 # why: A worthy goal, but not an objective: nothing in it is specific, measurable or timed, and nobody could say at the review whether it had been achieved. # ref: SMART planning: goal or objective # stance: for]
+ [Chloe will be offered family time in line with her family time plan, to be reviewed at her looked-after review # permanence: 0 # contact: 0 # disruption: +1 # why: It describes a service, not an outcome for Chloe, and says nothing about Ghana, Tyler or her mum and Nana, which is what she asked for. # ref: SMART planning: outcome-focused rather than service-focused # stance: for]
+ [By the end of August 2028 Chloe will have spent a week in Kumasi with Nana and her dad and added a chapter about it to her life story book; she will keep seeing Tyler every Saturday; and Mum and Nana will come together to her summer choir concert # permanence: +2 # contact: +3 # disruption: -1 # why: Specific, measurable and timed, built from Chloe's own words, attainable with the family's commitment and the cost agreed in advance, relevant because it is what she asked for, and focused on what changes for her. # ref: SMART planning: specific, measurable, achievable, relevant, timely; Permanency job aid: cultural permanence # stance: with]
    ~ plan_quality = plan_quality + 1
+ [Chloe will learn to speak fluent Twi and attend Wesley Methodist every Sunday until she is sixteen # permanence: 0 # contact: +1 # disruption: +1 # why: It sounds specific, but nobody could measure fluent, neither part is achievable or realistic for a busy fifteen-year-old, and it is written for the adults' idea of her heritage rather than hers. # ref: SMART planning: attainable and realistic # stance: to]
- -> education_objective

= education_objective
# scene: school
Education. Ms Shah, now the Academy's designated teacher for children in care and for those who have left care through adoption or special guardianship, says Chloe is predicted a 7 in music and a 3 in maths, and needs a 4 in maths for the sixth-form music course she wants. Chloe has written: "Pass maths. Do A-level music. Maybe nursing like Nana, maybe not."
# decision: chloe.p6.education-objective
# prompt: Which education objective would you put in the plan, and how will everyone know whether it has worked?
+ [Chloe needs additional support at school, especially in maths # permanence: 0 # contact: 0 # disruption: 0 # why: True, but it is a need, not an objective: what support, from whom, by when, and how would anyone know it had worked? # ref: SMART planning exercise: additional support at school # stance: for]
+ [Chloe will achieve grade 9 in all her GCSEs and go on to study music at a conservatoire # permanence: 0 # contact: 0 # disruption: +1 # why: Aspirational and measurable, but not achievable or realistic on her current grades, and a plan that sets a young person up to fail teaches her that plans are about disappointment. # ref: SMART planning: attainable, realistic # stance: to]
+ [From April, Chloe will have an hour of maths tutoring each week, funded through Pupil Premium Plus and chosen with her, and will keep her attendance above 95 per cent, so that she moves from a predicted 3 to a 4 in maths by her Year 10 mocks in June and can apply for sixth-form music in the autumn # permanence: +2 # contact: 0 # disruption: -1 # why: Specific about what, who and when, measurable through grades and attendance, achievable, relevant to what Chloe wants, and timed to her application. # ref: SMART planning; Practice Standards, Children in Care: PEP reviewed each term with the child # stance: with]
    ~ plan_quality = plan_quality + 1
+ [The virtual school will review Chloe's PEP every term and the designated teacher will monitor her progress # permanence: +1 # contact: 0 # disruption: 0 # why: Good practice, and required while she is in care, but it describes professionals' activity rather than anything that will change for Chloe, and would be ticked even if she failed maths. # ref: SMART planning: outcome-focused, not output-focused # stance: for]
- -> wellbeing_objective

= wellbeing_objective
# scene: family-home
Health and emotional wellbeing. Chloe has not cut herself for fourteen months. She still cannot sleep without the landing light on, and the worst nights are the ones after she has seen her mum upset. She has written: "Sleep. Not be scared at night. Not talk to CAMHS, I'm not mental."
# decision: chloe.p6.wellbeing-objective
# prompt: How would you write an outcome-focused objective for Chloe's emotional wellbeing that she would sign up to?
+ [Chloe will be referred to CAMHS for an assessment of her emotional wellbeing # permanence: 0 # contact: 0 # disruption: +1 # why: A referral is a service, not an outcome, and Chloe has said clearly she does not want one; a plan built on what she rejects will not be owned by her. # ref: SMART planning: outcome-focused; the child's voice # stance: to]
+ [Chloe needs to feel safe and secure # permanence: 0 # contact: 0 # disruption: 0 # why: The most important thing in the plan and the least usable: a goal with no measure, no action, no owner and no date. # ref: SMART planning exercise: Josh needs to feel safe and secure at home # stance: for]
+ [Chloe will not self-harm again # permanence: 0 # contact: 0 # disruption: +1 # why: Measurable, but not within anyone's gift, and an objective she could fail in a bad week sets her up for shame rather than support. # ref: SMART planning: attainable and realistic # stance: to]
+ [Chloe will see the school counsellor she chose every Tuesday until the summer term ends, and use the night-time plan she wrote with the adult she lives with when worries start; we will know it is working if, when she and the adult she lives with check the plan in July, she says she is sleeping through most nights and has tried a week without the landing light # permanence: +1 # contact: 0 # disruption: -2 # why: Specific, chosen by Chloe, measurable in her own terms, achievable and timed; it focuses on what she wants to change rather than on a service she has refused. # ref: SMART planning: outcome-focused, co-produced # stance: with]
    ~ plan_quality = plan_quality + 1
- -> relationships_objective

= relationships_objective
# scene: family-home
Relationships and a home for good. {plan == 1: Chloe's home is Nana's, legally and in every other way. What worries Abena is what happens at eighteen, when the order ends and Chloe, who left care through special guardianship, will not be a care leaver; and what happens if she is ill.}{plan == 2: Chloe is matched long-term. What worries her is eighteen: "Do I have to leave when I'm eighteen? Because I'm not going to."}{plan == 3: Chloe has said she will not stay at Ash House after eighteen "because it's a job for them", and also that she is frightened of living on her own.}{plan == 4: Chloe lives with her mum. What worries her, though she only says it to Nana, is what happens if Mum "goes back to how she was".} Chloe has written: "Know where I'm living till I'm grown. Not have to ask."
# decision: chloe.p6.relationships-objective
# prompt: What objective would give Chloe the certainty she is asking for about her home and the people in it?
+ [Chloe will have a stable and loving home # permanence: +1 # contact: 0 # disruption: 0 # why: Everyone wants it for her; as an objective it cannot be measured, has no date and no owner, and gives Chloe no more certainty than she has now. # ref: SMART planning: goal or objective # stance: for]
+ [By her sixteenth birthday, Chloe will know in writing where she can live until she is twenty-one and who will still be there for her, agreed at a meeting she chairs with the adults she lives with and her family # permanence: +3 # contact: +1 # disruption: -2 # why: Specific, timed to her birthday, measurable by a written agreement, achievable, and aimed at exactly the certainty she asked for; it puts Staying Put, Staying Close or the family's commitment in writing early. # ref: Care Leavers standards: stay put with foster carers until 21; Module 4: planning for post-18 care # stance: with]
    ~ plan_quality = plan_quality + 1
+ [A referral will be made for post-eighteen arrangements when Chloe is seventeen and a half # permanence: 0 # contact: 0 # disruption: +1 # why: It follows a common timetable, but it leaves Chloe uncertain for two more years about the thing she has asked about most. # ref: Care Leavers standards: encourage young people to stay until 18 with the information they need # stance: for]
+ [The adults Chloe lives with will make sure she keeps to her curfew and comes home on time # permanence: 0 # contact: 0 # disruption: +1 # why: Specific and measurable, but it is about controlling Chloe rather than securing her relationships, and it answers a question she did not ask. # ref: SMART planning: outcome-focused; restorative practice, with not to # stance: to]
- -> adulthood_objective

= adulthood_objective
# scene: family-home
Getting ready for adult life. Chloe wants a Saturday job, a bank card, and "to be able to cook something that isn't pasta". She has written: "Not be chucked out at sixteen like that girl at school."
# decision: chloe.p6.adulthood-objective
# prompt: Which objective prepares Chloe for adult life without pushing her into it?
+ [Chloe will move into supported lodgings at sixteen to practise living independently # permanence: -2 # contact: -1 # disruption: +2 # why: Specific and timed, and sometimes driven by budgets or a carer's plans, but it is exactly what Chloe fears, it ends her home early, and it ignores that young people who stay longer do better. # ref: Care Leavers standards: encourage young people to stay until 18; Staying Put # stance: to]
+ [Chloe needs to develop her independence skills # permanence: 0 # contact: 0 # disruption: 0 # why: A need, not an objective: which skills, practised with whom, and by when? # ref: SMART planning: goal or objective # stance: for]
+ [Before her sixteenth birthday Chloe will open a bank account with the adult she lives with, cook one family meal a week of her choosing, and find a Saturday job, so that at sixteen she can help write her own plan for the next stage # permanence: +1 # contact: +1 # disruption: -1 # why: Specific, small, measurable steps, practised at home with the people she lives with rather than alone, timed to her sixteenth birthday and aimed at her helping to write her own next plan. # ref: Care Leavers standards: by 16 the young person has helped form their own pathway plan; SMART planning # stance: with]
    ~ plan_quality = plan_quality + 1
+ [A referral will be made to the leaving care service when Chloe is sixteen # permanence: 0 # contact: 0 # disruption: 0 # why: It names a service and a date, but says nothing about what Chloe will be able to do, or who will help her learn it; and if she is not in care at sixteen, the leaving care service will not be hers to call on. # ref: SMART planning: outcome-focused # stance: for]
- -> contingency

= contingency
# scene: office
The contingency plan. Every plan needs one: what happens if this plan does not work. It has to be specific to Chloe. It cannot simply say that the local authority will review the situation.
# decision: chloe.p6.contingency
# prompt: Write Chloe's contingency plan. Who in her family and network could step in, what needs doing now to make that real, and what would Chloe do if she needed help?
# justify
+ {plan == 1} [If the special guardianship arrangement breaks down, the local authority will assess Chloe's needs and consider whether she needs to be looked after # permanence: 0 # contact: 0 # disruption: +1 # why: It is accurate and says nothing: no named person, no assessment, nothing Chloe could act on. # ref: SMART planning: a contingency plan cannot simply state what the local authority will do # stance: for]
+ {plan == 1} [If Nana becomes unwell or the arrangement comes under strain, Chloe stays with Auntie Donna, who has agreed and whose home and shifts the support worker has talked through with her by June; she keeps her school and choir; the support worker holds a family meeting within five working days; Chloe has Donna's and the support worker's numbers in her phone # permanence: +2 # contact: +2 # disruption: -2 # why: Specific to Chloe and her family, with Donna's offer tested now so the contingency is real, and with what Chloe herself would do. # ref: SMART planning: contingency plans individual to the child, with family assessed now # stance: with]
    ~ contingency_specific = true
+ {plan == 1} [No contingency is needed: Nana is committed and the order is permanent # permanence: -1 # contact: 0 # disruption: +2 # why: Commitment is not the same as health, and a sixty-nine-year-old carer with diabetes needs a plan for the day she cannot manage. # ref: SMART planning: all plans need a contingency # stance: not]
+ {plan == 2} [If the placement breaks down, the local authority will find an alternative placement that meets Chloe's needs # permanence: 0 # contact: 0 # disruption: +1 # why: It is the sentence most care plans contain, and it describes an emergency search rather than a plan. # ref: SMART planning: contingency individualised to the child # stance: for]
+ {plan == 2 && home != 1} [If the placement comes under strain, a stability meeting within five working days; if it ends, Chloe goes to Nana Abena, whose connected-person assessment is updated now; she keeps her school, choir and Saturday job; and her carers remain in her life whatever happens # permanence: +2 # contact: +2 # disruption: -2 # why: It names who, how fast and what stays the same for Chloe, and updates the family assessment now so the contingency can be used on the day it is needed. # ref: SMART planning: contingency planning with the family; Practice Standards, Permanence: pre-disruption meetings # stance: with]
    ~ contingency_specific = true
+ {plan == 2 && home == 1} [If Nana becomes unwell or the placement comes under strain, Chloe stays with Auntie Donna, whose connected-person assessment is completed by June, keeps her school and choir, and a stability meeting is held within five working days; Chloe has Donna's number in her phone and knows she can use it # permanence: +2 # contact: +2 # disruption: -2 # why: It names the person, the timescale and what stays the same for Chloe, and assesses her aunt now so the contingency can be used on the day it is needed. # ref: SMART planning: contingency planning with the family, assessed now # stance: with]
    ~ contingency_specific = true
+ {plan == 2} [Identify a second foster placement now as a back-up, in case the current one ends # permanence: -1 # contact: 0 # disruption: +1 # why: It looks prudent, but a back-up family of strangers ignores the family Chloe already has, and carers who learn of it hear that their placement is expected to fail. # ref: Permanency job aid: relational permanence # stance: to]
+ {plan == 3} [If the placement at Ash House ends, the local authority will seek another residential or foster placement # permanence: 0 # contact: 0 # disruption: +1 # why: Accurate and empty: no people, no timescale, nothing Chloe could use. # ref: SMART planning: contingency individualised to the child # stance: for]
+ {plan == 3} [Chloe will be reminded that if she goes missing again she may have to move to a placement further away # permanence: -2 # contact: -1 # disruption: +2 # why: A threat presented as a plan: it may feel like holding a line, but it punishes rather than protects, and makes running more likely. # ref: Practice Model: restorative practice, with not to # stance: to]
+ {plan == 3} [If Chloe goes missing or Ash House cannot keep her safe, the missing protocol she agreed applies and she can stay at Nana's, whose connected-person approval is kept current; if Lou leaves, a planned handover to a key worker Chloe chooses; Chloe has Nana's and Lou's numbers, and knows she can ring either at any hour # permanence: +2 # contact: +2 # disruption: -2 # why: It plans for the two likeliest risks in residential care, missing episodes and staff changes, using her family and the relationships she values, with assessments kept current. # ref: SMART planning: contingency plans individual to the child # stance: with]
    ~ contingency_specific = true
+ {plan == 4} [If Leanne relapses, Chloe will return to foster care # permanence: -1 # contact: -1 # disruption: +1 # why: It is specific, but it ignores the grandmother who is ready now and would send Chloe to strangers at the worst moment. # ref: Permanency job aid: relational permanence; Practice Standards: family before care # stance: to]
+ {plan == 4} [If Leanne drinks, Chloe rings Nana, who collects her that night; a family meeting is held within forty-eight hours; Abena's connected-person approval is kept current so Chloe can stay with her; Chloe is never expected to look after her mum or Tyler; and Leanne has agreed all of this in writing while she is well # permanence: +2 # contact: +2 # disruption: -2 # why: Written with the family while Leanne is well, it names the safe place, the timescale and what Chloe must not do again, and it keeps the family assessment current so it can be used. # ref: SMART planning: contingency planning with the family, who can provide care and assess them now # stance: with]
    ~ contingency_specific = true
+ {plan == 4} [If there are further concerns about Leanne's drinking, the local authority will consider the need for care proceedings # permanence: 0 # contact: -1 # disruption: +1 # why: It is what many plans say, and it is the kind of contingency the planning guidance warns against: a process, not a plan Chloe could act on. # ref: SMART planning: a contingency cannot simply state the local authority will take action # stance: to]
- -> review

= review
# scene: office
The review is held in April{plan == 1: at Nana's, with a special guardianship support worker, Abena, Leanne and Chloe round the table}{plan != 1: and Chloe co-chairs it}. {plan_quality >= 4: The plan fits on two sides of paper. Chloe reads it aloud. Leanne asks for a copy for her own fridge.|The plan is long, and most of it is about what services will do. Chloe signs it without reading it, which everyone notices and nobody mentions.} {contingency_specific: The contingency plan is the part Abena reads twice.|Nobody reads the contingency plan.}
+ [Three years on]
-> epilogue

= epilogue
# scene: family-home
{
- plan == 1:
    {plan_quality >= 4 || contingency_specific: -> end_nana | -> end_drift}
- plan == 2:
    {plan_quality >= 4: -> end_fostering}
    {contingency_specific: -> end_nana | -> end_drift}
- plan == 3:
    {plan_quality >= 4 || contingency_specific: -> end_residential | -> end_drift}
- else:
    {plan_quality >= 4: -> end_home}
    {contingency_specific: -> end_nana | -> end_drift}
}

= end_nana
# scene: family-home
~ lives_with = "paternal grandmother, Abena Mensah"
~ legal_status = "special guardianship order (Abena Mensah)"
~ tie_abena = 5
March 2031. Chloe is eighteen.

{plan == 1 && plan_quality >= 4: Nana's plan held. In the winter Chloe was sixteen, Abena spent three weeks in hospital with an infection in the new knee, and Chloe stayed with Auntie Donna, went to school every day, and visited the ward every evening with a flask of light soup. Nobody had to find a bed. The special guardianship support worker held the family meeting on day four.}
{plan == 1 && plan_quality < 4: It was not easy. At sixteen Chloe and Nana stopped speaking for a month over a boy, a phone and a window, and Abena's blood sugar went through the roof. The contingency plan was what saved it: Chloe spent five weeks at Auntie Donna's, kept her school and her choir, and came home when she and Nana had both said sorry, in that order.}
{plan == 2 && home != 1: The placement ended when Chloe was sixteen: {home == 4: Martin's heart attack in the lambing season, and Julie, exhausted, said she could not carry on with a teenager as well|Daniel's illness, and a move the Boatengs had to make to be near his hospital}. The contingency plan was ready. Chloe moved to Nana's that week under an updated connected-person approval, kept her school and her Saturday job, and at her request, after she and Abena had independent advice about what it would mean for her leaving-care support, Abena applied for special guardianship six months later. {home == 4: Julie|Comfort} came to court.}
{plan == 2 && home == 1: When Chloe was sixteen, Nana spent a month in hospital with an infection in her new knee. The contingency plan was ready: Chloe stayed with Auntie Donna, kept her school and her choir, and visited the ward every evening. When Abena came home, Chloe asked her to apply for special guardianship, "so nobody can inspect us any more". They took independent advice about what it would mean for her leaving-care support, and went ahead; the order was made that spring.}
{plan == 4: Leanne relapsed when Chloe was fifteen and a half, after her sister Donna's diagnosis. Chloe rang Nana at eleven at night, as the fridge plan said. Abena collected her in a taxi. The family meeting was held two days later, with Leanne there, ashamed and sober. Chloe stayed with Nana, at first for a month and then for good; Abena became her special guardian, and Leanne, back at Open Door, has Chloe for tea every Wednesday.}

She lives with her grandmother on Marsh Lane, in the room with the photograph of a four-year-old in a choir robe. She is at Haverley College doing health and social care, with nursing in mind, "because Nana said I'd be rubbish at it". She sings with Auntie Grace's choir and has been to Kumasi twice. Tyler, now eleven, stays over one Saturday a month and is teaching her to lose at FIFA. Her mum comes to every concert. Her dad has started calling her Akosua.

Legal permanence: a special guardianship order that carried her to eighteen, in her own family. Relational permanence: her Nana, her mum, her brother, her dad, her aunt. Cultural permanence: both halves of her name.
# ending: special-guardianship-nana
# outcome: Chloe grew up with her grandmother under a special guardianship order, with both sides of her family and her Ghanaian heritage in her life, because a plan specific to her named the people who could hold her before they were needed.
-> END

= end_fostering
# scene: foster-home
~ legal_status = "care leaver (Staying Put)"
March 2031. Chloe is eighteen.

{home == 2: She still lives with Comfort and Daniel Boateng in Eastholme, under a Staying Put arrangement agreed in writing when she was fifteen and three quarters. She has a box-braid appointment with Comfort every six weeks and a standing argument with Daniel about the bus timetable.}{home == 4: She still lives with Julie and Martin Hargreaves in Brackenfield, under a Staying Put arrangement agreed in writing at a meeting she chaired at fifteen. Julie can now do box braids, though Chloe still goes to Nana for anything important. Sam, now twenty-two, comes home at Christmas and says "all right" to her at breakfast.}{home == 1: She still lives with Nana Abena on Marsh Lane, now under a Staying Put arrangement as a former connected-person placement. She has told everyone that she is never moving.}

She passed maths with a 5. She is at Haverley College doing A-level music and A-level biology, "to keep Nana happy". She has a personal adviser, Jordan, whom she tolerates. She sees Tyler every Saturday, her mum every week and her dad once a month, and she has been to Kumasi with Nana and Kwame. She sings alto in Auntie Grace's choir. {tie_julie >= 2 && home != 4: Julie Hargreaves still sends a card at lambing time.}

Legal permanence: a care order that ended at eighteen, and a written Staying Put agreement to twenty-one. Relational permanence: a family that chose her and a family she was born to, both of them still there. Cultural permanence: her heritage held in her home, her church and her family.
# ending: long-term-fostering-staying-put
# outcome: Chloe's long-term foster placement was matched, planned with her and held; she stays put beyond eighteen with strong ties to her mother, brother, father and grandmother.
-> END

= end_residential
# scene: family-home
~ legal_status = "care leaver (Staying Close)"
~ lives_with = "her own flat near Ash House, with Staying Close support"
March 2031. Chloe is eighteen.

She left Ash House on her eighteenth birthday, three weeks ago, for a one-bedroom flat four streets away, under the Staying Close arrangement written into her plan at fifteen. Lou Carter still runs Ash House, and Chloe still argues with her, mostly about whether Chloe is eating properly. {plan_quality >= 4: The plan she wrote at fifteen carried her through the two hardest years: a missing night at sixteen that ended at Nana's, as the contingency said, and a boy at seventeen whom she ended things with herself.|It was not smooth. There was a missing night at sixteen, and the contingency plan sent her to Nana's rather than to a new placement, which she says is the only reason she did not run further.}

Nana Abena comes for Sunday lunch at the flat, which is a reversal everyone enjoys. Tyler, eleven, stays over one Saturday a month and thinks the flat is the coolest place in Haverley. Her mum comes to her concerts. Her dad sends money he cannot really spare for the bus to Ashbridge. Chloe is doing a music course at Haverley College and works Saturdays in a hairdresser's on Market Street that specialises in Afro hair, "so I can fix what Brackenfield did to me".

Legal permanence: a care order that ended at eighteen, and a care leaver's entitlements to twenty-five. Relational permanence: not a foster family, but a web of people who stayed: Nana, Lou, Mum, Tyler, Dad. Cultural permanence: a choir, a hairdresser's, and two grandmothers' stories in a book.
# ending: residential-staying-close
# outcome: Chloe stayed at Ash House by choice and left with Staying Close support; her relational and cultural permanence were held by her family and a key worker who stayed, rather than by a foster family.
-> END

= end_home
# scene: family-home
~ lives_with = "her mother, Leanne Walsh"
~ legal_status = "no order (care order discharged)"
March 2031. Chloe is eighteen.

The care order was discharged in the summer of 2028. The fridge plan stayed on the fridge. There was one bad weekend when Chloe was sixteen; Leanne rang Abena herself, on the Saturday morning, before Chloe had to, and Chloe spent two nights at Nana's and came home on the Monday. Leanne is six years without a drink, with that weekend counted honestly, and works at Open Door three days a week.

Chloe lives with her mum on Cedar Road, in the purple room, which she has painted grey. She is at Haverley College doing music and health and social care. She is not her mother's carer; there is a written line about that in a plan somewhere, and she says she does not need it any more, but she knows where it is. Tyler comes for tea on Wednesdays. Nana takes her to church when she wants to go, which is about once a month, and to Kumasi last summer with her dad.

Legal permanence: home, with no order at all. Relational permanence: her mum, well, and a grandmother who was always the plan B, and knew it, and did not mind. Cultural permanence: both grandmothers' stories, and a Twi name her mum now uses too.
# ending: home-with-mum
# outcome: Chloe returned home to her mother with a specific relapse plan and support; the care order was discharged and her grandmother, brother and father remained part of her life.
-> END

= end_drift
# scene: office
~ lives_with = "supported accommodation"
~ legal_status = "care leaver"
~ tie_abena = 4
March 2031. Chloe is eighteen.

The plan did not hold. {plan == 1: At sixteen, Chloe and Nana fell out badly, Abena's health failed the same winter, and there was no contingency: nobody had assessed Donna, and the special guardianship support team had a waiting list. Chloe became looked after again, at sixteen, in an emergency placement in Eastholme.}{plan == 2: At sixteen the placement ended, quickly, after a run of rows and a night she did not come home. The contingency said the local authority would find another placement, and it did, forty miles away.}{plan == 3: At sixteen Lou left Ash House for another job, two missing episodes followed, and Chloe was moved to a placement in another county because the contingency named nobody.}{plan == 4: At fifteen and a half Leanne relapsed. There was no plan for it that Chloe could use. She was found at two in the morning trying to get her mum to bed, and was placed that night with emergency carers she had never met.} Within a few months she had moved to supported accommodation: a room in a shared house in Haverley, with a support worker who comes on weekdays.

She is eighteen now, a care leaver with a personal adviser and a pathway plan. She finished her GCSEs with a 6 in music and a 3 in maths. She is working at a coffee shop and thinking about college again. She has not cut herself for two years, and she has said so at every review, as if daring someone to say otherwise.

The one person who never stopped turning up is Nana Abena, who brings soup on Sundays and does her hair once a month in the kitchen of the shared house while the other residents watch. Chloe sees Tyler when Sandra can bring him. Her mum is sober again and they are "working on it". Her dad texts.

Legal permanence: none, beyond the entitlements of a care leaver. Relational permanence: thin, but not nothing; one grandmother holds it. Cultural permanence: the Sunday hair, the Twi, the choir she goes back to at Christmas. A plan written with her, with a contingency that named the people who loved her, might have kept her home.
# ending: supported-accommodation-at-sixteen
# outcome: Chloe's plan was not specific enough to survive a crisis at sixteen; she moved to supported accommodation, with her grandmother as the one constant relationship.
-> END
