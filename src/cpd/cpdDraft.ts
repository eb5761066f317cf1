/**
 * A draft CPD record from a debrief, in the fields Social Work England's record asks for (the type
 * of CPD, a description, what was learnt, the impact on practice), plus a prompt for the peer
 * reflection that follows the workshop (a prompt, not a field of the record). It is a draft for the practitioner to rewrite: it states
 * what happened in the game and asks questions, and never claims learning on their behalf.
 * Written reasons are quoted only when the practitioner chooses to include them.
 */
import type { Debrief } from '../engine/debrief';

export interface CpdDraftChoices {
  /** Quote the reasons the practitioner wrote at their decisions. */
  quoteReasons: boolean;
}

export interface CpdField {
  /** The record's field as Social Work England names it, or the peer reflection prompt. */
  label: string;
  text: string;
}

export interface CpdDraft {
  title: string;
  /** Type of CPD, description, what was learnt, impact on practice, then the peer reflection prompt. */
  fields: CpdField[];
  /** Figures from the debrief, for the practitioner only: they mean nothing outside the game. */
  fromDebrief: string[];
  /** The practitioner's own reasons, when they chose to quote them: the decision's prompt and what they wrote. */
  quotes: { decision: string; reasons: string }[];
}

export const FROM_DEBRIEF = 'From your debrief (for you; delete before you submit):';

export const DRAFT_NOTE =
  'This is a draft to start your CPD record, not a record of what you learnt: only you can say that. Rewrite it in your own words before you add it to your Social Work England account.';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;


export function cpdDraft(debrief: Debrief, choices: CpdDraftChoices): CpdDraft {
  const decisions = debrief.decisions.length;
  const parts = debrief.parts.map((p) => p.part).filter(Boolean);
  const areas = debrief.areas;

  const description = [
    `I played "${debrief.title}", a fictional branching case simulation about permanence, written around the Achieving Permanence programme's case studies, before a workshop.`,
    parts.length > 0 ? `I played ${parts.length === 1 ? 'the part' : 'the parts'}: ${parts.join('; ')}.` : null,
    `I made ${count(decisions, 'decision')} in the case${debrief.checks.of > 0 ? ` and answered ${count(debrief.checks.of, 'check')}` : ''}, then read a debrief that set each decision against the options offered at that moment.`,
    debrief.ending ? `The case ended: ${debrief.ending.outcome}` : 'I did not play the case to its end.',
    debrief.framework && areas.length > 0 ? `The decisions exercised these areas of the ${debrief.framework.title}: ${areas.map((a) => a.title).join('; ')}.` : null,
  ].filter((s): s is string => s !== null).join(' ');

  const areaLines = areas.map((a) => {
    if (a.best === a.decisions) return `- ${a.title}: ${count(a.decisions, 'decision')}; I took the option that scored highest across the three dimensions at ${a.decisions === 1 ? 'it' : `all ${a.decisions}`}.`;
    const closeness = a.meanCloseness === null ? '' : `; on average my choices scored ${Math.round(a.meanCloseness * 100)}, where 0 is the option scored weakest and 100 the strongest`;
    return `- ${a.title}: ${count(a.decisions, 'decision')}; I took the option that scored highest across the three dimensions at ${a.best}${closeness}.`;
  });
  const weakest = [...debrief.decisions]
    .filter((d) => d.closeness !== null && d.closeness < 1)
    .sort((a, b) => a.closeness! - b.closeness!)
    .slice(0, 2)
    .map((d) => `- ${d.prompt ?? d.id}`);
  const learning = [
    '[In your own words: what did the case make you think again about?]',
    ...(debrief.facts.length > 0 ? ['- Part of how the case ended was settled by chance, not by my decisions: how do I tell a sound decision from a good outcome in my own cases?'] : []),
  ].join('\n');
  const fromDebrief = [
    ...areaLines,
    ...(debrief.checks.of > 0 ? [`- Checks: ${debrief.checks.correct} of ${debrief.checks.of} answered as the case expected.`] : []),
    ...(weakest.length > 0 ? ['Decisions where another option scored higher across the three dimensions, worth a second look:', ...weakest] : []),
  ];

  const impact = [
    '[In your own words: what will you do differently, or keep doing, in your work with children and families?] Questions that may help:',
    '- How do I keep the child\'s timescale in view when a family\'s offer needs testing?',
    '- How do I record the options I considered, and why I set them aside, so that my decision is defensible?',
    '- Who in my team or network could I talk this through with?',
  ].join('\n');

  const peer = [
    'For the reflective discussion with a peer after the workshop (Social Work England asks for at least one piece of CPD a year to be reflected on with a peer):',
    '- Which decision in the case was hardest, and what would have changed my mind?',
    '- Where did my view differ from the panel\'s, or from my colleagues\' at the workshop, and what does the difference say?',
    '- How might the child, the parent or the carer have experienced my decision?',
    '- What evidence would I need in a real case before deciding the same way?',
    '(Keep any real child or family anonymous in your record.)',
  ].join('\n');

  const quotes = choices.quoteReasons
    ? debrief.decisions.filter((d) => d.reasons && d.reasons.trim()).map((d) => ({ decision: d.prompt ?? d.id, reasons: d.reasons!.trim() }))
    : [];

  return {
    title: `CPD record (draft): ${debrief.title}`,
    fields: [
      { label: 'Type of CPD', text: 'An online case simulation, played before a workshop, with the workshop and a discussion with a peer to follow.' },
      { label: 'Description', text: description },
      { label: 'What I learnt', text: learning },
      { label: 'Impact on my practice', text: impact },
      { label: 'For your peer reflection (a prompt, not a field of the record)', text: peer },
    ],
    fromDebrief,
    quotes,
  };
}

/** The draft as plain text, to paste into the record. */
export function cpdDraftText(draft: CpdDraft): string {
  const blocks = [draft.title, DRAFT_NOTE, ...draft.fields.map((f) => `${f.label}\n${f.text}`)];
  if (draft.fromDebrief.length > 0) blocks.push([FROM_DEBRIEF, ...draft.fromDebrief].join('\n'));
  if (draft.quotes.length > 0) {
    blocks.push(['My reasons at the time, as I wrote them:', ...draft.quotes.map((q) => `- ${q.decision}\n  "${q.reasons.replace(/\n/g, '\n  ')}"`)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
