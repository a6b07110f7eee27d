import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { DOMParser } from 'linkedom';
import type { SourceDoc } from '../types';
import { SourceError } from './errors';
import { MAX_SOURCE_BYTES, parseSource, tooLargeReason, type ParseHtml } from './formats';

/** linkedom stands in for the browser's DOMParser when HTML sources are read in Node. */
export const parseHtmlInNode: ParseHtml = (html) =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Recursively read a folder (or a single file) of sources; bad files are reported, the rest still load. */
export async function loadSources(paths: string[]): Promise<{ docs: SourceDoc[]; errors: SourceError[] }> {
  const docs: SourceDoc[] = [];
  const errors: SourceError[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      errors.push(new SourceError(path, 'no such file or folder'));
      continue;
    }
    const root = info.isDirectory() ? path : dirname(path);
    const files = info.isDirectory() ? await listFiles(path) : [path];
    for (const file of files) {
      try {
        docs.push(...(await loadFile(file, relative(root, file))));
      } catch (error) {
        // Name the file as the user gave it, not by its id inside the folder.
        const reason = error instanceof SourceError ? error.reason : (error as Error).message;
        errors.push(new SourceError(file, reason));
      }
    }
  }
  return { docs, errors };
}

async function loadFile(file: string, relativeName: string): Promise<SourceDoc[]> {
  const { size } = await stat(file);
  // Checked before reading so a huge file is never pulled into memory.
  if (size > MAX_SOURCE_BYTES) throw new SourceError(relativeName, tooLargeReason(size));
  const data = await readFile(file);
  return parseSource(relativeName, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), undefined, {
    parseHtml: parseHtmlInNode,
  });
}

/** Files under a folder in a stable order; hidden files and folders (.git, .DS_Store) are skipped. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (basename(entry.name).startsWith('.')) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
