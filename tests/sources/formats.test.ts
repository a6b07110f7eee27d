import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../lib/sources/errors';
import { MAX_SOURCE_BYTES, parseSource, speakerLabel, stripMarkdownLine } from '../../lib/sources/formats';
import { parseHtmlInNode } from '../../lib/sources/load-dir';
import type { SourceDoc } from '../../lib/types';

const fixtures = join(__dirname, '../fixtures/sources');
const read = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const parseFixture = (name: string) => parseSource(name, read(name), undefined, { parseHtml: parseHtmlInNode });
const turnTexts = (doc: SourceDoc) => (doc.turns ?? []).map((t) => [t.speaker, doc.text.slice(t.start, t.end)]);

function sourceError(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('text and markdown sources', () => {
  it('reads front matter into the metadata and ignores unknown keys', () => {
    const [doc] = parseFixture('folder/pakistan-2024.md');
    expect(doc).toMatchObject({
      id: 'folder/pakistan-2024',
      title: 'Statement by the Prime Minister of Pakistan, UN General Debate 2024',
      speaker: 'Shehbaz Sharif',
      date: '2024-09-27',
      event: 'UN General Assembly, 79th session',
      post: 'Prime Minister',
      country: 'PAK',
      language: 'en',
      url: 'https://gadebate.un.org/en/79/pakistan',
      licence: 'CC0 (UN General Debate Corpus)',
    });
    expect(doc).not.toHaveProperty('favourite_colour');
    expect(doc.text).not.toContain('---');
    expect(doc.text).not.toContain('favourite_colour');
  });

  it('strips markdown markers but keeps words and punctuation', () => {
    const [doc] = parseFixture('folder/pakistan-2024.md');
    expect(doc.text).toContain('Mr. President,\nHeads of State and Government, Excellencies,');
    expect(doc.text).toContain('\n\nOpening\n\n');
    expect(doc.text).toContain(
      '"We stand by the United Nations Charter and will gladly make our full contribution to peace and prosperity of the world."',
    );
    expect(doc.text).toContain(
      'We must work toward a durable peace through the Two-State Solution, as the General Assembly has long demanded.',
    );
    expect(doc.text).not.toMatch(/[*#>_[\]]|https?:/);
  });

  it('treats .txt like markdown for bold headings and blockquotes (as in the bundled corpus)', () => {
    const [doc] = parseFixture('folder/nested/biden-2022.txt');
    expect(doc.text).toContain('\n\nUkraine\n\n');
    expect(doc.text).toContain('\nIn this struggle as President Zelenskyy said');
    expect(doc.text).not.toMatch(/\*|^>/m);
  });

  it('defaults id to the path without extension and title to the file name', () => {
    const [doc] = parseSource('speeches/2024/opening.txt', 'Words of the opening speech.');
    expect(doc.id).toBe('speeches/2024/opening');
    expect(doc.title).toBe('opening');
    expect(doc).toMatchObject({ speaker: null, date: null, url: null });
  });

  it('lets defaults fill metadata that the file does not set, and the file override them', () => {
    const text = '---\ntitle: From the file\n---\nSome words.';
    const [doc] = parseSource('a.md', text, { title: 'Default title', speaker: 'Default Speaker', country: 'USA' });
    expect(doc).toMatchObject({ title: 'From the file', speaker: 'Default Speaker', country: 'USA' });
  });

  it('accepts quoted values and blank values in front matter', () => {
    const [doc] = parseSource('a.md', `---\ntitle: "Colon: inside"\nspeaker: 'Jane Roe'\ndate:\n---\nBody.`);
    expect(doc).toMatchObject({ title: 'Colon: inside', speaker: 'Jane Roe', date: null });
    expect(doc.text).toBe('Body.');
  });

  it.each([
    ['**bold** and *em* and _em_', 'bold and em and em'],
    ['## A heading ##', 'A heading'],
    ['> > nested quote', 'nested quote'],
    ['See [the record](https://example.org/x) here.', 'See the record here.'],
    ['snake_case_name and 2*3*4 stay', 'snake_case_name and 2*3*4 stay'],
    ['****', ''],
    ['=====', ''],
    ['- a bullet point.', 'a bullet point.'],
  ])('stripMarkdownLine(%j)', (line, expected) => {
    expect(stripMarkdownLine(line)).toBe(expected);
  });
});

describe('speaker turns', () => {
  it('records upper-case labels as turns and leaves the labels out of the text', () => {
    const [doc] = parseFixture('interview.txt');
    expect(turnTexts(doc)).toEqual([
      ['INTERVIEWER', 'Minister, thank you for joining us. Will the talks resume this year?'],
      ['KHAWAJA ASIF', 'We are ready to talk at any time. Our position has not changed.\nBut talks need two willing sides.'],
      ['INTERVIEWER', 'And if they refuse?'],
      ['KHAWAJA ASIF', 'Then we will wait. Patience is also a policy.'],
    ]);
    expect(doc.text).not.toContain('KHAWAJA ASIF:');
    expect(doc.text.startsWith('Transcript of a studio interview')).toBe(true);
  });

  it('handles Q:/A: transcripts across blank lines', () => {
    const [doc] = parseFixture('qa.md');
    expect(turnTexts(doc).map(([speaker]) => speaker)).toEqual(['Q', 'A', 'Q', 'A']);
    expect(turnTexts(doc)[1][1]).toBe('The engineers say it is safe for cars but not for lorries.');
  });

  it('does not take ordinary sentences with colons for turns', () => {
    const [doc] = parseFixture('colons.txt');
    expect(doc.turns).toBeUndefined();
    expect(doc.text).toContain('Let me be very clear: we will not give up.');
  });

  it('needs a label to recur: run-in headings are not a conversation', () => {
    const [doc] = parseSource('h.txt', 'Climate Change: we act.\nEconomic Security: we grow.\nMr. Smith: hello.');
    expect(doc.turns).toBeUndefined();
  });

  it.each([
    ['KHAWAJA ASIF: We are ready.', 'KHAWAJA ASIF'],
    ['Mr. Smith: Good morning.', 'Mr. Smith'],
    ['MODERATOR:', 'MODERATOR'],
    ['Prime Minister Shehbaz Sharif: Thank you.', 'Prime Minister Shehbaz Sharif'],
    ['THE PRESIDENT: Thank you.', 'THE PRESIDENT'],
    ['SEN. JANE ROE (D-NY): We object.', 'SEN. JANE ROE'],
    ['The Charter further states: every nation.', null],
    ['In Africa: progress.', null],
    ['Second: the budget.', null],
    ['At 10:30 we met.', null],
    ['One Two Three Four Five Six: too long.', null],
  ])('speakerLabel(%j)', (line, speaker) => {
    expect(speakerLabel(line)?.speaker ?? null).toBe(speaker);
  });
});

describe('json sources', () => {
  it('reads an array of documents with their metadata', () => {
    const docs = parseFixture('docs.json');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({ id: 'washington-1790', title: 'First Annual Message', speaker: 'George Washington' });
    expect(docs[0].text).toMatch(/^Among the many interesting objects/);
    expect(docs[1]).toMatchObject({ id: 'docs#1', date: '1790', title: 'Second Annual Message' });
  });

  it('reads a single object and a {documents} wrapper', () => {
    const [single] = parseFixture('single.json');
    expect(single).toMatchObject({ id: 'single', speaker: 'Abraham Lincoln', text: 'A house divided against itself cannot stand.' });
    const [wrapped] = parseFixture('wrapped.json');
    expect(wrapped).toMatchObject({ id: 'wrapped', title: 'wrapped', speaker: 'Franklin D. Roosevelt' });
  });

  it('finds speaker turns in a JSON document text', () => {
    const [doc] = parseSource('t.json', JSON.stringify({ text: 'Q: Ready?\nA: Yes, ready.\nQ: Then go.' }));
    expect(turnTexts(doc)).toEqual([['Q', 'Ready?'], ['A', 'Yes, ready.'], ['Q', 'Then go.']]);
  });

  it('names the entry whose text is missing', () => {
    expect(sourceError(() => parseFixture('bad/missing-text.json')).message).toBe(
      'bad/missing-text.json: entry 1: missing or empty "text"',
    );
  });

  it('rejects invalid JSON and empty arrays', () => {
    expect(sourceError(() => parseFixture('bad/invalid.json')).message).toMatch(/^bad\/invalid\.json: invalid JSON/);
    expect(sourceError(() => parseSource('none.json', '[]')).message).toBe('none.json: no documents in the JSON');
  });
});

describe('subtitles', () => {
  it('joins SRT cues into prose and records each cue start in seconds', () => {
    const [doc] = parseFixture('talk.srt');
    expect(doc.text).toBe(
      'Ladies and gentlemen, thank you for coming. We choose to go to the Moon in this decade. Not because it is easy, & not because it is quick.',
    );
    expect(doc.cues?.map((c) => [c.seconds, doc.text.slice(c.start, c.end)])).toEqual([
      [1, 'Ladies and gentlemen, thank you for coming.'],
      [4.5, 'We choose to go to the Moon in this decade.'],
      [65.5, 'Not because it is easy, & not because it is quick.'],
    ]);
    expect(doc.turns).toBeUndefined();
  });

  it('drops the VTT header, NOTE and STYLE blocks and uses <v> voices as turns', () => {
    const [doc] = parseFixture('talk.vtt');
    expect(doc.text).not.toMatch(/WEBVTT|NOTE|comment|color|intro|<|-->/);
    expect(doc.cues?.map((c) => c.seconds)).toEqual([0.5, 3, 6, 3610]);
    expect(doc.text.slice(doc.cues![2].start, doc.cues![2].end)).toBe('We must fix the roads first.');
    expect(turnTexts(doc)).toEqual([
      ['Moderator', 'Good evening and welcome.'],
      ['Jane Doe', 'Thank you. I will keep it short. We must fix the roads first.'],
      ['Moderator', 'Time is up.'],
    ]);
  });

  it('takes NAME: labels at cue starts as turns when there are no voice tags', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nQ: Ready?\n\n2\n00:00:02,000 --> 00:00:03,000\nA: Yes.\n\n3\n00:00:03,000 --> 00:00:04,000\nQ: Go.\n';
    const [doc] = parseSource('qa.srt', srt);
    expect(turnTexts(doc)).toEqual([['Q', 'Ready?'], ['A', 'Yes.'], ['Q', 'Go.']]);
    expect(doc.cues?.map((c) => c.seconds)).toEqual([1, 2, 3]);
  });

  it('keeps a line repeated by rolling captions once', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nwe choose to go\n\n00:02.000 --> 00:03.000\nwe choose to go\nto the moon\n\n00:03.000 --> 00:04.000\nto the moon\nin this decade\n\n00:04.000 --> 00:04.010\nin this decade\n\n00:05.000 --> 00:06.000\nNo.\n\n00:06.000 --> 00:07.000\nNo.\n';
    const [doc] = parseSource('rolling.vtt', vtt);
    expect(doc.text).toBe('we choose to go to the moon in this decade No. No.');
    expect(doc.cues?.map((c) => [c.seconds, doc.text.slice(c.start, c.end)])).toEqual([
      [1, 'we choose to go'],
      [2, 'to the moon'],
      [3, 'in this decade'],
      [5, 'No.'],
      [6, 'No.'],
    ]);
  });

  it('decodes character references in cue text', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nWe can&#39;t &lt;wait&gt; &#x2014; &quot;now&quot; &amp; &bogus;\n';
    const [doc] = parseSource('refs.vtt', vtt);
    expect(doc.text).toBe('We can\'t <wait> \u2014 "now" & &bogus;');
  });

  it('rejects subtitles without cues and names a bad timing line', () => {
    expect(sourceError(() => parseFixture('bad/no-cues.vtt')).message).toBe('bad/no-cues.vtt: no subtitle cues found');
    const broken = '1\n00:00:01,000 --> soon\nHello.\n';
    expect(sourceError(() => parseSource('x.srt', broken)).message).toBe('x.srt: line 2: bad cue timing "00:00:01,000 --> soon"');
    const later = '1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n\n\n2\n00:00:03,000 -> 00:00:04,000 -->\nAgain.\n';
    expect(sourceError(() => parseSource('y.srt', later)).reason).toBe('line 8: bad cue timing "00:00:03,000 -> 00:00:04,000 -->"');
  });
});

