// Part 1: Before care. Allocation, the father, the family network, the night of the crisis,
// the legal route, where the children live and what family time they have.
// Leaves behind: dean_in, meeting, brenda_checked, linda_checked, home, poppy_with, kerry, drift, support.

=== p1_allocation ===
# part: 1 Before care
# scene: office
Monday, week one. The Children's Safeguarding team in Calderbrook works out of the first floor of the old magistrates' court, where the radiators either roar or sulk.

Sue Pritchard, your team manager, hands you a case that has been unallocated for three weeks since Marcus left. "Bradley Hughes, three and a half, and his sister Poppy, nine months. Child protection plans since May, neglect. Mum's drinking, and police out three times to Mum and her partner. We're six weeks into pre-proceedings and there's a legal gateway meeting on the 28th. I need you to get your arms round it."

You read the file at your desk with a cold coffee. Kerry Hughes is twenty-five. She was in foster care herself from thirteen to sixteen, after her own mother, Brenda, was drinking heavily; Brenda has been sober for nine years now and works early shifts cleaning at Calderbrook General, but she and Kerry have not spoken since a row in the summer. Bradley's father, Dean Cartwright, is twenty-nine, a scaffolder, and lives in a flat in Northgate, eleven miles away. He is on Bradley's birth certificate. He has a caution for cannabis possession from when he was nineteen, and nothing since. He and Kerry separated when Bradley was fifteen months old.

Poppy's father is Callum Thwaite, Kerry's partner. He was not married to Kerry, and he is named on Poppy's birth certificate, so he has parental responsibility for her, though not for Bradley; if proceedings are issued he will be a respondent for Poppy and will have to be assessed like any other parent. The three police call-outs were to arguments between Kerry and Callum; in July Kerry had a split lip and would not make a statement. The letter before proceedings set out what had to change: Kerry to work with the alcohol service and give hair-strand samples, Callum not to stay at the flat while the children are there, Bradley to attend nursery, Poppy to be weighed fortnightly.

Bradley's nursery, Little Acorns, says his attendance has been 61 per cent since Easter. His key worker, Shanice Lee, writes that he is "a gentle boy, obsessed with bin lorries, who hoards toast at snack time." She adds: "His Nana Linda picks him up on some Fridays and has him on Saturdays. He is always happy on a Monday after a weekend with her." Linda Cartwright is Dean's mother.

There is one line about Dean in seven months of recording: "Father not involved. Mother does not want him contacted." Nobody has spoken to him. He has parental responsibility.

