// Source packs: a `.verbatim` file is exactly what buildIndex writes (the same bytes
// `verbatim index dir -o pack.verbatim` produces), so packs move between the CLI and the extension.
import { buildIndex, loadIndex, type SourceIndex } from '../match/index';
import type { SourceDoc } from '../types';

export const PACK_EXTENSION = '.verbatim';
export const EXPORT_FILE_NAME = 'verbatim-sources.verbatim';

/** A file that is not a usable pack. The message names the pack. */
export class PackError extends Error {
  constructor(
    public readonly pack: string,
    reason: string,
  ) {
    super(`${pack}: ${reason}`);
    this.name = 'PackError';
  }
}

/** Check that the bytes are a pack this version reads; returns the loaded index. */
export function validatePack(name: string, bytes: Uint8Array): SourceIndex {
  if (bytes.byteLength === 0) throw new PackError(name, 'the file is empty');
  let index: SourceIndex;
  try {
    index = loadIndex(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PackError(name, `not a Verbatim pack this version can read (${reason})`);
  }
  if (index.docCount === 0) throw new PackError(name, 'the pack holds no sources');
  return index;
}

/** Pack bytes for the given documents. */
export function buildPack(docs: SourceDoc[]): Uint8Array {
  return buildIndex(docs);
}

/** The name a pack is listed under: its file name without the extension. */
export function packNameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.toLowerCase().endsWith(PACK_EXTENSION) ? base.slice(0, -PACK_EXTENSION.length) : base;
  return name.trim() || 'pack';
}
