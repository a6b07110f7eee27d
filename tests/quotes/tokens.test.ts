import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart, tokenize } from '../../lib/quotes/tokens';

const words = (text: string) => {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, i) => tokens.word(i));
};

describe('tokenize', () => {
  it('keeps apostrophes, hyphens and abbreviations inside words', () => {
    expect(words('Mr. O’Brien met Jean-Yves in the U.S. on Monday.')).toEqual(['Mr.', 'O’Brien', 'met', 'Jean-Yves', 'in', 'the', 'U.S.', 'on', 'Monday']);
  });

  it('grows past its first guess on text made of one-letter words', () => {
    const text = 'a '.repeat(5000);
    const tokens = tokenize(text);
    expect(tokens.length).toBe(5000);
    expect(tokens.starts[4999]).toBe(9998);
    expect(tokens.ends[4999]).toBe(9999);
  });

  it('tokenizes only the span asked for, with offsets into the whole text', () => {
    const tokens = tokenize('skip these words only', 11, 21);
    expect(tokens.length).toBe(2);
    expect(tokens.get(0)).toMatchObject({ start: 11, end: 16, word: 'words' });
  });

  it('reads like an array: undefined past either end, slices of token objects', () => {
    const tokens = tokenize('one two three');
    expect(tokens.get(-1)).toBeUndefined();
    expect(tokens.get(3)).toBeUndefined();
    expect(tokens.slice(1).map((t) => t.word)).toEqual(['two', 'three']);
    expect(tokens.slice(0, 2).map((t) => [t.start, t.end])).toEqual([[0, 3], [4, 7]]);
    // Bounds past either end are clipped (a negative one is not counted from the end); an empty range is [].
    expect(tokens.slice(-2, 9).map((t) => t.word)).toEqual(['one', 'two', 'three']);
    expect(tokens.slice(2, 1)).toEqual([]);
    expect(tokens.slice(Number.NaN, 2)).toEqual([]);
    expect(tokens.slice(0, Number.NaN)).toEqual([]);
    expect(tokens.slice(5)).toEqual([]);
  });

  it('hands out the right token for indices that share a slot of its recent-token cache', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const tokens = tokenize(text);
    // (256 apart: the same slot; read back and forth, each must still be its own word.)
    for (const i of [3, 259, 3, 515, 259, 999, 743, 999]) expect([tokens.get(i).word, tokens.get(i).start]).toEqual([`w${i}`, text.indexOf(`w${i} `) >= 0 ? text.indexOf(`w${i} `) : text.lastIndexOf(`w${i}`)]);
    expect(tokens.get(1000)).toBeUndefined();
    expect(tokens.get(-256)).toBeUndefined();
    expect(tokens.slice(255, 258).map((t) => t.word)).toEqual(['w255', 'w256', 'w257']);
  });

  it('finds the first token at or after an offset', () => {
    const tokens = tokenize('one two three');
    expect(tokens.firstAtOrAfter(0)).toBe(0);
    expect(tokens.firstAtOrAfter(1)).toBe(1);
    expect(tokens.firstAtOrAfter(4)).toBe(1);
    expect(tokens.firstAtOrAfter(9)).toBe(3);
  });
});

describe('sentenceStart after a closing quote mark', () => {
  it('starts after “… .” followed by a capital, not after “…?” followed by lower case', () => {
    const text = 'He paused. “We lost.” She left. “Why?” she asked.';
    expect(text.slice(sentenceStart(text, text.indexOf('left'), 0)).trimStart()).toMatch(/^She left/);
    expect(text.slice(sentenceStart(text, text.indexOf('asked'), 0)).trimStart()).toMatch(/^“Why/);
  });
});

describe('a full stop before a lower-case word', () => {
  it('ends no sentence: "Merzig & Cie. hält", "3 p.m. on Friday"', () => {
    const text = 'Analyst Henrik Saalfeld vom Bankhaus Merzig & Cie. hält das Programm für zaghaft. Dann ging er.';
    expect(sentenceEnd(text, 0, text.length)).toBe(text.indexOf('zaghaft.') + 'zaghaft.'.length);
    expect(sentenceStart(text, text.indexOf('hält'), 0)).toBe(0);
    const english = 'The vote came at 3 p.m. on Friday. Then it was over.';
    expect(sentenceEnd(english, 0, english.length)).toBe(english.indexOf('Friday.') + 'Friday.'.length);
  });
  it('guard: a full stop before a capital still ends one', () => {
    const text = 'The deal closed. Then it was over.';
    expect(sentenceEnd(text, 0, text.length)).toBe('The deal closed.'.length);
  });
});
