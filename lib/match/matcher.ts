// Finds each quote in the indexed sources and says how the page's wording differs.
// Pipeline per quote: split at ellipses/[brackets] → trigram retrieval for the longest piece →
// word alignment in a window → the other pieces placed near it → word diff → verdict.
import { diffArrays } from 'diff';
import type { DiffPart, MatchResult, QuoteQuery, Reason, SourceMatch, SourceMeta } from '../types';
import { tokenize } from '../text/normalize';
import { sentenceAt } from '../text/sentences';
import { spellingKey } from '../text/variants';
import { alignWords } from './align';
import { trigramHash, wordHash, type SourceIndex, type WordWindow } from './source-index';
import { classifyHunk, decideVerdict, namesMatch, type Assessment, type Change } from './verdict';

/** Quotes with fewer words are checked only against trusted sources (speaker's or page's). */
export const SHORT_QUOTE_WORDS = 5;
/** Posting lists longer than this (very common trigrams) are skipped once two rarer ones voted. */
const COMMON_LIST = 3000;
/** Postings read per retrieval once six trigrams have voted. */
const VOTE_BUDGET = 4000;
const CANDIDATES = 6;
/** Keeps diagonal block numbers non-negative (a diagonal is at least minus the quote length). */
const BLOCK_BIAS = 1 << 16;
/** How far (in words) after a piece the next one is looked for when an ellipsis marks a cut. */
const ELLIPSIS_REACH = 400;
/** A piece placed on its own needs this share of its words to agree. */
const PIECE_AGREEMENT = 0.6;
/** Preference for a source by the attributed speaker over an equally good one by someone else. */
const SPEAKER_BONUS = 0.15;

export interface Matcher {
  /** Same order as input. Matches a page's quotes together: split parts of one utterance (same utteranceId) are matched together; short fragments only where trusted. */
  matchAll(queries: QuoteQuery[]): MatchResult[];
  match(query: QuoteQuery): MatchResult;
  /** Phrase search over the sources' text for a by-hand lookup (popup search box): best passages first. */
  searchText(phrase: string, limit?: number): { meta: SourceMeta; passage: string; offset: number; score: number }[];
  sources(): SourceMeta[];
}

interface QWord {
  norm: string;
  key: string;
  start: number;
  end: number;
}
type Gap = 'start' | 'ellipsis' | 'bracket' | 'unmarked';
interface Piece {
  words: QWord[];
  /** The mark between this piece and the one before it. */
  gap: Gap;
  bracket: string | null;
  bracketWords: number;
}
interface ParsedQuote {
  text: string;
  pieces: Piece[];
  wordCount: number;
  trailingBracket: string | null;
}
interface DocRef {
  ix: number;
  doc: number;
}
interface Placed extends DocRef {
  /** Doc-relative word span [from, to). */
  from: number;
  to: number;
  matched: number;
  matchedAt: Uint8Array;
  win: WordWindow;
}
interface Assembly {
  pieces: Piece[];
  placed: (Placed | null)[];
  ref: DocRef;
  /** Share of the quote's words that agree with the source. */
  agreement: number;
  /** Rank among candidate passages: agreement plus the speaker preference. */
  rank: number;
}
interface Outcome {
  result: MatchResult;
  ref: DocRef | null;
  agreement: number;
}

const MARKER = /\u2026|\.(?:\s?\.){2}|\[([^\]]*)\]/g;

function toWords(text: string, offset: number): QWord[] {
  return tokenize(text).map((t) => ({ norm: t.norm, key: spellingKey(t.norm), start: t.start + offset, end: t.end + offset }));
}

/** Splits a quote at ellipses and [brackets]; a leading or trailing ellipsis is no cut. */
export function parseQuote(text: string): ParsedQuote {
  const pieces: Piece[] = [];
  let gap: Gap = 'start';
  let bracket: string | null = null;
  let last = 0;
  const flush = (end: number) => {
    const words = toWords(text.slice(last, end), last);
    if (words.length === 0) return;
    pieces.push({ words, gap, bracket, bracketWords: bracket ? tokenize(bracket).length : 0 });
    gap = 'ellipsis';
    bracket = null;
  };
  for (const m of text.matchAll(MARKER)) {
    const at = m.index ?? 0;
    const before = pieces.length;
    flush(at);
    if (pieces.length === before && pieces.length === 0 && m[1] === undefined) gap = 'start';
    if (m[1] !== undefined) {
      bracket = bracket ? `${bracket} ${m[1]}` : m[1];
      gap = 'bracket';
    } else if (pieces.length === 0 && gap !== 'bracket') {
      gap = 'start';
    }
    last = at + m[0].length;
  }
  flush(text.length);
  return {
    text,
    pieces,
    wordCount: pieces.reduce((n, p) => n + p.words.length, 0),
    trailingBracket: gap === 'bracket' ? bracket : null,
  };
}

