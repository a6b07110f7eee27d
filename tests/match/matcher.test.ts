import { describe, expect, it } from 'vitest';
import { buildIndex, createMatcher, loadIndex } from '../../lib/match/index';
import { namesMatch } from '../../lib/match/verdict';
import { andorra, biden, interview, q, starmer, subtitles } from './fixtures';
import { reasonText } from '../../lib/reasons';

const matcher = createMatcher([loadIndex(buildIndex([biden, starmer, andorra, interview, subtitles]))]);
const BIDEN = 'Joe Biden';

describe('verdicts', () => {
  it('exact: same words after normalisation, with source, context and a diff of equal parts', () => {
    const r = matcher.match(q('he thought he could roll into Ukraine and the world would roll over', BIDEN));
    expect(r.verdict).toBe('exact');
    expect(r.match?.sourceId).toBe('sotu-2022');
    expect(r.match?.original).toBe('He thought he could roll into Ukraine and the world would roll over');
    expect(r.match?.before).toContain('But he badly miscalculated.');
    expect(r.match?.after).toContain('Instead he met a wall of strength');
    expect(r.match?.diff.every((d) => d.op === 'equal')).toBe(true);
    expect(r.match?.score).toBe(1);
    expect(biden.text.slice(r.match!.offset, r.match!.offset + 10)).toBe('He thought');
  });

  it('variant: US spelling of a UK source', () => {
    const r = matcher.match(q('They are exercising their right to self-defense, as provided for under the UN Charter', 'Starmer'));
    expect(r.verdict).toBe('variant');
    expect(reasonText(r.reason)).toContain("'defence' → 'defense'");
  });

  it('variant: hyphenation', () => {
    const r = matcher.match(q('exercising their right to selfdefence as provided for under the UN Charter', 'Keir Starmer'));
    expect(r.verdict).toBe('variant');
  });

  it('edited: a cut marked with an ellipsis', () => {
    const r = matcher.match(q('Six days ago, Russia’s Vladimir Putin sought to shake the foundations of the free world … But he badly miscalculated', BIDEN));
    expect(r.verdict).toBe('edited');
    expect(reasonText(r.reason)).toContain('ellipsis');
    expect(r.match?.diff.some((d) => d.op === 'delete' && d.text.includes('thinking he could make it bend'))).toBe(true);
  });

  it('edited: words replaced in brackets', () => {
    const r = matcher.match(q('[Putin] badly miscalculated. He thought he could roll into Ukraine', BIDEN));
    expect(r.verdict).toBe('edited');
    const r2 = matcher.match(q('Instead [Putin] met a wall of strength he never imagined', BIDEN));
    expect(r2.verdict).toBe('edited');
    expect(reasonText(r2.reason)).toContain("[Putin] stands for 'he'");
  });

  it('altered: an unmarked change, with the words named', () => {
    const r = matcher.match(q('He thought he could roll into Ukraine and the world would never roll over', BIDEN));
    expect(r.verdict).toBe('altered');
    expect(reasonText(r.reason)).toContain("'never' added");
    expect(r.match?.diff).toContainEqual({ op: 'insert', text: 'never' });
    const r2 = matcher.match(q('He thought he could march into Ukraine and the world would roll over', BIDEN));
    expect(r2.verdict).toBe('altered');
    expect(reasonText(r2.reason)).toContain("'roll' → 'march'");
  });

  it('spliced: two passages joined without marking the cut', () => {
    const r = matcher.match(
      q('He thought he could roll into Ukraine and the world would roll over. Let each of us here tonight in this Chamber send an unmistakable signal to Ukraine', BIDEN),
    );
    expect(r.verdict).toBe('spliced');
    expect(reasonText(r.reason)).toMatch(/joins two passages \d+ sentences apart/);
    expect(r.match?.original).toContain(' … ');
  });

  it('spliced: passages in the reverse order, even with an ellipsis', () => {
    const r = matcher.match(q('Instead he met a wall of strength he never imagined … Six days ago, Russia’s Vladimir Putin sought to shake the foundations', BIDEN));
    expect(r.verdict).toBe('spliced');
  });

  it('misattributed: words in the index said by someone else are never exact', () => {
    const r = matcher.match(q('He thought he could roll into Ukraine and the world would roll over', 'Rishi Sunak'));
    expect(r.verdict).toBe('misattributed');
    expect(reasonText(r.reason)).toBe("these words are Joseph R. Biden's, not Rishi Sunak's");
  });

  it('no misattribution check without a speaker', () => {
    expect(matcher.match(q('He thought he could roll into Ukraine and the world would roll over', null)).verdict).toBe('exact');
  });

  it('unsourced: invented text and shuffled words', () => {
    expect(matcher.match(q('Purple elephants dance quietly beneath the moonlit parliament of owls', null)).verdict).toBe('unsourced');
    const r = matcher.match(q('world roll Ukraine he over could would thought and into the roll he', BIDEN));
    expect(r.verdict).toBe('unsourced');
    expect(r.match).toBeNull();
  });

  it('matches text with markdown emphasis and curly quotes in the source', () => {
    const r = matcher.match(q('I also wish to highlight the momentum he has given to the Summit of the Future, from which derives the Pact for the Future', 'Espot Zamora'));
    expect(r.verdict).toBe('exact');
  });
});

