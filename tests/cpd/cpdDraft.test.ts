import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { cpdDraft, cpdDraftText, DRAFT_NOTE } from '../../src/cpd/cpdDraft';
import { fixtureBundle } from '../helpers/fixtures';

const REASONS = 'Pat is Maya\'s strongest tie: test her offer now.';
// The referral check answered rightly, then the network meeting, family time, kinship first and the SGO.
const PATH = [2, 0, 0, 0, 0, 0];

function debrief(seed = 2) {
  const bundle = fixtureBundle();
  const { log } = drivePlay({ bundle, seed }, pathChooser(PATH, REASONS));
  return buildDebrief(log, bundle);
}

describe('the CPD record draft', () => {
  it('has Social Work England\'s fields in order (type, description, learning, impact), then a prompt for the peer reflection', () => {
    const draft = cpdDraft(debrief(), { quoteReasons: false });
    expect(draft.fields.map((f) => f.label)).toEqual(['Type of CPD', 'Description', 'What I learnt', 'Impact on my practice', 'For your peer reflection (a prompt, not a field of the record)']);
    for (const f of draft.fields) expect(f.text.trim()).not.toBe('');
  });

  it('describes what was played: the case, the decisions, the checks, the ending and the framework areas', () => {
    const d = debrief();
    const description = cpdDraft(d, { quoteReasons: false }).fields[1]!.text;
    expect(description).toContain('Test case: Maya');
    expect(description).toContain(`${d.decisions.length} decisions`);
    expect(description).toContain('1 check');
    expect(description).toContain(d.ending!.outcome);
    expect(description).toContain('Deciding on the best permanence option');
  });

  it('never claims learning for the practitioner: the learning and impact fields ask, in their own words', () => {
    const draft = cpdDraft(debrief(), { quoteReasons: false });
    const [, , learnt, impact] = draft.fields;
    expect(learnt!.text).toMatch(/^\[In your own words/);
    expect(impact!.text).toMatch(/^\[In your own words/);
    expect(`${learnt!.text}\n${impact!.text}`).not.toMatch(/\bI (learnt|learned|now understand|realised|will)\b/);
    expect(cpdDraftText(draft)).toContain(DRAFT_NOTE);
  });

  it('sets out how the player decided in each framework area, for them only: the game\'s figures stay out of the record\'s fields', () => {
    const d = debrief();
    const draft = cpdDraft(d, { quoteReasons: false });
    const figures = draft.fromDebrief.join('\n');
    for (const area of d.areas) expect(figures).toContain(`${area.title}: ${area.decisions === 1 ? '1 decision' : `${area.decisions} decisions`}`);
    for (const field of draft.fields) expect(field.text).not.toMatch(/scored highest across the three dimensions/);
    expect(cpdDraftText(draft)).toContain('From your debrief (for you; delete before you submit):');
  });

  it('quotes the written reasons only when the practitioner chooses to', () => {
    const d = debrief();
    const without = cpdDraft(d, { quoteReasons: false });
    expect(without.quotes).toEqual([]);
    expect(cpdDraftText(without)).not.toContain(REASONS);
    const withReasons = cpdDraft(d, { quoteReasons: true });
    expect(withReasons.quotes.length).toBeGreaterThan(0);
    expect(withReasons.quotes.every((q) => q.reasons === REASONS)).toBe(true);
    expect(cpdDraftText(withReasons)).toContain(`"${REASONS}"`);
  });

  it('writes British English, in plain text with no markup', () => {
    const text = cpdDraftText(cpdDraft(debrief(), { quoteReasons: true }));
    expect(text).not.toMatch(/\b(program|behavior|organization|center|judgment)\b/i);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('asks about chance when the case drew hidden facts', () => {
    const d = debrief();
    expect(d.facts.length).toBeGreaterThan(0);
    expect(cpdDraft(d, { quoteReasons: false }).fields[2]!.text).toContain('settled by chance, not by my decisions');
  });
});
