import { describe, expect, it } from 'vitest';
import { wordCount } from '../../lib/quotes/kinds';

describe('wordCount', () => {
  it('counts words joined by apostrophes and hyphens as one', () => {
    expect(wordCount('don’t stop the well-known O’Brien')).toBe(5);
    expect(wordCount("rock 'n' roll")).toBe(3);
  });

  it('does not count punctuation, dashes between spaces or a trailing joiner', () => {
    expect(wordCount('a - b -- c')).toBe(3);
    expect(wordCount('Jean-Yves- said, “no.”')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('counts accented words and digits', () => {
    expect(wordCount('ça va, señor: 3.5 per cent')).toBe(7);
  });

  it('counts about two characters a word in scripts written without spaces', () => {
    expect(wordCount('改革を進める')).toBe(3);
    expect(wordCount('abc東京def')).toBe(3);
  });
});
