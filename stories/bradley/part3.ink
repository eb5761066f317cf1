// Part 3: Making it last. The final evidence, the court's decision, the order and support plan,
// family time after the order, the first wobble, and what Bradley will one day read.
// Variables no longer needed are reset at the start and as the part goes on, to keep the state space small.

=== p3_start ===
# part: 3 Making it last
# scene: office
The weeks before the final hearing.

The final evidence is due. Your care plan says {plan == "home":Bradley should go home to Kerry}{plan == "sgo":Bradley should live with {who(final)} under a Special Guardianship Order}{plan == "ltf":Bradley should stay in long-term foster care with {who(home)}}{plan == "adopt":Bradley should be placed for adoption}. Hannah Brooks, the guardian, has told you what she expects: every realistic option, for Bradley and for Poppy, weighed side by side, with the reasons in words the judge and, one day, Bradley can follow. Sue wants it filed on Friday. Your diary has two other final statements in it this month.

Kerry rings you twice this week. The second time she says, "Just tell me what you're going to say about me. Don't let me read it in a bundle." # decision: bradley.p3.evidence # prompt: What does the court need from your final evidence, and who should see your reasoning before the judge does?
+ [Set out the case for your recommended plan in full, and summarise the options you do not recommend in a paragraph each # permanence: -1 # contact: 0 # disruption: +1 # why: It is quicker and persuasive, but a one-sided analysis invites the guardian's challenge and an adjournment, and Bradley will one day read how little his other family were weighed. # ref: Re B-S \[2013\] EWCA Civ 1146; Practice Standards, Permanence: CPR written for the child # stance: to]
    You file on time. At the issues resolution hearing the judge asks where the analysis of the other options is, and gives you seven days to file it. Hannah says nothing in court, and a great deal in the corridor.
+ [Write a full side-by-side analysis of every realistic option, including those you do not recommend, file it on time, and let Kerry's solicitor take her through it # permanence: +2 # contact: 0 # disruption: -1 # why: It is what the law requires and gives the judge a real choice, filed on time, but Kerry reads the hardest words about her in a bundle, after asking you not to let that happen. # ref: Re B-S \[2013\] EWCA Civ 1146: holistic analysis of realistic options # stance: for]
    You work on it until eleven on Thursday night. Each option gets its benefits and its risks for Bradley, in plain words. The section on returning home to Kerry is the hardest to write fairly and the one you rewrite most. You file on Friday at 3.52. Kerry's solicitor emails on Monday: "My client wishes it known that she felt the document was fair, and hated every word of it." Kerry does not answer your next two calls.
+ [File the full analysis on Friday, and tell Kerry your recommendation face to face on Thursday, before she reads it # permanence: +2 # contact: +1 # disruption: -1 # why: The analysis goes in on time and she hears the recommendation from you, not a bundle, but the evening it takes was the one you had for the support plan, and what is thin now is thin after the order. # ref: Re B-S \[2013\] EWCA Civ 1146; Practice Model: with, not to; SMART planning: co-production # stance: with]
    You finish the analysis on Wednesday night and see Kerry at the family centre on Thursday, with her solicitor's agreement. You tell her the recommendation first, then the reasons, then what she can do with it. She says, "I asked you to tell me, and you did," and then she asks you to leave. You file on Friday at 3.52. The support plan is thinner than you wanted, and goes in as it is. Kerry's solicitor emails on Monday: "My client wishes it known that she felt the document was fair, and hated every word of it."
    ~ stable = MAX(stable - 1, 0)
+ [Go through the draft with Kerry and Dean, as parties, with their solicitors' agreement; meet the grandmothers separately for their views; and file it a week late # permanence: 0 # contact: +1 # disruption: +1 # why: The parents hear your reasoning from you and can correct the facts, and the relatives' views go in without their seeing a court document, but the court's timetable slips and the hearing date may go. # ref: SMART planning: co-production, not just participation; Children and Families Act 2014: 26 weeks # stance: with]
    You meet Kerry at the family centre, with her solicitor's agreement, and read her the section about her. She interrupts twice to correct a date, and once to say, "That bit's true, though." {dean_in:Dean reads his section in the car park and asks you to add that he has not missed a Saturday.} You see Brenda and Linda at home, and write down what they say without showing them the statement. You file a week late, with an apology to the court and the family's views in their own words. The judge grants the extension, without enthusiasm, and the final hearing moves back a fortnight.
    ~ drift = true
- -> p3_hearing

=== p3_hearing ===
# scene: court
The final hearing. Calderbrook Family Court, court two, a room with no windows and a clock that runs four minutes fast.
{
- final == "home":
    {plan == "sgo":The special guardianship application is contested. Kerry, represented, opposes it and gives evidence for forty minutes; her alcohol worker backs her with twelve weeks of clear tests since the lapse she disclosed herself. Hannah Brooks tells the court she cannot support a special guardianship order over a safe return to a parent whose progress is sufficient. The local authority's barrister does her best with your analysis, which is fair to Kerry, and that is the problem. The judge reminds everyone that the law asks first whether a child can live safely with a parent, and that any order must be proportionate. She will not make the special guardianship order, and invites the local authority to think again. It files a revised plan for Bradley's return home within the week, with his grandmothers at the centre of the safety plan.}{plan == "adopt":The judge refuses the application for a placement order: on the evidence of Kerry's progress, this is not a case where nothing else will do. She cannot make the local authority change its care plan, but she adjourns and invites it to think again. A fortnight later the local authority files a revised plan for Bradley's return home, and Hannah supports it.}{plan == "ltf":The local authority's plan is long-term fostering. Hannah Brooks opposes it: a mother whose progress is sufficient and sustained, with a network around her, has to be considered first, and the local authority has not said why she cannot care for him. The judge agrees. She will not approve a plan for long-term fostering with a parent in this position, and invites the local authority to think again; it files a revised plan for Bradley's return home within the fortnight.}{plan == "home":Hannah supports the plan for Bradley to go home.} Kerry's alcohol worker gives evidence that her tests have been clear for twelve weeks since the lapse she disclosed, and that she is "honest about risk". The judge approves the care plan for a phased return over six weeks while the interim care order continues, with the network's safety plan set out in it, and lists the case for a short final hearing once Bradley is home. {poppy_with == "tina":Poppy is to go home too, on a slower plan: a month after Bradley, with Tina's weekends kept as family time. Tina tells the court she is sad and will not stand in the way.|Poppy is to go home too, a fortnight after Bradley.} Kerry holds on to the edge of the table when the judge says it, and thanks her, not you.
    ~ home = "kerry"
- final == home:
    {plan == "adopt":The judge refuses the application for a placement order. She says, kindly but clearly, that with a grandmother already caring for Bradley well, this cannot be said to be a case where nothing else will do, and invites the local authority to reconsider. It files a revised care plan for permanence with {who(home)}, and the final hearing is adjourned for three weeks for the reports the order will need.}{plan == "home":The judge finds that Kerry has made real efforts, but that her progress is not yet enough for Bradley to go home safely within his timescale, and she will not approve a return home. The local authority turns to its contingency plan, permanence with {who(home)}, which the guardian supports. Kerry leaves the court before the end.}{plan == "sgo":{who(home)}'s application for a Special Guardianship Order is contested. Kerry, represented, opposes it: she says she has done everything asked of her, and on some weeks she has. Her solicitor cross-examines you for an hour on the weeks she has not, and on whether a supervision order at home was properly weighed. Hannah Brooks supports the special guardianship order, with generous family time. The judge finds that Kerry has made real efforts, but that her progress has not held for long enough for Bradley's safety in his timescale, and indicates that she will make a special guardianship order once she has seen the final shape of it and the support plan. Kerry cries through the whole judgment, and stops you in the corridor afterwards to say, "You could have said it kinder. You couldn't have said it different."}
- final == "linda" || final == "brenda":
    {plan == "adopt":The judge will not make a placement order while a grandmother whose viability assessment was positive has not been fully assessed.}{plan == "home":The judge does not approve the plan for Bradley to go home, and asks the local authority to set out its contingency plan.}{plan == "sgo":The judge accepts the plan in principle, but notes that Bradley has never lived with {who(final)} and that nobody has yet done the full assessment the order would need.}{plan == "ltf":Hannah Brooks asks why a grandmother with a positive viability assessment was never fully assessed, when the law prefers a connected person to unrelated carers. The judge will not approve long-term fostering with Gill and Pete until she has been.} Under section 32(5) she extends the timetable and adjourns for eight weeks for a full assessment of {who(final)} and a transition plan, past the 26 weeks. Bradley moves from Gill and Pete's to {who(final)}'s eight weeks later, after three weeks of introductions. Gill packs his lorries in a box with his name on it. Pete cannot come to the door. {poppy_with == "gill" && poppy_plan == final:Poppy moves with him.}
    ~ home = final
    ~ drift = true
- final == "ltf":
    {plan == "ltf" && home != "gill":Hannah argues that a family order with {who(home)} would give Bradley more security than long-term fostering, and that the local authority has not explained why it prefers a care order. The judge approves the care plan, but asks for Special Guardianship to be looked at again at the next review.}{plan == "ltf" && home == "gill":The judge approves the plan for long-term fostering, and asks the local authority to say in its care plan how Bradley's relationships with his mother, his father's family and his sister will be kept alive.}{plan == "home":The judge finds Kerry's progress is not enough for a return home in Bradley's timescale. With no family member assessed in time, the local authority's contingency, long-term fostering with Gill and Pete, becomes its plan, and the judge approves it.}
- final == "adopt":
    Before the application was made, the Agency Decision Maker read your Child's Permanence Report and decided that Bradley should be placed for adoption; she sent it back once, asking for more on his grandmothers. The judge hears from Kerry, who says, "I know I've messed up. But he knows who I am." {dean_in:Dean tells the court he cannot offer Bradley a home, and does not consent.|Dean, a party since the first hearing but never part of the planning, tells the court he cannot offer Bradley a home, and does not consent; the judge asks, sharply, why nobody asked him sooner what he or his family could offer.} The grandmothers had never been fully assessed, and the judge will not consider a placement order until they are{poppy_plan == "adopt":, nor one for Poppy until Tina has been}: she extends the timetable under section 32(5) by eight weeks, the most one extension allows, for the full assessments. Linda withdraws, because of Mick's health. Brenda's assessment is careful and fair, and negative: she has never cared for Bradley, she and Kerry cannot yet be in a room together, and she tells the assessor herself that she could not keep Kerry from the door.{poppy_plan == "adopt": Tina's is negative too: Callum has been staying at her house in breach of his bail, and she cannot say how she would stop him.} With no family placement the court can approve after a proper search, and Kerry's progress not enough in Bradley's timescale, the judge makes a care order and a placement order, dispensing with Kerry's and Dean's consent under section 52(1)(b) of the Adoption and Children Act 2002 because Bradley's welfare requires it, and says she does so with a heavy heart. {poppy_plan == "tina":Poppy's Special Guardianship Order to Tina is made the same afternoon{poppy_with != "tina":, and Poppy moves to Tina's over a fortnight}.|On the Agency Decision Maker's plan for her, the judge makes a placement order for Poppy too, dispensing with Kerry's and Callum's consent, and asks why nobody has assessed whether brother and sister should be placed together.}
    ~ home = "gill"
    ~ drift = true
}
{poppy_plan == "brenda" && poppy_with != "brenda" && final != "brenda":Poppy's case is heard alongside his. After Brenda's full assessment for her, the court makes a special guardianship order to Brenda, and Poppy moves from Gill and Pete's over a fortnight, to a home a bus ride from her brother's.}{poppy_plan == "brenda" && poppy_with == "brenda" && final != "brenda":Poppy's case is heard alongside his, and the court makes a special guardianship order to Brenda for her.}
// The plan and the timetable have done their work; from here only where Bradley lives matters.
~ plan = ""
// Poppy's plan now says where she is.
~ poppy_with = ""
{
- final == "home" && poppy_plan == "home":
    ~ lives_with = "Kerry (mother), with Poppy"
- final == "home":
    ~ lives_with = "Kerry (mother)"
- final == "linda" && poppy_plan == "linda":
    ~ lives_with = "Linda Cartwright (paternal grandmother), with Poppy"
- final == "linda":
    ~ lives_with = "Linda Cartwright (paternal grandmother)"
- final == "brenda" && poppy_plan == "brenda":
    ~ lives_with = "Brenda (maternal grandmother), with Poppy"
- final == "brenda":
    ~ lives_with = "Brenda (maternal grandmother)"
}
{
- final == "linda":
    ~ tie_linda = 5
- final == "brenda":
    ~ tie_brenda = 5
- final == "ltf" && home == "gill":
    ~ tie_gill = 4
- final == "adopt":
    ~ tie_gill = 3
}
-> p3_order

=== p3_order ===
# scene: office
{final == "home":The return home went well: Bradley slept in his old room on the first night and told Kerry the bin men had missed him. Now the court wants the final shape of the order and the support around it.}{final == "linda" || final == "brenda":{who(final)} is Bradley's carer now. Before the order is made the court needs the final shape of it, and the support that goes with it. {who(final)} has asked you, more than once, what happens if she cannot cope, and what happens with money.}{final == "ltf":Bradley's future is long-term foster care {home == "gill":with Gill and Pete, if they will have him|with {who(home)}}. The care plan needs its final shape.}{final == "adopt":Bradley is four. The family-finding social worker, Priya, is honest: boys of four, with a sister and a mother they remember, wait longest.} # decision: bradley.p3.order # prompt: What order, and what support around it, gives Bradley the most security with the least intrusion? What will the carer need in year two, not just week two?
+ {final == "home"} [Ask the court for a care order at home, so the authority keeps parental responsibility while the return beds in, and tell Kerry at court # permanence: 0 # contact: +1 # disruption: 0 # why: It keeps the authority's power to act at once if Kerry drinks, which a tired service finds reassuring, but a care order at home needs exceptional reasons, not the wish to secure services, and asking for one tells Kerry she is still not trusted. # ref: Re JW \[2023\] EWCA Civ 944 and the Public Law Working Group guidance: a care order at home only exceptionally; Children Act 1989 s.1(5) # stance: to]
    ~ legal_status = "supervision order (12 months)"
    The judge asks what the exceptional reason is. Your barrister says the local authority wants to be able to act quickly; the judge says that is what every authority wants, and that services are to be provided without one. She makes a twelve-month supervision order instead. Kerry says to you in the corridor, "So you wanted to be able to take him whenever you liked." You say it is not like that. She does not look convinced, and the support plan that follows is written around her, not with her.
+ {final == "home"} [A twelve-month supervision order, with a written support plan and the family's own safety plan # permanence: +2 # contact: +2 # disruption: -1 # why: Support and oversight without taking parental responsibility from Kerry, but a supervision order has no teeth if she stops engaging. # ref: Children Act 1989 s.31 and s.35: supervision orders; Harwin et al. (2019) on supervision orders; SMART planning: contingency specific to the child # stance: with]
    ~ legal_status = "supervision order (12 months)"
    ~ stable = MIN(stable + 1, 1)
    The plan fits on two sides of paper. Kerry keeps a copy on the fridge next to Bradley's bin-day chart. Brenda and Linda are both in it.
+ {final == "home"} [No order: close the proceedings and support the family through a child in need plan and the network they built # permanence: +1 # contact: +2 # disruption: +1 # why: It treats Kerry as the parent she has become and respects the network, but if things slip there is no legal framework and the support is easy to withdraw. # ref: Children Act 1989 s.17 and the no order principle; Practice Standards: Child in Need reviews # stance: with]
    ~ legal_status = "no order; child in need plan"
    ~ stable = MAX(stable - 1, 0)
    The judge is persuaded, with some hesitation. The child in need plan is reviewed every twenty working days. Three months later your team is restructured and the case is transferred.
+ {final == "linda" || final == "brenda"} [Agree with {who(final)}, who fears losing her allowance and support, to keep Bradley with her as a foster placement under a care order # permanence: -1 # contact: 0 # disruption: 0 # why: It answers her fear and support and oversight continue, but Bradley stays a looked-after child with reviews and medicals, his grandmother has no order of her own, and her fear about support was never answered with a plan. # ref: Practice Standards, Children in Care: looked-after reviews at least every 6 months; Special Guardianship Regulations 2005 (as amended 2016): support services # stance: with]
    ~ legal_status = "care order; connected-person foster placement"
    The care order is made. {who(final)} keeps her fostering allowance and her supervising social worker, and Bradley keeps his reviews. He asks why the IRO comes to his house.
+ {final == "linda" || final == "brenda"} [A Child Arrangements Order for Bradley to live with {who(final)}, as she and Kerry would both prefer, with a discretionary allowance # permanence: +1 # contact: +1 # disruption: +1 # why: It is what the family want and gives her parental responsibility with less formality, but she shares it with Kerry on equal terms, Kerry can apply to vary it without the court's leave, and the allowance is discretionary, without the support assessment that comes with Special Guardianship. # ref: Children Act 1989 s.8 and Schedule 1 paragraph 15: child arrangements orders and contributions to the carer; Permanency job aid: legal permanency options # stance: with]
    ~ legal_status = "Child Arrangements Order (lives with grandmother)"
    ~ stable = MAX(stable - 1, 0)
    The order is made. Within four months Kerry's solicitor has applied to vary it.
+ {final == "linda" || final == "brenda"} [A Special Guardianship Order, with a support plan agreed before the hearing: allowance, therapy and a named worker # permanence: +3 # contact: +1 # disruption: -2 # why: Legal permanence with real support behind it, but negotiating the financial assessment and support plan takes weeks and some managers will question the cost. # ref: Special Guardianship Regulations 2005 (as amended 2016): assessment, support services and financial support; Wade et al. (2014) Investigating Special Guardianship; Practice Standards, Permanence: SGO support plan # stance: with]
    ~ legal_status = "Special Guardianship Order"
    ~ stable = MIN(stable + 1, 1)
    It takes three meetings and a fight with the finance panel. The support plan names a worker in the Special Guardianship support team, sets the allowance, and sets out family time. {who(final)} reads it twice and says, "So I'm not on my own."
+ {final == "linda" || final == "brenda"} [A Special Guardianship Order, and ask the court to add a twelve-month supervision order for oversight, though she has not asked for one # permanence: +2 # contact: +1 # disruption: -1 # why: Oversight during the first year, when most strain comes, but the grandmother may feel she is still being watched rather than trusted. # ref: Children Act 1989 s.14A and s.35: special guardianship and a supervision order alongside it # stance: to]
    ~ legal_status = "Special Guardianship Order, with a 12-month supervision order"
    {who(final)} agrees, a little stiffly. "I thought once it was done it was done."
+ {final == "ltf" && home == "gill"} [Refer him for a long-term match nearer Calderbrook and his family, and tell the carers once the referral is in # permanence: 0 # contact: +1 # disruption: +2 # why: It could bring him closer to his family and his nursery friends, but it means another move for a child who has just begun to settle. # ref: Permanency job aid: placement in the child's own community; Module 4: what puts permanence at risk # stance: to]
    ~ legal_status = "care order; awaiting a long-term match"
    ~ stable = MAX(stable - 1, 0)
    The referral goes in, and then you tell the carers. They take it quietly. So, somehow, does Bradley, who starts asking whether he is "going to another police house".
+ {final == "ltf" && home == "gill"} [Ask Gill and Pete whether they will keep Bradley long term, and take the match to the fostering panel if they say yes # permanence: +2 # contact: +1 # disruption: -1 # why: He stays with the people he has attached to, but they are in their sixties, twelve miles from his family, and nobody has planned what happens when they retire. # ref: Practice Standards, Permanence: long-term fostering match approved within 6 months # stance: with]
    ~ legal_status = "care order; long-term foster placement with Gill and Pete"
    ~ stable = MIN(stable + 1, 1)
    Gill and Pete talk it over for a week. Pete says, "We weren't going to do any more long-term ones. But it's him." The match is approved in month eight.
+ {final == "ltf" && home != "gill"} [Leave the care order and {who(home)}'s foster placement as they are, and put the question of an order to the next review # permanence: 0 # contact: +1 # disruption: +1 # why: Nothing is rushed and a tired grandmother is not pressed, but a question put off to a review is easily put off again, and Bradley stays a child in care in his own family. # ref: IRO Handbook (2010): the review tests the permanence plan; Practice Standards, Children in Care: looked-after reviews # stance: not]
    ~ legal_status = "care order; long-term connected-person foster placement"
    ~ stable = MAX(stable - 1, 0)
    The next review comes and goes with a new IRO, who reads the file and asks the same question. {who(home)} says she has not had time to think about it.
+ {final == "ltf" && home != "gill"} [Confirm {who(home)} as Bradley's long-term foster carer, and tell her it keeps her allowance, so there is nothing to decide # permanence: +1 # contact: +1 # disruption: 0 # why: He stays in his family with corporate support, but without the legal security of an order, and his grandmother stays a foster carer to her own grandson. # ref: Practice Standards, Permanence: Head of Service approval for long-term care # stance: for]
    ~ legal_status = "care order; long-term connected-person foster placement"
    {who(home)} signs the long-term placement agreement. "I'm his nan," she says, "not his foster carer. But if that's what it takes."
+ {final == "ltf"} [Invite the carers to consider a Special Guardianship Order instead, with a support plan # permanence: +1 # contact: 0 # disruption: +2 # why: Legal security and an end to being looked after, but carers often fear losing support, and a pushed application can unsettle a placement that was working. # ref: Permanency job aid: legal permanency options; Practice Standards: SGO support plans # stance: with]
    ~ legal_status = "care order; carers considering Special Guardianship"
    {home == "gill":Gill and Pete take advice. Gill says, "We're sixty-three and sixty-six. What happens to him if one of us goes?"|{who(home)} takes advice, and says she will think about it once Bradley is settled at school.}
+ {final == "adopt"} [Set a six-month limit on family-finding in the care plan, with long-term fostering with Gill and Pete as the contingency # permanence: +1 # contact: 0 # disruption: -1 # why: It stops Bradley waiting indefinitely, but a visible time limit can make adopters and carers both feel second best, and nobody asked Gill and Pete first. # ref: Practice Standards, Permanence: permanence in the child's timescales # stance: for]
    ~ legal_status = "care order and placement order"
    ~ stable = MIN(stable + 1, 1)
    The contingency is written into the care plan. Gill says, "We'd have him. You know we'd have him." {together == 1:The search is for both children, as the Agency Decision Maker decided. Five months later a family is found for them both.|Four months later a family is found.}
    {together == 1:
        ~ together = 2
    }
+ {final == "adopt"} [Ask Kerry and Dean what contact they can keep to, and look for adopters for Bradley who will keep it, and see Poppy # permanence: +2 # contact: +1 # disruption: 0 # why: Adoption with a real thread to his family, agreed with his parents, but open arrangements narrow the pool of adopters, and the search is for Bradley alone. # ref: Neil and colleagues on contact after adoption; Adoption and Children Act 2002 s.51A; Adoption Agencies Regulations 2005 regs 32-33: matching # stance: with]
    ~ legal_status = "care order and placement order"
    Kerry says she can manage letters twice a year and a meeting if the adopters will; Dean says he will write at Christmas. Priya writes Bradley's profile with you. It mentions the bin lorries, the toast, and his sister. Two families enquire. Claire and Owen, near Harrogate, say they would welcome Bradley's sister in their lives. The adoption panel recommends the match and the Agency Decision Maker agrees it.
+ {final == "adopt"} [Agree with Kerry, who asks it, to look only for adopters who will let her see Bradley every month # permanence: -1 # contact: +2 # disruption: +2 # why: It keeps his mother in his life as she begs you to, but almost no adopters will take it on, the search stalls, and Bradley waits at Gill and Pete's without a family of his own. # ref: Adoption and Children Act 2002 s.1(4)(f) and s.51A; Neil and colleagues on contact after adoption # stance: with]
    ~ legal_status = "care order and placement order"
    ~ stable = MAX(stable - 1, 0)
    Priya writes the profile the way Kerry asked. In four months one family enquires, Claire and Owen, near Harrogate, and they say they can manage a meeting twice a year, not every month. Kerry says twice a year is better than nothing. Bradley has waited four months longer for it.
+ {final == "adopt" && poppy_plan == "adopt"} [Look for adopters who can take Bradley and Poppy together, even if it takes longer # permanence: +1 # contact: +2 # disruption: +1 # why: The siblings grow up together, but sibling groups with an older boy wait longest, and both children stay in limbo meanwhile. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: for]
    ~ legal_status = "care order and placement order"
    ~ together = 2
    Priya widens the search to three regional adoption agencies. After five months there is one family, Claire and Owen, near Harrogate, who might take both children in time; Bradley first, Poppy once he is settled.
- -> p3_letter

=== p3_family_time ===
# scene: contact-centre
{
- final == "home":
    Bradley lives with his mum now. The question is the rest of his family: {dean_in:Dean and Linda, who have seen him every Saturday since the autumn|Linda, who has had him on Saturdays since the autumn, and Dean, whom he has met a handful of times at Linda's since the hearing}, and {poppy_plan == "tina":Tina, who has Poppy every other weekend|Brenda}. Kerry is wary of Dean. Dean is wary of Kerry.
- final == "adopt":
    Family time has to change shape now that a placement order is made. Kerry has been in and out of the picture since the hearing: some sessions warm, some missed, one where she brought Bradley a bin-lorry cake and could not stop crying. {dean_in:Dean's Saturdays have already gone down to once a month.|Dean has started to ring, late in the day.} {poppy_plan == "adopt":Poppy's own plan, approved by the Agency Decision Maker, is adoption too{together == 2:, with Bradley|, in a family of her own}.|Poppy lives with Tina.} Claire and Owen have read about open adoption and are nervous of it. What Bradley needs now is a goodbye he can understand and a plan for the years after.
- else:
    Family time after the order needs settling, and the order changes who decides it: {final == "ltf":under a care order the local authority still decides, with the carers, and must allow Kerry reasonable contact.|{legal_status == "care order; connected-person foster placement":under a care order the local authority still decides, with {who(final)}.|{who(final)} holds parental responsibility now, and the local authority's part is to advise and support{legal_status == "Special Guardianship Order, with a 12-month supervision order":, and for the first year to advise, assist and befriend as supervisor, not to decide|, not to supervise}.}} Kerry has been in and out of the picture since the hearing: some sessions warm, some missed, one where she brought Bradley a bin-lorry cake and could not stop crying. {dean_in:Dean comes every Saturday.|Dean has started to ring, late in the day.} {poppy_plan == final || poppy_plan == "ltf":Poppy lives with Bradley.|Poppy lives with {poppy_plan == "tina":Tina|Brenda}, and the siblings see each other at weekends.}
}
You open your diary and the care plan side by side. # decision: bradley.p3.family-time # prompt: After the order, which relationships does Bradley's family time have to protect, what is it for now, and who should decide it?
+ {final == "ltf"} [Every six weeks at the contact centre, supervised by the local authority, so the placement is protected from conflict # permanence: 0 # contact: +1 # disruption: -1 # why: Safe and predictable, and it protects the placement from conflict, but six weeks is a long time at four, and the contact centre keeps Kerry a visitor. # ref: Practice Standards: family time safe and supported; Schofield and Beek, the Secure Base model # stance: to]
    ~ tie_kerry = 3
    The sessions are calm and well recorded. Bradley starts to call the contact centre "Mummy's house".
+ {final == "ltf"} [Monthly time with Kerry in the community, {home == "linda":Dean on Saturdays|Saturdays at Linda's with Dean}, and Poppy fortnightly, arranged with the carers # permanence: +1 # contact: +2 # disruption: 0 # why: Regular enough to keep his mother and his father's family real people in Bradley's life, but it relies on the carers and Kerry getting on, and a bad session happens in a park with nobody to help. # ref: Children Act 1989 s.34: reasonable contact for a child in care; Biehal et al. (2010) Belonging and Permanence # stance: with]
    ~ tie_kerry = 4
    ~ tie_linda = 5
    The first one is at the soft play in Calderbrook. Bradley shows Kerry how fast he can go down the big slide. At the end he waves from the car window until she is out of sight.
+ {final == "ltf"} [Weekly family time with Kerry at {home == "gill":Gill and Pete's|{who(home)}'s}, as Kerry asks, so that Bradley sees his mum where he lives # permanence: 0 # contact: +2 # disruption: +2 # why: It is generous, and what Kerry asks for, but it asks the carers to host his mother every week, and a home that feels like a contact centre is harder for a child to settle into. # ref: Children Act 1989 s.34: reasonable contact for a child in care; Schofield and Beek, the Secure Base model # stance: with]
    ~ tie_kerry = 4
    ~ stable = MAX(stable - 1, 0)
    Kerry comes every Wednesday. Some weeks it is lovely. Other weeks Bradley is wild for the rest of the evening, and {home == "gill":Gill|{who(home)}} starts to dread Wednesdays and does not say so.
+ {final == "ltf"} [Agree with the carers and Kerry that the carers will arrange family time as they all see fit, with advice from you if they ask # permanence: +1 # contact: 0 # disruption: +1 # why: It respects the carers' day-to-day role and everyone likes it, but under a care order the plan is the authority's to make, and without one family time tends to fade, or to become a battleground. # ref: Children Act 1989 s.34; Module 4: contact arrangements that meet the child's needs # stance: for]
    ~ tie_kerry = 3
    For two months it goes well. Then there is a row about a birthday, and nobody arranges the next one.
+ {(final == "linda" || final == "brenda") && legal_status != "care order; connected-person foster placement"} [Leave family time to {who(final)} to decide as the person with parental responsibility, with advice from you if she asks # permanence: +1 # contact: 0 # disruption: +1 # why: It respects her role under the order, but she is left to hold the line with her own family alone, and without a plan family time tends to fade, or to become a battleground. # ref: {legal_status == "Child Arrangements Order (lives with grandmother)":Children Act 1989 s.12(2): a carer named in a lives-with order has parental responsibility while it lasts|Children Act 1989 s.14C: a special guardian's parental responsibility}; Module 4: contact arrangements # stance: for]
    ~ tie_kerry = 3
    For two months it goes well. Then there is a row about a birthday, and nobody arranges the next one.
+ {final == "linda" || final == "brenda"} [Help {who(final)} and Kerry write their own family-time plan, with Dean and Poppy in it and mediation if it sticks # permanence: +1 # contact: +2 # disruption: 0 # why: The plan belongs to the family who must live it and fits the order, but it takes several meetings, and {final == "brenda":two women who have fought before may fight about this|Kerry and Linda have never had to agree anything this big}. # ref: Special Guardianship Regulations 2005 (as amended 2016): support services include help with contact; Wade et al. (2014) Investigating Special Guardianship # stance: with]
    ~ tie_kerry = 4
    It takes three meetings at the family centre. The plan fits on one page: Kerry every other Saturday afternoon, Dean on the Saturdays between, Poppy every week, and a rule that nobody argues in front of Bradley. {who(final)} keeps a copy in her handbag.
+ {legal_status == "Special Guardianship Order" || legal_status == "Special Guardianship Order, with a 12-month supervision order"} [Support Kerry's own application for a child arrangements order for her time, monthly, so that nobody has to negotiate it # permanence: +1 # contact: +1 # disruption: 0 # why: Certainty for Kerry and for Bradley, but it takes her back to court months after the last hearing, and an order about family time in {final == "brenda":her own mother's house|Bradley's Nana Linda's house} can harden a dispute that might have settled. # ref: Children Act 1989 s.8 and s.10(4): a parent may apply for a spend-time order without leave; s.10(7A) requires leave only to change where he lives # stance: for]
    ~ tie_kerry = 3
    Kerry applies, with a letter from you in support. The order is made four months later. It works, mostly, because it has to. Kerry calls it "my court Saturdays".
+ {legal_status == "care order; connected-person foster placement"} [Set Kerry's family time in the care plan as reasonable contact under section 34, fortnightly at {who(final)}'s, reviewed at each looked-after review # permanence: 0 # contact: +1 # disruption: -1 # why: Clear and reviewable, and under a care order it is the authority's duty to plan it, but it keeps family time in a local authority plan in a grandmother's front room, and Kerry a visitor to {final == "brenda":her own mother's house|Linda's house}. # ref: Children Act 1989 s.34: reasonable contact for a child in care; Practice Standards: family time safe and supported # stance: to]
    ~ tie_kerry = 4
    The plan is written into the care plan and read out at Bradley's next review. {who(final)} says it helps to be able to say, "It's in the plan," when Kerry rings on the wrong day.
+ {final == "linda" || final == "brenda"} [Agree with Kerry and {who(final)} that Kerry can drop in to see Bradley whenever she is well, without a fixed plan or days # permanence: 0 # contact: +2 # disruption: +2 # why: It is warm and what both women say they want, but "whenever she is well" is judged on the doorstep, by a grandmother, in front of Bradley. # ref: Practice Standards: family time assessed to be safe; Module 4: contact arrangements # stance: with]
    ~ tie_kerry = 4
    Kerry drops in often. Most visits are lovely. Twice, {who(final)} has to send her away at the door while Bradley watches from the stairs.
+ {final == "adopt"} [End family time when the placement order is made, with letterbox contact through the agency once a year # permanence: +1 # contact: -2 # disruption: 0 # why: It protects the new placement from confusion, but for a four-year-old who knows and loves his mother it is an ending with no goodbye, and letterbox is the thread most likely to fray. # ref: Adoption and Children Act 2002 s.26: contact under a placement order # stance: to]
    ~ tie_kerry = 2
    Kerry writes the first letter with help from her alcohol worker. It is four pages long. The letterbox worker asks her to cut it to one.
+ {final == "adopt"} [A planned goodbye with Kerry and Dean, then letters twice a year and a meeting each year, agreed with the adopters # permanence: +1 # contact: +1 # disruption: -1 # why: An ending he can understand and a thread that lasts, though a yearly meeting is a sharp loss for a boy who knows his mother, and the adopters must be helped to keep to it. # ref: Neil and colleagues on contact after adoption; Adoption and Children Act 2002 s.26 and s.51A # stance: with]
    ~ tie_kerry = 3
    The goodbye is at the family centre, with a cake shaped like a bin lorry. Kerry gives him a photo of the two of them at Saltburn and tells him, "You're going to a family who'll love you, and I'll write." She does not cry until he has gone.
+ {final == "adopt"} [Keep monthly time with Kerry and Dean until he moves, then ask the adopters to keep direct contact twice a year and Poppy every month # permanence: 0 # contact: +2 # disruption: +1 # why: More of his family stays real to him, but it asks more of new adopters than they agreed to, and monthly visits up to the move make the goodbye harder to understand. # ref: Neil and colleagues on contact after adoption; Adoption and Children Act 2002 s.51A # stance: with]
    ~ tie_kerry = 3
    Claire and Owen agree, then ring the next day to ask whether they can think again. The monthly visits go on. Each time, Bradley asks Kerry whether she is coming to the new house too.
+ {final == "home"} [Fortnightly time with Dean and Linda through the family centre{legal_status == "supervision order (12 months)": until the order ends|, reviewed at each child in need review} # permanence: 0 # contact: +1 # disruption: 0 # why: Structured and safe while trust builds, but it turns a grandmother's weekends into appointments. # ref: Practice Standards: family time safe and supported # stance: to]
    ~ tie_dean = 3
    Linda finds the family centre "a bit like visiting someone in prison". She goes anyway, every time.
+ {final == "home"} [Write Saturdays with Dean and Linda into the plan, with a handover at nursery so Kerry and Dean do not have to meet # permanence: +1 # contact: +2 # disruption: -1 # why: It keeps Bradley's paternal family steady without forcing his parents together, though it fixes arrangements that Kerry may feel are imposed. # ref: Permanency job aid: relational and cultural permanence; involving fathers # stance: with]
    ~ tie_dean = 4
    Saturdays carry on. Bradley comes back from Linda's with biscuits and a new lorry fact every week.
+ {final == "home"} [Agree with Kerry, who asks it, that Dean's Saturdays pause until she feels settled, with Linda welcome at the flat instead # permanence: 0 # contact: -1 # disruption: +1 # why: It gives a mother newly home the calm she asks for, and Linda still comes, but Bradley loses his weekends with his father on a wish, not a risk, and pauses tend to last. # ref: Children Act 1989 s.2: parental responsibility; Permanency job aid: involve dads # stance: with]
    ~ tie_dean = 2
    Linda comes to the flat on Saturday afternoons and brings a cake. Dean waits to be told he can come back. Nobody tells him, and by the spring he has stopped asking.
+ {final == "home"} [Ask Kerry and Dean to agree Saturdays between them as the two parents with parental responsibility, and back what they decide # permanence: 0 # contact: 0 # disruption: +1 # why: It treats them as parents with responsibility, as both ask, but without a plan the weaker relationship usually loses, and that is Bradley's time with his father. # ref: Children Act 1989 s.2: parental responsibility; Module 4: contact arrangements # stance: not]
    ~ tie_dean = 2
    Kerry and Dean manage two Saturdays. Then Dean is late, and Kerry says he cannot have him "just when it suits". Linda rings you to ask what she can do.
- ~ dean_in = false
~ kerry = 0
-> p3_wobble

=== p3_wobble ===
{final == "home":
    # scene: family-home
    Seven months after the order. On a Friday night Bradley, four and a half, rings Brenda on Kerry's phone at nine o'clock. "Mummy's asleep on the kitchen floor and she won't wake up." Brenda is there in ten minutes. Kerry is not hurt. She had been to a friend's birthday and had "a couple". {poppy_plan == "tina":Poppy was at Tina's for her weekend.|Poppy was asleep in her cot through all of it.} Bradley stays at Brenda's for the weekend, with Kerry's agreement. In the morning Kerry rings you herself, before Brenda can, and says, "I've let him down. Don't take him. Please."
}
{final == "linda":
    # scene: foster-home
    Six months after the order. Mick has a stroke. Linda is at the hospital every afternoon and Dean is on a job in Leeds. Bradley has started reception and has been sent home twice for kicking. Linda rings you on a Tuesday, which she has never done. "I'm failing him. I'm too old, and I'm failing him. Maybe he'd be better off with a proper family."
}
{final == "brenda":
    # scene: foster-home
    Six months after the order. Kerry, drinking again, has moved into a flat across the road from Brenda's. Twice she has shouted at the window at night. Bradley comes back from family time wound up and wets the bed. Brenda's sponsor has told her to put herself first. Brenda rings you. "I can't keep him safe from my own daughter. I don't know if I can keep doing this."
}
{final == "ltf":
    # scene: school
    Eight months after the order. Bradley is in reception. In his first week back after Christmas he hit a teaching assistant and had to be carried out of assembly. {home == "gill":Pete has had a heart scare. Gill asks for a meeting and says, in front of the headteacher, "I'm not sure we're the right people any more."|{who(home)} is exhausted and says, in front of the headteacher, "I'm not sure I'm the right person any more."}
}
{final == "adopt":
    # scene: family-home
    Six weeks after Bradley moved in with his new family, Claire and Owen, in a village outside Harrogate. He has raged every night. He asks for Gill, and for his mum, and for the bin men. He broke the glass in the back door. Claire rings you, crying. "We love him. We don't think we're the right parents for him. We don't know what to do."
}
~ holds = draw("carer-holds", 2)
{stable == 0:You realise how little has been in place around this family since the order. Nobody has rung them in months.}{stable == 1:The support plan has a number to ring for exactly this. It is yours.} # decision: bradley.p3.wobble # prompt: The arrangement that was meant to be permanent is wobbling. What do you do in the next fortnight, and what would tell you it is time to stop holding on?
+ {final != "home"} [Refer for therapeutic support, such as the Adoption and Special Guardianship Support Fund or the mental health team, and hold steady until it starts # permanence: 0 # contact: 0 # disruption: 0 # why: The right help for a traumatised child in the long run, but the waiting list is months long and the crisis is now. # ref: Module 4: recognise when and how to access therapeutic support # stance: for]
    {
    - stable == 1 && holds == 2:
        The referral is accepted. The first appointment is in three months. It is a long three months, and the support already in place carries it.
    - else:
        ~ moved = 2
        The referral is accepted. The first appointment is in four months. The placement does not last four months.
    }
+ {final != "home"} [Ask Bradley what helps, then call a pre-disruption meeting this week with everyone around him # permanence: +1 # contact: +1 # disruption: -1 # why: It brings the whole network to the problem with Bradley's view at the centre, and it can end either way: in a plan that holds, or in an honest, planned move, though a carer in crisis may read it as a hearing about her failure. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the Team Manager; Selwyn, Wijedasa and Meakings (2014) Beyond the Adoption Order # stance: with]
    You see Bradley first, at school, with his lorry book. He says he is "cross all the time" and "scared when people go away". The meeting on Thursday is crowded and honest.
    {
    - holds == 2:
        {final == "linda":Dean agrees to move back in for three months, the support team fund an after-school club, and school set up a quiet space for Bradley.}{final == "brenda":Kerry's family time moves to the family centre, Linda takes Bradley one night a week, and Brenda's support worker visits fortnightly.}{final == "ltf":A respite carer Bradley knows takes one weekend a month, the school applies for an assessment of his needs, and the therapist starts in a fortnight.}{final == "adopt":An adoption support social worker visits twice a week, an application goes to the support fund for therapeutic parenting, and Gill offers to ring Bradley on Sundays.} It holds.
    - else:
        ~ moved = 1
        {final == "adopt":Claire and Owen listen to every offer of help and then say, quietly, that they have already decided.|{who(home)} listens to every offer of help and then says, quietly, that she cannot go on.} Sue asks everyone in the room whether there is anything that would change that. There is not. The meeting turns, without anyone saying so, into planning a move that is done well: who tells Bradley, what he takes, who he keeps.
    }
+ {final != "home"} [Accept with {final == "adopt":Claire and Owen|{who(home)}} that it has run its course, and plan a careful move with Bradley, with proper goodbyes # permanence: 0 # contact: +1 # disruption: 0 # why: Honest if the carer cannot continue, and a planned move with goodbyes is far better for Bradley than an emergency one, but nobody has tested whether help would have changed it, and it confirms what he fears: that people go away. # ref: Module 4: manage disruption and change as effectively as possible; Practice Standards, Permanence: pre-disruption meetings # stance: with]
    ~ moved = 1
    You start planning. Everyone is relieved, and then nobody is.
+ {final != "home"} [Put practical help in this week: respite, a family support worker for the evenings, and a review of the allowance # permanence: +1 # contact: 0 # disruption: -1 # why: Fast and tangible, and often what a tired carer most needs, but it treats the strain as a shortage of hands rather than a crisis in a relationship, and nobody asks whether it can last. # ref: Practice Standards, Permanence: support plans for children in connected care and SGO placements # stance: for]
    {
    - stable == 1 && holds == 2:
        The help arrives in ten days. It is enough, just, to get through the term.
    - else:
        ~ moved = 2
        The help arrives in a fortnight. By then it is too late. The carer has made up their mind, and the move happens in a day.
    }
+ {final == "home"} [Hold a strategy discussion with the police and health on Monday, see both children that day, and ask Brenda, Linda and Dean to own a written safety plan that does not rest on Bradley # permanence: +2 # contact: +1 # disruption: -1 # why: A four-year-old finding his mother unconscious is a safeguarding incident, and the adults, not Bradley, become the safety plan, but Kerry, who rang you herself, hears an investigation, and enquiries in a family just put back together are hard on everyone. # ref: Working Together to Safeguard Children 2023: strategy discussions and section 47 enquiries{legal_status == "supervision order (12 months)":; Children Act 1989 s.35: the supervisor's duty to advise, assist and befriend} # stance: with]
    You tell Kerry on Saturday what will happen on Monday, and why. The strategy discussion is short: the police have no other call-outs, the GP has seen Kerry once, for her nerves. You see Bradley at school and Poppy at home, with Brenda there.
    {
    - holds == 2:
        Kerry goes back to her alcohol worker weekly. Brenda and Linda take a weekend night each, Dean rings every evening at six, and the written plan says who checks, not who Bradley should ring. Bradley draws it anyway, with a bin lorry. It holds.
    - else:
        ~ moved = 1
        The enquiries find two more nights like it that nobody had told you about. Kerry says it before anyone else can: she is not safe for him yet. She agrees that Bradley stays at Brenda's while the local authority goes back to court, and she helps him pack.
    }
+ {final == "home"} [Go back to court this week for an interim care order, with Bradley staying at Brenda's until the court has tested what happened # permanence: 0 # contact: 0 # disruption: +1 # why: Clear authority when a parent may not be safe, and the court's oversight returns, but it is a second removal on one night's evidence from a mother who told you herself, and if she would have held, Bradley loses his home for nothing. # ref: Children Act 1989 s.31 and s.38: care proceedings and interim orders; s.91(3): a care order discharges a supervision order # stance: to]
    ~ moved = 1
    ~ legal_status = "interim care order (s.38), new proceedings"
    The court makes an interim care order. Bradley stays at Brenda's. {holds == 2:Kerry's tests are clear for the next five months, and the new proceedings take six.|Kerry's tests are clear for a month, and then they are not.} By the time the court decides, Bradley has been at Brenda's long enough to call it home.
+ {final == "home"} [Take Kerry at her word, since she rang you herself: she goes back to her alcohol worker, Brenda has Bradley on Friday nights, and Bradley keeps Brenda's number by the phone # permanence: 0 # contact: +1 # disruption: +1 # why: It honours her honesty and keeps the family together without a process that would frighten her, but the plan still rests on a four-year-old ringing his nan, and nobody asks the police, health or nursery what else they know. # ref: Practice Model: working with families; Working Together to Safeguard Children 2023: when to hold a strategy discussion # stance: with]
    {
    - stable == 1 && holds == 2:
        Kerry goes back to her worker, and the Friday nights at Brenda's become something Bradley looks forward to. It holds, and you are never quite sure why.
    - else:
        ~ moved = 2
        Three weeks later Bradley rings Brenda again. This time she cannot get there, and he rings 999 himself.
    }
+ {final == "home"} [Record it and leave it to the next review of the plan in six weeks, since Kerry told you herself and nobody was hurt # permanence: -1 # contact: 0 # disruption: +1 # why: It spares a family that has worked hard a process it will hate, and caseloads are high, but it treats a child finding his mother unconscious as an incident to note rather than a risk to assess. # ref: Working Together to Safeguard Children 2023: strategy discussions where there is reasonable cause to suspect significant harm # stance: not]
    {
    - stable == 1 && holds == 2:
        Nothing else happens before the review. Kerry is relieved, and a little surprised.
    - else:
        ~ moved = 2
        Before the review, the police are called to the flat at two in the morning. Bradley is on the landing again.
    }
- ~ stable = 1
~ holds = 0
{moved > 0:
    {final == "adopt" || final == "ltf":
        ~ tie_gill = 3
    }
    {final == "home" && moved == 2:
        ~ legal_status = "interim care order (s.38), new proceedings"
    }
    {final == "home" && moved == 1 && legal_status != "interim care order (s.38), new proceedings":
        ~ legal_status = "section 20, with Kerry's agreement"
    }
}
-> p3_ending

=== p3_letter ===
# scene: office
Bradley is four. {story_work:His words-and-pictures book has grown to twenty pages; the lorry page is soft with handling.|There is a memory box with his first shoes in it, and a file nobody has yet turned into a story.} Before the case moves on, you write the later life letter: the account Bradley will read at twelve, or sixteen, or thirty, of why his life went the way it did. {final == "adopt":It goes with the Child's Permanence Report you wrote for the court, which you tried to write for him.}

You think about the night on the landing, the bottle in his hand, the hospital cardigan, {final == "home":the day he went home,|the day the judge decided,} and the bin men. # decision: bradley.p3.letter # prompt: {final == "home":What do you tell Bradley, in writing, about the year he lived away from his mum and why he came home, and whose voice should be in it?|What do you tell Bradley, in writing, about why he did not grow up with his mum, and whose voice should be in it?} # justify
+ [Leave it to the carers to tell him as he asks, with the file available when he is older # permanence: -1 # contact: -1 # disruption: +1 # why: It trusts the people who know him best, but without a written account the story depends on who is around to tell it, and carers change. # ref: Practice Standards, Children in Care: life story work that grows with the child # stance: not]
    You talk it through with {final == "home":Kerry|{final == "adopt":Gill and Pete, and later the adopters|{who(home)}}} and leave a note on the file. The letter is not written.
    ~ story_work = false
+ [Keep the hard facts in the file and tell the story of love: the grown-ups could not keep him safe{final == "home":, so he lived with other people until they could|, so he went to live with people who could} # permanence: 0 # contact: 0 # disruption: +1 # why: Gentle for now, but a child who later reads his file and finds the parts left out may stop trusting the account he was given. # ref: Practice Standards: would I say this to the child; record for the child so they understand # stance: for]
    ~ story_work = true
    You write two gentle pages. They are true, as far as they go. You know, as you sign it, that Bradley will one day read the rest in a file.
+ [Write it yourself in plain words for Bradley at twelve: the drinking, the night on the landing, what everyone tried, and that his mum loved him # permanence: +1 # contact: +1 # disruption: -1 # why: Truthful and kind, it lets him understand how decisions were made, though some of what it says will hurt him and Kerry to read. # ref: Practice Standards, Permanence: later life letter; CPR written so the child understands how decisions were made # stance: for]
    ~ story_work = true
    You write it over two evenings. It begins, "Dear Bradley, I was your social worker when you were three." It does not leave out the landing. It does not leave out the bath, either, or the beach at Saltburn.
+ [Ask Kerry and Dean each to write their own part, in their own words, to go alongside yours # permanence: +1 # contact: +2 # disruption: +1 # why: His parents' own words will mean more than yours, but they may write promises or blame, and you will have to decide what to do with that. # ref: Practice Standards, Permanence: include parents and other important people in the CPR and life story work # stance: with]
    ~ story_work = true
    Kerry's page takes her three weeks. It says, among other things, "None of it was your fault. Not one bit." Dean's is four lines long and has a drawing of a scaffolding lorry. You put them in as they are.
- -> p3_family_time

=== p3_ending ===
{
- moved == 2:
    -> ending_moved
- moved == 1:
    -> ending_planned
- final == "home":
    -> ending_home
- final == "linda":
    -> ending_linda
- final == "brenda":
    -> ending_brenda
- final == "ltf":
    -> ending_ltf
- else:
    -> ending_adopt
}

=== ending_home ===
# scene: family-home
~ lives_with = "Kerry (mother)"
~ tie_kerry = 5
Three years on. Bradley lives with his mum. He goes to Ridgeway Primary, where he is in the green reading group and is allowed to ring the bell at the end of play. Kerry has been sober, with slips she tells people about, for most of three years. {legal_status == "no order; child in need plan":The case closed when the child in need plan ended.}{legal_status == "supervision order (12 months)":The supervision order has ended and the case is closed.} The network is still there: Brenda on Tuesdays, Linda on Saturdays, {tie_dean >= 3:Dean when his work allows|Dean now and then, which is more than before}. {poppy_plan == "tina":Poppy came home a month after him, follows him everywhere, and still spends every other weekend at Tina's.|Poppy is home too, and follows Bradley everywhere.}

{story_work:His later life letter lives in the kitchen drawer, with the year he lived away and the bin men in it.|There is no later life letter; when he asks about the year he lived away, Kerry tells him what she can.} On bin day he still stands at the window. The men wave.
~ legal_status = "no order"
{drift:
    -> late
}
# ending: home-with-support
# outcome: Bradley returned home to Kerry, whose change held, tested through family time, a plan made with her and the network, with support around the family.
# legal: no order; lives with his mother
# relational: lives with his mother; sees both grandmothers and his sister every week, and his father {tie_dean >= 3:most weeks|now and then}
# cultural: grows up in his own family and community, with his story told at home
# timescale: met
-> END
= late
The final decision came months later than Bradley's timescale needed, and he spent those months waiting.
# ending: home-with-support
# outcome: Bradley returned home to Kerry, whose change held, tested through family time, a plan made with her and the network, with support around the family.
# legal: no order; lives with his mother
# relational: lives with his mother; sees both grandmothers and his sister every week, and his father {tie_dean >= 3:most weeks|now and then}
# cultural: grows up in his own family and community, with his story told at home
# timescale: missed
-> END

=== ending_linda ===
# scene: foster-home
~ lives_with = "Linda Cartwright (paternal grandmother)"
Three years on. Bradley lives with his Nana Linda in Thornleigh, in the room he already called his before any of this happened. His legal status is: {legal_status}. {poppy_plan == "linda":Poppy lives there too.|He sees Poppy every weekend at {poppy_plan == "tina":Tina's|Brenda's, where she has grown up under a special guardianship order}.} Mick is slower since the stroke, and Bradley reads to him. Dean comes on Saturdays and stays for tea. Kerry's family time {tie_kerry >= 4:carries on every other week, and most weeks she is well|happens when it can be arranged}.

At school Bradley tells his teacher that he has "two nanas and one of them has a scaffolding dad". {story_work:He keeps his later life letter in a shoebox under the bed, and has read the first page.|There is no later life letter; when he asks why he lives with his nana, Linda tells him what she can, and Dean fills in the rest.}
{drift:
    -> late
}
# ending: family-linda
# outcome: Bradley grew up in his family with his paternal grandmother Linda, his ties to his father's side held and his mother still known to him.
# legal: {legal_status}
# relational: lives with his paternal grandmother; sees his father weekly, his mother {tie_kerry >= 4:regularly|now and then} and his sister
# cultural: grows up in his father's family, in his own town
# timescale: met
-> END
= late
The final decision came months later than Bradley's timescale needed, and he spent those months waiting.
# ending: family-linda
# outcome: Bradley grew up in his family with his paternal grandmother Linda, his ties to his father's side held and his mother still known to him.
# legal: {legal_status}
# relational: lives with his paternal grandmother; sees his father weekly, his mother {tie_kerry >= 4:regularly|now and then} and his sister
# cultural: grows up in his father's family, in his own town
# timescale: missed
-> END

=== ending_brenda ===
# scene: foster-home
~ lives_with = "Brenda Hughes (maternal grandmother)"
Three years on. Bradley lives with his Nan Brenda in Bramley Court, two floors up, within sight of the bin lorry depot. His legal status is: {legal_status}. {poppy_plan == "brenda":Poppy lives there too.|He sees Poppy at Tina's at weekends.} Brenda still goes to her Tuesday group. She and Kerry speak most weeks now, which neither of them would have predicted. Linda has Bradley one Saturday a month, with Dean.

Brenda says the thing she is proudest of is not Bradley's reading but that Kerry comes to his parents' evenings too.
{drift:
    -> late
}
# ending: family-brenda
# outcome: Bradley grew up in his family with his maternal grandmother Brenda, in his own community, with his mother's relationship with her own mother slowly mended.
# legal: {legal_status}
# relational: lives with his maternal grandmother; sees his mother {tie_kerry >= 4:regularly|now and then}, his father's family monthly and his sister
# cultural: grows up in his mother's family, in his own town
# timescale: met
-> END
= late
The final decision came months later than Bradley's timescale needed, and he spent those months waiting.
# ending: family-brenda
# outcome: Bradley grew up in his family with his maternal grandmother Brenda, in his own community, with his mother's relationship with her own mother slowly mended.
# legal: {legal_status}
# relational: lives with his maternal grandmother; sees his mother {tie_kerry >= 4:regularly|now and then}, his father's family monthly and his sister
# cultural: grows up in his mother's family, in his own town
# timescale: missed
-> END

=== ending_ltf ===
# scene: foster-home
~ lives_with = "long-term foster carers"
{legal_status == "care order; awaiting a long-term match" || legal_status == "care order; carers considering Special Guardianship":
    ~ legal_status = "care order; long-term foster placement"
}
{home == "gill":
    ~ lives_with = "Gill and Pete Marsden (long-term foster carers)"
    ~ tie_gill = 5
}
Three years on. {home == "gill":Bradley lives with Gill and Pete in Ferncliffe, long term. He has a bedroom with a bin lorry on the door.|Bradley lives with {who(home)}, as her long-term foster child.} His legal status is: {legal_status}. He has a looked-after review every six months; he has started to choose the biscuits for it. He sees Kerry {tie_kerry >= 4:every month|when it can be arranged} and {poppy_plan == "ltf":lives with Poppy|sees Poppy at {poppy_plan == "tina":Tina's|Brenda's} every other weekend}.{home != "linda":{tie_linda >= 5: He spends Saturdays at his Nana Linda's, with Dean, in the room he calls his.| Linda sends a card every birthday.}}

At his last review Keith asked him what he wanted. He said: "To stay here till I'm big. And a real bin lorry."
{drift:
    -> late
}
# ending: long-term-fostering
# outcome: Bradley is in a stable long-term foster placement under a care order, with family time continuing and less legal security than a family order would have given.
# legal: {legal_status}
# relational: settled with long-term carers; sees his mother {tie_kerry >= 4:monthly|now and then}; {poppy_plan == "ltf":lives with his sister|sees his sister every other weekend}
# cultural: {home == "gill":his carers keep his family's story with him, twelve miles from his town|grows up in his own family, as a child in care}
# timescale: met
-> END
= late
The final decision came months later than Bradley's timescale needed, and he spent those months waiting.
# ending: long-term-fostering
# outcome: Bradley is in a stable long-term foster placement under a care order, with family time continuing and less legal security than a family order would have given.
# legal: {legal_status}
# relational: settled with long-term carers; sees his mother {tie_kerry >= 4:monthly|now and then}; {poppy_plan == "ltf":lives with his sister|sees his sister every other weekend}
# cultural: {home == "gill":his carers keep his family's story with him, twelve miles from his town|grows up in his own family, as a child in care}
# timescale: missed
-> END

=== ending_adopt ===
# scene: family-home
~ lives_with = "Claire and Owen (adoptive parents)"
~ legal_status = "adoption order"
~ tie_shanice = 0
~ tie_gill = 2
Three years on. Bradley was adopted by Claire and Owen ten months after he moved in. He lives in a village outside Harrogate with a garden and a climbing frame. The bin lorry comes on Thursdays; he has told Owen the names he used to know in Calderbrook. {tie_kerry >= 3:He sees Kerry once a year, in a café in Ripon, which everyone finds hard and nobody wants to stop.|Kerry's letters come once a year, through the agency. One year, none comes.} {poppy_plan == "tina":Poppy lives with Tina; the two families meet each summer.|{together == 2:Poppy joined him at Claire and Owen's eight months after he moved in, and was adopted with him; they share a bedroom and an opinion about the bin men.|Poppy was adopted by another family, an hour away. {together == 1:The together-or-apart assessment had said they should grow up together; the search was only ever for Bradley.|Nobody ever assessed whether they could have grown up together.} The two families meet twice a year, and Bradley saves his best lorry for her.}}

Claire keeps his memory box and his Child's Permanence Report on the shelf above his bed, where he can reach them.
{drift:
    -> late
}
# ending: adoption
# outcome: Bradley was adopted; he has legal permanence with new parents, and the threads to his birth family depend on letters and yearly meetings.
# legal: adoption order
# relational: lives with his adoptive parents; {tie_kerry >= 3:sees his mother once a year|letters from his mother once a year}; {together == 2:lives with his sister|sees his sister twice a year}
# cultural: grows up away from his family and town, with his story in a memory box and a report written for him
# timescale: met
-> END
= late
The final decision came months later than Bradley's timescale needed, and he spent those months waiting.
# ending: adoption
# outcome: Bradley was adopted; he has legal permanence with new parents, and the threads to his birth family depend on letters and yearly meetings.
# legal: adoption order
# relational: lives with his adoptive parents; {tie_kerry >= 3:sees his mother once a year|letters from his mother once a year}; {together == 2:lives with his sister|sees his sister twice a year}
# cultural: grows up away from his family and town, with his story in a memory box and a report written for him
# timescale: missed
-> END

=== ending_planned ===
# scene: foster-home
~ tie_kerry = 3
{
- final == "home":
    ~ lives_with = "Brenda Hughes (maternal grandmother)"
    ~ legal_status = "special guardianship order to his grandmother"
    ~ tie_brenda = 5
- final == "adopt":
    ~ lives_with = "Gill and Pete Marsden (long-term foster carers)"
    ~ legal_status = "care order; long-term foster placement"
    ~ tie_gill = 5
- else:
    ~ lives_with = "Nadia and Rob (long-term foster carers)"
    ~ legal_status = "care order; long-term foster placement"
}
{
- final == "linda":
    ~ tie_linda = 4
- final == "brenda":
    ~ tie_brenda = 4
}
Three years on. {final == "home":Bradley moved to his Nan Brenda's in the spring, with his mum's agreement, over a fortnight, with his bed and his bin-lorry duvet. Kerry helped him pack. Brenda became his special guardian the following winter; Kerry sees him every week and is working, again, on the drinking.|{final == "adopt":Claire and Owen's care of Bradley ended in a planned move back to Gill and Pete, who had kept his room{together == 2:; Poppy, who had not yet joined him there, was matched again, with a family who see Bradley every month}. Claire and Owen came to the goodbye, and they still send a card at Christmas. The plan became long-term fostering, and the local authority applied to revoke the placement order under section 24 of the Adoption and Children Act 2002.|{final == "ltf":Bradley moved to new long-term foster carers, Nadia and Rob, in Calderbrook, nearer his family. It was planned, with proper goodbyes. {home == "gill":Gill and Pete send a card every birthday.}|{who(final)}'s care of Bradley ended in a planned move to long-term foster carers, Nadia and Rob, in Calderbrook. {final == "linda":Brenda was asked first, and could not: {poppy_plan == "brenda":she had Poppy, and her flat has two bedrooms|she could not keep Kerry from the door}.|Linda was asked first, and could not: Mick had had his stroke, and she was caring for him.} {who(final)} told him herself, and sees him every other Saturday.}}}

He is seven. He keeps his lorries in the box with his name on it. {story_work:His later life letter has a new page, about the move, written with him: who decided, and why, and who he still sees.|Nobody wrote him a later life letter; after the move, his new worker starts one with him, from the beginning.}
# ending: planned-move
# outcome: The arrangement meant to be permanent ended in a move that was planned and explained, with the people Bradley loved kept in his life: a hard ending, done well.
# legal: {legal_status}
# relational: {final == "home":lives with his maternal grandmother and sees his mother every week|lives with long-term carers; keeps his previous carers and his family in his life}
# cultural: {final == "home":grows up in his mother's family, in his own town|his carers keep his story and his family's names with him}
# timescale: missed
-> END

=== ending_moved ===
# scene: foster-home
~ tie_kerry = 3
~ legal_status = "care order; long-term foster placement"
~ lives_with = "Nadia and Rob (long-term foster carers)"
{
- final == "home":
    ~ legal_status = "special guardianship order to his grandmother"
    ~ lives_with = "Brenda Hughes (maternal grandmother)"
    ~ tie_brenda = 5
- final == "linda":
    ~ tie_linda = 2
- final == "brenda":
    ~ tie_brenda = 2
- final == "adopt":
    ~ lives_with = "Gill and Pete Marsden (long-term foster carers)"
    ~ tie_gill = 5
}
Three years on. {final == "home":Bradley came back into care in the spring, on a Friday night, and went to his Nan Brenda's that night. He lives with her still, first as a foster placement and now under a special guardianship order, and he still goes to Ridgeway Primary. Kerry sees him every fortnight, at the family centre.}{final == "linda" || final == "brenda":{who(final)}'s care of Bradley ended in an emergency move to long-term foster carers, Nadia and Rob, in Calderbrook. {final == "linda":Brenda was asked that night, and could not: {poppy_plan == "brenda":she had Poppy, and her flat has two bedrooms|she could not keep Kerry from the door}.|Linda was asked that night, and could not: Mick had had his stroke, and she was caring for him.} He is under a care order, and {who(final)} sees him when she can face it.}{final == "ltf":Bradley moved to new long-term foster carers, Nadia and Rob, in Calderbrook, in a day, with his things in bin bags. {home == "gill":Gill and Pete send a card every birthday.}}{final == "adopt":The adoptive placement ended after ten weeks. Bradley went back to Gill and Pete, who had kept his room, the plan became long-term fostering, and the local authority applied to revoke the placement order under section 24 of the Adoption and Children Act 2002.{together == 2: Poppy, who had not yet joined him, was matched again, on her own.}}

He is seven. He can name every house he has lived in, in order, and does, to anyone who asks. He keeps his lorries in the box with his name on it, and he packs it himself, just in case.
# ending: placement-ended
# outcome: The arrangement meant to be permanent broke down; Bradley moved again in a hurry, {final == "home":to his grandmother|into long-term foster care}, carrying the cost of what was not in place around {final == "home":his mother|his carers}.
# legal: {final == "home":special guardianship order to his grandmother, after a second removal|care order; long-term foster placement after a breakdown}
# relational: {final == "home":lives with his maternal grandmother; sees his mother fortnightly, supervised|lives with new long-term carers; family time continues, thinner}
# cultural: {final == "home":grows up in his mother's family, in his own town, with a second removal to make sense of|his story is held in his file more than by the people around him}
# timescale: missed
-> END
