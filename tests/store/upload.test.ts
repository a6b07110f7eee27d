import { describe, expect, it } from 'vitest';
import { addUploadedFiles, pastedSourceToDoc, type UploadFile, type UploadProgress } from '../../components/sources/ingest';
import { MAX_SOURCE_BYTES } from '../../lib/sources/formats';
import { BRIEFING, freshStore, matchQuote, WASHINGTON_1790, WASHINGTON_1791 } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

const SUBTITLES = `WEBVTT

00:00:01.000 --> 00:00:04.000
In vain may we expect peace with the Indians on our frontiers

00:00:04.000 --> 00:00:09.000
so long as a lawless set of unprincipled wretches can violate the rights of hospitality.
`;

/** A file far over the limit that fails the test if anything tries to read it. */
function hugeFile(name: string): UploadFile {
  return {
    name,
    size: MAX_SOURCE_BYTES + 1024 * 1024,
    arrayBuffer: () => Promise.reject(new Error('an oversized file must not be read')),
    stream: () => {
      throw new Error('an oversized file must not be read');
    },
  };
}

describe('addUploadedFiles', () => {
  it('adds the good files and names each bad one', async () => {
    const store = freshStore();
    const binary = new Uint8Array(2048).map((_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)));
    const files: UploadFile[] = [
      new File([`---\ntitle: Annual message 1790\nspeaker: George Washington\n---\n${WASHINGTON_1790}`], 'washington-1790.md'),
      new File([''], 'empty.txt'),
      hugeFile('whole-archive.txt'),
      new File([binary], 'recording.txt'),
      new File([SUBTITLES], 'washington-1791.vtt'),
      new File(['---\ntitle: Broken\nspeaker George\n---\nSome words.'], 'broken-front-matter.md'),
    ];
    const progress: UploadProgress[] = [];
    const result = await addUploadedFiles(files, (docs, origin) => store.addSources(docs, origin), {
      onProgress: (event) => progress.push(event),
    });

    expect(result.added.map((added) => added.file)).toEqual(['washington-1790.md', 'washington-1791.vtt']);
    expect(result.added[0].titles).toEqual(['Annual message 1790']);
    expect(result.errors.map((error) => error.file)).toEqual([
      'empty.txt',
      'whole-archive.txt',
      'recording.txt',
      'broken-front-matter.md',
    ]);
    for (const error of result.errors) expect(error.message.startsWith(`${error.file}: `)).toBe(true);
    expect(result.errors[1].message).toMatch(/too large/);
    expect(result.errors[2].message).toMatch(/binary/);

    const listed = await store.listSources();
    expect(listed).toHaveLength(2);
    expect(listed.every((source) => source.origin === 'upload')).toBe(true);
    const subtitles = listed.find((source) => source.meta.title !== 'Annual message 1790')!;
    expect(subtitles.cues).toBe(2);

    const found = await matchQuote(store, 'so long as a lawless set of unprincipled wretches can violate the rights of hospitality');
    expect(found.match?.sourceId).toBe(subtitles.id);
    expect(found.match?.timestamp).toBe(4);

    // Every file reports where it ended; the bad ones as failed.
    const last = new Map(progress.map((event) => [event.file, event.stage]));
    expect(last.get('washington-1790.md')).toBe('done');
    expect(last.get('whole-archive.txt')).toBe('failed');
    expect(progress.every((event) => event.fileCount === files.length)).toBe(true);
  });

  it('reports reading progress of a large file in steps', async () => {
    const bytes = encode(`${WASHINGTON_1791}\n\n`.repeat(4000));
    const chunk = 64 * 1024;
    const big: UploadFile = {
      name: 'long-transcript.txt',
      size: bytes.length,
      arrayBuffer: () => Promise.reject(new Error('a large file is streamed')),
      stream: () =>
        new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
            controller.close();
          },
        }),
    };
    const loaded: number[] = [];
    const result = await addUploadedFiles([big], async () => ['id'], {
      onProgress: (event) => event.stage === 'reading' && loaded.push(event.loaded),
    });
    expect(result.errors).toEqual([]);
    expect(loaded.length).toBe(1 + Math.ceil(bytes.length / chunk));
    expect(loaded.at(-1)).toBe(big.size);
    expect([...loaded].sort((a, b) => a - b)).toEqual(loaded);
  });

  it('names the file when storing it fails', async () => {
    const result = await addUploadedFiles([new File([WASHINGTON_1790], 'speech.txt')], async () => {
      throw new Error('Browser storage is full: could not save "speech".');
    });
    expect(result.added).toEqual([]);
    expect(result.errors[0].message).toBe('speech.txt: Browser storage is full: could not save "speech".');
  });
});

describe('pastedSourceToDoc', () => {
  const blank = { text: '', title: '', speaker: '', date: '', event: '', url: '', turns: 'auto' as const };

  it('uses the form fields and finds speaker turns', () => {
    const doc = pastedSourceToDoc({ ...blank, text: BRIEFING, title: 'Port briefing', speaker: 'Minister Alvarez', date: '2026-11-24' });
    expect(doc).toMatchObject({ title: 'Port briefing', speaker: 'Minister Alvarez', date: '2026-11-24', url: null });
    expect(doc.turns?.map((turn) => turn.speaker)).toEqual(['MODERATOR', 'MINISTER ALVAREZ', 'MODERATOR']);
    const ministerTurn = doc.turns![1];
    expect(doc.text.slice(ministerTurn.start, ministerTurn.end)).toMatch(/^Our harbour reopens/);
  });

  it('keeps the text whole when told it is one speaker, and titles it from its first words', () => {
    const doc = pastedSourceToDoc({ ...blank, text: `  ${BRIEFING}  `, turns: 'none' });
    expect(doc.turns).toBeUndefined();
    expect(doc.text).toBe(BRIEFING);
    expect(doc.title).toBe('MODERATOR: Good morning. The minister will take questions…');
  });

  it('refuses empty text', () => {
    expect(() => pastedSourceToDoc({ ...blank, text: ' \n ' })).toThrow(/empty/);
  });

  it('lets front matter in the text fill fields left empty', () => {
    const doc = pastedSourceToDoc({ ...blank, text: `---\ntitle: From front matter\nspeaker: George Washington\n---\n${WASHINGTON_1791}` });
    expect(doc.title).toBe('From front matter');
    expect(doc.speaker).toBe('George Washington');
  });
});
