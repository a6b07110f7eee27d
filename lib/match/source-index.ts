// Compact binary index of source documents: text, word checkpoints, sentences, turns, cues
// and hashed word-trigram postings, all as typed-array views on one ArrayBuffer.
import type { SourceDoc, SourceMeta } from '../types';
import { normalizeWord, scanWords } from '../text/normalize';
import { sentenceStarts } from '../text/sentences';
import { spellingKey } from '../text/variants';

export const INDEX_MAGIC = 0x58444956; // "VIDX" little-endian
export const INDEX_VERSION = 2;
/**
 * Every CHECKPOINT_EVERY-th word's char and UTF-8 byte offsets are stored; a window of words is
 * re-scanned from the checkpoint before it, decoding only those bytes.
 */
const CHECKPOINT_EVERY = 64;
/** Trigrams are posted only at even word positions: any 4 consecutive query words still hit. */
export const POSTING_STRIDE = 2;

const enum Section {
  Meta, TextStart, Text, TokenStart, CheckpointStart, Checkpoints, SentenceStart, Sentences,
  BucketStart, Postings, TurnStart, Turns, CueStart, Cues, Count,
}
const HEADER_BYTES = 16;

/** Words of a stretch of one document. Index i is the doc-relative word number first + i. */
export interface WordWindow {
  first: number;
  norms: string[];
  keys: string[];
  starts: number[];
  ends: number[];
}

export interface SourceIndex {
  readonly docCount: number;
  readonly wordCount: number;
  meta(docNo: number): SourceMeta;
  docText(docNo: number): string;
  /** docText(docNo).slice(from, to), decoding only the bytes around the range. */
  textSlice(docNo: number, from: number, to: number): string;
  docWordCount(docNo: number): number;
  /** Global word number of the doc's first word (postings use global numbers). */
  docFirstWord(docNo: number): number;
  docOfWord(globalWord: number): number;
  words(docNo: number, from: number, to: number): WordWindow;
  sentenceStarts(docNo: number): Uint32Array;
  /** Speaker of the turn containing `offset`, with the turn's label; null when the doc has no turns. */
  turnAt(docNo: number, offset: number): string | null;
  /** Seconds of the cue containing (or last before) `offset`; null when the doc has no cues. */
  secondsAt(docNo: number, offset: number): number | null;
  /** Global word numbers where a trigram with this hash bucket starts. */
  postings(trigramHash: number): Uint32Array;
}

