import { describe, expect, it } from 'vitest';
import { buildIndex, createMatcher, loadIndex } from '../../lib/match/index';
import { andorra, biden, interview, starmer, subtitles } from './fixtures';

const docs = [biden, starmer, andorra, interview, subtitles];

describe('buildIndex / loadIndex', () => {
  it('round-trips text, metadata, turns and cues', () => {
    const bytes = buildIndex(docs);
    const index = loadIndex(bytes.slice().buffer);
    expect(index.docCount).toBe(docs.length);
    expect(index.wordCount).toBeGreaterThan(500);
    docs.forEach((d, i) => {
      expect(index.docText(i)).toBe(d.text);
      expect(index.meta(i).id).toBe(d.id);
      expect(index.meta(i).speaker).toBe(d.speaker);
    });
    expect(index.turnAt(3, interview.text.indexOf('Critics'))).toBe('Dana Reyes');
    expect(index.secondsAt(4, subtitles.text.indexOf('Next summer'))).toBe(27);
    expect(index.turnAt(0, 10)).toBeNull();
  });

  it('re-scans words from checkpoints with the right offsets', () => {
    const index = loadIndex(buildIndex([biden]));
    const w = index.words(0, 40, 45);
    expect(w.first).toBe(40);
    expect(w.norms).toHaveLength(5);
    w.norms.forEach((norm, i) => expect(biden.text.slice(w.starts[i], w.ends[i]).toLowerCase().replace('’', "'")).toBe(norm));
  });

  it('slices text by decoding only the bytes around the range', () => {
    const index = loadIndex(buildIndex([andorra, biden]));
    for (const [from, to] of [
      [0, 10],
      [500, 900],
      [andorra.text.length - 40, andorra.text.length],
      [1234, 1235],
    ]) {
      expect(index.textSlice(0, from, to)).toBe(andorra.text.slice(from, to));
    }
    expect(index.textSlice(1, 100, 200)).toBe(biden.text.slice(100, 200));
  });

  it('loads from a misaligned Uint8Array slice', () => {
    const bytes = buildIndex([andorra]);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(loadIndex(padded.subarray(3)).docText(0)).toBe(andorra.text);
  });

  it('throws a clear error on a wrong magic, version or a truncated buffer', () => {
    const bytes = buildIndex([andorra]);
    const badMagic = bytes.slice();
    badMagic[0] ^= 0xff;
    expect(() => loadIndex(badMagic)).toThrow(/magic/);
    const badVersion = bytes.slice();
    badVersion[4] = 99;
    expect(() => loadIndex(badVersion)).toThrow(/version/);
    expect(() => loadIndex(bytes.slice(0, bytes.length - 100))).toThrow(/Truncated/);
    expect(() => loadIndex(bytes.slice(0, 8))).toThrow(/header/);
  });

  it('is much smaller than the same data as JSON would be, and compact relative to the text', () => {
    const bytes = buildIndex(docs);
    const textBytes = docs.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0);
    expect(bytes.length).toBeLessThan(textBytes * 3);
  });

  it('searches several indexes together', () => {
    const a = loadIndex(buildIndex([biden]));
    const b = loadIndex(buildIndex([starmer]));
    const matcher = createMatcher([a, b]);
    expect(matcher.sources().map((s) => s.id)).toEqual(['sotu-2022', 'gbr-79-2024']);
    const hits = matcher.searchText('the value of international cooperation');
    expect(hits[0].meta.id).toBe('gbr-79-2024');
    expect(hits[0].passage).toContain('international cooperation');
    expect(matcher.searchText('Ukrainian')[0].meta.id).toBe('sotu-2022');
  });
});

describe('small indexes', () => {
  // Twelve short sources that share most of their words; each states a code no other has.
  const codes = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ');
  const numbered = codes.map((code, i) => ({
    id: `n${i}`,
    title: `Transcript ${i}`,
    speaker: `Speaker ${i}`,
    date: null,
    url: null,
    text: `We met on the quay at dawn. Source number ${i} says the harbour code is ${code} ${i * 7919}.`,
  }));

  it("finds each source's own sentence whatever order the sources are packed in", () => {
    for (let rotation = 0; rotation < numbered.length; rotation++) {
      const order = [...numbered.slice(rotation), ...numbered.slice(0, rotation)];
      const matcher = createMatcher([loadIndex(buildIndex(order).slice().buffer)]);
      numbered.forEach((source, i) => {
        const result = matcher.match({ id: 'q', text: `Source number ${i} says the harbour code is ${codes[i]} ${i * 7919}.`, kind: 'full', speaker: null, utteranceId: 'u' });
        expect(result.match?.sourceId, `rotation ${rotation}, source ${i}`).toBe(source.id);
      });
    }
  });
});

