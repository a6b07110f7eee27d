import { describe, expect, it } from 'vitest';
import { pairMarks } from '../../lib/quotes/marks';

function inner(text: string): string[] {
  return pairMarks(text, 0, text.length).map((p) => text.slice(p.innerStart, p.innerEnd));
}

describe('pairMarks', () => {
  it('pairs curly and straight double quotes', () => {
    expect(inner('He said “we will win” and "they will lose".')).toEqual(['we will win', 'they will lose']);
  });

  it('tells single quotes from apostrophes', () => {
    expect(inner("‘We don’t know,’ she said of the ’90s and Jones’ car.")).toEqual(['We don’t know,']);
    expect(inner("It's rock 'n' roll, he said: 'we can't stop'.")).toEqual(["we can't stop"]);
  });

  it('treats a plural possessive inside a single-quoted quote as an apostrophe', () => {
    expect(inner('‘The players’ union is wrong,’ he said.')).toEqual(['The players’ union is wrong,']);
  });

  it('handles French guillemets with no-break spaces and German inward guillemets', () => {
    expect(inner('Il a dit\u00A0: «\u202FC’est fini\u202F» hier.')).toEqual(['\u202FC’est fini\u202F']);
    expect(inner('Sie sagte: »Das reicht nicht«.')).toEqual(['Das reicht nicht']);
  });

  it('handles German low-high quotes, single low quotes and corner brackets', () => {
    expect(inner('Er sagte: „Wir sind bereit“, und ging.')).toEqual(['Wir sind bereit']);
    expect(inner('Polnisch „tak” oder ‚klein‘.')).toEqual(['tak', 'klein']);
    expect(inner('市長は「水は来る」と述べた。')).toEqual(['水は来る']);
  });

  it('reports the outer quote only when quotes nest', () => {
    expect(inner('“He told me ‘never again’ twice,” she said.')).toEqual(['He told me ‘never again’ twice,']);
    // (Pairs that nest close before their outer one: found out of order, they are sorted first.)
    expect(inner('“A ‘b’ c” and “d «e» ‘f’ g”, then ‘h’.')).toEqual(['A ‘b’ c', 'd «e» ‘f’ g', 'h']);
    // A pair inside a mark that never closes stays top-level.
    expect(inner('Il dit « un “deux” trois, puis «quatre»')).toEqual(['deux', 'quatre']);
  });

  it('does not let an unbalanced mark swallow the paragraph when a later pair exists', () => {
    const text = 'A 12" pizza, then he said "enough" and left.';
    expect(inner(text)).toContain('enough');
  });

  it('leaves an opener at paragraph start open to the paragraph end (multi-paragraph)', () => {
    const text = '“We came here with nothing.';
    const pairs = pairMarks(text, 0, text.length);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].close).toBe(-1);
  });
});

describe('pairMarks with a stray opener', () => {
  it('reports a pair that sits after an opener which never closes', () => {
    const text = 'They are "choking his beans. Sandra said “it is a vegetable” today.';
    expect(inner(text)).toEqual(['it is a vegetable']);
  });

  it('does not carry a woven stray opener into the next paragraph', () => {
    const text = 'Bill says they are "choking his beans. Sandra disagrees.';
    expect(pairMarks(text, 0, text.length)).toEqual([]);
  });
});

describe('a German quote whose nested quote closes with it', () => {
  it('„… ‚…‘“, erzählt X: the “ after ‘ closes the outer quote (no quote opens onto a comma)', () => {
    const text = '„Mein Chef hat gesagt: ‚Für dich haben wir keine Verwendung mehr‘“, erzählt Kemal Arslan.';
    const pairs = pairMarks(text, 0, text.length);
    expect(pairs).toHaveLength(1);
    expect(text.slice(pairs[0]!.innerStart, pairs[0]!.innerEnd)).toBe('Mein Chef hat gesagt: ‚Für dich haben wir keine Verwendung mehr‘');
  });

  it('guard: an English “ before a word still opens', () => {
    const text = 'He said “‘Yes,” she replied, and left.';
    expect(pairMarks(text, 0, text.length).map((p) => text.slice(p.innerStart, p.innerEnd))).toEqual(['‘Yes,']);
  });
});
