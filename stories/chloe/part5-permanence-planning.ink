// Part 5: Permanence planning. April 2026, Chloe is thirteen.
// Options depend on home (set in part 4). Sets plan (1 SGO Abena, 2 long-term fostering,
// 3 residential with family ties, 4 home to Leanne), family_time_plan, and may start plan_quality at 1.

=== part5 ===
# part: 5 Permanence planning
# scene: office
~ move_type = 0
~ crisis_severity = 0
// Relationships settle into a shape that depends on where Chloe lives; fewer distinct values keep the case manageable.
~ tie_leanne = 3
~ tie_tyler = 5
{
- home == 4:
    ~ tie_julie = 4
- tie_julie >= 2:
    ~ tie_julie = 2
- else:
    ~ tie_julie = 1
}
{home == 1:
    ~ tie_abena = 4
    ~ tie_grace = 2
- else:
    ~ tie_abena = 3
    ~ tie_grace = 1
}
{home == 2:
    ~ tie_comfort = 2
- else:
    ~ tie_comfort = 0
}
April 2026. Chloe is thirteen, in Year 8, taller than Leanne and nearly as tall as you. It is ten months since the care order.

{home == 1: She has lived with Nana Abena on Marsh Lane for a year. The fostering panel approved Abena as Chloe's connected-person foster carer last summer. Chloe's attendance is ninety-six per cent; she sings alto in the Academy choir and in Auntie Grace's choir at Wesley Methodist, and she has started Saturday Twi classes, which she describes as "embarrassing and fine". There are rows about her phone and about what time she comes in, which Abena calls "normal thirteen" and Chloe calls "prison". Abena's knee replacement is booked for July. "I don't want social workers in my house for ever," Abena says, "and neither does she. I want to be her grandmother, with the papers to prove it."}
{home == 2: She has lived with Comfort and Daniel Boateng in Eastholme for about a year. She calls Comfort "Auntie" and Daniel "Uncle D", and says both as if she has been saying them all her life. Her attendance is ninety-four per cent. She goes to Wesley Methodist with Nana Abena most Sundays and sometimes stays for lunch. Comfort and Daniel have said they would like to care for Chloe until she is grown, "and after, if she wants". Chloe has said she does not want to move again, ever.}
{home == 3: She has lived at Ash House for over a year. Lou Carter, the manager, has become the adult Chloe argues with most, which everyone understands is a good sign. There have been two missing episodes, both to Haverley town centre, both short. Staff have changed three times. Chloe sees Nana Abena twice a week and Tyler every Saturday. She says, every time she is asked, that she does not want another family, and once, when she was not asked, that she does not want to live in a children's home until she is eighteen either.}
{home == 4: She has lived with Julie and Martin Hargreaves in Brackenfield for eighteen months, with alternate weekends at Nana Abena's and choir every Thursday. She has taken over the lambing-shed rota and has opinions about sheep. Julie and Martin have asked whether they can care for her long-term. Chloe loves them and loves her Nana, and says the hardest thing about her life is being asked to choose.}

Leanne is fourteen months without a drink. She goes to Open Door every week and has started volunteering on their Tuesday drop-in. She has a housing association flat on Cedar Road with a second bedroom she has painted purple. She asks at every family time when Chloe is coming home. Tyler is six; Sandra Pearson was granted a special guardianship order for him in November, and Chloe sees him every Saturday. {tie_kwame >= 2: Kwame comes once a month now and has brought his wife Esi and their children, Kofi and Ama, twice.|Kwame has been to family time three times in a year and sends a message on Chloe's birthday.}

The second permanence planning meeting is in a fortnight. The IRO, Sunita Bhatt, has said plainly that Chloe has waited long enough: eighteen months in care, well past the four-month review at which a permanence plan should have been agreed. She expects the plan to be settled at the next looked-after review, and she wants to see every realistic option analysed, side by side.
-> chloe_voice

= chloe_voice
# scene: school
You see Chloe at school, in the music room at lunchtime, because she chose it. She has a list on her phone. "Things I want," she reads. "One. No more moving. Two. Tyler. Three. Mum, but not if she goes back to how she was. Four. Nana. Five. Not to have a social worker come to school, no offence." She looks up. "Can I come to the meeting?"
# decision: chloe.p5.chloe-in-meeting
# prompt: How should Chloe, at thirteen, take part in the decision about her permanence?
+ [Ask for her views beforehand, in detail, and present them at the meeting in her own words, so she is spared the adults' arguments # permanence: +1 # contact: 0 # disruption: 0 # why: Her views reach the meeting faithfully and she is protected from conflict, but being spoken for is not the same as being in the room where the decision is made. # ref: Practice Standards, Children in Care: creative ways to gather and share the child's views # stance: for]
    You read Chloe's list aloud at the start of the meeting. Leanne asks for a copy.
+ [Yes: Chloe helps set the agenda, chooses where the meeting is held and who comes, speaks first, and can leave when she wants, with an advocate if she chooses # permanence: +2 # contact: +1 # disruption: -1 # why: A child who shapes the plan owns it, and research links participation with confidence and stability, though she will hear adults disagree about her future. # ref: Practice Standards, Children in Care: involving the child, encouraging them to co-chair; SMART planning: co-production # stance: with]
    Chloe chooses the music room, after school, and invites Nana, Mum, and "whoever I live with". She speaks first, from her phone. She gets to item four and stops, and Abena finishes it for her.
+ [Hold the meeting without her, because the adults need to be able to talk frankly about Leanne's recovery and Abena's health, and tell her the outcome that evening # permanence: -1 # contact: 0 # disruption: +1 # why: Adults do sometimes need a frank conversation, but a thirteen-year-old who asked to come and was refused learns that the plan is made about her, not with her. # ref: Practice Standards, Children in Care: involving the child in decisions about them # stance: to]
    The meeting is frank. You tell Chloe the outcome that evening. She says, "You could have just said no at the start."
- -> options

= options
# scene: office
The meeting has one central question: what should Chloe's permanence plan be? On the whiteboard you draw the balance sheet the IRO asked for: every realistic option, its benefits and its risks for Chloe, side by side.
# decision: chloe.p5.permanence-option
# prompt: Weigh every realistic option for Chloe side by side. Which gives her legal, relational and cultural permanence, and at what cost?
# balance
# justify
+ {home == 1} [A Special Guardianship Order to Abena, with a support plan, ending the care order # permanence: +3 # contact: +1 # disruption: -1 # benefits: Legal permanence within her family, an end to being in care, her heritage lived every day, and a grandmother she chose. # risks: Abena is sixty-seven with diabetes and a knee operation due; support becomes something to ask for rather than a right; her rift with Leanne could strain family time; she leaves care, so at eighteen she will not be a care leaver with a personal adviser and pathway plan, only the more limited advice and help the law offers young people who left care through special guardianship. # why: It gives Chloe legal, relational and cultural permanence in one home, if the support plan is real and Abena's health is planned for. # ref: Permanency job aid: legal, relational and cultural permanence; Practice Standards, Permanence: SGO support plan with financial assessment # stance: with]
    ~ plan = 1
+ {home == 2} [A Special Guardianship Order to Abena, with a planned move to her from the Boatengs # permanence: +2 # contact: +1 # disruption: +1 # benefits: Legal permanence in her own family and the grandmother who holds her heritage. # risks: Another move away from settled carers she has chosen to call Auntie and Uncle; Abena's age and health; it overrides what Chloe says about never moving again; she leaves care, so at eighteen she will not be a care leaver with a personal adviser and pathway plan, only the more limited advice and help the law offers young people who left care through special guardianship. # why: Family permanence is a strong pull, but moving a settled child to achieve a legal order can cost more relational permanence than it gains. # ref: Re B-S (2013) EWCA Civ 1146: holistic analysis of realistic options; Module 4: what sustains permanence # stance: for]
    ~ plan = 1
    ~ home = 1
+ {home == 3} [A Special Guardianship Order to Abena, with a planned move from Ash House to her flat # permanence: +3 # contact: +2 # disruption: 0 # benefits: Family, culture and community, and an end to residential care and to being in care at all. # risks: Chloe has said she does not want another family, though Abena is not a new one; Abena's health; the older boys in Haverley are close to her flat; she leaves care, so at eighteen she will not be a care leaver with a personal adviser and pathway plan, only the more limited advice and help the law offers young people who left care through special guardianship. # why: It offers the fullest permanence available, but the move must be Chloe's choice and the risks close to Abena's home must be planned for. # ref: Permanency job aid: legal, relational and cultural permanence # stance: with]
    ~ plan = 1
    ~ home = 1
+ {home == 4} [A Special Guardianship Order to Abena, with a planned move from the farm to her flat # permanence: +2 # contact: +1 # disruption: +1 # benefits: Legal permanence in her own family and community, and the heritage she has missed in Brackenfield. # risks: It ends a stable home with carers she loves and asks her to choose between them; Abena's health; she leaves care, so at eighteen she will not be a care leaver with a personal adviser and pathway plan, only the more limited advice and help the law offers young people who left care through special guardianship. # why: Family permanence has a strong claim, but it costs Chloe a settled home and she has said the choosing is the hardest part. # ref: Re B-S (2013) EWCA Civ 1146: holistic analysis of realistic options # stance: for]
    ~ plan = 1
    ~ home = 1
+ {home == 1} [Long-term fostering with Abena as a connected-person foster carer, keeping the care order # permanence: +1 # contact: +1 # disruption: -1 # benefits: Chloe stays with Nana, and the local authority's support, reviews and leaving-care entitlements remain in place. # risks: Chloe remains in care, with reviews and visits she has said she does not want; it falls short of the legal permanence Abena is asking for. # why: It keeps support automatic and the placement stable, but leaves a child in care when a family order could give her the same home with less intrusion. # ref: Permanency job aid: legal permanency options # stance: for]
    ~ plan = 2
+ {home == 2} [Long-term fostering with Comfort and Daniel Boateng, matched at panel, with family time with Nana, Mum, Tyler and Dad # permanence: +2 # contact: +1 # disruption: -2 # benefits: No further move; carers who share her heritage and want her for good; her family close by; leaving-care support and Staying Put available later. # risks: She stays in care, with reviews and visits; long-term fostering can feel less permanent, and depends on the match being formally made and supported. # why: Stability and cultural fit in a home she already calls home, as long as the match is made and the ties to her family are kept alive. # ref: Practice Standards, Permanence: long-term fostering match approved within six months # stance: with]
    ~ plan = 2
+ {home == 3} [A long-term foster family, with the Boatengs in Eastholme, who share her heritage and have a place, after careful introductions # permanence: +2 # contact: +1 # disruption: 0 # benefits: A family home, with carers who share her heritage, ten miles from her family and school. # risks: Chloe says she does not want another family, and a placement made against her wishes is likely to break down. # why: A family can offer what a children's home rarely can, but only if Chloe chooses it. # ref: Practice Standards, Permanence: long-term fostering placement referral # stance: for]
    ~ plan = 2
    ~ home = 2
+ {home == 4} [Long-term fostering with Julie and Martin Hargreaves, matched at panel, with alternate weekends at Nana's and choir # permanence: +2 # contact: +1 # disruption: -2 # benefits: No further move; carers who have stuck with her through a crisis and want her for good; shared care with her grandmother that works. # risks: She stays in care; cultural permanence depends on Nana and the church rather than her daily home; long-term fostering depends on the match being formally made and supported. # why: A stable home with a proven relationship, with her heritage held through shared care, as long as the shared care is written into the plan. # ref: Practice Standards, Permanence: long-term fostering match; Permanency job aid: shared parenting # stance: with]
    ~ plan = 2
+ {home == 3} [Chloe stays at Ash House until she is ready to leave, with a key worker, a written plan for her ties to Nana, Mum, Tyler and Dad, and Staying Close support after eighteen # permanence: 0 # contact: +2 # disruption: 0 # benefits: It respects Chloe's refusal of another family, keeps her close to everyone she loves, and avoids a move she does not want. # risks: Staff change; relational permanence has to be carried by her family rather than her home; residential care rarely offers a family for life. # why: It honours her wishes and her family ties, but the permanence has to be built outside the building. # ref: Permanency job aid: relational permanence; Care Leavers standards: the local offer to care leavers # stance: for]
    ~ plan = 3
+ [Return home to Leanne, placed with her under the care order, with a support plan and a view to discharging the order after a year # permanence: +1 # contact: +2 # disruption: +1 # benefits: Chloe goes home to her mother, which she has wanted for two years; Leanne's fourteen months of recovery are real and her engagement with Open Door is good. # risks: Fourteen months is early in recovery; relapse after loss has been the pattern; Chloe could become her mother's carer again. # why: Reunification honours a mother's real progress and Chloe's wish, but the risk of relapse means it only works with a strong support and relapse plan. # ref: Permanency job aid: evaluating progress, adequate or sufficient; stages of change # stance: with]
    ~ plan = 4
- 
{
- plan == 1:
    ~ legal_status = "care order (special guardianship application to Abena in progress)"
    ~ lives_with = "paternal grandmother, Abena Mensah"
    ~ tie_abena = 5
- plan == 2:
    ~ legal_status = "care order (long-term fostering)"
    {home == 2:
        ~ lives_with = "foster carers (Comfort and Daniel Boateng)"
        ~ tie_comfort = 3
    }
- plan == 3:
    ~ legal_status = "care order (residential care)"
- plan == 4:
    ~ legal_status = "care order (placed at home with her mother)"
}
{plan == 1: The IRO asks each person round the table for their view. Leanne is last. She looks at Abena for a long time. "You were right in 2018," she says. "I hated you for it. I'm not going to fight you for her. But I want to be her mum." Abena says, "You are her mum. I'm her Nana. We were always going to need each other."}
{plan == 2: The IRO asks each person round the table for their view. Leanne says she hates it and understands it. "As long as she knows she can come to mine. As long as it's not goodbye."}
{plan == 3: The IRO records Chloe's wish clearly, and asks that the plan be reviewed at every looked-after review, "so that staying is a choice she keeps making, not a decision we made once".}
{plan == 4: Abena is the first to speak. "If Leanne is well, Chloe should go home. And if Leanne is not well, Chloe comes to me. Both of those. Write both of those down."}
-> family_time_plan_stitch

= family_time_plan_stitch
# scene: contact-centre
Whatever the plan, Chloe's people do not stop being her people. You need to agree how she will keep them.
# decision: chloe.p5.family-time
# prompt: What should family time look like under this permanence plan, and who should decide it?
+ [Set a standard schedule that everyone can rely on: Mum monthly, Tyler fortnightly, Dad when he can # permanence: +1 # contact: 0 # disruption: 0 # why: Predictability is valuable, but a schedule that ignores the strength and purpose of each relationship thins the ties Chloe most wants to keep, such as Tyler. # ref: Permanency job aid: family time and shared parenting # stance: for]
    The schedule is typed, copied and circulated. Chloe points out that she already sees Tyler every week and asks whether that means she is now supposed to see him less.
+ [Plan it with Chloe and each person: how often, where, and whether supervised, based on what each relationship is for, reviewed each year: Mum, Tyler, Dad and his family, Nana, and Julie if Chloe wants # permanence: +2 # contact: +3 # disruption: -1 # why: Family time designed around the purpose of each relationship sustains relational and cultural permanence whichever plan is chosen; it takes time to negotiate and will need revisiting as Chloe grows. # ref: Permanency job aid: family time as a right; both/and; Children Act 1989 s.34 # stance: with]
    ~ family_time_plan = true
    ~ tie_tyler = 5
    ~ tie_kwame = tie_kwame + 1
    Chloe draws it as a wheel on the back of the balance sheet. Tyler every Saturday. Mum every week, unsupervised now, at the flat with the purple room. Dad once a month, and a weekend in Ashbridge in the summer to meet Kofi and Ama properly. Auntie Donna on Sundays when she is not on shift. {home != 4: Julie "at Christmas and lambing".} Kwame, told about the weekend, goes quiet on the phone and then says, "Yes. Yes. We will make it good."
+ [Leave family time to the people she lives with to arrange informally, as ordinary family life, without a written plan # permanence: 0 # contact: -1 # disruption: +1 # why: It treats Chloe's life as normal family life, which she wants, but without an agreement the weakest relationships, such as her father's, fade first, and conflicts have nowhere to go. # ref: SMART planning: who does what, by when # stance: not]
    Nobody writes anything down. Saturdays with Tyler carry on because Sandra makes them. Kwame's visits drift to every other month.
    ~ tie_kwame = 1
- -> support_plan

= support_plan
# scene: office
The plan is only as good as the support that comes with it.
# decision: chloe.p5.support
# prompt: What support must be in place for this plan to last, and what happens when it is needed?
+ {plan == 1} [The standard offer: an allowance under the local policy and the special guardianship advice line if things get difficult # permanence: +1 # contact: 0 # disruption: 0 # why: It meets the policy, but a generic offer does not plan for Abena's surgery, Chloe's history or the family tensions, which are the things most likely to strain the arrangement. # ref: Practice Standards, Permanence: SGO support plan # stance: for]
    ~ legal_status = "special guardianship order (Abena Mensah)"
    The special guardianship order is made in October 2026. Abena asks what happens if her knee goes wrong. The advice line number is on the leaflet.
+ {plan == 1} [A written special guardianship support plan: a financial assessment and allowance, therapeutic support for Chloe if she wants it, a named worker to ring, a plan for Abena's knee operation with Donna as back-up, and a family time agreement with Leanne # permanence: +2 # contact: +1 # disruption: -2 # why: A specific support plan, including what happens when the carer is ill, makes a kinship order sustainable; it costs the local authority money and time it would rather not commit. # ref: Practice Standards, Permanence: support plan for children in connected care or SGO placements, including financial assessment # stance: with]
    ~ plan_quality = 1
    ~ legal_status = "special guardianship order (Abena Mensah)"
    The special guardianship order is made in October 2026, by consent. Leanne comes to court and sits next to Abena. The care order ends.
+ {plan == 1} [Keep the care order for another year so support stays automatic, and revisit special guardianship later # permanence: -1 # contact: 0 # disruption: 0 # why: It protects the support, but it keeps Chloe in care against her and Abena's wishes and delays the legal permanence that is ready now. # ref: Practice Standards, Permanence: achieved as early as possible # stance: for]
    Abena agrees, disappointed. Chloe says, "So nothing's changed," and goes to her room. The special guardianship order is made a year later, in the spring of 2027.
    ~ legal_status = "special guardianship order (Abena Mensah)"
+ {plan == 2} [Let the placement continue as it is and take the match to panel when there is space on the agenda # permanence: 0 # contact: 0 # disruption: +1 # why: Nothing changes for Chloe day to day, but an unconfirmed long-term placement is how children drift, and carers without delegated authority have to ask permission for ordinary things. # ref: Practice Standards, Permanence: match approved within six months # stance: not]
    The match reaches panel fourteen months later. In between, Chloe misses a school trip to France because the consent form sat in someone's tray.
+ {plan == 2} [Take the match to panel within six months, with a matching report written for Chloe to read one day, delegated authority so her carers can sign for sleepovers and trips, and an early conversation about Staying Put # permanence: +2 # contact: +1 # disruption: -2 # why: A formal match and delegated authority make long-term fostering feel like family life rather than a placement, and an early Staying Put conversation tells Chloe she will not be pushed out at eighteen. # ref: Practice Standards, Permanence: long-term match approved within six months; Care Leavers: stay put until 21 # stance: with]
    ~ plan_quality = 1
    The match is approved in September. Chloe's carers sign her first sleepover form themselves. She says it is "the most boring good news ever".
+ {plan == 2} [Ask the carers whether they would consider special guardianship in due course, and put long-term fostering in place meanwhile # permanence: +1 # contact: 0 # disruption: 0 # why: Special guardianship by carers can give a child legal permanence outside care, but raising it too early can feel to carers like pressure to give up support, and to Chloe like another change. # ref: Permanency job aid: legal permanency options # stance: with]
    The carers say they will think about it. They think about it for a long time.
+ {plan == 3} [Keep Chloe at Ash House and keep looking for a foster family in the background, in case she changes her mind # permanence: 0 # contact: 0 # disruption: +1 # why: It keeps the option of a family open, but a search she has not agreed to tells her that her home is temporary and her wishes are provisional. # ref: Practice Standards, Children in Care: involving children in their plans # stance: to]
    Chloe finds out about the search from another young person at Ash House. She does not speak to you for a month.
+ {plan == 3} [Write a plan for Chloe at Ash House with a named key worker, Lou Carter, a written family ties plan, the Staying Close offer after eighteen, and a question at every review about whether she wants a family # permanence: +1 # contact: +2 # disruption: -1 # why: Residential care can sustain permanence if relationships are named and protected and the door to a family stays open; it depends on keeping staff who matter to her. # ref: Care Leavers standards: the local offer to care leavers; Permanency job aid: relational permanence # stance: with]
    ~ plan_quality = 1
    Lou puts the plan on the office wall, next to the rota. Chloe adds a line in purple pen: "And Lou is not allowed to leave."
+ {plan == 3} [Let Chloe's placement at Ash House continue and review it at the looked-after reviews # permanence: -1 # contact: 0 # disruption: +1 # why: Reviews are not a plan; without named relationships and an aftercare plan, residential care drifts towards a move at sixteen. # ref: SMART planning: preventing drift # stance: not]
    The reviews take place every six months. Each one records that Chloe is "settled".
+ {plan == 4} [Return Chloe home before the new school year with the usual checks and visits # permanence: +1 # contact: +1 # disruption: +1 # why: It honours the plan promptly, but without a relapse plan and support for Chloe's caring role the return rests on Leanne's recovery holding alone. # ref: Permanency job aid: evaluating progress # stance: for]
    ~ lives_with = "her mother, Leanne Walsh"
    Chloe moves home at the end of August. The visits happen. Nobody writes down what happens if Leanne drinks.
+ {plan == 4} [Delay the return until Leanne has two full years of sobriety, to be sure # permanence: -1 # contact: 0 # disruption: 0 # why: Caution about relapse is understandable, but a fixed delay that is not linked to what Leanne is doing puts Chloe's life on hold and may tell her mother that no progress is ever enough. # ref: Permanency job aid: evaluating progress; Practice Standards, Permanence: in the child's timescales # stance: to]
    Leanne is devastated and does not drink. Chloe moves home ten months later, in the spring of 2027, when Leanne reaches two years.
    ~ lives_with = "her mother, Leanne Walsh"
+ {plan == 4} [A phased return over the summer with a written support plan: Open Door continues, a relapse plan with Abena as the safe place Chloe goes if Leanne drinks, a family support worker, young carers' support for Chloe, and a review after six months # permanence: +2 # contact: +2 # disruption: -1 # why: A return with a specific relapse plan and a family safe place protects Chloe if recovery falters, and names what she must not become again: her mother's carer. # ref: Permanency job aid: stages of change; SMART planning: contingency planning with the family # stance: with]
    ~ plan_quality = 1
    ~ lives_with = "her mother, Leanne Walsh"
    Chloe moves back to her mum's on the first Saturday of the summer holidays, into the purple room. The relapse plan is stuck on the fridge. Leanne calls it "the fridge plan" and Chloe tells her that is what it is actually called.
- -> identity

= identity
# scene: family-home
There is one more thing. In the meeting Chloe said, almost in passing, that she does not know what she is. "At Nana's church I'm the white one. At school I'm the Black one. In Brackenfield I was the only one. Mum's side is all Walsh and Dolly Parton, and I've never been to Ghana."
# decision: chloe.p5.identity
# prompt: How should this plan sustain Chloe's cultural permanence, both sides of her heritage, and who should lead it?
+ [Refer Chloe to a specialist identity group for young people of mixed heritage run by the youth service # permanence: +1 # contact: 0 # disruption: 0 # why: Peer groups can be powerful and Chloe may value them, but a referral does not replace her own family's part in her identity. # ref: Module 4: identity and self-esteem # stance: for]
    Chloe goes three times and likes one of the other girls. The group ends in the summer when the funding does.
+ [Chloe leads and both families help: the life story book goes on, Twi with Nana, a trip to Ghana with Nana when she is ready, time with Kwame's family in Ashbridge, Leanne's stories of Pat and the Walsh side, and her hair and skin care in the plan # permanence: +2 # contact: +2 # disruption: -1 # why: Identity built from both sides of her family, led by her, is what cultural permanence means for a mixed-heritage child, and it costs money, time and negotiation between families. # ref: Permanency job aid: cultural permanence, a continuous connection to family, tradition, race, culture, language and religion # stance: with]
    ~ tie_grace = 3
    Kwame, who has said almost nothing in any meeting for two years, says: "I can help with Ghana. My uncle is in Kumasi. I have been meaning to take her since she was born." Leanne laughs, not unkindly. "Since she was born." Then: "Take her, then."
+ [Let her explore it in her own time: she is settled, she goes to church with Nana, and she can decide what she wants to know when she is older # permanence: -1 # contact: 0 # disruption: 0 # why: It respects her pace, but cultural permanence does not maintain itself; without a plan the connection to her father's family and language fades during the teenage years when identity matters most. # ref: Permanency job aid: cultural permanence # stance: not]
    Chloe says, "Fine," which you have learned means nothing.
- 
{plan == 1: Chloe, with her Nana, her mum and her brother in one frame, sticks a photograph from the court day into the life story book. Underneath she writes: "The day I stopped being in care."}
{plan == 2: The plan goes to the looked-after review and is agreed. Chloe asks the IRO whether that means she can stop having reviews. Sunita says not yet, but she can run the next one.}
{plan == 3: The plan goes to the review. Chloe co-chairs it, and moves item four, "family time", to item one.}
{plan == 4: The plan goes to the review. Chloe asks the IRO whether she will still have a social worker at home. Sunita says yes, for a while, and Chloe says, "Good. But not at school."}
+ [Part 6: Planning for Chloe]
-> part6