const refKey = (r: DocRef) => `${r.ix}:${r.doc}`;

const wordKeys = new WeakMap<QWord[], string[]>();
function keysOf(words: QWord[]): string[] {
  let keys = wordKeys.get(words);
  if (!keys) {
    keys = words.map((w) => w.key);
    wordKeys.set(words, keys);
  }
  return keys;
}

export function createMatcher(indexes: SourceIndex[]): Matcher {
  return new IndexMatcher(indexes);
}

class IndexMatcher implements Matcher {
  private readonly speakerDocs = new Map<string, DocRef[]>();
  private readonly wholeDocs = new Map<string, WordWindow>();
  /** Whole-source windows decoded during the current matchAll call. */
  private pageDocWords: Map<string, WordWindow> | null = null;

  constructor(private readonly indexes: SourceIndex[]) {}

  sources(): SourceMeta[] {
    return this.indexes.flatMap((idx) => Array.from({ length: idx.docCount }, (_, d) => idx.meta(d)));
  }

  match(query: QuoteQuery): MatchResult {
    return this.matchAll([query])[0];
  }

  matchAll(queries: QuoteQuery[]): MatchResult[] {
    this.pageDocWords = new Map();
    try {
      return this.matchPage(queries);
    } finally {
      this.pageDocWords = null;
    }
  }