describe('speakers', () => {
  it('prefers the source by the attributed speaker and compares names loosely', () => {
    expect(namesMatch('Sharif', 'Muhammad Shehbaz Sharif')).toBe(true);
    expect(namesMatch('Joe Biden', 'Joseph R. Biden')).toBe(true);
    expect(namesMatch('philemon yang', 'Philémon Yang')).toBe(true);
    expect(namesMatch('Nawaz Sharif', 'Shehbaz Sharif')).toBe(false);
    expect(namesMatch('Rishi Sunak', 'Keir Starmer')).toBe(false);
    expect(namesMatch('Bill Clinton', 'William J Clinton')).toBe(true);
    expect(namesMatch('Bob Dole', 'Robert Dole')).toBe(true);
    expect(namesMatch('Hillary Clinton', 'William J Clinton')).toBe(false);
  });

  it("an interviewer's question is not the guest's words", () => {
    const r = matcher.match(q('will the harbour project ever be finished before the winter storms arrive', 'Omar Haddad'));
    expect(r.verdict).toBe('misattributed');
    expect(r.match?.turn).toBe('Dana Reyes');
    expect(r.match?.speaker).toBe('Dana Reyes');
    const guest = matcher.match(q('the builders start work on Monday morning', 'Haddad'));
    expect(guest.verdict).toBe('exact');
    expect(guest.match?.turn).toBe('Omar Haddad');
  });

  it('subtitle sources give a timestamp and a url pointing at it', () => {
    const r = matcher.match(q('next summer we will open a second bridge across the river', 'Mara Lind'));
    expect(r.verdict).toBe('exact');
    expect(r.match?.timestamp).toBe(27);
    expect(r.match?.url).toBe('https://example.org/video#t=27');
  });
});

describe('short fragments and utterances', () => {
  it('a two- or three-word fragment against an unrelated source stays unsourced', () => {
    const [r1, r2] = matcher.matchAll([q('the free world', null, { kind: 'fragment' }), q('badly miscalculated', 'Rishi Sunak', { kind: 'fragment' })]);
    expect(r1.verdict).toBe('unsourced');
    expect(reasonText(r1.reason)).toContain('too short to check against all sources');
    expect(r2.verdict).toBe('unsourced');
  });

  it("a fragment is matched in the attributed speaker's own source", () => {
    const r = matcher.match(q('badly miscalculated', BIDEN, { kind: 'fragment' }));
    expect(r.verdict).toBe('exact');
    expect(r.match?.sourceId).toBe('sotu-2022');
  });

  it("a fragment is matched in a source the page's longer quotes were found in", () => {
    const results = matcher.matchAll([
      q('He thought he could roll into Ukraine and the world would roll over', null),
      q('badly miscalculated', null, { kind: 'fragment' }),
    ]);
    expect(results[1].verdict).toBe('exact');
    expect(results[1].match?.sourceId).toBe('sotu-2022');
  });

  it('matches the parts of one utterance in one source, in input order', () => {
    const results = matcher.matchAll([
      q('Six days ago, Russia’s Vladimir Putin sought to shake the foundations of the free world', BIDEN, { utteranceId: 'u1' }),
      q('Purple elephants dance quietly beneath the moonlit parliament of owls', null),
      q('But he badly miscalculated', BIDEN, { utteranceId: 'u1' }),
    ]);
    expect(results.map((r) => r.verdict)).toEqual(['exact', 'unsourced', 'exact']);
    expect(results[2].match?.sourceId).toBe('sotu-2022');
  });
});