describe('html sources', () => {
  it('extracts the article text and the page metadata', () => {
    const [doc] = parseFixture('article.html');
    expect(doc).toMatchObject({
      id: 'article',
      title: 'Address to the Nation on the Budget',
      date: '2023-03-09',
      url: 'https://archive.example.org/speeches/budget-2023',
    });
    expect(doc.text).toContain('A budget is more than numbers on a page. It is a statement of our values,');
    expect(doc.text).toContain('who depend on it every single day.\n\nA budget');
    expect(doc.text).not.toMatch(/Home|Speeches|tracking|Copyright/);
  });

  it('falls back to <title> without og:title', () => {
    const html = '<html><head><title>Plain Title</title></head><body><p>Only a short paragraph of text.</p></body></html>';
    const [doc] = parseSource('p.html', html, undefined, { parseHtml: parseHtmlInNode });
    expect(doc.title).toBe('Plain Title');
    expect(doc.text).toBe('Only a short paragraph of text.');
  });

  it('finds speaker turns in an HTML transcript', () => {
    const html =
      '<html><head><title>Briefing</title></head><body><p><b>Q:</b> Will you resign?</p>' +
      '<p><b>MINISTER:</b> No. I have work to do.</p><p><b>Q:</b> Why?</p><p><b>MINISTER:</b> Because the job is not finished.</p></body></html>';
    const [doc] = parseSource('briefing.html', html, undefined, { parseHtml: parseHtmlInNode });
    expect(turnTexts(doc)).toEqual([
      ['Q', 'Will you resign?'],
      ['MINISTER', 'No. I have work to do.'],
      ['Q', 'Why?'],
      ['MINISTER', 'Because the job is not finished.'],
    ]);
  });

  it('says so when no DOM parser is available', () => {
    expect(sourceError(() => parseSource('p.html', '<p>x</p>')).message).toMatch(/^p\.html: HTML sources need a DOM parser/);
  });
});

