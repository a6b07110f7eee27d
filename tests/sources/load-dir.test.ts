import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../lib/sources/errors';
import { MAX_SOURCE_BYTES } from '../../lib/sources/formats';
import { loadSources } from '../../lib/sources/load-dir';

const fixtures = join(__dirname, '../fixtures/sources');
const scratch = mkdtempSync(join(tmpdir(), 'verbatim-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadSources', () => {
  it('walks folders recursively, ids relative to the folder, skipping hidden files', async () => {
    const { docs, errors } = await loadSources([join(fixtures, 'folder')]);
    expect(docs.map((d) => d.id).sort()).toEqual(['nested/biden-2022', 'pakistan-2024']);
    expect(docs.some((d) => d.text.includes('hidden'))).toBe(false);
    expect(errors.map((e) => e.message)).toEqual([
      `${join(fixtures, 'folder', 'notes.csv')}: unsupported file type (".csv"); expected .txt, .md, .markdown, .json, .srt, .vtt, .html, .htm`,
    ]);
  });

  it('loads a single file with its name as id', async () => {
    const { docs, errors } = await loadSources([join(fixtures, 'interview.txt')]);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(['interview']);
    expect(docs[0].turns).toHaveLength(4);
  });

  it('loads HTML in Node through linkedom', async () => {
    const { docs } = await loadSources([join(fixtures, 'article.html')]);
    expect(docs[0].title).toBe('Address to the Nation on the Budget');
  });

  it('reports every bad file and keeps loading the rest', async () => {
    const { docs, errors } = await loadSources([join(fixtures, 'bad'), join(fixtures, 'single.json')]);
    expect(docs.map((d) => d.id)).toEqual(['single']);
    expect(errors).toHaveLength(8);
    for (const error of errors) {
      expect(error).toBeInstanceOf(SourceError);
      expect(error.message.startsWith(`${error.file}: `)).toBe(true);
      expect(error.file.startsWith(join(fixtures, 'bad'))).toBe(true);
      expect(error.message).not.toContain('\n');
    }
  });

  it('reports a missing path', async () => {
    const missing = join(scratch, 'nope');
    const { docs, errors } = await loadSources([missing]);
    expect(docs).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([`${missing}: no such file or folder`]);
  });

  it('refuses an oversized file without reading it', async () => {
    const big = join(scratch, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, MAX_SOURCE_BYTES + 1024 * 1024); // sparse: no real disk use
    const { errors } = await loadSources([big]);
    expect(errors.map((e) => e.message)).toEqual([`${big}: too large (51 MB, limit 50 MB)`]);
  });
});
