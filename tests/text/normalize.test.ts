import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../lib/text/normalize';
import { sentenceAt, sentenceStarts } from '../../lib/text/sentences';
import { sameSpelling, spellingKey } from '../../lib/text/variants';

describe('normalizeText', () => {
  it('maps curly quotes, apostrophes and dashes, and folds case', () => {
    expect(normalizeText('“It’s Time”—Now')).toBe('"it\'s time"-now');
  });
  it('drops soft hyphens and zero-width characters, turns NBSP into a space', () => {
    expect(normalizeText('inter\u00ADnational\u200B law\u00A0today')).toBe('international law today');
  });
  it('joins words broken by a hard line-wrap hyphen but keeps real hyphens', () => {
    expect(normalizeText('inter-\nnational short-cut')).toBe('international short-cut');
  });
  it('strips markdown emphasis and blockquote markers and collapses whitespace', () => {
    expect(normalizeText('**Mr President,**\n> the *Pact for the Future*   and __this__')).toBe('mr president, the pact for the future and this');
  });
  it('applies NFKC (ligatures, full-width letters)', () => {
    expect(normalizeText('ﬁnal ＡＢＣ')).toBe('final abc');
  });
});

describe('tokenize', () => {
  it('keeps internal apostrophes and reports offsets in the original string', () => {
    const s = 'We don’t  stop.';
    const tokens = tokenize(s);
    expect(tokens.map((t) => t.norm)).toEqual(['we', "don't", 'stop']);
    expect(tokens.map((t) => s.slice(t.start, t.end))).toEqual(['We', 'don’t', 'stop']);
  });
  it('joins a word broken across a line-end hyphen into one token spanning the break', () => {
    const s = 'the inter-\n  national order';
    const tokens = tokenize(s);
    expect(tokens.map((t) => t.norm)).toEqual(['the', 'international', 'order']);
    expect(s.slice(tokens[1].start, tokens[1].end)).toBe('inter-\n  national');
  });
  it('keeps grouped numbers whole and reads % as a word', () => {
    expect(tokenize('1,000 people, 3.5 per cent, 10%').map((t) => t.norm)).toEqual(['1,000', 'people', '3.5', 'per', 'cent', '10', 'percent']);
  });
  it('splits hyphenated words and ignores markdown', () => {
    expect(tokenize('a **short-cut**').map((t) => t.norm)).toEqual(['a', 'short', 'cut']);
  });
});

describe('spelling variants', () => {
  it('maps UK and US spellings to one key', () => {
    for (const [uk, us] of [
      ['programme', 'program'],
      ['honour', 'honor'],
      ['defence', 'defense'],
      ['organisation', 'organization'],
      ['centre', 'center'],
      ['recognised', 'recognized'],
      ['analyse', 'analyze'],
    ]) {
      expect(spellingKey(uk)).toBe(spellingKey(us));
    }
  });
  it('keeps different words apart', () => {
    expect(spellingKey('four')).not.toBe(spellingKey('for'));
    expect(spellingKey('filled')).not.toBe(spellingKey('filed'));
    expect(spellingKey('will')).not.toBe(spellingKey('would'));
  });
  it('treats number formats and joined words as the same spelling', () => {
    expect(sameSpelling(['1,000'], ['1000'])).toBe(true);
    expect(sameSpelling(['ten'], ['10'])).toBe(true);
    expect(sameSpelling(['short', 'cut'], ['shortcut'])).toBe(true);
    expect(sameSpelling(['per', 'cent'], ['percent'])).toBe(true);
    expect(sameSpelling(['short', 'cut'], ['shortcake'])).toBe(false);
  });
});

describe('sentences', () => {
  it('splits at sentence ends and blank lines, not after Mr. or initials', () => {
    const text = 'Mr. Smith met John F. Kennedy. He left! Did he?\n\nHeading\n\nLast one.';
    const starts = sentenceStarts(text);
    expect(starts.map((s) => text.slice(s, s + 5))).toEqual(['Mr. S', 'He le', 'Did h', 'Headi', 'Last ']);
    expect(sentenceAt(starts, text.indexOf('left'))).toBe(1);
  });
});
