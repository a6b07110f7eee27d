import { describe, expect, it } from 'vitest';
import { readConstructions } from '../scripts/eval-quotes';

// Guards the construction passages: well formed, one id each, and every speaker named in the passage.
const files = readConstructions();

describe('construction passages', () => {
  it('has passages to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const { file, items } of files) {
    it(`${file}: ids are unique and every passage has paragraphs and a speaker per quote`, () => {
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.paragraphs.length, item.id).toBeGreaterThan(0);
        expect(item.paragraphs.every((p) => typeof p === 'string' && p.trim() !== ''), item.id).toBe(true);
        expect(item.speakers.length, item.id).toBeGreaterThan(0);
      }
    });

    it(`${file}: every speaker is named in full in the passage`, () => {
      for (const item of items) {
        const text = item.paragraphs.join(' ');
        for (const speaker of item.speakers) if (speaker !== null) expect(text, item.id).toContain(speaker);
      }
    });
  }
});