  private matchPage(queries: QuoteQuery[]): MatchResult[] {
    const parsed = queries.map((q) => parseQuote(q.text));
    const outcomes: (Outcome | null)[] = queries.map(() => null);
    queries.forEach((q, i) => {
      if (parsed[i].wordCount >= SHORT_QUOTE_WORDS) outcomes[i] = this.matchLong(q, parsed[i], null);
    });
    // Parts of one utterance come from one passage: align stragglers to the longest part's source.
    const groups = new Map<string, number[]>();
    queries.forEach((q, i) => groups.set(q.utteranceId, [...(groups.get(q.utteranceId) ?? []), i]));
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const leader = members
        .filter((i) => outcomes[i]?.ref && outcomes[i]?.result.verdict !== 'unsourced')
        .sort((a, b) => parsed[b].wordCount - parsed[a].wordCount)[0];
      const leaderRef = leader === undefined ? null : outcomes[leader]!.ref!;
      if (!leaderRef) continue;
      for (const i of members) {
        const own = outcomes[i];
        if (!own || (own.ref && refKey(own.ref) === refKey(leaderRef))) continue;
        const there = this.matchLong(queries[i], parsed[i], leaderRef);
        if (there.agreement >= own.agreement - 0.05) outcomes[i] = there;
      }
    }
    const pageDocs = new Map<string, DocRef>();
    for (const o of outcomes) if (o?.ref && o.result.verdict !== 'unsourced') pageDocs.set(refKey(o.ref), o.ref);
    queries.forEach((q, i) => {
      if (outcomes[i]) return;
      outcomes[i] = this.matchShort(q, parsed[i], pageDocs);
    });
    return outcomes.map((o) => o!.result);
  }

  // ---- retrieval ----

  /** Candidate placements of `words` (≥ 3) found through trigram postings, best first. */
  private retrieve(words: QWord[], only: DocRef | null, speaker: string | null, limit = CANDIDATES): Placed[] {
    const n = words.length;
    if (n < 3) return [];
    const hashes = words.map((w) => wordHash(w.key));
    const found: Placed[] = [];
    this.indexes.forEach((idx, ix) => {
      if (only && only.ix !== ix) return;
      const lo = only ? idx.docFirstWord(only.doc) : 0;
      const hi = only ? lo + idx.docWordCount(only.doc) : idx.wordCount;
      const lists: { i: number; list: Uint32Array }[] = [];
      for (let i = 0; i + 2 < n; i++) lists.push({ i, list: idx.postings(trigramHash(hashes[i], hashes[i + 1], hashes[i + 2])) });
      lists.sort((a, b) => a.list.length - b.list.length);
      const votes = new Map<number, number>();
      let used = 0;
      let spent = 0;
      for (const { i, list } of lists) {
        // Rarest trigrams first; common ones only while few have voted (each posting costs time).
        if (used >= 2 && (list.length > COMMON_LIST || (used >= 6 && spent + list.length > VOTE_BUDGET))) break;
        // Postings are sorted, so a one-doc search reads only that doc's stretch of each list.
        const kFrom = only ? lowerBound(list, lo) : 0;
        const kTo = only ? lowerBound(list, hi) : list.length;
        if (kTo > kFrom) used++;
        spent += kTo - kFrom;
        for (let k = kFrom; k < kTo; k++) {
          const p = list[k];
          // Votes go to blocks of diagonals: a cut or an added word shifts the diagonal a little.
          const block = (p - i + BLOCK_BIAS) >> 2;
          votes.set(block, (votes.get(block) ?? 0) + 1);
        }
      }
      // Keep the best few diagonals without sorting every vote.
      const top: [number, number][] = [];
      const keep = limit * 3;
      for (const e of votes) {
        if (top.length === keep && e[1] <= top[keep - 1][1]) continue;
        let at = top.length;
        while (at > 0 && top[at - 1][1] < e[1]) at--;
        top.splice(at, 0, e);
        if (top.length > keep) top.pop();
      }
      const speakerOf = (doc: number) => idx.meta(doc).speaker;
      const picks = top
        .map(([block, v]) => {
          const d = (block << 2) - BLOCK_BIAS;
          const doc = idx.docOfWord(Math.max(0, Math.min(idx.wordCount - 1, d + (n >> 1))));
          const s = speakerOf(doc);
          const near = v + (votes.get(block - 1) ?? 0) + (votes.get(block + 1) ?? 0);
          return { d, doc, rank: near + (speaker && s && namesMatch(speaker, s) ? 1 : 0) };
        })
        .sort((a, b) => b.rank - a.rank);
      const chosen: { d: number; doc: number }[] = [];
      for (const p of picks) {
        if (chosen.length >= limit) break;
        if (chosen.some((c) => c.doc === p.doc && Math.abs(c.d - p.d) <= n)) continue;
        chosen.push(p);
      }
      for (const c of chosen) {
        const first = idx.docFirstWord(c.doc);
        const pad = 8 + (n >> 2);
        const placed = this.placeInWindow(words, { ix, doc: c.doc }, c.d - first - pad, c.d - first + n + pad);
        if (placed && placed.matched > 0) found.push(placed);
        // Candidates come best first: once the words are found unchanged where the attributed
        // speaker (or, with none, anyone) said them, no later passage can rank higher.
        if (placed && placed.matched === n && (!speaker || namesMatch(speaker, this.speakerAt(placed) ?? ''))) break;
      }
    });
    return found.sort((a, b) => b.matched - a.matched);
  }

  private placeInWindow(words: QWord[], ref: DocRef, from: number, to: number): Placed | null {
    const idx = this.indexes[ref.ix];
    const win = idx.words(ref.doc, Math.max(0, from), Math.max(0, to));
    if (win.keys.length === 0) return null;
    return this.place(words, ref, win);
  }

  private place(words: QWord[], ref: DocRef, win: WordWindow): Placed {
    const al = alignWords(keysOf(words), win.keys);
    return { ...ref, from: win.first + al.start, to: win.first + al.end, matched: al.matched, matchedAt: al.matchedAt, win };
  }

  private wholeDoc(ref: DocRef): WordWindow {
    const key = refKey(ref);
    let win = this.pageDocWords?.get(key) ?? this.wholeDocs.get(key);
    if (!win) {
      const idx = this.indexes[ref.ix];
      win = idx.words(ref.doc, 0, idx.docWordCount(ref.doc));
      this.wholeDocs.set(key, win);
      if (this.wholeDocs.size > 32) this.wholeDocs.delete(this.wholeDocs.keys().next().value as string);
    }
    // Every short quote of a page is tried against every source of the page: within one call
    // each source is decoded once, however many sources the page quotes.
    this.pageDocWords?.set(key, win);
    return win;
  }

  private docsBy(speaker: string): DocRef[] {
    let refs = this.speakerDocs.get(speaker);
    if (!refs) {
      refs = [];
      this.indexes.forEach((idx, ix) => {
        for (let doc = 0; doc < idx.docCount; doc++) {
          const s = idx.meta(doc).speaker;
          if (s && namesMatch(speaker, s)) refs!.push({ ix, doc });
        }
      });
      this.speakerDocs.set(speaker, refs);
    }
    return refs;
  }

  // ---- matching ----

  private matchLong(query: QuoteQuery, pq: ParsedQuote, only: DocRef | null): Outcome {
    const anchor = longestPiece(pq);
    const piece = pq.pieces[anchor];
    const candidates: Placed[] = piece.words.length >= 3 ? this.retrieve(piece.words, only, query.speaker).slice(0, 4) : [];
    let best: Assembly | null = null;
    for (const c of candidates) {
      const a = this.assemble(query, pq, anchor, c);
      if (!best || a.rank > best.rank) best = a;
    }
    if (pq.pieces.length > 1 && (!best || best.agreement < 1)) {
      // The longest piece alone may be a common phrase: look all the words up together too,
      // then place the piece inside each passage found.
      const all = pq.pieces.flatMap((p) => p.words);
      const seen = new Set(candidates.map((c) => `${refKey(c)}:${c.from}`));
      for (const found of this.retrieve(all, only, query.speaker).slice(0, 3)) {
        const c = this.place(piece.words, found, found.win);
        if (seen.has(`${refKey(c)}:${c.from}`)) continue;
        const a = this.assemble(query, pq, anchor, c);
        if (!best || a.rank > best.rank) best = a;
      }
    }
    return best ? this.judge(query, pq, best) : unsourced({ kind: 'not-found' }, 0);
  }

  private matchShort(query: QuoteQuery, pq: ParsedQuote, pageDocs: Map<string, DocRef>): Outcome {
    if (pq.wordCount === 0) return unsourced({ kind: 'no-words' }, 0);
    const trusted = new Map(pageDocs);
    if (query.speaker) for (const r of this.docsBy(query.speaker)) trusted.set(refKey(r), r);
    if (trusted.size === 0) return unsourced({ kind: 'too-short', scope: 'all' }, 0);
    const anchor = longestPiece(pq);
    const words = pq.pieces[anchor].words;
    let best: Assembly | null = null;
    // Short words agree by chance; only a (nearly) full match counts.
    const needed = words.length - (words.length >= 4 ? 1 : 0);
    for (const ref of trusted.values()) {
      const placed = this.place(words, ref, this.wholeDoc(ref));
      if (placed.matched < needed) continue;
      const a = this.assemble(query, pq, anchor, placed);
      if (!best || a.rank > best.rank) best = a;
    }
    const judged = best && this.judge(query, pq, best);
    if (judged && judged.result.verdict !== 'unsourced') return judged;
    return unsourced(query.speaker ? { kind: 'too-short', scope: 'speaker', speaker: query.speaker } : { kind: 'too-short', scope: 'page' }, 0);
  }

  /** Who said the words at this placement: the turn's speaker, else the source's. */
  private speakerAt(p: Placed): string | null {
    const idx = this.indexes[p.ix];
    return idx.turnAt(p.doc, p.win.starts[p.from - p.win.first] ?? 0) ?? idx.meta(p.doc).speaker;
  }

  /** Places every piece around the anchor placement and judges the whole. */
  private assemble(query: QuoteQuery, pq: ParsedQuote, anchorAt: number, anchorPlaced: Placed): Assembly {
    const pieces = pq.pieces.slice();
    const placed: (Placed | null)[] = pieces.map(() => null);
    let anchor = anchorAt;
    placed[anchor] = anchorPlaced;
    // An unmarked splice shows as a run of the anchor's words that agree nowhere near it.
    const split = findSplit(anchorPlaced.matchedAt);
    if (split) {
      const p = pieces[anchor];
      const head: Piece = { ...p, words: p.words.slice(0, split.at) };
      const tail: Piece = { words: p.words.slice(split.at), gap: 'unmarked', bracket: null, bracketWords: 0 };
      pieces.splice(anchor, 1, head, tail);
      placed.splice(anchor, 1, null, null);
      const kept = split.matchedSide === 'head' ? anchor : anchor + 1;
      placed[kept] = this.place(pieces[kept].words, anchorPlaced, anchorPlaced.win);
      anchor = kept;
    }
    const ref: DocRef = { ix: anchorPlaced.ix, doc: anchorPlaced.doc };
    for (let k = anchor + 1; k < pieces.length; k++) placed[k] = this.placeNear(pieces[k], pieces[k].gap, pieces[k].bracketWords, lastPlaced(placed, k, -1), true, ref);
    for (let k = anchor - 1; k >= 0; k--) placed[k] = this.placeNear(pieces[k], pieces[k + 1].gap, pieces[k + 1].bracketWords, lastPlaced(placed, k, 1), false, ref);
    const matched = placed.reduce((n, p) => n + (p ? p.matched : 0), 0);
    const said = this.speakerAt(placed[anchor]!);
    const bonus = query.speaker && said && namesMatch(query.speaker, said) ? SPEAKER_BONUS : 0;
    const agreement = matched / Math.max(1, pq.wordCount);
    return { pieces, placed, ref, agreement, rank: agreement + bonus };
  }

  /** Places a piece next to its placed neighbour; `gap` is the mark between them. */
  private placeNear(piece: Piece, gap: Gap, bracketWords: number, neighbour: Placed | null, forward: boolean, ref: DocRef): Placed | null {
    const n = piece.words.length;
    const good = (p: Placed | null) => !!p && p.matched >= Math.max(1, Math.ceil(n * PIECE_AGREEMENT)) && (n > 2 || p.matched === n);
    if (neighbour && gap !== 'unmarked') {
      // A [bracket] stands for a few words; an ellipsis may skip much more.
      const span = gap === 'bracket' ? bracketWords + 6 + n : ELLIPSIS_REACH + n;
      const p = forward
        ? this.placeInWindow(piece.words, ref, neighbour.to, neighbour.to + span)
        : this.placeInWindow(piece.words, ref, neighbour.from - span, neighbour.from);
      if (good(p)) return p;
    }
    if (n >= 3) {
      const found = this.retrieve(piece.words, ref, null, 3)[0] ?? null;
      if (good(found)) return found;
    }
    return null;
  }

  private judge(query: QuoteQuery, pq: ParsedQuote, { pieces, placed, ref }: Assembly): Outcome {
    const idx = this.indexes[ref.ix];
    const sentences = idx.sentenceStarts(ref.doc);
    // Decode only the stretch of the source the result shows: from the sentence before the
    // first piece to the sentence after the last.
    const spanned = placed.filter((p): p is Placed => !!p);
    const lowest = Math.min(...spanned.map((p) => p.win.starts[p.from - p.win.first] ?? p.win.starts[0] ?? 0));
    const highest = Math.max(...spanned.map((p) => p.win.ends[p.to - 1 - p.win.first] ?? 0));
    const regionFrom = sentences[Math.max(0, sentenceAt(sentences, lowest) - 1)] ?? 0;
    const regionTo = sentences[sentenceAt(sentences, Math.max(lowest, highest - 1)) + 2] ?? Number.MAX_SAFE_INTEGER;
    const region = idx.textSlice(ref.doc, Math.min(regionFrom, lowest), regionTo);
    const regionStart = Math.min(regionFrom, lowest);
    const text = { slice: (a: number, b?: number) => region.slice(a - regionStart, b === undefined ? undefined : b - regionStart), length: regionStart + region.length };
    const changes: Change[] = [];
    const diff: DiffPart[] = [];
    const bracketReplacements: { from: string; to: string }[] = [];
    const unmarkedJoins: (number | null)[] = [];
    let agreeing = 0;
    let sourceWords = 0;
    let ellipsisCuts = 0;
    let reordered = false;
    let prev: Placed | null = null;
    const srcText = (p: Placed, from: number, to: number) => (to > from ? text.slice(p.win.starts[from - p.win.first], p.win.ends[to - 1 - p.win.first]) : '');
    const pageText = (words: QWord[]) => (words.length ? pq.text.slice(words[0].start, words[words.length - 1].end) : '');
    const push = (op: DiffPart['op'], t: string) => {
      if (!t) return;
      const last = diff[diff.length - 1];
      if (last && last.op === op) last.text += ` ${t}`;
      else diff.push({ op, text: t });
    };

    pieces.forEach((piece, k) => {
      const p = placed[k];
      if (piece.gap === 'bracket' && piece.bracket !== null) {
        const from = prev && p && p.from >= prev.to && p.from - prev.to <= piece.bracketWords + 8 ? this.spanWords(ref, prev.to, p.from) : null;
        bracketReplacements.push({ from: from ? text.slice(from.starts[0], from.ends[from.ends.length - 1]) : '', to: piece.bracket });
        if (from) push('delete', text.slice(from.starts[0], from.ends[from.ends.length - 1]));
        push('insert', `[${piece.bracket}]`);
      }
      if (!p) {
        changes.push({ kind: 'added', words: pageText(piece.words) });
        push('insert', pageText(piece.words));
        return;
      }
      if (prev && piece.gap !== 'bracket') {
        const inOrder = p.from >= prev.to;
        const distance = inOrder ? sentenceAt(sentences, p.win.starts[p.from - p.win.first]) - sentenceAt(sentences, prev.win.ends[prev.to - 1 - prev.win.first] - 1) : null;
        if (piece.gap === 'ellipsis') {
          // Sources use "…" as a pause too; an ellipsis that skips nothing is no cut.
          if (p.from > prev.to) ellipsisCuts++;
          if (!inOrder) reordered = true;
        } else {
          unmarkedJoins.push(distance);
        }
        if (inOrder && p.from - prev.to <= 40 && p.from > prev.to) push('delete', text.slice(this.spanWords(ref, prev.to, p.from).starts[0], p.win.starts[p.from - p.win.first]).trim());
        else if (p.from !== prev.to) push('delete', '…');
      }
      // Word diff of the piece against its source span, compared by normalised form.
      const src = p.win.norms.slice(p.from - p.win.first, p.to - p.win.first);
      sourceWords += src.length;
      const page = piece.words.map((w) => w.norm);
      let si = p.from;
      let qi = 0;
      let hunk = { removed: [] as string[], added: [] as string[] };
      const closeHunk = () => {
        if (hunk.removed.length || hunk.added.length) {
          const cs = classifyHunk(hunk);
          changes.push(...cs);
          for (const c of cs) if (c.kind === 'spelling') agreeing += c.to.split(' ').length;
        }
        hunk = { removed: [], added: [] };
      };
      for (const part of diffArrays(src, page)) {
        const count = part.count ?? part.value.length;
        if (part.removed) {
          push('delete', srcText(p, si, si + count));
          hunk.removed.push(...part.value);
          si += count;
        } else if (part.added) {
          push('insert', pageText(piece.words.slice(qi, qi + count)));
          hunk.added.push(...part.value);
          qi += count;
        } else {
          closeHunk();
          push('equal', pageText(piece.words.slice(qi, qi + count)));
          agreeing += count;
          si += count;
          qi += count;
        }
      }
      closeHunk();
      prev = p;
    });
    if (pq.trailingBracket !== null) {
      bracketReplacements.push({ from: '', to: pq.trailingBracket });
      push('insert', `[${pq.trailingBracket}]`);
    }

    const spans = placed.filter((p): p is Placed => !!p);
    const meta = idx.meta(ref.doc);
    const first = spans.reduce((a, b) => (b.from < a.from ? b : a));
    const last = spans.reduce((a, b) => (b.to > a.to ? b : a));
    const inOrder = spans.every((s, i) => i === 0 || s.from >= spans[i - 1].to);
    const start = first.win.starts[first.from - first.win.first] ?? first.win.starts[0];
    const end = last.win.ends[last.to - 1 - last.win.first] ?? start;
    const compact = inOrder && last.to - first.from <= pq.wordCount * 2 + 40;
    const original = compact ? text.slice(start, end) : spans.map((s) => srcText(s, s.from, s.to)).join(' … ');
    const sFirst = sentenceAt(sentences, start);
    const sLast = sentenceAt(sentences, Math.max(start, end - 1));
    const before = text.slice(sentences[Math.max(0, sFirst - 1)] ?? 0, start).trim();
    const after = text.slice(end, sentences[sLast + 2] ?? text.length).trim();
    const turn = idx.turnAt(ref.doc, start);
    const seconds = idx.secondsAt(ref.doc, start);
    const quoteWords = pq.wordCount;
    const match: SourceMatch = {
      sourceId: meta.id,
      title: meta.title,
      speaker: turn ?? meta.speaker,
      date: meta.date,
      url: meta.url && seconds !== null ? `${meta.url}#t=${Math.floor(seconds)}` : meta.url,
      original,
      before,
      after,
      score: Math.min(1, (2 * agreeing) / (quoteWords + sourceWords)),
      diff,
      offset: start,
    };
    if (seconds !== null) match.timestamp = seconds;
    if (turn !== null) match.turn = turn;
    const assessment: Assessment = {
      agreeing,
      quoteWords,
      changes,
      ellipsisCuts,
      bracketReplacements,
      unmarkedJoins,
      reordered,
      attributedSpeaker: query.speaker,
      sourceSpeaker: match.speaker,
    };
    const { verdict, reason } = decideVerdict(assessment);
    return {
      result: { verdict, reason, match: verdict === 'unsourced' ? null : match },
      ref: verdict === 'unsourced' ? null : ref,
      agreement: quoteWords ? agreeing / quoteWords : 0,
    };
  }

  private spanWords(ref: DocRef, from: number, to: number): WordWindow {
    return this.indexes[ref.ix].words(ref.doc, from, to);
  }

  searchText(phrase: string, limit = 10): { meta: SourceMeta; passage: string; offset: number; score: number }[] {
    const words = toWords(phrase, 0);
    if (words.length === 0) return [];
    const out: { meta: SourceMeta; passage: string; offset: number; score: number }[] = [];
    if (words.length >= 3) {
      for (const p of this.retrieve(words, null, null, Math.max(limit, CANDIDATES))) {
        const idx = this.indexes[p.ix];
        const offset = p.win.starts[p.from - p.win.first] ?? 0;
        out.push({ meta: idx.meta(p.doc), passage: this.passage(p, offset), offset, score: p.matched / words.length });
      }
    } else {
      // One or two words: no trigram to look up, so scan the text itself.
      const pattern = new RegExp(words.map((w) => escapeRegExp(w.norm)).join('[^\\p{L}\\p{N}]+'), 'giu');
      this.indexes.forEach((idx, ix) => {
        for (let doc = 0; doc < idx.docCount && out.length < limit; doc++) {
          pattern.lastIndex = 0;
          const m = pattern.exec(idx.docText(doc));
          if (m) out.push({ meta: idx.meta(doc), passage: this.passageAt({ ix, doc }, m.index), offset: m.index, score: 1 });
        }
      });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private passage(p: Placed, offset: number): string {
    return this.passageAt(p, offset);
  }

  private passageAt(ref: DocRef, offset: number): string {
    const idx = this.indexes[ref.ix];
    const starts = idx.sentenceStarts(ref.doc);
    const s = sentenceAt(starts, offset);
    const text = idx.docText(ref.doc);
    return text.slice(starts[s] ?? 0, starts[s + 1] ?? text.length).replace(/\s+/g, ' ').trim();
  }
}

/** First position in sorted `list` whose value is ≥ `value`. */
function lowerBound(list: Uint32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unsourced(reason: Reason, agreement: number): Outcome {
  return { result: { verdict: 'unsourced', reason, match: null }, ref: null, agreement };
}

function longestPiece(pq: ParsedQuote): number {
  let best = 0;
  pq.pieces.forEach((p, i) => {
    if (p.words.length > pq.pieces[best].words.length) best = i;
  });
  return best;
}

function lastPlaced(placed: (Placed | null)[], k: number, step: 1 | -1): Placed | null {
  for (let j = k + step; j >= 0 && j < placed.length; j += step) if (placed[j]) return placed[j];
  return null;
}

/**
 * Where a quote's words agree with the source on one side and hardly at all on the other,
 * the quote joins two passages: returns the split point and which side agreed.
 */
function findSplit(matchedAt: Uint8Array): { at: number; matchedSide: 'head' | 'tail' } | null {
  const n = matchedAt.length;
  if (n < 7) return null;
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + matchedAt[i];
  let best: { at: number; matchedSide: 'head' | 'tail'; margin: number } | null = null;
  for (let at = 3; at <= n - 3; at++) {
    const head = prefix[at] / at;
    const tail = (prefix[n] - prefix[at]) / (n - at);
    const [good, bad, side] = head >= tail ? [head, tail, 'head' as const] : [tail, head, 'tail' as const];
    if (good >= 0.8 && bad <= 0.4) {
      const margin = good - bad;
      if (!best || margin > best.margin) best = { at, matchedSide: side, margin };
    }
  }
  return best && { at: best.at, matchedSide: best.matchedSide };
}
