/**
 * A draft CPD record from a debrief, in the fields Social Work England asks for: the type of
 * CPD, a description, what was learnt, the impact on practice, and a prompt for the peer
 * reflection that follows the workshop. It is a draft for the practitioner to rewrite: it states
 * what happened in the game and asks questions, and never claims learning on their behalf.
 * Written reasons are quoted only when the practitioner chooses to include them.
 */
import type { Debrief } from '../engine/debrief';

export interface CpdDraftChoices {
  /** Quote the reasons the practitioner wrote at their decisions. */
  quoteReasons: boolean;
}

export interface CpdField {
  /** Social Work England's field, in its words. */
  label: string;
  text: string;
}

export interface CpdDraft {
  title: string;
  /** Type of CPD, description, what was learnt, impact on practice, peer reflection, in that order. */
  fields: CpdField[];
  /** The practitioner's own reasons, when they chose to quote them: the decision's prompt and what they wrote. */
  quotes: { decision: string; reasons: string }[];
}

export const DRAFT_NOTE =
  'This is a draft to start your CPD record, not a record of what you learnt: only you can say that. Rewrite it in your own words before you add it to your Social Work England account.';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function percent(x: number): string {
  return `${Math.round(x * 100)} out of 100`;
}

export function cpdDraft(debrief: Debrief, choices: CpdDraftChoices): CpdDraft {
  const decisions = debrief.decisions.length;
  const parts = debrief.parts.map((p) => p.part).filter(Boolean);
  const areas = debrief.areas;

  const description = [
    `I played "${debrief.title}", a branching case simulation about permanence for a child, from the Achieving Permanence programme, before a workshop.`,
    parts.length > 0 ? `I played ${parts.length === 1 ? 'the part' : 'the parts'}: ${parts.join('; ')}.` : null,
    `I made ${count(decisions, 'decision')} in the case${debrief.checks.of > 0 ? ` and answered ${count(debrief.checks.of, 'check')}` : ''}, then read a debrief that set each decision against the options offered at that moment.`,
    debrief.ending ? `The case ended: ${debrief.ending.outcome}` : 'I did not play the case to its end.',
    debrief.framework && areas.length > 0 ? `The decisions exercised these areas of the ${debrief.framework.title}: ${areas.map((a) => a.title).join('; ')}.` : null,
  ].filter((s): s is string => s !== null).join(' ');

  const areaLines = areas.map((a) => {
    if (a.best === a.decisions) return `- ${a.title}: ${count(a.decisions, 'decision')}; I took the option judged strongest of those offered at ${a.decisions === 1 ? 'it' : `all ${a.decisions}`}.`;
    const closeness = a.meanCloseness === null ? '' : `, and on average my choices sat ${percent(a.meanCloseness)} of the way from the weakest option offered to the strongest`;
    return `- ${a.title}: ${count(a.decisions, 'decision')}; I took the option judged strongest of those offered at ${a.best}${closeness}.`;
  });
  const weakest = [...debrief.decisions]
    .filter((d) => d.closeness !== null && d.closeness < 1)
    .sort((a, b) => a.closeness! - b.closeness!)
    .slice(0, 2)
    .map((d) => `- ${d.prompt ?? d.id}`);
  const learning = [
    '[In your own words: what did the case make you think again about?] Points from the debrief you may want to reflect on:',
    ...areaLines,
    ...(debrief.checks.of > 0 ? [`- Checks: ${debrief.checks.correct} of ${debrief.checks.of} answered as the case expected.`] : []),
    ...(debrief.facts.length > 0 ? ['- Part of the outcome was not in my hands (hidden facts drawn in the case): how do I tell a sound decision from a good outcome in my own cases?'] : []),
    ...(weakest.length > 0 ? ['Decisions where another option offered was judged stronger, worth a second look:', ...weakest] : []),
  ].join('\n');

  const impact = [
    '[In your own words: what will you do differently, or keep doing, in your work with children and families?] Questions that may help:',
    '- How do I keep the child\'s timescale in view when a family\'s offer needs testing?',
    '- How do I record the options I considered, and why I set them aside, so that my decision is defensible?',
    '- Who in my team or network could I talk this through with?',
  ].join('\n');

  const peer = [
    'For the reflective discussion with a peer after the workshop (Social Work England asks for at least one piece of CPD to be reflected on with a peer):',
    '- Which decision in the case was hardest, and what would have changed my mind?',
    '- Where did my view differ from the panel\'s, or from my colleagues\' at the workshop, and what does the difference say?',
    '- What evidence would I need in a real case before deciding the same way?',
  ].join('\n');

  const quotes = choices.quoteReasons
    ? debrief.decisions.filter((d) => d.reasons && d.reasons.trim()).map((d) => ({ decision: d.prompt ?? d.id, reasons: d.reasons!.trim() }))
    : [];

  return {
    title: `CPD record (draft): ${debrief.title}`,
    fields: [
      { label: 'Type of CPD', text: 'Learning activity: an online case simulation (e-learning), with a workshop and peer reflection to follow.' },
      { label: 'Description', text: description },
      { label: 'What I learnt', text: learning },
      { label: 'Impact on my practice', text: impact },
      { label: 'Peer reflection', text: peer },
    ],
    quotes,
  };
}

/** The draft as plain text, to paste into the record. */
export function cpdDraftText(draft: CpdDraft): string {
  const blocks = [draft.title, DRAFT_NOTE, ...draft.fields.map((f) => `${f.label}\n${f.text}`)];
  if (draft.quotes.length > 0) {
    blocks.push(['My reasons at the time, as I wrote them:', ...draft.quotes.map((q) => `- ${q.decision}\n  "${q.reasons.replace(/\n/g, '\n  ')}"`)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
