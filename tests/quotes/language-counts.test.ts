import { describe, expect, it } from 'vitest';
import { capitalisesNouns, ENGLISH_WORDS, GERMAN_WORDS, languageCounts, NOT_ENGLISH_WORDS, NOT_GERMAN_WORDS, pageLanguage, writesEnglish } from '../../lib/quotes/kinds';
import { listPages } from '../../scripts/eval-quotes';

// One regex per list, as capitalisesNouns and writesEnglish counted before: languageCounts must
// count what they count, match for match.
const LISTS = [GERMAN_WORDS, NOT_GERMAN_WORDS, ENGLISH_WORDS, NOT_ENGLISH_WORDS];
const referenceCounts = (text: string): number[] => {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return LISTS.map((list) => sample.match(new RegExp(`\\b(?:${list.join('|')})\\b`, 'g'))?.length ?? 0);
};

describe('languageCounts', () => {
  it('needs no listed word to be a \\b-delimited part of another (so one scan finds every list’s matches)', () => {
    const words = [...new Set(LISTS.flat())];
    for (const word of words) {
      // (\b at a word's ends must mean what it means in the text: words begin and end with a word character.)
      expect(word, word).toMatch(/^\w(?:.*\w)?$/);
      for (const other of words) if (other !== word) expect(new RegExp(`\\b${word}\\b`).test(other), `${word} in ${other}`).toBe(false);
    }
  });

  it('counts as the \\b regexes do: ASCII word runs, "für" across its ü', () => {
    for (const text of [
      'Der Hund und die Katze, für den Müder; fürs Kind, dafür, für_ für1 für',
      'the_ _the the1 The the-the “the” l’la las la les y-y que.',
      'für',
      'fü',
      'xfür',
      'Er sagte, es sei nicht so, dass man sich auch mit dem Ergebnis abfinde, wird erklärt.',
      '',
    ]) {
      expect(languageCounts(text), text).toEqual(referenceCounts(text));
    }
  });

  it('counts only the first 20,000 characters, a word cut there as the regex sees it', () => {
    for (const shift of [0, 1, 2, 3, 4]) {
      const text = `${'a'.repeat(shift)}${'x '.repeat(9_998)}yfür der`;
      expect(languageCounts(text)).toEqual(referenceCounts(text));
    }
  });

  it('matches the regexes on every fixture page', () => {
    for (const page of listPages()) expect(languageCounts(page.html), page.slug).toEqual(referenceCounts(page.html));
  });

  it('judges German and English as before', () => {
    expect(capitalisesNouns('Der Mann und die Frau sagen, dass es nicht mit dem Geld zu tun hat, für das sich auch der Staat interessiert, und die Stadt ist dabei.')).toBe(true);
    expect(writesEnglish('The man said that the plan was good and the city agreed with it.')).toBe(true);
    expect(writesEnglish('Le maire a dit que la ville et les habitants…')).toBe(false);
  });

  it('answers both questions for a page at once, as the two functions do (English only where not German)', () => {
    for (const page of listPages()) {
      const german = capitalisesNouns(page.html);
      expect(pageLanguage(page.html), page.slug).toEqual({ capitalisesNouns: german, english: !german && writesEnglish(page.html) });
    }
    expect(pageLanguage('Der Mann und die Frau sagen, dass es nicht mit dem Geld zu tun hat, für das sich auch der Staat interessiert, und die Stadt ist dabei.')).toEqual({ capitalisesNouns: true, english: false });
    expect(pageLanguage('The man said that the plan was good and the city agreed with it.')).toEqual({ capitalisesNouns: false, english: true });
  });
});