/** 32-bit FNV-1a of a word key. */
export function wordHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul((b << 7) | (b >>> 25), 0x85ebca77) ^ Math.imul((c << 13) | (c >>> 19), 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

interface MetaBlock {
  docs: SourceMeta[];
  turnSpeakers: string[];
  bucketBits: number;
  wordCount: number;
}

class GrowableU32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

function metaOf(doc: SourceDoc): SourceMeta {
  const { text: _text, turns: _turns, cues: _cues, ...meta } = doc;
  return meta;
}

export function buildIndex(docs: SourceDoc[]): Uint8Array {
  const encoder = new TextEncoder();
  const totalChars = docs.reduce((n, d) => n + d.text.length, 0);
  const hashes = new GrowableU32(Math.ceil(totalChars / 5));
  const textStart = new Uint32Array(docs.length + 1);
  const tokenStart = new Uint32Array(docs.length + 1);
  const checkpointStart = new Uint32Array(docs.length + 1);
  const sentenceStart = new Uint32Array(docs.length + 1);
  const turnStart = new Uint32Array(docs.length + 1);
  const cueStart = new Uint32Array(docs.length + 1);
  const checkpoints = new GrowableU32(Math.ceil((2 * totalChars) / 5 / CHECKPOINT_EVERY));
  const sentences = new GrowableU32(Math.ceil(totalChars / 100));
  const turns = new GrowableU32(16);
  const cues: number[] = [];
  const turnSpeakers: string[] = [];
  const speakerNo = new Map<string, number>();
  const hashOfNorm = new Map<string, number>();
  const texts: Uint8Array[] = [];
  let textBytes = 0;

  // Where document d's entries start in each section; d = docs.length closes the last one.
  const markStarts = (d: number) => {
    textStart[d] = textBytes;
    tokenStart[d] = hashes.length;
    checkpointStart[d] = checkpoints.length / 2;
    sentenceStart[d] = sentences.length;
    turnStart[d] = turns.length / 3;
    cueStart[d] = cues.length / 3;
  };

  docs.forEach((doc, d) => {
    markStarts(d);
    const bytes = encoder.encode(doc.text);
    texts.push(bytes);
    textBytes += bytes.length;
    let n = 0;
    let byteAt = 0;
    let charAt = 0;
    const text = doc.text;
    scanWords(text, 0, (start, _end, raw) => {
      if (n % CHECKPOINT_EVERY === 0) {
        byteAt += utf8Length(text, charAt, start);
        charAt = start;
        checkpoints.push(start);
        checkpoints.push(byteAt);
      }
      const norm = normalizeWord(raw);
      let h = hashOfNorm.get(norm);
      if (h === undefined) {
        h = wordHash(spellingKey(norm));
        hashOfNorm.set(norm, h);
      }
      hashes.push(h);
      n++;
    });
    for (const s of sentenceStarts(doc.text)) sentences.push(s);
    for (const t of doc.turns ?? []) {
      let no = speakerNo.get(t.speaker);
      if (no === undefined) {
        no = turnSpeakers.length;
        turnSpeakers.push(t.speaker);
        speakerNo.set(t.speaker, no);
      }
      turns.push(t.start);
      turns.push(t.end);
      turns.push(no);
    }
    for (const c of doc.cues ?? []) cues.push(c.start, c.end, c.seconds);
  });
  const D = docs.length;
  markStarts(D);

  // Postings: counting sort of sampled trigram positions into hash buckets (~4-8 per bucket).
  const wordHashes = hashes.view();
  const sampled = Math.ceil(wordHashes.length / POSTING_STRIDE);
  // At least 1,024 buckets (4 KB): in a small index a few buckets would hold most trigrams, every
  // posting list would vote for every source, and a quote's own source could lose on collisions.
  let bucketBits = 10;
  while (1 << bucketBits < sampled / 8 && bucketBits < 24) bucketBits++;
  const shift = 32 - bucketBits;
  const bucketStart = new Uint32Array((1 << bucketBits) + 1);
  const bucketOfPos = new Uint32Array(sampled);
  const posOf = new Uint32Array(sampled);
  let count = 0;
  for (let d = 0; d < D; d++) {
    const end = tokenStart[d + 1];
    let p = tokenStart[d];
    if (p % POSTING_STRIDE) p++;
    for (; p + 2 < end; p += POSTING_STRIDE) {
      const b = trigramHash(wordHashes[p], wordHashes[p + 1], wordHashes[p + 2]) >>> shift;
      bucketOfPos[count] = b;
      posOf[count] = p;
      bucketStart[b + 1]++;
      count++;
    }
  }
  for (let b = 0; b < 1 << bucketBits; b++) bucketStart[b + 1] += bucketStart[b];
  const postings = new Uint32Array(count);
  const fill = bucketStart.slice(0, 1 << bucketBits);
  for (let i = 0; i < count; i++) postings[fill[bucketOfPos[i]]++] = posOf[i];

  const meta: MetaBlock = { docs: docs.map(metaOf), turnSpeakers, bucketBits, wordCount: wordHashes.length };
  const text = new Uint8Array(textBytes);
  let at = 0;
  for (const t of texts) {
    text.set(t, at);
    at += t.length;
  }
  const sections: Uint8Array[] = [];
  sections[Section.Meta] = encoder.encode(JSON.stringify(meta));
  sections[Section.TextStart] = bytesOf(textStart);
  sections[Section.Text] = text;
  sections[Section.TokenStart] = bytesOf(tokenStart);
  sections[Section.CheckpointStart] = bytesOf(checkpointStart);
  sections[Section.Checkpoints] = bytesOf(checkpoints.view());
  sections[Section.SentenceStart] = bytesOf(sentenceStart);
  sections[Section.Sentences] = bytesOf(sentences.view());
  sections[Section.BucketStart] = bytesOf(bucketStart);
  sections[Section.Postings] = bytesOf(postings);
  sections[Section.TurnStart] = bytesOf(turnStart);
  sections[Section.Turns] = bytesOf(turns.view());
  sections[Section.CueStart] = bytesOf(cueStart);
  sections[Section.Cues] = bytesOf(new Float64Array(cues));
  return pack(sections);
}

function utf8Length(s: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function bytesOf(a: Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

const align8 = (n: number) => (n + 7) & ~7;

function pack(sections: Uint8Array[]): Uint8Array {
  let offset = align8(HEADER_BYTES + sections.length * 8);
  const placed = sections.map((s) => {
    const o = offset;
    offset = align8(offset + s.length);
    return o;
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, INDEX_MAGIC, true);
  view.setUint32(4, INDEX_VERSION, true);
  view.setUint32(8, offset, true);
  view.setUint32(12, sections.length, true);
  sections.forEach((s, i) => {
    view.setUint32(HEADER_BYTES + i * 8, placed[i], true);
    view.setUint32(HEADER_BYTES + i * 8 + 4, s.length, true);
    out.set(s, placed[i]);
  });
  return out;
}

/** Opens an index built by buildIndex without copying or re-tokenising. Throws on a bad buffer. */
export function loadIndex(data: ArrayBuffer | Uint8Array): SourceIndex {
  let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // Typed-array views need aligned offsets; only a misaligned slice is copied.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  if (bytes.length < HEADER_BYTES) throw new Error(`Not a Verbatim index: ${bytes.length} bytes is shorter than the header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== INDEX_MAGIC) throw new Error('Not a Verbatim index: wrong magic number');
  const version = view.getUint32(4, true);
  if (version !== INDEX_VERSION) throw new Error(`Unsupported Verbatim index version ${version} (expected ${INDEX_VERSION}); rebuild the index`);
  const total = view.getUint32(8, true);
  if (bytes.length < total) throw new Error(`Truncated Verbatim index: ${bytes.length} of ${total} bytes`);
  const sectionCount = view.getUint32(12, true);
  if (sectionCount !== Section.Count || HEADER_BYTES + sectionCount * 8 > total) throw new Error('Corrupt Verbatim index: bad section table');
  const raw: Uint8Array[] = [];
  for (let i = 0; i < sectionCount; i++) {
    const off = view.getUint32(HEADER_BYTES + i * 8, true);
    const len = view.getUint32(HEADER_BYTES + i * 8 + 4, true);
    if (off % 8 !== 0 || off + len > total) throw new Error(`Corrupt Verbatim index: section ${i} out of bounds`);
    raw.push(bytes.subarray(off, off + len));
  }
  const u32 = (s: Section) => new Uint32Array(raw[s].buffer, raw[s].byteOffset, raw[s].byteLength >> 2);
  let meta: MetaBlock;
  try {
    meta = JSON.parse(new TextDecoder().decode(raw[Section.Meta])) as MetaBlock;
  } catch {
    throw new Error('Corrupt Verbatim index: unreadable metadata');
  }
  const index = new BinarySourceIndex(meta, raw[Section.Text], {
    textStart: u32(Section.TextStart),
    tokenStart: u32(Section.TokenStart),
    checkpointStart: u32(Section.CheckpointStart),
    checkpoints: u32(Section.Checkpoints),
    sentenceStart: u32(Section.SentenceStart),
    sentences: u32(Section.Sentences),
    bucketStart: u32(Section.BucketStart),
    postings: u32(Section.Postings),
    turnStart: u32(Section.TurnStart),
    turns: u32(Section.Turns),
    cueStart: u32(Section.CueStart),
    cues: new Float64Array(raw[Section.Cues].buffer, raw[Section.Cues].byteOffset, raw[Section.Cues].byteLength >> 3),
  });
  index.validate();
  return index;
}

interface Arrays {
  textStart: Uint32Array;
  tokenStart: Uint32Array;
  checkpointStart: Uint32Array;
  checkpoints: Uint32Array;
  sentenceStart: Uint32Array;
  sentences: Uint32Array;
  bucketStart: Uint32Array;
  postings: Uint32Array;
  turnStart: Uint32Array;
  turns: Uint32Array;
  cueStart: Uint32Array;
  cues: Float64Array;
}

const TEXT_CACHE_SIZE = 16;

// Spelling keys of words seen in windows, bounded so a long session cannot grow it forever.
const keyCache = new Map<string, string>();
function keyOf(norm: string): string {
  let key = keyCache.get(norm);
  if (key === undefined) {
    if (keyCache.size > 250_000) keyCache.clear();
    key = spellingKey(norm);
    keyCache.set(norm, key);
  }
  return key;
}

class BinarySourceIndex implements SourceIndex {
  readonly docCount: number;
  readonly wordCount: number;
  private readonly decoder = new TextDecoder();
  private readonly textCache = new Map<number, string>();
  private readonly shift: number;

  constructor(
    private readonly metaBlock: MetaBlock,
    private readonly text: Uint8Array,
    private readonly a: Arrays,
  ) {
    this.docCount = metaBlock.docs.length;
    this.wordCount = metaBlock.wordCount;
    this.shift = 32 - metaBlock.bucketBits;
  }

  validate(): void {
    const D = this.docCount;
    const a = this.a;
    const ok =
      [a.textStart, a.tokenStart, a.checkpointStart, a.sentenceStart, a.turnStart, a.cueStart].every((x) => x.length === D + 1) &&
      a.textStart[D] === this.text.length &&
      a.tokenStart[D] === this.wordCount &&
      a.checkpointStart[D] * 2 === a.checkpoints.length &&
      a.sentenceStart[D] === a.sentences.length &&
      a.turnStart[D] * 3 === a.turns.length &&
      a.cueStart[D] * 3 === a.cues.length &&
      a.bucketStart.length === (1 << this.metaBlock.bucketBits) + 1 &&
      a.bucketStart[a.bucketStart.length - 1] === a.postings.length;
    if (!ok) throw new Error('Corrupt Verbatim index: section sizes disagree');
  }

  meta(docNo: number): SourceMeta {
    return this.metaBlock.docs[docNo];
  }

  docText(docNo: number): string {
    let t = this.textCache.get(docNo);
    if (t !== undefined) {
      // Re-insert to keep recently used docs last (Map keeps insertion order).
      this.textCache.delete(docNo);
      this.textCache.set(docNo, t);
      return t;
    }
    t = this.decoder.decode(this.text.subarray(this.a.textStart[docNo], this.a.textStart[docNo + 1]));
    this.textCache.set(docNo, t);
    if (this.textCache.size > TEXT_CACHE_SIZE) this.textCache.delete(this.textCache.keys().next().value as number);
    return t;
  }

  textSlice(docNo: number, from: number, to: number): string {
    const cached = this.textCache.get(docNo);
    if (cached !== undefined) return cached.slice(from, to);
    const { checkpoints, checkpointStart, textStart } = this.a;
    const lo = checkpointStart[docNo];
    const hi = checkpointStart[docNo + 1];
    // Last checkpoint at or before `from`, first one at or after `to`.
    let a = lo;
    let b = hi;
    while (b - a > 1) {
      const mid = (a + b) >> 1;
      if (checkpoints[mid * 2] <= from) a = mid;
      else b = mid;
    }
    let end = a;
    while (end < hi && checkpoints[end * 2] < to) end++;
    const charBase = a < hi && checkpoints[a * 2] <= from ? checkpoints[a * 2] : 0;
    const byteFrom = textStart[docNo] + (a < hi && checkpoints[a * 2] <= from ? checkpoints[a * 2 + 1] : 0);
    const byteTo = end < hi ? textStart[docNo] + checkpoints[end * 2 + 1] : textStart[docNo + 1];
    return this.decoder.decode(this.text.subarray(byteFrom, byteTo)).slice(from - charBase, to - charBase);
  }

  docWordCount(docNo: number): number {
    return this.a.tokenStart[docNo + 1] - this.a.tokenStart[docNo];
  }

  docFirstWord(docNo: number): number {
    return this.a.tokenStart[docNo];
  }

  docOfWord(globalWord: number): number {
    const ts = this.a.tokenStart;
    let lo = 0;
    let hi = this.docCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ts[mid] <= globalWord) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  words(docNo: number, from: number, to: number): WordWindow {
    const n = this.docWordCount(docNo);
    const first = Math.max(0, Math.min(from, n));
    const last = Math.max(first, Math.min(to, n));
    const win: WordWindow = { first, norms: [], keys: [], starts: [], ends: [] };
    if (last === first) return win;
    const { checkpoints, checkpointStart, textStart } = this.a;
    const c0 = Math.floor(first / CHECKPOINT_EVERY);
    const c1 = Math.floor((last - 1) / CHECKPOINT_EVERY) + 1;
    const base = checkpointStart[docNo];
    const charBase = checkpoints[(base + c0) * 2];
    const byteFrom = textStart[docNo] + checkpoints[(base + c0) * 2 + 1];
    const byteTo = base + c1 < checkpointStart[docNo + 1] ? textStart[docNo] + checkpoints[(base + c1) * 2 + 1] : textStart[docNo + 1];
    const cached = this.textCache.get(docNo);
    const segment = cached ?? this.decoder.decode(this.text.subarray(byteFrom, byteTo));
    const offset = cached === undefined ? charBase : 0;
    let w = c0 * CHECKPOINT_EVERY;
    scanWords(segment, cached === undefined ? 0 : charBase, (start, end, raw) => {
      if (w >= first) {
        const norm = normalizeWord(raw);
        win.norms.push(norm);
        win.keys.push(keyOf(norm));
        win.starts.push(start + offset);
        win.ends.push(end + offset);
      }
      w++;
      return w < last;
    });
    return win;
  }

  sentenceStarts(docNo: number): Uint32Array {
    return this.a.sentences.subarray(this.a.sentenceStart[docNo], this.a.sentenceStart[docNo + 1]);
  }

  turnAt(docNo: number, offset: number): string | null {
    const { turnStart, turns } = this.a;
    let found: string | null = null;
    for (let t = turnStart[docNo]; t < turnStart[docNo + 1]; t++) {
      if (turns[t * 3] <= offset && offset < turns[t * 3 + 1]) found = this.metaBlock.turnSpeakers[turns[t * 3 + 2]];
    }
    return found;
  }

  secondsAt(docNo: number, offset: number): number | null {
    const { cueStart, cues } = this.a;
    let found: number | null = null;
    for (let c = cueStart[docNo]; c < cueStart[docNo + 1]; c++) {
      if (cues[c * 3] <= offset) found = cues[c * 3 + 2];
      else break;
    }
    return found;
  }

  postings(trigram: number): Uint32Array {
    const b = trigram >>> this.shift;
    return this.a.postings.subarray(this.a.bucketStart[b], this.a.bucketStart[b + 1]);
  }

  hasTurns(docNo: number): boolean {
    return this.a.turnStart[docNo + 1] > this.a.turnStart[docNo];
  }
}
