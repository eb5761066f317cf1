import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { saveSession } from '../../src/engine/saveSession';
import { activePath } from '../../src/log/activePath';
import { choicesForm, decodeSuspendData, encodeSuspendData, fullForm } from '../../src/lms/suspendData';
import { fixtureBundle } from '../helpers/fixtures';

function finished(reasons = 'Her grandmother first.') {
  const { actor } = drivePlay({ bundle: fixtureBundle(), seed: 9 }, pathChooser([1, 0, 1, 0, 0], reasons));
  return saveSession(actor.getSnapshot())!;
}

describe('suspend data', () => {
  it('keeps the whole saved session, compacted, when it fits', () => {
    const saved = finished();
    const encoded = encodeSuspendData(saved, 4096);
    expect(encoded?.form).toBe('full');
    expect(encoded!.text.length).toBeLessThan(JSON.stringify(saved).length / 2);
    expect(decodeSuspendData(encoded!.text)).toEqual({ kind: 'full', saved });
  });

  it('keeps the choices, when the whole session does not fit', () => {
    const saved = finished('x'.repeat(10) + Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join(''));
    expect(fullForm(saved).length).toBeGreaterThan(4096);
    const encoded = encodeSuspendData(saved, 4096);
    expect(encoded?.form).toBe('choices');
    const read = decodeSuspendData(encoded!.text);
    if (read.kind !== 'choices') throw new Error(`read as ${read.kind}`);
    expect(read.choices).toEqual({
      code: { scenario: 'test-case', versionPrefix: saved.log.storyVersion.slice(0, 6), seed: 9, choices: activePath(saved.log) },
      startedAt: saved.log.startedAt, participant: saved.log.participant, cohort: null, entries: saved.log.entries.length,
    });
  });

  it('says when not even the choices fit', () => {
    expect(encodeSuspendData(finished(), choicesForm(finished()).length - 1)).toBeNull();
  });

  it('reads nothing from an empty store, and names what is wrong with a damaged or foreign one', () => {
    expect(decodeSuspendData('')).toEqual({ kind: 'empty' });
    expect(decodeSuspendData('lesson=3;page=7')).toEqual({ kind: 'unreadable', reason: 'it was not written by this game' });
    expect(decodeSuspendData('z1:@@@')).toEqual({ kind: 'unreadable', reason: 'it is damaged (it cannot be unpacked)' });
    expect(decodeSuspendData('c1:{"code":"bradley.abc"}')).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^it is damaged \(startedAt /) });
    const full = fullForm(finished());
    const tampered = fullForm({ ...finished(), phase: 'elsewhere' as never });
    expect(decodeSuspendData(full).kind).toBe('full');
    expect(decodeSuspendData(tampered)).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^it is damaged \(phase /) });
  });
});