describe('bad sources', () => {
  it('rejects empty and whitespace-only files', () => {
    expect(sourceError(() => parseFixture('bad/blank.txt')).message).toBe('bad/blank.txt: empty file');
    expect(sourceError(() => parseSource('e.txt', new Uint8Array())).message).toBe('e.txt: empty file');
  });

  it('rejects front matter that is never closed, naming line 1', () => {
    expect(sourceError(() => parseFixture('bad/unclosed.md')).message).toBe(
      'bad/unclosed.md: front matter opened by "---" on line 1 is never closed',
    );
  });

  it('rejects a front matter line without a colon, naming the line', () => {
    expect(sourceError(() => parseFixture('bad/no-colon.md')).message).toBe(
      'bad/no-colon.md: front matter line 3: expected "key: value", got "this line has no colon"',
    );
  });

  it('rejects a file that is only front matter', () => {
    expect(sourceError(() => parseFixture('bad/front-matter-only.md')).reason).toBe('no text after the front matter');
  });

  it('rejects binary data with NUL bytes', () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 looks like a zip');
    const withNul = new Uint8Array([...bytes, 0, 0, 1, 2]);
    expect(sourceError(() => parseSource('archive.txt', withNul)).message).toBe(
      'archive.txt: binary file (contains NUL bytes)',
    );
  });

  it('rejects text made mostly of control characters', () => {
    const data = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(sourceError(() => parseSource('noise.txt', data)).message).toMatch(/^noise\.txt: binary file \(\d+% control characters\)$/);
  });

  it('rejects bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]); // "café au lait" in Latin-1
    expect(sourceError(() => parseSource('latin1.txt', latin1)).message).toBe(
      'latin1.txt: not valid UTF-8 text (save it as UTF-8)',
    );
  });

  it('strips a UTF-8 byte-order mark', () => {
    const [doc] = parseSource('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hello there.')]));
    expect(doc.text).toBe('Hello there.');
  });

  it('rejects files over the size limit with the size in MB', () => {
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 3 * 1024 * 1024).fill(0x61);
    expect(sourceError(() => parseSource('huge.txt', huge)).message).toBe('huge.txt: too large (53 MB, limit 50 MB)');
  });

  it('rejects unknown extensions and files without one', () => {
    expect(sourceError(() => parseFixture('bad/slides.pdf')).message).toMatch(/^bad\/slides\.pdf: unsupported file type \("\.pdf"\)/);
    expect(sourceError(() => parseSource('README', 'text')).reason).toMatch(/^unsupported file type \(no extension\)/);
  });
});
