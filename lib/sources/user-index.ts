// Per-source indexes for user sources: each source gets its own small index when it is added,
// so adding a transcript never rebuilds the bundled index or the user's other sources.
import { buildIndex, loadIndex, type SourceIndex } from '../match/index';
import type { SourceDoc } from '../types';

/** A freshly built index for one source, with the numbers the sources page shows. */
export interface BuiltSourceIndex {
  bytes: Uint8Array;
  format: string;
  words: number;
  index: SourceIndex;
}

// A fixed probe document: its index bytes change whenever the engine's binary layout,
// tokenizer or normalisation changes, which is exactly when stored indexes must be rebuilt.
const FORMAT_PROBE: SourceDoc = {
  id: 'verbatim-format-probe',
  title: 'Format probe',
  speaker: 'Probe Speaker',
  date: '2000-01-01',
  url: null,
  text: 'We choose to check the words. Programme, defence, short-cut: every one of them!\nQ: A question?\nA: An answer.',
};

let cachedFormat: string | null = null;

/** Fingerprint of the current index format (FNV-1a over the probe's index bytes). */
export function currentIndexFormat(): string {
  if (cachedFormat === null) {
    const bytes = buildIndex([FORMAT_PROBE]);
    let hash = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    cachedFormat = `${bytes.length.toString(36)}-${hash.toString(36)}`;
  }
  return cachedFormat;
}

/** Build the index of one source. */
export function indexSource(doc: SourceDoc): BuiltSourceIndex {
  const bytes = buildIndex([doc]);
  const index = loadIndex(bytes);
  return { bytes, format: currentIndexFormat(), words: index.wordCount, index };
}

/**
 * Load a stored per-source index; returns null when it must be rebuilt from the source's text
 * (written by an older engine, or damaged).
 */
export function loadStoredIndex(bytes: Uint8Array, format: string): SourceIndex | null {
  if (format !== currentIndexFormat()) return null;
  try {
    return loadIndex(bytes);
  } catch {
    return null;
  }
}