When you ring Kerry to introduce yourself, she is guarded but polite, and agrees to a visit on Wednesday. Then she says, before you can ask: "And don't go dragging Dean into it. He was controlling when we were together. He's got no right, he hasn't bothered." # decision: bradley.p1.father # prompt: Dean has parental responsibility and has never been asked. Kerry does not want him involved. What do you do this week, and what do you say to Kerry?
+ [Respect Kerry's wishes for now, write down her account of Dean's control in full, and take the question of involving him to the legal gateway meeting # permanence: -1 # contact: -2 # disruption: +1 # why: It builds Kerry's trust while she is the one engaging, but it leaves a parent with PR and a whole paternal family unasked while options close, and her account is recorded but never tested. # ref: Children Act 1989 s.4(1)(a) (with s.2(2)(b)): an unmarried father's parental responsibility through birth registration, and s.3; Learning offer: involve dads and any absent parent # stance: for]
    ~ trust = raise(trust)
    You tell Kerry you have heard her, and you write down what she tells you about Dean: the checking of her phone, the arguments about money. You note that it needs to go to the legal gateway meeting, where someone will certainly ask why he has not been told.
    Kerry sounds surprised. "Marcus never listened to anything I said." It is the warmest she is on the phone all week.
+ [Ask Kerry to let you reach Dean gently through Linda, who already has Bradley on Saturdays, and leave the past between them to one side # permanence: 0 # contact: 0 # disruption: +2 # why: It keeps Kerry on side and uses a relationship that works for Bradley, but her account of Dean's control is neither checked nor planned for, and Linda is left carrying messages between them. # ref: Permanency job aid: relative diligent search and family engagement; Working Together to Safeguard Children 2023: domestic abuse and the whole family # stance: with]
    ~ dean_in = true
    ~ tie_dean = 2
    Kerry thinks about it. "Linda's alright. She's never been funny with me. If she tells him, fine." You ring Linda that afternoon. She is relieved someone has called. "I've been so worried, love. I didn't know if I was allowed to say anything." She promises to talk to Dean.
    It takes four days for Dean to ring you back. He is apologetic and a little defensive. He did not know about the child protection plan, and he wants to see Bradley. Linda mentions, in passing, that she gave him Kerry's new mobile number "so they can sort Saturdays out". Kerry rings you that night, frightened and furious.
+ [Tell Kerry today that Dean has to be told, and go and see him on his own this week, before anyone else reaches him # permanence: +1 # contact: +1 # disruption: 0 # why: A father with PR is told at once and his family can be asked, but Kerry's account of his control goes unchecked into the planning, and she hears it as being overruled in your first week. # ref: Children Act 1989 s.4(1)(a) (with s.2(2)(b)): an unmarried father's parental responsibility through birth registration, and s.3; Learning offer: involve dads and any absent parent # stance: to]
    ~ dean_in = true
    ~ trust = lower(trust)
    ~ tie_dean = 2
    You tell Kerry on the phone that Dean has parental responsibility and that the law expects him to be told. She says, "So I don't get a say," and ends the call. On Thursday you find Dean at his flat in Northgate, still in his work boots. He is wary, then keen. He did not know about the child protection plan. He asks if he can see Bradley, and whether his mum could help. You come away with his mobile number and Linda's, and a page of notes about Bradley and nothing about the relationship, because you did not ask.
+ [Check police and MARAC records on what Kerry says about Dean first, then tell her you will see him, on his own, once they are back # permanence: +2 # contact: +1 # disruption: -1 # why: Kerry's account is taken seriously enough to check and plan around before a father with PR is told, but it costs days nobody can spare, and she still hears it as being overruled, however carefully it is done. # ref: Children Act 1989 s.4(1)(a) (with s.2(2)(b)): an unmarried father's parental responsibility through birth registration, and s.3; Working Together to Safeguard Children 2023: domestic abuse, information sharing; Learning offer: involve dads # stance: to]
    ~ dean_in = true
    ~ dean_checks = true
    ~ trust = lower(trust)
    ~ tie_dean = 2
    You explain on the phone that Dean has parental responsibility, that the law expects him to be told, and that Bradley has a right to know both sides of his family. You say that what she has told you about him matters, that you will check it, and that he will not be given her address or her number. Kerry goes quiet, then says, "So I don't get a say," and ends the call.
    The police hold no call-outs involving Kerry and Dean, and the MARAC coordinator has no record of either of them; you write down that this does not make Kerry's account untrue. The checks come back on Thursday, and you see Dean that evening at his flat in Northgate, still in his work boots. You ask him about the relationship before you ask about Bradley. He is wary, then tearful. "We were bad for each other. I checked her phone. I'm not proud of it." He stopped going round because every visit ended in a row in front of Bradley. He did not know about the child protection plan. He asks if he can see Bradley, and whether his mum could help. You agree that any arrangements will go through you or Linda, not Kerry, and you come away with his mobile number and Linda's.
+ [Tell Kerry that Dean has to be told, ask her what would make that feel safe for her, check police and MARAC records, and see him on the terms you agree # permanence: +1 # contact: +1 # disruption: 0 # why: Kerry shapes how a father with PR is brought in and his family can be asked, but her terms keep him at arm's length, and the question of his control is still untested when the crisis comes. # ref: Children Act 1989 s.4(1)(a) and s.3: parental responsibility; Working Together to Safeguard Children 2023: domestic abuse and the whole family; Practice Model: with, not to # stance: with]
    ~ dean_in = true
    ~ dean_checks = true
    ~ tie_dean = 2
    You tell Kerry on the phone that Dean has parental responsibility and has to be told, and then you ask her what would make that feel safe. She is quiet for a long time. "Not at mine. Not my number. And I want to know before, and after." The police and the MARAC coordinator have no record of either of them; you write down that this does not make her account untrue. On Thursday evening you see Dean at Linda's, as Kerry asked, with Linda making tea in the next room. He is polite, keen, and careful in his mother's house; when you ask about the relationship he says, "We argued. Everyone argues," and you do not push. You ring Kerry afterwards, as you promised. "Thanks for telling me," she says, and means it.
+ [Send Dean a letter before proceedings, with the child protection plan and an invitation to the next review conference # permanence: 0 # contact: 0 # disruption: 0 # why: It meets the duty on paper without a battle with Kerry, but a letter from the council is easy to ignore, nobody finds out what Dean could offer, and nobody asks him about the relationship. # ref: SMART planning: plans are made with families, not sent to them # stance: to]
    You send the letter, which should have gone to him in September. You mention it to Kerry, who shrugs. Dean does not reply. It goes on your list of things to chase, below eleven other things to chase.
- -> p1_home_visit

=== p1_home_visit ===
# scene: family-home
Wednesday. Kerry's flat is on the second floor of a block on the Ridgeway estate. The stairwell smells of bleach and somebody's dinner. Callum's trainers are by the door; Kerry sees you notice them and says he "just dropped something off".

The front room is tidy in the way of a room tidied that morning. There are three cans in the recycling bag and Poppy's bottle steriliser on the windowsill. Poppy is in a bouncer, solemn, watching her brother. Bradley is under the table with a green plastic bin lorry, and he will not come out until you ask him what his lorry does.

"It takes all the rubbish away," he says. "Beep beep beep. Reversing." He backs it into your shoe and watches your face to see if that was allowed. When you laugh he does it again, and then crawls out and shows you where the bins go on the real estate, and which day. He knows it is Tuesday. He knows the men's names.

Kerry sits on the arm of the sofa with her hands tucked under her thighs. She talks quickly. She says she is cutting down, that the alcohol service appointments clash with nursery pick-up, that Callum is "sorting himself out". She is clearly exhausted. When Poppy whimpers, Kerry is on the floor with her in a second, and Poppy's face changes when she sees her mum.

You ask about family. "My mum's sober now, apparently, so that's nice for her," Kerry says. "She wasn't sober when I needed her." A pause. "She's good with Poppy, I'll give her that." And Linda? "Linda's alright. Bradley loves his Nana Linda." Callum's mum, Tina Thwaite, lives on the other side of Calderbrook and sees Poppy sometimes.

{dean_in: Kerry does not mention Dean. Neither do you, until the end, when you go over what has been arranged about him. She looks at the floor and says "Fine."}

Before you leave, Bradley asks if you are coming back on bin day. You say you will come back next week.

In the car you think about the six weeks of pre-proceedings already gone. Nobody has yet asked this family, together, what they could do. # decision: bradley.p1.network # prompt: Six weeks into pre-proceedings, no one has asked the wider family. What do you set up this week, and what does each route cost if things go wrong before it is done?
+ [Refer for a Family Group Conference, with an independent coordinator who meets each relative first and a date the family choose, three weeks away # permanence: +1 # contact: +1 # disruption: +2 # why: The family would own the plan and the coordinator reaches people you would miss, but the earliest date is three weeks away, and nothing is in place if this fragile household tips over before then. # ref: Practice Standards, Permanence: Network Meeting or Family Group Conference before children come into care # stance: with]
    ~ meeting = 3
    The Family Group Conference service can offer a coordinator, Angela, who will visit Kerry, Brenda, Linda and anyone else the family names. The earliest conference date is Saturday of week four. Kerry agrees, cautiously, once Angela has explained that the family get private time to make their own plan. "So it's not just you lot telling us what to do." You put the date in your diary.
    -> p1_crisis
+ [Call a family network meeting yourself for this Friday, with Kerry's agreement, and ask it for a plan if things go wrong # permanence: +2 # contact: +1 # disruption: -1 # why: It is fast and gets a contingency plan in place before any crisis, but it is the council's meeting, with less preparation and less room for the family to own it. # ref: Practice Standards, Permanence: engage the whole family in a Network Meeting; SMART planning: contingency planning with the family # stance: for]
    ~ meeting = 2
    -> p1_network_meeting
+ [Ask Kerry for names and phone each relative yourself to start viability checks this week, one by one # permanence: +1 # contact: 0 # disruption: 0 # why: Quick and practical, and it gets safety checks moving, but the family never sit down together, nobody agrees what happens in an emergency, and Kerry chooses who you hear about. # ref: Practice Standards, Permanence: assess connected people identified by the family # stance: for]
    ~ meeting = 1
    -> p1_phone_checks
+ [Wait for the legal gateway meeting on the 28th before raising the grandmothers' hopes of having the children # permanence: -2 # contact: -1 # disruption: +1 # why: Sue is wary of opening doors you cannot shut and your caseload is twenty-four, but the family is not asked while the child's options close. # ref: Practice Standards, Permanence: options explored by the 4-month review; SMART planning: contingency plans # stance: not]
    ~ meeting = 0
    You tell Kerry you will talk about family support after the legal gateway meeting, when you know what the local authority is proposing. Sue agrees: "Let's not promise the grandmothers anything we can't deliver." You spend the week on a court statement for another family.
    -> p1_crisis

=== p1_network_meeting ===
# scene: office
Friday afternoon, in the family room at Calderbrook Family Centre, with a tray of biscuits nobody touches at first.

Kerry comes, with her friend Jade for support. Brenda comes straight from her shift, still in her tabard, and sits as far from Kerry as the room allows. Linda comes, because Shanice at nursery mentioned her and Kerry agreed; she brings her partner Mick, who is on oxygen and breathes heavily after the stairs. {dean_in: Kerry has agreed that Dean can come for the second half, after she has said her piece and left with Jade; he arrives in a clean shirt, and stands by the door until Linda pats the chair beside her.|Linda says Dean wanted to come but "didn't think he'd be welcome". She gives you his number. "He wants to help, he just doesn't know how."}

It is not an easy hour. Brenda says something about "history repeating" and Kerry walks out to the car park. You follow her out and she says, "She sat there, in that tabard, like a saint." She comes back in. By the end there is a plan written on the flip chart in your handwriting, not theirs: Brenda will have the children one night a week to give Kerry a break; Linda will keep her Saturdays with Bradley and add a Friday; if there is ever an emergency, Brenda will take both children and Linda will take Bradley if Brenda cannot. Everyone agrees that Callum must not be at the flat at night. {dean_in:Kerry's account of Dean goes on the plan as a rule: his time with Bradley is at Linda's, never at the flat.}

You start viability assessments on Brenda and Linda the following Monday, visiting both homes, and by Wednesday both are written up, with the police and local authority checks back. Brenda's is positive, with work to do on her relationship with Kerry and her small flat. Linda's is positive for Bradley; she is clear she could not manage a baby as well, with Mick's health. {not dean_in: Dean rings you the day after the meeting, and comes to see Bradley at Linda's the following Saturday.}
~ brenda_checked = true
~ linda_checked = true
~ dean_in = true
~ tie_dean = 2
~ tie_brenda = 3
-> p1_crisis

=== p1_phone_checks ===
# scene: office
Kerry gives you her mother's number, reluctantly, and Jade's. {dean_in: You already have Linda's.|She does not mention Linda or Dean, and you do not yet have their numbers.}

Brenda answers on the first ring. She has been waiting, she says, for someone to ask. She talks about her nine years sober and the AA group she still goes to on Tuesdays, and about the years she lost with Kerry. "I know what I did. I'm not asking anyone to forget it. I'm asking to help." You visit her two-bedroom flat in Bramley Court on Thursday. It is spotless, with a photo of Poppy on the fridge and none of Bradley. The viability is positive, with questions about space and about Kerry.

{dean_in: Linda is warm and practical on the phone and invites you round on Friday. Her house in Thornleigh has a bedroom Bradley already calls his. Mick, her partner, has COPD and does not get out much. Linda is clear: "Bradley, yes, any time. A baby as well, I couldn't, not with Mick." Her viability for Bradley is positive.}

Each relative is willing. None of them has talked to the others.
~ brenda_checked = true
{dean_in:
    ~ linda_checked = true
}
-> p1_crisis

=== p1_crisis ===
# scene: family-home
Day eleven. 00:40.

A neighbour rings the police after hearing screaming and a child crying on the landing. Officers find Bradley sitting on the top step in a sodden nappy and a T-shirt, holding Poppy's bottle. Poppy is in her cot, crying, in a room that smells of vomit. Kerry is on the kitchen floor with a cut above her eye, too drunk to stand. Callum has gone. He is arrested at his mother's house at three in the morning.

The police take both children into police protection. Kerry goes by ambulance to Calderbrook General and is kept in overnight.
{meeting == 2:
    The emergency duty worker finds the network plan on the system, and your viability assessment of Brenda, with the home visit and the checks done that week. She rings Brenda at one in the morning; Brenda is still willing, and nobody else lives with her. The on-call manager agrees to Brenda's temporary approval as a connected person under regulation 24 for the children's placement, to be reviewed by the day team in the morning. The duty worker drives the children to Bramley Court herself and sees where they will sleep before she leaves. Brenda meets them in her dressing gown with the heating already on. Bradley falls asleep on her sofa with his lorry.
    ~ home = "brenda"
    ~ poppy_with = "brenda"
    ~ lives_with = "Brenda (maternal grandmother), with Poppy"
- else:
    {meeting == 1:The emergency duty worker finds your viability notes, but no agreed plan for an emergency: nobody has asked the grandmothers whether they could take the children at a moment's notice, and Brenda, who starts work at six, does not answer her phone.|The emergency duty worker has no family plan on the system and no relative she can assess in the middle of the night.} She places both children with Gill and Pete Marsden, emergency foster carers in Ferncliffe, twelve miles away. Gill says Bradley did not cry. He stood in their hall holding his lorry and asked, "Is this the police house?"
    ~ home = "gill"
    ~ poppy_with = "gill"
    ~ lives_with = "Gill and Pete Marsden (foster carers), with Poppy"
}
~ legal_status = "police protection (s.46)"

You hear at 8.15 the next morning. By eleven you are at the hospital. Kerry is sitting on the edge of the bed in a borrowed cardigan, sober now and shaking, her eye stitched. She says, over and over, "I never meant it, I never meant any of it." She asks where the children are and cries when you tell her.

Police protection lasts seventy-two hours. Sue wants a decision today. Kerry's solicitor, who acted for her at the pre-proceedings meeting, has talked to her on the phone about what section 20 means, that she can withdraw her agreement at any time, and what care proceedings mean; you waited until the doctor confirmed she was sober enough to understand. Kerry says she will sign anything to make this right, which is the sentence that ought to make you slow down. Callum, who has parental responsibility for Poppy, could object to her being accommodated or remove her at any time. {dean_in: Dean, on the phone, says he will agree to whatever keeps Bradley safe, "as long as my mum's in the picture".|Nobody has spoken to Dean, who has parental responsibility and could object to any voluntary arrangement.} # decision: bradley.p1.legal # prompt: Kerry will agree to the children being accommodated. Is consent the right basis for what comes next, and what do you put in place around it? # justify
+ [Accommodate under section 20 with Kerry's informed consent, and look again at the legal footing at the first looked-after review # permanence: -1 # contact: +1 # disruption: 0 # why: It keeps partnership with a frightened mother and costs nothing today, but with no timetable a voluntary arrangement in a case this serious drifts, and Bradley waits. # ref: Children Act 1989 s.20(7)-(8); Williams v Hackney \[2018\] UKSC 37; Coventry City Council v C \[2012\] EWHC 2190 (Fam); Public Law Working Group best-practice guidance on s.20 (2021): no open-ended accommodation # stance: with]
    ~ legal_status = "section 20 (accommodated with consent)"
    ~ drift = true
    ~ trust = raise(trust)
    Kerry signs the consent form in the hospital's family room. She reads every line, which you notice. She thanks you. Sue signs it off but asks, "And when do we go back to the gateway meeting?" You say you will see how things settle.
+ [Issue care proceedings today for an interim care order, and tell Kerry yourself at the hospital first, with her solicitor on the phone # permanence: +2 # contact: 0 # disruption: -1 # why: The court sets a 26-week timetable, a guardian is appointed and both fathers become parties, and Kerry hears it from you, not a letter, but she experiences it as punishment on the worst day of her life. # ref: Children Act 1989 s.31 and s.38; Children and Families Act 2014: 26 weeks; Public Law Outline # stance: with]
    ~ legal_status = "interim care order (s.38)"
    ~ trust = lower(trust)
    You go back to the family room and tell Kerry before anyone else does: that you are applying to court today, why, and what it will mean for her and for the children. Her solicitor listens on speaker. Kerry says, "So that's it, then," and then, "Will I still see them?" You tell her yes, and when.
    The application goes in that afternoon, and the court lists it for the next day, before police protection runs out. The magistrates make interim care orders with Kerry's reluctant agreement. A children's guardian, Hannah Brooks, is appointed. {dean_in:Dean is served as a respondent for Bradley|Dean is served as a respondent for Bradley, the first he has heard of any of it}, and Callum, who has parental responsibility for Poppy, as a respondent for her; his solicitor says he will want to be assessed. Kerry's solicitor tells you in the corridor that her client "feels it was done to her, though she knows you told her straight".
+ [Accommodate under section 20 as a short bridge, and agree in writing with Kerry and her solicitor that you will issue within four weeks unless the plan is working # permanence: +1 # contact: +1 # disruption: 0 # why: Honest about the timetable and keeps partnership, but asks a lot of Kerry in a month, leaves the children without a court's oversight for now, and after six weeks of pre-proceedings a court may ask why the local authority did not issue. # ref: Children Act 1989 s.20; Coventry City Council v C \[2012\] EWHC 2190 (Fam); Public Law Working Group best-practice guidance on s.20 (2021); SMART planning: what will happen if the plan does not achieve its aim # stance: with]
    ~ legal_status = "section 20 (accommodated with consent)"
    You write the agreement with Kerry and her solicitor: what has to happen, by when, and what you will do if it does not. Four weeks, with the legal gateway meeting brought forward. Kerry reads it and says, "So it's a countdown." You say yes, and that you would rather she knew. She signs.
- -> p1_placement

=== p1_placement ===
# scene: office
Day twelve. Bradley and Poppy {home == "brenda":have slept two nights at Brenda's|have slept two nights at Gill and Pete's}. You must decide where they live while the assessments are done.

{home == "gill":
    Gill rings in the morning. Bradley has eaten everything put in front of him and hidden toast under his pillow. He wakes at two and stands by the bedroom door without crying. Poppy is settling. Gill and Pete can keep both children for now; they have fostered for nineteen years and are good with babies. But Ferncliffe is a forty-minute taxi ride from Little Acorns, from Kerry and from both grandmothers.
- else:
    Brenda rings in the morning. Bradley has asked for his Nana Linda twice and for his mum a dozen times. Poppy has slept through. Brenda sounds tired and determined. "I can do this. I know I can." Her flat has two bedrooms and a steep stairwell. Kerry has already rung her four times, once at midnight.
}

At the team's permanence tracking meeting that morning, Sue asks the question for Poppy that nobody has asked: at nine months, should she go now to early-permanence carers, approved to foster and to adopt, so that if she cannot go home she never moves again? The answer recorded is not yet: two grandmothers and a brother are in the picture, and it is to be asked again at the four-month review.

{brenda_checked: Brenda's viability assessment is done and positive.|Nobody has yet assessed Brenda, though Kerry named her.} {linda_checked: Linda's viability for Bradley is done and positive; she could not take Poppy.|{dean_in:Linda has offered to have Bradley, but no viability has been done.|You know of Linda only through the nursery.}}{meeting == 3: The Family Group Conference is booked for Saturday of week four.} # decision: bradley.p1.placement # prompt: Where should Bradley and Poppy live while the plan is worked out, and what does each choice mean for them as brother and sister?
+ {home == "brenda"} [Move both children to Gill and Pete while Brenda's full assessment is completed # permanence: -1 # contact: -1 # disruption: +1 # why: Cautious about Kerry and Brenda's conflict, but it moves a traumatised three-year-old away from family for reasons that could have been managed. # ref: Permanency job aid: the least restrictive placement in the child's own community # stance: to]
    You explain to Brenda that you want the full assessment done first. She says, very quietly, "So I'm good enough at one in the morning but not on a Friday afternoon." The children move to Ferncliffe that afternoon. Bradley holds Brenda's hand on the doorstep until Gill gently takes it.
    ~ home = "gill"
    ~ poppy_with = "gill"
    ~ lives_with = "Gill and Pete Marsden (foster carers), with Poppy"
    ~ support = 0
    -> p1_family_time
+ {home == "gill" && not brenda_checked} [Complete a same-day viability assessment on Brenda and move both children to her under temporary approval # permanence: +2 # contact: +1 # disruption: +1 # why: It places the children with family quickly and keeps them together, but an assessment done in a day, with Kerry and Brenda estranged, is thin ground for a baby and a distressed three-year-old. # ref: Practice Standards, Children in Care: viability assessment within 24 hours; Regulation 24 temporary approval # stance: for]
    You spend the afternoon at Bramley Court with Brenda. She is honest about her drinking years, her drink-driving conviction in 2014, Kerry's care history. Her flat is clean and small. She has not had Bradley overnight since he was a baby. The check is positive on the information you have. The children move that evening. Bradley asks Gill, at the door, if he can come back for his toast.
    ~ brenda_checked = true
    ~ home = "brenda"
    ~ poppy_with = "brenda"
    ~ lives_with = "Brenda (maternal grandmother), with Poppy"
    ~ support = 0
    -> p1_family_time
+ {home == "gill"} [Keep Bradley and Poppy together with Gill and Pete, take Kerry to meet them this week, and assess the relatives properly # permanence: 0 # contact: +1 # disruption: -1 # why: The siblings stay together with experienced carers and no further move now, and Kerry meets the people caring for them, but they are far from nursery and family, and time with kin is lost. # ref: Practice Standards, Permanence: siblings placed together unless assessed otherwise; Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (temporary approval needs an assessment behind it) # stance: with]
    You take Kerry to Ferncliffe on Thursday. Gill makes tea and shows her the children's room, and Kerry sits on Poppy's cot-side for a long time without saying anything. You ask Gill and Pete to keep both children and arrange a taxi so Bradley can keep two days a week at Little Acorns. Gill agrees, though she says the taxi will be hard for him. "He doesn't like being strapped in by strangers."
    -> p1_family_time
+ {linda_checked} [Place Bradley with Linda under temporary approval and keep Poppy where she is, before anyone has assessed them as siblings # permanence: +2 # contact: -1 # disruption: 0 # why: Bradley goes to the grandmother he knows best and keeps his Saturdays' world, but brother and sister are separated in their first week in care on a decision made for them, not an assessment. # ref: Practice Standards, Permanence: sibling separation properly assessed and only in the children's best interests; Children Act 1989 s.22C(8)(c) # stance: for]
    Linda collects Bradley that evening. He runs up her path shouting "Mick! Mick! I'm here for sleeps!" Poppy stays with {who(poppy_with)}. You arrange for the children to see each other twice a week. Bradley asks at bedtime, Linda tells you, where Poppy's cot is.
    ~ home = "linda"
    ~ lives_with = "Linda Cartwright (paternal grandmother)"
    -> p1_family_time
+ {home == "gill" && brenda_checked} [Move both children to Brenda under temporary approval, using the viability assessment already done # permanence: +2 # contact: +1 # disruption: 0 # why: Family care for both children, on an assessment done before the crisis, but Brenda and Kerry have not spoken in months and it is another move in three days. # ref: Practice Standards, Permanence: Regulation 24 assessment of connected persons # stance: with]
    The children move to Bramley Court that evening. Brenda has bought a second-hand toddler bed and a bin-lorry duvet cover from the market. Bradley inspects it and says, "That's a Calderbrook one," and climbs in.
    ~ home = "brenda"
    ~ poppy_with = "brenda"
    ~ lives_with = "Brenda (maternal grandmother), with Poppy"
    -> p1_family_time
+ {home == "brenda"} [Keep both children with Brenda under temporary approval as a connected person # permanence: +2 # contact: +1 # disruption: 0 # why: The children stay together with their grandmother, close to nursery and to Kerry, but Brenda and Kerry's conflict now runs through the children's home. # ref: Practice Standards, Permanence: Regulation 24 assessment; family placements achieved as early as possible # stance: with]
    You confirm Brenda's temporary approval and ask the Family Placement team to start the full connected-persons assessment. Bradley goes back to Little Acorns on the Monday. Shanice says he ran straight to the bin lorry in the sand tray.
    -> p1_family_time
+ {meeting != 2} [{meeting == 3:Ask the coordinator to bring the Family Group Conference forward to this week|Call an urgent family meeting this week} and let the family's plan shape where the children live # permanence: +1 # contact: +2 # disruption: +1 # why: The family decide together and the plan is theirs, but the children spend another week with strangers and Kerry's grief and anger are in the room. # ref: Practice Standards, Permanence: Network Meeting or Family Group Conference; working with, not to # stance: with]
    -> p1_fgc

=== p1_fgc ===
# scene: office
{meeting == 3:Angela, the coordinator, moves the conference to Tuesday of week three and spends the weekend and the Monday visiting everyone.|You ask the Family Group Conference service for an urgent conference. Angela, the coordinator, can do Tuesday of week three and spends the weekend and the Monday visiting everyone.} She finds Jade, Kerry's friend, and Kerry's old foster carer, Bev, who still sends Kerry a birthday card. She finds Dean through the nursery and Linda. Kerry tells Angela what Dean was like with her; Angela asks her what would make it safe to be in a room with him, and Kerry says Bev beside her and Dean at the other end of the table. So he comes, on those terms.

The information-giving part is hard. You set out what happened on the landing. Kerry cries, and Brenda, to everyone's surprise, reaches over and holds her hand.

Then the professionals leave the family to their private time. It lasts two hours and ten minutes. When you come back in, the plan is on three sheets of flip-chart paper in Jade's handwriting. Both children to live with Brenda, so they stay together and near nursery. Linda to have Bradley every Saturday and Sunday morning, with Dean there on Saturdays. Brenda to go with Kerry to the alcohol service on Tuesdays. Bev to be someone Kerry can ring at night. Callum not to come to Brenda's, ever. If Brenda cannot manage, Linda will take Bradley.

You do both viability assessments on the Wednesday; both are positive, and Sue gives Brenda temporary approval as a connected person under regulation 24. The children move to Brenda's on the Thursday of week three. Bradley says goodbye to Gill and Pete's dog, formally, by name.
~ meeting = 3
~ dean_in = true
~ tie_dean = 2
~ brenda_checked = true
~ linda_checked = true
~ home = "brenda"
~ poppy_with = "brenda"
~ lives_with = "Brenda (maternal grandmother), with Poppy"
~ trust = raise(trust)
-> p1_family_time

=== p1_family_time ===
# scene: contact-centre
The end of week three. The children have been apart from their mother for more than a week. Kerry has rung every day. She has been to the alcohol service twice and has a date for her first hair-strand test.

Bradley does not ask about his mum directly. {home == "gill":Gill says he lines up his toys by the front door every afternoon and gets cross if she moves them.}{home == "brenda":Brenda says he keeps asking whether Mummy is still poorly and whether the police took her eye.}{home == "linda":Linda says he has started saying "Mummy's busy" in a grown-up voice, and wets the bed most nights.} Shanice at nursery says he has bitten another child twice this week, which he has never done before.

The contact centre has space on Monday, Wednesday and Friday mornings. The legal team want the family time supervised and recorded. Kerry wants to see the children every day. {home != "gill":{who(home)} has said she is willing to have Kerry round to the house.|Gill has said she is happy to have Kerry come to the house for bathtime once she has met her.} {dean_in:Dean is asking to see Bradley too{dean_checks:; his time will be at Linda's, apart from Kerry's, as you agreed with them both|, and Kerry does not want to be in the same building as him}.} # decision: bradley.p1.family-time # prompt: What family time does Bradley need now, and what is it for? Who should be in the room?
+ [Once a week, supervised at the contact centre, until Kerry has given four weeks of clear breath and blood (PEth) tests # permanence: -1 # contact: -2 # disruption: 0 # why: The legal team's caution is understandable, but it makes family time a reward for progress rather than the children's right, and Bradley feels the gap. # ref: Permanency job aid: family time is a right, not a privilege # stance: to]
    You explain the condition to Kerry. She says, "So if I'm good I can see my kids. Great." She comes to every session. Bradley spends the first twenty minutes of each one under the table with his lorry and the last ten clinging to her leg.
    ~ trust = lower(trust)
    ~ tie_kerry = 4
+ [Twice a week: once at the contact centre, once at teatime and bath in the children's home, with the carer there # permanence: +1 # contact: +2 # disruption: 0 # why: Shared parenting keeps Kerry in her children's routines and lets the carer model and notice, but it asks a lot of the carer and it will go badly if Kerry arrives after drinking. # ref: Permanency job aid: family time and shared parenting as tools for permanence # stance: with]
    You set it up with {who(home)} and Kerry together, with a written agreement: Kerry arrives sober, leaves at seven, and the carer can end a visit if she needs to. The first teatime is stiff. The second, Kerry washes Bradley's hair and he lets her, which he has not let anyone do since the night on the landing.
    ~ trust = raise(trust)
    ~ tie_kerry = 5
+ [Three mornings a week at the contact centre, supervised and recorded, with transport for the children # permanence: 0 # contact: +1 # disruption: -1 # why: Frequent, safe and well evidenced, but the sessions are long for a three-year-old, the taxi runs are tiring and every goodbye happens in a strange building. # ref: Children Act 1989 s.34 (once an interim care order is made) and Schedule 2 paragraph 15: the duty to promote contact; Practice Standards: family time safe and supported # stance: to]
    The sessions start on Monday. Kerry comes to all three in the first week, early, with snacks. By Friday, Bradley will not get into the taxi to go and will not get out of it at the end. The family time worker records, accurately, that "the quality of interaction was good in the playroom".
    ~ tie_kerry = 5
+ {home != "gill"} [Agree with {who(home)} and Kerry that Kerry can come round to the house whenever she likes, and trust the two of them to manage it # permanence: 0 # contact: +2 # disruption: +2 # why: It is flexible, natural and keeps Kerry close, and both women want it, but it asks the grandmother to police her own family with no agreement, and the boundaries will be tested. # ref: Practice Standards, Permanence: support plans for children in connected care; family time assessed to be safe # stance: with]
    {who(home)} agrees. Kerry comes round most days. Some visits are lovely. On the Sunday of week four she arrives at eight at night, smelling of drink, and {who(home)} does not feel she can turn her away in front of Bradley.
    ~ tie_kerry = 5
    ~ support = 0
- -> p1_close

=== p1_close ===
# scene: foster-home
~ dean_checks = false
{dean_in:
    ~ tie_dean = 3
}
{home == "gill":
    ~ tie_gill = 3
}
{home == "brenda":
    ~ tie_brenda = 4
}
{home == "linda":
    ~ tie_linda = 5
}
{poppy_with != home:
    ~ tie_poppy = 3
}
The end of week four. You visit Bradley at {home == "gill":Gill and Pete's, in Ferncliffe|{who(home)}'s}.

He is in the garden with a toy wheelbarrow, moving stones from one end of the path to the other. {home == "gill":Gill watches from the kitchen door.|{who(home)} watches from the kitchen door.} When he sees you he says, "I'm doing the bins," and keeps going. You help. After a while he says, without looking up, "When's my mum getting better?"

{poppy_with == home:Poppy is asleep in her pram by the back door. Every few minutes Bradley goes to look in at her, and comes back.|Poppy is not here. Bradley has drawn her a picture, which is a lorry, and asks you to take it to her.}

You do not have a true answer to his question yet. You tell him what you can: that lots of grown-ups are helping his mum, that he will see her on {home == "gill":Wednesday|Tuesday}, and that you will come back and tell him more when you know more. He nods and tips out his barrow.

{legal_status == "interim care order (s.38)":The proceedings are under way; at the case management hearing this week the court set the timetable.}{legal_status == "section 20 (accommodated with consent)" && drift:The children are accommodated under section 20. Nobody has set a date for a decision.}{legal_status == "section 20 (accommodated with consent)" && not drift:The four-week countdown you wrote with Kerry has twelve days to run.} {meeting == 0:The wider family have still not been brought together.}{meeting == 1:Each relative has been spoken to; the family have not sat down together.}{meeting >= 2:The family have sat down together and made a plan of their own.} {dean_in:Dean is part of the picture now.|Dean still has not been spoken to.}

This is the end of Part 1. Before you go on, take stock with your group: who has been asked, who has not, and what Bradley has had to manage in four weeks.
-> p2_start
