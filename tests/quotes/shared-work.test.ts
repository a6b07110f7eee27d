// What the work shared or put off for speed must leave as it was: the quote marks tokenize notes for
// the mark finders, the kinds of words findNameMentions passes over, the genders inferred late.
import { describe, expect, it } from 'vitest';
import { JOINED, MAY_BE_CAPITALISED, tokenize } from '../../lib/quotes/tokens';
import { MarkFinder, pairMarks, QUOTE_MARK_CODES } from '../../lib/quotes/marks';
import { findNicknamedNames } from '../../lib/quotes/people';
import { detect } from '../../lib/quotes/index';

// Marks after words, inside words (apostrophes), between words, at both ends, in runs, and the
// mis-decoded Windows-1252 ones; curly, straight, guillemets and corner brackets.
const TEXT = `“Don’t,” said O'Brien's aide. 'Rock 'n' roll' «Oui» „Ja“ ‚ja‘ \u0093x\u0094 「はい」 the '90s — "a""b" ’tis ‹x› end”`;

/** Every mark's offset, as the regex scan of MarkFinder finds them. */
function scannedMarks(text: string): number[] {
  const finder = new MarkFinder(text);
  const out: number[] = [];
  for (let at = finder.at(0); at < text.length; at = finder.at(at + 1)) out.push(at);
  return out;
}

describe('tokenize noting quote marks', () => {
  it('notes exactly the marks a scan of the text finds', () => {
    const tokens = tokenize(TEXT, 0, TEXT.length, QUOTE_MARK_CODES);
    expect([...tokens.noted]).toEqual(scannedMarks(TEXT));
    expect(tokens.noted.length).toBeGreaterThan(20);
  });

  it('notes nothing unless asked', () => {
    expect(tokenize(TEXT).noted.length).toBe(0);
  });

  it('gives pairMarks and the nickname finder what the scan gave them', () => {
    const text = `Moises "Big Mo" Ferreira said “it’s fine,” and ‘also’ «this».\n\nDaniel 'el Chino' Robles agreed.`;
    const noted = new MarkFinder(text, tokenize(text, 0, text.length, QUOTE_MARK_CODES).noted);
    expect(pairMarks(text, 0, text.length, noted)).toEqual(pairMarks(text, 0, text.length));
    expect(findNicknamedNames(text, noted)).toEqual(findNicknamedNames(text));
    expect(findNicknamedNames(text).map((m) => m.words.join(' '))).toEqual(['Moises Ferreira', 'Daniel Robles']);
  });
});

describe('tokenize kinds', () => {
  it('marks a capital or a character beyond ASCII first, and a joiner inside', () => {
    const tokens = tokenize('the Mayor, d’Adama al-Sayegh Émile 42 x.y');
    const kinds = Array.from({ length: tokens.length }, (_, i) => tokens.kinds[i]);
    expect(kinds).toEqual([0, MAY_BE_CAPITALISED, JOINED, JOINED, MAY_BE_CAPITALISED, 0, JOINED]);
  });
});

describe('genders inferred from the prose', () => {
  // (A first name no list knows: the prose says. The inference waits until a gender is read;
  // detect hands out its people with it done.)
  it('are on the people detect returns, though nothing on the page read one', () => {
    const paragraphs = ['Qorvan Mbete arrived late. She sat at the back.', 'Later Qorvan Mbete spoke. She was brief.', 'Qorvan Mbete nodded. She left early.', '“We are ready,” Qorvan Mbete said.'];
    let text = '';
    const blocks: { start: number; end: number; tag: string }[] = [];
    for (const p of paragraphs) {
      if (text) text += '\n\n';
      blocks.push({ start: text.length, end: text.length + p.length, tag: 'p' });
      text += p;
    }
    const { people } = detect(text, blocks);
    expect(people.find((p) => p.name === 'Qorvan Mbete')?.impliedGender).toBe('f');
  });
});
