// Part 3: Making it last. The final evidence, the court's decision, the order and support plan,
// family time after the order, the first wobble, and what Bradley will one day read.
// Variables no longer needed are reset at the start and as the part goes on, to keep the state space small.

=== p3_start ===
# part: 3 Making it last
# scene: office
The weeks before the final hearing.

The final evidence is due. Your care plan says {plan == "home":Bradley should go home to Kerry}{plan == "sgo":Bradley should live with {final == "ltf":a grandmother, though neither has been fully assessed|{who(final)} under a Special Guardianship Order}}{plan == "ltf":Bradley should stay in long-term foster care with {who(home)}}{plan == "adopt":Bradley should be placed for adoption}. Hannah Brooks, the guardian, has told you what she expects: every realistic option, for Bradley and for Poppy, weighed side by side, with the reasons in words the judge and, one day, Bradley can follow. Sue wants it filed on Friday. Your diary has two other final statements in it this month.

Kerry rings you twice this week. The second time she says, "Just tell me what you're going to say about me. Don't let me read it in a bundle." # decision: bradley.p3.evidence # prompt: What does the court need from your final evidence, and who should see your reasoning before the judge does?
+ [Write a full side-by-side analysis of every realistic option, including those you do not recommend, and file it on time # permanence: +2 # contact: +1 # disruption: -1 # why: It is what the law requires and gives the judge a real choice, but the support plan gets less of your time, and Kerry reads it in the bundle. # ref: Re B-S (2013) EWCA Civ 1146: holistic balance sheet of realistic options # stance: to]
    You work on it until eleven on Thursday night. Each option gets its benefits and its risks for Bradley, in plain words. The section on returning home to Kerry is the hardest to write fairly and the one you rewrite most. You file on Friday at 3.52. Kerry's solicitor emails on Monday: "My client wishes it known that she felt the document was fair, and hated every word of it."
+ [Set out the case for your recommended plan fully, and summarise the other options briefly # permanence: -1 # contact: 0 # disruption: +1 # why: It is quicker and persuasive, but a one-sided analysis invites the guardian's challenge and an adjournment, and Bradley will one day read how little his other family were weighed. # ref: Re B-S (2013) EWCA Civ 1146; Practice Standards, Permanence: CPR written for the child # stance: to]
    You file on time. At the issues resolution hearing the judge asks where the analysis of the other options is, and gives you seven days to file it. Hannah says nothing in court, and a great deal in the corridor.
+ [Go through your draft analysis with Kerry, Dean and the relatives before you file it, and note their views in it # permanence: +1 # contact: +2 # disruption: 0 # why: Working with the family means they hear your reasoning from you and can correct the facts, but it costs days you do not have and the legal team are uneasy. # ref: SMART planning: co-production, not just participation; working with, not to # stance: with]
    You meet Kerry at the family centre, with her solicitor's agreement, and read her the section about her. She interrupts twice to correct a date, and once to say, "That bit's true, though." {dean_in:Dean reads his section in the car park and asks you to add that he has not missed a Saturday.} You file a day late, with an apology to the court and the family's views included in their own words.
- -> p3_hearing

=== p3_hearing ===
# scene: court
The final hearing. Calderbrook Family Court, court two, a room with no windows and a clock that runs four minutes fast.
{
- final == "home":
    {plan == "adopt":The judge refuses the application for a placement order: on the evidence of Kerry's progress, this is not a case where nothing else will do. She cannot make the local authority change its care plan, but she adjourns and invites it to think again. A fortnight later the local authority files a revised plan for Bradley's return home, and Hannah supports it.|Hannah supports the plan for Bradley to go home.} Kerry's alcohol worker gives evidence that she has been sober for sixteen weeks and is "honest about risk". The judge approves the care plan for a phased return over six weeks while the interim care order continues, with the network's safety plan set out in it, and lists the case for a short final hearing once Bradley is home. {poppy_with == "tina":Poppy is to stay with Tina under a Special Guardianship Order, with time with Kerry and Bradley every weekend.|Poppy is to go home too, a fortnight after Bradley.} Kerry holds on to the edge of the table when the judge says it, and thanks her, not you.
    ~ home = "kerry"
- final == home:
    {plan == "adopt":The judge refuses the application for a placement order. She says, kindly but clearly, that with a grandmother already caring for Bradley well, this cannot be said to be a case where nothing else will do, and invites the local authority to reconsider. It files a revised care plan for permanence with {who(home)}, and the final hearing is adjourned for three weeks for the reports the order will need.}{plan == "home":The judge finds that Kerry has made real efforts, but that her progress is not yet enough for Bradley to go home safely within his timescale, and she will not approve a return home. The local authority turns to its contingency plan, permanence with {who(home)}, which the guardian supports. Kerry leaves the court before the end.}{plan == "sgo":{who(home)}'s application for a Special Guardianship Order is supported by the guardian. Nobody opposes it, though Kerry cries through the whole judgment.}
- final == "linda" || final == "sandra":
    {plan == "adopt":The judge will not make a placement order while a grandmother whose viability assessment was positive has not been fully assessed.}{plan == "home":The judge does not approve the plan for Bradley to go home, and asks the local authority to set out its contingency plan.}{plan == "sgo":The judge accepts the plan but notes that Bradley has never lived with {who(final)}.} She adjourns for eight weeks for a full assessment of {who(final)} and a transition plan. Bradley moves from Gill and Pete's to {who(final)}'s eight weeks later, after three weeks of introductions. Gill packs his lorries in a box with his name on it. Pete cannot come to the door.
    ~ home = final
- final == "ltf":
    {plan == "ltf" && home != "gill":Hannah argues that a family order with {who(home)} would give Bradley more security than long-term fostering, and that the local authority has not explained why it prefers a care order. The judge approves the care plan, but asks for Special Guardianship to be looked at again at the next review.}{plan == "ltf" && home == "gill":The judge approves the plan for long-term fostering, and asks the local authority to say in its care plan how Bradley's relationships with his mother, his father's family and his sister will be kept alive.}{plan == "sgo":The late viability assessment of Sandra, done in three days, has raised questions about her history and her relationship with Kerry that nobody has had time to work through. The guardian cannot support a placement on that basis. The local authority changes its plan to long-term fostering with Gill and Pete, and the judge approves it.}{plan == "home":The judge finds Kerry's progress is not enough for a return home in Bradley's timescale. With no family member assessed in time, the local authority's contingency, long-term fostering with Gill and Pete, becomes its plan, and the judge approves it.}
- final == "adopt":
    The judge hears from Kerry, who says, "I know I've messed up. But he knows who I am." The grandmothers were assessed only after the guardian pressed for it: Linda withdrew, because of Mick's health, and Sandra's assessment came too late and too thin for anyone to rely on. With no family placement the court can approve, and Kerry's progress not enough in Bradley's timescale, the judge makes a care order and a placement order, and says she does so with a heavy heart. {poppy_with == "tina":Poppy's Special Guardianship Order to Tina is made the same afternoon.|Poppy's plan is also adoption; the judge asks the local authority to look for a family who could take both children.}
    ~ home = "gill"
}
// The plan and the timetable have done their work; from here only where Bradley lives matters.
~ plan = ""
{
- final == "linda":
    ~ tie_linda = 5
- final == "sandra":
    ~ tie_sandra = 5
- final == "ltf" && home == "gill":
    ~ tie_gill = 4
- final == "adopt":
    ~ tie_gill = 3
}
-> p3_order

=== p3_order ===
# scene: office
{final == "home":The return home went well: Bradley slept in his old room on the first night and told Kerry the bin men had missed him. Now the court wants the final shape of the order and the support around it.}{final == "linda" || final == "sandra":{who(final)} is Bradley's carer now. Before the order is made the court needs the final shape of it, and the support that goes with it. {who(final)} has asked you, more than once, what happens if she cannot cope, and what happens with money.}{final == "ltf":Bradley's future is long-term foster care {home == "gill":with Gill and Pete, if they will have him|with {who(home)}}. The care plan needs its final shape.}{final == "adopt":Bradley is four. The family-finding social worker, Priya, is honest: boys of four, with a sister and a mother they remember, wait longest.} # decision: bradley.p3.order # prompt: What order, and what support around it, gives Bradley the most security with the least intrusion? What will the carer need in year two, not just week two?
+ {final == "home"} [A twelve-month supervision order, with a written support plan and the family's own safety plan # permanence: +2 # contact: +2 # disruption: -1 # why: Support and oversight without taking parental responsibility from Kerry, but a supervision order has no teeth if she stops engaging. # ref: Children Act 1989 s.31: supervision orders; SMART planning: contingency specific to the child # stance: with]
    ~ legal_status = "supervision order (12 months)"
    ~ stable = MIN(stable + 1, 1)
    The plan fits on two sides of paper. Kerry keeps a copy on the fridge next to Bradley's bin-day chart. Sandra and Linda are both in it.
+ {final == "home"} [A care order, with Bradley placed at home with Kerry under the placement with parents regulations # permanence: +1 # contact: +1 # disruption: 0 # why: The local authority shares parental responsibility and can act quickly, but courts expect a care order at home to be exceptional, Bradley stays a looked-after child, and living under it can undermine the trust the return was built on. # ref: Children Act 1989 s.31 and s.33; Care Planning, Placement and Case Review Regulations 2010: placement with parents; Permanency job aid: balance of accountability and support # stance: to]
    ~ legal_status = "care order, placed at home with Kerry"
    Kerry agrees because her solicitor tells her the local authority will not support the return without it. Bradley keeps his looked-after reviews, and you visit as the regulations require. She says, "So you can still take him whenever you want." You say it is not like that. She does not look convinced.
+ {final == "home"} [No order: close proceedings and support the family through a child in need plan and the network # permanence: +1 # contact: +2 # disruption: +1 # why: It treats Kerry as the parent she has become and respects the network, but if things slip there is no legal framework and the support is easy to withdraw. # ref: Children Act 1989 s.17 and the no order principle; Practice Standards: Child in Need reviews # stance: with]
    ~ legal_status = "no order; child in need plan"
    ~ stable = MAX(stable - 1, 0)
    The judge is persuaded, with some hesitation. The child in need plan is reviewed every twenty working days. Three months later your team is restructured and the case is transferred.
+ {final == "linda" || final == "sandra"} [A Special Guardianship Order, with a full support plan agreed before the hearing: allowance, family time, therapeutic help and a named worker # permanence: +3 # contact: +1 # disruption: -2 # why: Legal permanence with real support behind it, but negotiating the financial assessment and support plan takes weeks and some managers will question the cost. # ref: Practice Standards, Permanence: a support plan for children in SGO placements, including financial assessment # stance: with]
    ~ legal_status = "Special Guardianship Order"
    ~ stable = MIN(stable + 1, 1)
    It takes three meetings and a fight with the finance panel. The support plan names a worker in the Special Guardianship support team, sets the allowance, and sets out family time. {who(final)} reads it twice and says, "So I'm not on my own."
+ {final == "linda" || final == "sandra"} [A Special Guardianship Order with a twelve-month supervision order alongside # permanence: +2 # contact: +1 # disruption: -1 # why: Oversight during the first year, when most strain comes, but the grandmother may feel she is still being watched rather than trusted. # ref: Children Act 1989: Special Guardianship and supervision orders # stance: to]
    ~ legal_status = "Special Guardianship Order, with a 12-month supervision order"
    {who(final)} agrees, a little stiffly. "I thought once it was done it was done."
+ {final == "linda" || final == "sandra"} [A Child Arrangements Order for Bradley to live with {who(final)}, with a discretionary local authority allowance # permanence: +1 # contact: +1 # disruption: +1 # why: It gives her parental responsibility with less formality, but she shares it with Kerry on equal terms, Kerry can apply to vary it without the court's leave, and the allowance is discretionary, without the support assessment that comes with Special Guardianship. # ref: Children Act 1989 s.8 and Schedule 1 paragraph 15: child arrangements orders and contributions to the carer; Permanency job aid: legal permanency options # stance: for]
    ~ legal_status = "Child Arrangements Order (lives with grandmother)"
    ~ stable = MAX(stable - 1, 0)
    The order is made. Within four months Kerry's solicitor has applied to vary it.
+ {final == "linda" || final == "sandra"} [Keep Bradley with {who(final)} as a connected-person foster placement under a care order for now # permanence: -1 # contact: 0 # disruption: 0 # why: Support and oversight continue, but Bradley stays a looked-after child with reviews and medicals, and his grandmother does not have the security of an order. # ref: Practice Standards, Children in Care: looked-after reviews at least every 6 months # stance: for]
    ~ legal_status = "care order; connected-person foster placement"
    The care order is made. {who(final)} keeps her fostering allowance and her supervising social worker, and Bradley keeps his reviews. He asks why the IRO comes to his house.
+ {final == "ltf" && home == "gill"} [Match Bradley long term with Gill and Pete, through the fostering panel # permanence: +2 # contact: +1 # disruption: -1 # why: He stays with the people he has attached to, but they are in their sixties, twelve miles from his family, and nobody has planned what happens when they retire. # ref: Practice Standards, Permanence: long-term fostering match approved within 6 months # stance: with]
    ~ legal_status = "care order; long-term foster placement with Gill and Pete"
    ~ stable = MIN(stable + 1, 1)
    Gill and Pete talk it over for a week. Pete says, "We weren't going to do any more long-term ones. But it's him." The match is approved in month eight.
+ {final == "ltf" && home != "gill"} [Confirm {who(home)} as Bradley's long-term connected-person foster carer # permanence: +1 # contact: +1 # disruption: 0 # why: He stays in his family with corporate support, but without the legal security of an order, and his grandmother stays a foster carer to her own grandson. # ref: Practice Standards, Permanence: Head of Service approval for long-term care # stance: for]
    ~ legal_status = "care order; long-term connected-person foster placement"
    {who(home)} signs the long-term placement agreement. "I'm his nan," she says, "not his foster carer. But if that's what it takes."
+ {final == "ltf"} [Invite the carers to consider a Special Guardianship Order instead, with a support plan # permanence: +2 # contact: 0 # disruption: +1 # why: Legal security and an end to being looked after, but carers often fear losing support, and a pushed application can unsettle a placement that was working. # ref: Permanency job aid: legal permanency options; Practice Standards: SGO support plans # stance: with]
    ~ legal_status = "care order; carers considering Special Guardianship"
    {home == "gill":Gill and Pete take advice. Gill says, "We're sixty-three and sixty-six. What happens to him if one of us goes?"|{who(home)} takes advice, and says she will think about it once Bradley is settled at school.}
+ {final == "ltf"} [Refer to the fostering team for a long-term match nearer Calderbrook and his family # permanence: 0 # contact: +1 # disruption: +2 # why: It could bring him closer to his family and his nursery friends, but it means another move for a child who has just begun to settle. # ref: Permanency job aid: placement in the child's own community; Module 4: what puts permanence at risk # stance: to]
    ~ legal_status = "care order; awaiting a long-term match"
    ~ stable = MAX(stable - 1, 0)
    The referral goes in. Bradley's carers know about it. So, somehow, does Bradley, who starts asking whether he is "going to another police house".
+ {final == "adopt"} [Look for adopters who will keep direct contact with Poppy and letterbox contact with Kerry and Dean # permanence: +2 # contact: +1 # disruption: 0 # why: Adoption with a real thread to his family, but open arrangements narrow the pool of adopters for a child who already waits longest. # ref: Permanency job aid: relational permanence continues whatever the legal plan # stance: with]
    ~ legal_status = "care order and placement order"
    Priya writes his profile with you. It mentions the bin lorries, the toast, and his sister. Two families enquire.
+ {final == "adopt" && poppy_with == home} [Look for adopters who can take Bradley and Poppy together, even if it takes longer # permanence: +1 # contact: +2 # disruption: +1 # why: The siblings grow up together, but sibling groups with an older boy wait longest, and both children stay in limbo meanwhile. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise # stance: with]
    ~ legal_status = "care order and placement order"
    Priya widens the search to three regional adoption agencies. After five months there is one family, Claire and Sam, near Harrogate, who might take both children in time; Bradley first, Poppy once he is settled.
+ {final == "adopt"} [Set a six-month limit on family-finding, with long-term fostering with Gill and Pete as the contingency # permanence: +1 # contact: 0 # disruption: -1 # why: It stops Bradley waiting indefinitely, but a visible time limit can make adopters and carers both feel second best. # ref: Practice Standards, Permanence: permanence in the child's timescales # stance: for]
    ~ legal_status = "care order and placement order"
    ~ stable = MIN(stable + 1, 1)
    The contingency is written into the care plan. Gill says, "We'd have him. You know we'd have him." Four months later a family is found.
- -> p3_letter

=== p3_family_time ===
# scene: contact-centre
{final == "home":
    Bradley lives with his mum now. The question is the rest of his family: Dean and Linda, who have seen him every Saturday since the autumn, and {poppy_with == "tina":Poppy, at Tina's|Sandra}. Kerry is wary of Dean. Dean is wary of Kerry.
- else:
    Family time after the order needs settling. Kerry has been in and out of the picture since the hearing: some sessions warm, some missed, one where she brought Bradley a bin-lorry cake and could not stop crying. {dean_in:Dean comes every Saturday.|Dean has started to ring, late in the day.} {poppy_with == home:Poppy lives with Bradley.|Poppy lives with {who(poppy_with)}, and the siblings see each other at weekends.} {final == "adopt":The adoption plan changes what is realistic, and what the adopters are prepared to do.}
}
You open your diary and the care plan side by side. # decision: bradley.p3.family-time # prompt: After the order, which relationships does Bradley's family time have to protect, what is it for now, and who should decide it?
+ {final != "home"} [Monthly, in the community, arranged with {final == "adopt":the adopters|the carer} and reviewed after six months # permanence: +1 # contact: +2 # disruption: 0 # why: Regular enough to keep Kerry a real person in Bradley's life, but it relies on the carer and Kerry getting on, and a bad session happens in a park with nobody to help. # ref: Permanency job aid: family time as a right; Module 4: contact arrangements that meet the child's needs # stance: with]
    ~ tie_kerry = 4
    The first one is at the soft play in Calderbrook. Bradley shows Kerry how fast he can go down the big slide. At the end he waves from the car window until she is out of sight.
+ {final != "home"} [Every six weeks at the contact centre, supervised by the local authority # permanence: 0 # contact: +1 # disruption: -1 # why: Safe and predictable, and it protects the placement from conflict, but six weeks is a long time at four, and the contact centre keeps Kerry a visitor. # ref: Practice Standards: family time safe and supported # stance: to]
    ~ tie_kerry = 3
    The sessions are calm and well recorded. Bradley starts to call the contact centre "Mummy's house".
+ {final != "home"} [Leave it to {final == "adopt":the adopters|the carer} to arrange as they judge best, with advice if they ask # permanence: +1 # contact: 0 # disruption: +1 # why: It respects the carer's role and parental responsibility, but without a plan family time tends to fade, or to become a battleground. # ref: Permanency job aid: shared parenting; Module 4: contact arrangements that meet the child's needs # stance: not]
    ~ tie_kerry = 3
    For two months it goes well. Then there is a row about a birthday, and nobody arranges the next one.
+ {final != "home"} [Letterbox contact twice a year, and one meeting a year # permanence: +1 # contact: -2 # disruption: -1 # why: It protects the placement and is usual after adoption, but for a four-year-old who knows and loves his mother it is a sharp loss. # ref: Permanency job aid: children need access to their parents even when they are not returning home # stance: to]
    ~ tie_kerry = 2
    Kerry writes the first letter with help from her alcohol worker. It is four pages long. The letterbox worker asks her to cut it to one.
+ {final == "home"} [Write Saturdays with Dean and Linda into the plan, with a handover at nursery so Kerry and Dean do not have to meet # permanence: +1 # contact: +2 # disruption: -1 # why: It keeps Bradley's paternal family steady without forcing his parents together, though it fixes arrangements that Kerry may feel are imposed. # ref: Permanency job aid: relational and cultural permanence; involving fathers # stance: with]
    ~ tie_dean = 4
    Saturdays carry on. Bradley comes back from Linda's with biscuits and a new lorry fact every week.
+ {final == "home"} [Leave it to Kerry and Dean to agree between them # permanence: 0 # contact: 0 # disruption: +1 # why: It treats them as parents with responsibility, but without a plan the weaker relationship usually loses, and that is Bradley's time with his father. # ref: Children Act 1989: parental responsibility; Module 4: contact arrangements # stance: not]
    ~ tie_dean = 2
    Kerry and Dean manage two Saturdays. Then Dean is late, and Kerry says he cannot have him "just when it suits". Linda rings you to ask what she can do.
+ {final == "home"} [Fortnightly time with Dean and Linda through the family centre until the order ends # permanence: 0 # contact: +1 # disruption: 0 # why: Structured and safe while trust builds, but it turns a grandmother's weekends into appointments. # ref: Practice Standards: family time safe and supported # stance: to]
    ~ tie_dean = 3
    Linda finds the family centre "a bit like visiting someone in prison". She goes anyway, every time.
- ~ dean_in = false
~ kerry = 0
-> p3_wobble

=== p3_wobble ===
{final == "home":
    # scene: family-home
    Seven months after the order. On a Friday night Bradley, four and a half, rings Sandra on Kerry's phone at nine o'clock. "Mummy's asleep on the kitchen floor and she won't wake up." Sandra is there in ten minutes. Kerry is not hurt. She had been to a friend's birthday and had "a couple". Bradley stays at Sandra's for the weekend, with Kerry's agreement. In the morning Kerry rings you herself, before Sandra can, and says, "I've let him down. Don't take him. Please."
}
{final == "linda":
    # scene: foster-home
    Six months after the order. Mick has a stroke. Linda is at the hospital every afternoon and Dean is on a job in Leeds. Bradley has started reception and has been sent home twice for kicking. Linda rings you on a Tuesday, which she has never done. "I'm failing him. I'm too old, and I'm failing him. Maybe he'd be better off with a proper family."
}
{final == "sandra":
    # scene: foster-home
    Six months after the order. Kerry, drinking again, has moved into a flat across the road from Sandra's. Twice she has shouted at the window at night. Bradley comes back from family time wound up and wets the bed. Sandra's sponsor has told her to put herself first. Sandra rings you. "I can't keep him safe from my own daughter. I don't know if I can keep doing this."
}
{final == "ltf":
    # scene: school
    Eight months after the order. Bradley has started reception. He hit a teaching assistant in week three and has to be carried out of assembly. {home == "gill":Pete has had a heart scare. Gill asks for a meeting and says, in front of the headteacher, "I'm not sure we're the right people any more."|{who(home)} is exhausted and says, in front of the headteacher, "I'm not sure I'm the right person any more."}
}
{final == "adopt":
    # scene: family-home
    Six weeks after Bradley moved in with his new family, Claire and Sam, in a village outside Harrogate. He has raged every night. He asks for Gill, and for his mum, and for the bin men. He broke the glass in the back door. Claire rings you, crying. "We love him. We don't think we're the right parents for him. We don't know what to do."
}
{stable == 0:You realise how little has been in place around this family since the order. Nobody has rung them in months.}{stable == 1:The support plan has a number to ring for exactly this. It is yours.} # decision: bradley.p3.wobble # prompt: The arrangement that was meant to be permanent is wobbling. What do you do in the next fortnight, and what would tell you it is time to stop holding on?
+ [Call a meeting this week, chaired by Sue, with everyone around Bradley, having asked Bradley first what helps # permanence: +2 # contact: +1 # disruption: -2 # why: It brings the whole network to the problem and puts Bradley's view at the centre, but it takes a week and a carer in crisis may read it as a hearing about her failure. # ref: Practice Standards, Permanence: pre-disruption meeting chaired by the Team Manager # stance: with]
    You see Bradley first, at school, with his lorry book. He says he is "cross all the time" and "scared when people go away". The meeting on Thursday is crowded and honest. {final == "home":Kerry agrees to go back to her alcohol worker weekly, Sandra and Linda each take a weekend night, and a safety plan goes on the fridge with Bradley's own drawing of who to ring.}{final == "linda":Dean agrees to move back in for three months, the support team fund an after-school club, and school set up a quiet space for Bradley.}{final == "sandra":Kerry's family time moves to the family centre, Linda takes Bradley one night a week, and Sandra's support worker visits fortnightly.}{final == "ltf":A respite carer Bradley knows takes one weekend a month, the school applies for an assessment of his needs, and the therapist starts in a fortnight.}{final == "adopt":An adoption support social worker visits twice a week, an application goes to the support fund for therapeutic parenting, and Gill offers to ring Bradley on Sundays.} It holds.
+ [Put practical help in quickly: respite, a family support worker, and a review of the allowance # permanence: +1 # contact: 0 # disruption: -1 # why: Fast and tangible, but it treats the strain as a shortage of hands rather than a crisis in a relationship. # ref: Practice Standards, Permanence: support plans for children in connected care and SGO placements # stance: for]
    {stable == 0:
        ~ moved = true
        The help arrives in a fortnight. By then it is too late. The carer has made up their mind.
    - else:
        The help arrives in ten days. It is enough, just, to get through the term.
    }
+ [Refer for therapeutic support, such as the Adoption and Special Guardianship Support Fund or the mental health team, and hold steady until it starts # permanence: +1 # contact: 0 # disruption: 0 # why: The right help for a traumatised child in the long run, but the waiting list is months long and the crisis is now. # ref: Module 4: recognise when and how to access therapeutic support # stance: for]
    {stable == 0:
        ~ moved = true
        The referral is accepted. The first appointment is in four months. The placement does not last four months.
    - else:
        The referral is accepted. The first appointment is in three months. It is a long three months, and the support already in place carries it.
    }
+ [Accept that it has run its course, and plan a careful move with proper endings # permanence: -2 # contact: -1 # disruption: +3 # why: Honest if the carer cannot continue, and a planned move is better than an emergency one, but it confirms what Bradley fears most: that people go away. # ref: Module 4: manage disruption and change as effectively as possible # stance: not]
    ~ moved = true
    You start planning. Everyone is relieved, and then nobody is.
- ~ stable = 1
{moved:
    {final == "adopt" || final == "ltf":
        ~ tie_gill = 3
    }
    {final == "home" && legal_status != "care order, placed at home with Kerry":
        ~ legal_status = "interim care order (s.38), new proceedings"
    }
}
-> p3_ending

=== p3_letter ===
# scene: office
Bradley is four. {story_work:His words-and-pictures book has grown to twenty pages; the lorry page is soft with handling.|There is a memory box with his first shoes in it, and a file nobody has yet turned into a story.} Before the case moves on, you write the later life letter: the account Bradley will read at twelve, or sixteen, or thirty, of why his life went the way it did. {final == "adopt":It goes with the Child's Permanence Report you wrote for the court, which you tried to write for him.}

You think about the night on the landing, the bottle in his hand, the hospital cardigan, {final == "home":the day he went home,|the day the judge decided,} and the bin men. # decision: bradley.p3.letter # prompt: What do you tell Bradley, in writing, about why he did not grow up the way he might have, and whose voice should be in it? # justify
+ [Write it in plain words for Bradley at twelve: the drinking, the night on the landing, what everyone tried, and that his mum loved him # permanence: +1 # contact: +1 # disruption: -1 # why: Truthful and kind, it lets him understand how decisions were made, though some of what it says will hurt him and Kerry to read. # ref: Practice Standards, Permanence: later life letter; CPR written so the child understands how decisions were made # stance: with]
    You write it over two evenings. It begins, "Dear Bradley, I was your social worker when you were three." It does not leave out the landing. It does not leave out the bath, either, or the beach at Saltburn.
+ [Ask Kerry, and Dean, to write their own part alongside yours # permanence: +1 # contact: +2 # disruption: 0 # why: His parents' own words will mean more than yours, but they may write promises or blame, and you will have to decide what to do with that. # ref: Practice Standards, Permanence: include parents and other important people in the CPR and life story work # stance: with]
    Kerry's page takes her three weeks. It says, among other things, "None of it was your fault. Not one bit." Dean's is four lines long and has a drawing of a scaffolding lorry. You put them in as they are.
+ [Keep the hard facts in the file and tell the story of love: the grown-ups could not keep him safe, so he went to live with people who could # permanence: 0 # contact: 0 # disruption: +1 # why: Gentle for now, but a child who later reads his file and finds the parts left out may stop trusting the account he was given. # ref: Practice Standards: would I say this to the child; record for the child so they understand # stance: for]
    You write two gentle pages. They are true, as far as they go. You know, as you sign it, that Bradley will one day read the rest in a file.
+ [Leave it to the carers to tell him as he asks, with the file available when he is older # permanence: -1 # contact: -1 # disruption: +1 # why: It trusts the people who know him best, but without a written account the story depends on who is around to tell it, and carers change. # ref: Practice Standards, Children in Care: life story work that grows with the child # stance: not]
    You talk it through with {final == "home":Kerry|{final == "adopt":Gill and Pete, and later the adopters|{who(home)}}} and leave a note on the file. The letter is not written.
- ~ story_work = false
-> p3_family_time

=== p3_ending ===
{moved:
    -> ending_moved
}
{
- final == "home":
    -> ending_home
- final == "linda":
    -> ending_linda
- final == "sandra":
    -> ending_sandra
- final == "ltf":
    -> ending_ltf
- else:
    -> ending_adopt
}

=== ending_home ===
# scene: family-home
~ lives_with = "Kerry (mother)"
~ tie_kerry = 5
Bradley lives with his mum. He goes to Ridgeway Primary, where he is in the green reading group and is allowed to ring the bell at the end of play. Kerry has been sober, with slips she tells people about, for most of two years. {legal_status == "no order; child in need plan":The case closed when the child in need plan ended.}{legal_status == "care order, placed at home with Kerry":The care order is still in place; Kerry's solicitor has applied to discharge it, and this time the local authority supports her.}{legal_status == "supervision order (12 months)":The supervision order has ended and the case is closed.} The network is still there: Sandra on Tuesdays, Linda on Saturdays, Dean when his work allows. {poppy_with == "tina":Poppy, at Tina's, spends every Sunday with them.|Poppy is home too, and follows Bradley everywhere.}

On bin day he still stands at the window. The men wave.
{legal_status != "care order, placed at home with Kerry":
    ~ legal_status = "no order"
}
# ending: home-with-support
# outcome: Bradley returned home to Kerry, tested through family time, a co-produced plan and the network, with support around the family.
-> END

=== ending_linda ===
# scene: foster-home
~ lives_with = "Linda Cartwright (paternal grandmother)"
Bradley lives with his Nana Linda in Moorside, in the room he already called his before any of this happened. His legal status is: {legal_status}. {poppy_with == "linda":Poppy lives there too.|He sees Poppy at weekends.} Mick is slower since the stroke, and Bradley reads to him. Dean comes on Saturdays and stays for tea. Kerry's family time {tie_kerry >= 4:carries on every month, and most months she is well|happens when it can be arranged}.

At school Bradley tells his teacher that he has "two nanas and one of them has a scaffolding dad".
# ending: family-linda
# outcome: Bradley grew up in his family with his paternal grandmother Linda, his ties to his father's side held and his mother still known to him.
-> END

=== ending_sandra ===
# scene: foster-home
~ lives_with = "Sandra Hughes (maternal grandmother)"
Bradley lives with his Nan Sandra in Bramley Court, two floors up, within sight of the bin lorry depot. His legal status is: {legal_status}. {poppy_with == "sandra":Poppy lives there too.|He sees Poppy at weekends.} Sandra still goes to her Tuesday group. She and Kerry speak most weeks now, which neither of them would have predicted. Linda has Bradley one Saturday a month, with Dean.

Sandra says the thing she is proudest of is not Bradley's reading but that Kerry comes to his parents' evenings too.
# ending: family-sandra
# outcome: Bradley grew up in his family with his maternal grandmother Sandra, in his own community, with his mother's relationship with her own mother slowly mended.
-> END

=== ending_ltf ===
# scene: foster-home
~ lives_with = "long-term foster carers"
{home == "gill":
    ~ lives_with = "Gill and Pete Marsden (long-term foster carers)"
    ~ tie_gill = 5
}
{home == "gill":Bradley lives with Gill and Pete in Ferncliffe, long term. He has a bedroom with a bin lorry on the door.|Bradley lives with {who(home)}, as her long-term foster child.} His legal status is: {legal_status}. He has a looked-after review every six months; he has started to choose the biscuits for it. He sees Kerry {tie_kerry >= 4:every month|when it can be arranged} and {poppy_with == home:lives with|sees} Poppy. Linda sends a card every birthday.

At his last review Martin asked him what he wanted. He said: "To stay here till I'm big. And a real bin lorry."
# ending: long-term-fostering
# outcome: Bradley is in a stable long-term foster placement under a care order, with family time continuing and less legal security than a family order would have given.
-> END

=== ending_adopt ===
# scene: family-home
~ lives_with = "Claire and Sam (adoptive parents)"
~ legal_status = "adoption order"
~ tie_shanice = 0
~ tie_gill = 2
Bradley was adopted by Claire and Sam ten months after he moved in. He lives in a village outside Harrogate with a garden and a climbing frame. The bin lorry comes on Thursdays; he has told Sam the names he used to know in Calderbrook. {tie_kerry >= 3:He sees Kerry once a year, in a café in Ripon, which everyone finds hard and nobody wants to stop.|Kerry's letters come twice a year, through the letterbox service.} {poppy_with == "tina":Poppy lives with Tina; the two families meet each summer.|Poppy's adoption was planned alongside his, and the adults have worked hard to keep the two of them in each other's lives.}

Claire keeps his memory box on the shelf above his bed, where he can reach it.
# ending: adoption
# outcome: Bradley was adopted; he has legal permanence with new parents, and the threads to his birth family depend on letterbox and annual meetings.
-> END

=== ending_moved ===
# scene: foster-home
~ tie_kerry = 3
~ legal_status = "care order; long-term foster placement"
~ lives_with = "Nadia and Rob (long-term foster carers)"
{
- final == "linda":
    ~ tie_linda = 4
- final == "sandra":
    ~ tie_sandra = 4
- final == "adopt":
    ~ lives_with = "Gill and Pete Marsden (long-term foster carers)"
    ~ tie_gill = 5
}
{final == "home":Bradley came back into care in the spring. He lives with long-term foster carers, Nadia and Rob, in Calderbrook, and he still goes to Ridgeway Primary. Kerry sees him every fortnight.}{final == "linda" || final == "sandra":{who(final)}'s care of Bradley ended in a planned move to long-term foster carers, Nadia and Rob, in Calderbrook. He is under a care order, and {who(final)} sees him every other Saturday.}{final == "ltf":Bradley moved to new long-term foster carers, Nadia and Rob, in Calderbrook. It was planned, with proper goodbyes. {home == "gill":Gill and Pete send a card every birthday.}}{final == "adopt":The adoptive placement ended after ten weeks. Bradley went back to Gill and Pete, who had kept his room, and the plan became long-term fostering.}

He is five. He has lived in {final == "adopt":five|four or five} homes. He keeps his lorries in the box with his name on it, and he packs it himself, just in case.
# ending: placement-ended
# outcome: The arrangement meant to be permanent ended; Bradley moved again, into long-term foster care, carrying the cost of what was not in place around his carers.
-> END
