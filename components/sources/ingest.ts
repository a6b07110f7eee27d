// Turning what the user gives the sources page (files, pasted text) into stored sources.
// Plain TypeScript, so the rules are tested without rendering the page.
import { t } from '../../lib/i18n';
import { SourceError } from '../../lib/sources/errors';
import { MAX_SOURCE_BYTES, parseSource, tooLargeReason, type ParseHtml } from '../../lib/sources/formats';
import type { SourceOrigin } from '../../lib/sources/store';
import type { SourceDoc, SourceMeta } from '../../lib/types';

/** The part of the browser's File the upload needs (Node's File has it too). */
export interface UploadFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream?(): ReadableStream<Uint8Array>;
}

export type AddSources = (docs: SourceDoc[], origin: SourceOrigin) => Promise<string[]>;

export interface UploadProgress {
  file: string;
  /** 0-based position of the file in the batch. */
  fileIndex: number;
  fileCount: number;
  stage: 'reading' | 'adding' | 'done' | 'failed';
  /** Bytes of this file read so far, and its size. */
  loaded: number;
  size: number;
}

export interface AddedFile {
  file: string;
  ids: string[];
  titles: string[];
}

export interface UploadResult {
  added: AddedFile[];
  /** One per file that could not be added; each message names the file. */
  errors: SourceError[];
}

export interface UploadOptions {
  parseHtml?: ParseHtml;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * Read, parse and store each file on its own: a bad file gets an error naming it and the rest
 * still go in. Files over the size limit are refused before they are read.
 */
export async function addUploadedFiles(files: readonly UploadFile[], addSources: AddSources, options: UploadOptions = {}): Promise<UploadResult> {
  const result: UploadResult = { added: [], errors: [] };
  for (const [fileIndex, file] of files.entries()) {
    const report = (stage: UploadProgress['stage'], loaded: number) =>
      options.onProgress?.({ file: file.name, fileIndex, fileCount: files.length, stage, loaded, size: file.size });
    try {
      if (file.size > MAX_SOURCE_BYTES) throw new SourceError(file.name, tooLargeReason(file.size));
      report('reading', 0);
      const bytes = await readWithProgress(file, (loaded) => report('reading', loaded));
      const docs = parseSource(file.name, bytes, {}, { parseHtml: options.parseHtml });
      report('adding', file.size);
      const ids = await addSources(docs, 'upload');
      result.added.push({
        file: file.name,
        ids,
        titles: docs.map((doc) => doc.title),
      });
      report('done', file.size);
    } catch (error) {
      result.errors.push(asSourceError(file.name, error));
      report('failed', file.size);
    }
  }
  return result;
}

function asSourceError(file: string, error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  return new SourceError(file, error instanceof Error ? error.message : String(error));
}

async function readWithProgress(file: UploadFile, onLoaded: (loaded: number) => void): Promise<Uint8Array> {
  if (!file.stream) return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const bytes = new Uint8Array(file.size);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > bytes.length) throw new Error(t('sources_fileChanged'));
    bytes.set(value, loaded);
    loaded += value.byteLength;
    onLoaded(loaded);
  }
  return loaded === bytes.length ? bytes : bytes.subarray(0, loaded);
}

/** What the paste form collects. Empty strings mean "not given". */
export interface PastedSource {
  text: string;
  title: string;
  speaker: string;
  date: string;
  event: string;
  url: string;
  /** 'auto': lines like "NAME: …" start speaker turns; 'none': the whole text is one speaker's. */
  turns: 'auto' | 'none';
}

/** A SourceDoc from pasted text; form fields win over any front matter in the text. */
export function pastedSourceToDoc(pasted: PastedSource): SourceDoc {
  const fields: Partial<SourceMeta> = {};
  for (const key of ['title', 'speaker', 'date', 'event', 'url'] as const) {
    const value = pasted[key].trim();
    if (value) fields[key] = value;
  }
  const text = pasted.text.replace(/\r\n?/g, '\n').trim();
  if (!text) throw new SourceError(t('sources_pastedTextName'), t('sources_pastedTextEmpty'));
  const parsed: SourceDoc =
    pasted.turns === 'auto'
      ? parseSource('pasted.txt', text)[0]
      : { id: 'pasted', title: '', speaker: null, date: null, url: null, text };
  const doc: SourceDoc = { ...parsed, ...fields };
  // A parsed paste is titled after the pseudo file name unless front matter named it.
  if (!fields.title && (doc.title === 'pasted' || !doc.title)) doc.title = titleFromText(doc.text);
  return doc;
}

function titleFromText(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const head = words.slice(0, 8).join(' ');
  return words.length > 8 ? `${head}…` : head;
}
