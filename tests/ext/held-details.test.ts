import { describe, expect, it } from 'vitest';
import type { TextCheck } from '../../lib/check';
import { deferDetails, withDetails } from '../../lib/check-details';
import { HeldDetails } from '../../lib/ext/engine';
import type { Quote } from '../../lib/types';

const quote = (id: string, text: string): Quote => ({ id, text, kind: 'full', speaker: null, start: 0, end: text.length, paragraph: 0, utteranceId: id });

const check: TextCheck = {
  quotes: [quote('q1', 'We will act'), quote('q2', 'so-called'), quote('q3', 'Never said')],
  results: [
    {
      verdict: 'altered',
      reason: { kind: 'altered', changedWords: 1, changes: [{ kind: 'changed', from: 'shall', to: 'will' }], more: false, unmarkedCut: false },
      match: { sourceId: 's', title: 'Speech', speaker: 'A', date: null, url: null, original: 'We shall act', before: 'First.', after: 'Then.', score: 0.8, diff: [{ op: 'delete', text: 'shall' }, { op: 'insert', text: 'will' }], offset: 10, turn: 'A' },
    },
    null,
    { verdict: 'unsourced', reason: { kind: 'not-found' }, match: null },
  ],
};

describe('details held back from a check', () => {
  it('leaves verdicts, reasons and source summaries, and puts the wording back exactly', () => {
    const { lean, details } = deferDetails(check);
    expect(lean.results[0]).toMatchObject({ verdict: 'altered', reason: check.results[0]!.reason, match: { title: 'Speech', offset: 10, turn: 'A', original: '', diff: [], detailsPending: true } });
    expect(lean.results.slice(1)).toEqual(check.results.slice(1));
    expect(details).toEqual([{ original: 'We shall act', before: 'First.', after: 'Then.', diff: check.results[0]!.match!.diff }, null, null]);
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(check).length);
    expect(withDetails(lean.results, details)).toEqual(check.results);
  });

  it('are handed over once, and only the most recent checks are kept', () => {
    const held = new HeldDetails(2);
    const first = held.put([null]);
    const second = held.put([]);
    const third = held.put([null, null]);
    expect(held.take(first)).toBeNull();
    expect(held.take(third)).toEqual([null, null]);
    expect(held.take(third)).toBeNull();
    expect(held.take(second)).toEqual([]);
  });
});
