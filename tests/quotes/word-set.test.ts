import { describe, expect, it } from 'vitest';
import { WordSet } from '../../lib/quotes/word-set';
import { lowerCase } from '../../lib/quotes/lower-case';
import { isReportingVerb } from '../../lib/quotes/verbs/index';

// Words as a page writes them: every case, letters beyond ASCII, hyphens, apostrophes, long words.
const ASKED = ['the', 'The', 'THE', 'tHe', 'de', 'De', 'DE', 'della', 'Della', 'dellas', 'al-', 'Al-', 'von', 'Von', 'VON', 'vom', 'über', 'Über', 'ÜBER', 'straße', 'STRASSE', 'İstanbul', 'istanbul', 'ΣΟΦΊΑ', 'é', 'É', 'x', '', "o'", 'o’', 'counter-intelligence', 'Counterintelligences', 'abcdefghijklmnopq', 'ABCDEFGHIJKLMNOPQ', 'e', 'E', 'ée', 'Éé'];

describe('WordSet', () => {
  const words = ['the', 'de', 'della', 'al-', 'von', 'über', 'straße', 'istanbul', 'é', 'abcdefghijklmnopq', 'e', 'ée', 'counter-intelligence'];
  const set = new WordSet(words);
  const plain = new Set(words);

  it('answers as a Set asked with the word lower-cased, whatever the case or alphabet', () => {
    for (const w of ASKED) expect(set.hasLowerCase(w), w).toBe(plain.has(w.toLowerCase()));
  });

  it('rules out a word that only shares a shape (length, first and last letters) with one of its words', () => {
    // "dxlla" has the shape of "della"; "tie" that of "the".
    expect(set.hasLowerCase('dxlla')).toBe(false);
    expect(set.hasLowerCase('Tie')).toBe(false);
    expect(set.hasLowerCase('Della')).toBe(true);
  });

  it('has() asks for the word exactly as written', () => {
    expect(set.has('the')).toBe(true);
    expect(set.has('The')).toBe(false);
  });
});

describe('lowerCase', () => {
  it('is toLowerCase, for ASCII and other words alike', () => {
    for (const w of ASKED) expect(lowerCase(w), w).toBe(w.toLowerCase());
  });
});

describe('isReportingVerb', () => {
  it('knows a verb form in any case, in each language, and nothing that only looks like one', () => {
    for (const w of ['said', 'Said', 'SAID', 'déclaré', 'Déclaré', 'sagte', 'Sagte', 'dijo', 'Dijo', 'afirmó', 'AFIRMÓ']) {
      expect(isReportingVerb(w), w).toBe(true);
    }
    for (const w of ['sand', 'Saif', 'table', 'Dijon', 'sagen-', 'the', '']) expect(isReportingVerb(w), w).toBe(false);
  });
});
