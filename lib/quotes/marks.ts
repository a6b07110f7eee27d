// Quote-mark pairing inside one paragraph. Marks are classified by what flanks them (like
// Markdown emphasis): a mark after space/opening punctuation and before a word can open, a mark
// after a word and before space/punctuation can close. Families pair only with themselves.

import { isSpaceCode, isWordChar } from './tokens';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

export interface MarkPair {
  family: MarkFamily;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the paragraph end unclosed. */
  close: number;
  /** Inner text bounds (marks excluded). */
  innerStart: number;
  innerEnd: number;
}

const FAMILY: Record<string, MarkFamily> = {
  '\u201C': 'double', '\u201D': 'double', '"': 'double', '\u201E': 'double', '\u201F': 'double', '\u2033': 'double',
  '\u2018': 'single', '\u2019': 'single', "'": 'single', '\u201A': 'single', '\u201B': 'single',
  '\u00AB': 'guillemet', '\u00BB': 'guillemet',
  '\u2039': 'single-guillemet', '\u203A': 'single-guillemet',
  '\u300C': 'corner', '\u300D': 'corner', '\uFF62': 'corner', '\uFF63': 'corner',
  '\u300E': 'white-corner', '\u300F': 'white-corner',
  // Windows-1252 curly quotes read as Latin-1 (a page served without its charset): U+0091–U+0094.
  '\u0091': 'single', '\u0092': 'single', '\u0093': 'double', '\u0094': 'double',
};

/** The curly mark a mis-decoded Windows-1252 byte stands for. */
const CP1252_MARK: Record<string, string> = { '\u0091': '\u2018', '\u0092': '\u2019', '\u0093': '\u201C', '\u0094': '\u201D' };

/** Characters that only ever open / only ever close. */
const ALWAYS_OPEN = new Set(['\u201E', '\u201A', '\u300C', '\u300E', '\uFF62']);
const ALWAYS_CLOSE = new Set(['\u300D', '\u300F', '\uFF63']);

export const QUOTE_MARK_CHARS = Object.keys(FAMILY).join('');
/**
 * Each mark by its code unit, as the curly mark it stands for (CP1252_MARK): a constant string, so
 * looking it up in FAMILY and the sets costs no new string (text[pos] beyond Latin-1 is one).
 */
const MARK_OF_CODE = new Map<number, string>(Object.keys(FAMILY).map((mark) => [mark.charCodeAt(0), CP1252_MARK[mark] ?? mark]));
const MARK_RE = /["'\u0091-\u0094\u201C\u201D\u201E\u201F\u2033\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\uFF62\uFF63]/g;
/** 1 for each mark's code unit: what tokenize is asked to note, so a MarkFinder need not scan the page again. */
export const QUOTE_MARK_CODES = new Uint8Array(65536);
for (const mark of Object.keys(FAMILY)) QUOTE_MARK_CODES[mark.charCodeAt(0)] = 1;

/**
 * The next mark at or after an offset of one text, remembering the last one found: a scan for the
 * next mark runs on past the end of a paragraph without one, to wherever the next mark is, and on a
 * page with few marks each paragraph's scan ran to the page's end. Paragraphs are asked in page
 * order, so each stretch is scanned once.
 */
export class MarkFinder {
  /** No mark lies in [scannedFrom, next); `next` is a mark's offset, or the text's length. */
  private scannedFrom = 0;
  private next = -1;
  /** With `offsets`: the index of the last answer in them. */
  private index = 0;

  /** `offsets`: every mark's offset in the text, ascending, if known already (tokenize notes them, given QUOTE_MARK_CODES). */
  constructor(
    private readonly text: string,
    private readonly offsets?: Int32Array,
  ) {}

  /** The offset of the first mark at or after `from`, or the text's length if there is none. */
  at(from: number): number {
    const offsets = this.offsets;
    if (offsets !== undefined) {
      let k = this.index;
      // (On from the last answer: marks are asked in page order; by halves when asked behind it.)
      if (k > 0 && offsets[k - 1]! >= from) k = firstAtOrAfter(offsets, from);
      while (k < offsets.length && offsets[k]! < from) k++;
      this.index = k;
      return k < offsets.length ? offsets[k]! : this.text.length;
    }
    if (from < this.scannedFrom || from > this.next) {
      MARK_RE.lastIndex = from;
      // (test, not exec: no match array per mark; a mark is one code unit, just before lastIndex.)
      this.next = MARK_RE.test(this.text) ? MARK_RE.lastIndex - 1 : this.text.length;
      this.scannedFrom = from;
    }
    return this.next;
  }
}

/** The index of the first of the ascending `offsets` at or after `from`. */
function firstAtOrAfter(offsets: Int32Array, from: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && ch in FAMILY;
}

const OPEN_PUNCT = /[([{<\u2014\u2013\-/\u2026:;,]/;
const PUNCTUATION_AFTER_CLOSE = /[.,;:!?)\]]/;
const CLOSE_PUNCT = /[)\]}>.,;:!?\u2014\u2013\-/\u2026\u3001\u3002\uFF0C\uFF01\uFF1F]/;

// Elisions that start with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, 'bout, 'round, 'cept.
const ELISIONS = /^(?:em|til|till|cause|cos|n|tis|twas|bout|round|cept|s|nuff|kay|ello|im)\b/i;

interface Candidate {
  pos: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
}

function classify(text: string, pos: number, start: number, end: number): Candidate | null {
  const ch = MARK_OF_CODE.get(text.charCodeAt(pos));
  if (ch === undefined) return null;
  const family = FAMILY[ch];
  const prev = pos > start ? text[pos - 1] : undefined;
  const next = pos + 1 < end ? text[pos + 1] : undefined;
  const prevSpace = prev === undefined || isSpaceCode(text.charCodeAt(pos - 1));
  const nextSpace = next === undefined || isSpaceCode(text.charCodeAt(pos + 1));
  const prevWord = prev !== undefined && isWordChar(text.charCodeAt(pos - 1), text, pos - 1);
  const nextWord = next !== undefined && isWordChar(text.charCodeAt(pos + 1), text, pos + 1);

  if (family === 'single' && ch !== '\u201A') {
    // Apostrophes: don't, O'Brien, rock 'n' roll, the '90s, 'em.
    if (prevWord && nextWord) return null;
    if (!prevWord && next !== undefined && /\d/.test(next) && ch !== '\u2018') {
      if (/^\d\d(?:s\b|\b)/.test(text.slice(pos + 1, pos + 4))) return null;
    }
    if (ch === '\u2018' && prevSpace && /^\d\ds\b/.test(text.slice(pos + 1, pos + 5))) return null;
    if (prevSpace && ch !== '\u2018' && ELISIONS.test(text.slice(pos + 1, pos + 6))) {
      const tail = text.slice(pos + 1, pos + 6);
      // 'n' in rock 'n' roll is an elision on both sides.
      if (/^n['\u2019]/.test(tail) || !/^n\b/.test(tail)) return null;
    }
    if (prev === 'n' && (pos - 2 < start || /['\u2019\u2018]/.test(text[pos - 2])) && nextSpace) return null;
  }

  if (ALWAYS_OPEN.has(ch)) return { pos, family, canOpen: true, canClose: false };
  if (ALWAYS_CLOSE.has(ch)) return { pos, family, canOpen: false, canClose: true };

  if (family === 'guillemet' || family === 'single-guillemet') {
    // French puts (narrow) no-break spaces inside; German points them inward: »Ja«.
    const pointsRight = ch === '\u00AB' || ch === '\u2039';
    if (pointsRight) {
      const opens = prevSpace || (prev !== undefined && (OPEN_PUNCT.test(prev) || isQuoteMark(prev)));
      return { pos, family, canOpen: opens, canClose: !opens };
    }
    const closes = nextSpace || (next !== undefined && (CLOSE_PUNCT.test(next) || isQuoteMark(next)));
    return { pos, family, canOpen: !closes, canClose: closes };
  }

  const leftOk = prev === undefined || prevSpace || OPEN_PUNCT.test(prev) || isQuoteMark(prev);
  const rightOk = next === undefined || nextSpace || CLOSE_PUNCT.test(next) || isQuoteMark(next);
  let canOpen = leftOk && !nextSpace;
  let canClose = rightOk && !prevSpace;
  // Curly marks lean their own way when flanking is ambiguous.
  // (But no quote opens onto a comma or a full stop: in „… ‚…‘“, the German “ after ‘ closes.)
  if (canOpen && canClose) {
    if (next !== undefined && PUNCTUATION_AFTER_CLOSE.test(next)) canOpen = false;
    else if (ch === '\u201C' || ch === '\u2018') canClose = false;
    else if (ch === '\u201D' || ch === '\u2019') canOpen = false;
  }
  if (!canOpen && !canClose) return null;
  return { pos, family, canOpen, canClose };
}

/**
 * Top-level quote pairs of the paragraph text[start, end). Nested pairs are dropped (they are part of
 * the outer quote's text). An opener left unclosed yields a pair with close = -1 only when it is the
 * paragraph's first mark (multi-paragraph convention); other unmatched marks are ignored.
 * (`marks`: one finder for all of a page's paragraphs, asked in page order.)
 */
export function pairMarks(text: string, start: number, end: number, marks = new MarkFinder(text)): MarkPair[] {
  // The paragraph's marks, the open ones and the pairs found go in lists kept from paragraph to
  // paragraph, each with its own count (see scratchCandidates).
  const candidates = scratchCandidates;
  let marksFound = 0;
  for (let pos = marks.at(start); pos < end; pos = marks.at(pos + 1)) {
    const c = classify(text, pos, start, end);
    if (c) candidates[marksFound++] = c;
  }
  dropPossessives(text, candidates, marksFound);

  const stack = scratchStack;
  let open = 0;
  let pairs = scratchPairs;
  let found = 0;
  for (let k = 0; k < marksFound; k++) {
    const c = candidates[k]!;
    if (c.canClose) {
      // The innermost open mark of the family closes, with any others opened after it.
      let idx = -1;
      for (let i = open - 1; i >= 0; i--) {
        if (stack[i]!.family === c.family) {
          idx = i;
          break;
        }
      }
      if (idx >= 0) {
        const opener = stack[idx]!;
        open = idx;
        pairs[found++] = { family: c.family, open: opener.pos, close: c.pos, innerStart: opener.pos + 1, innerEnd: c.pos };
        continue;
      }
    }
    if (c.canOpen) stack[open++] = c;
  }
  // Keep outermost pairs only; a pair inside a mark that never closed stays top-level.
  // (Pairs are found in order of closing, which is the order of opening unless some nest: most
  // paragraphs need no sort.)
  if (!inOrderOfOpening(pairs, found)) pairs = pairs.slice(0, found).sort((a, b) => a.open - b.open);
  let kept = 0;
  let reach = -1;
  for (let k = 0; k < found; k++) {
    const p = pairs[k]!;
    if (p.close < reach) continue;
    pairs[kept++] = p;
    reach = p.close;
  }
  const outer = pairs.slice(0, kept);
  // Unclosed opener at the very start of the paragraph: a quote that continues into the next one.
  // (It opens after every pair closes, so the pairs stay in order.)
  if (open > 0) {
    const first = stack[0]!;
    const lead = text.slice(start, first.pos).trim();
    const lastPairEnd = outer.length ? outer[outer.length - 1].close : -1;
    if (lead === '' && lastPairEnd < first.pos) {
      outer.push({ family: first.family, open: first.pos, close: -1, innerStart: first.pos + 1, innerEnd: end });
    } else if (first.pos > lastPairEnd && first.family !== 'single' && /[:,]\s*$/.test(text.slice(Math.max(start, first.pos - 3), first.pos))) {
      // Only a quote introduced by a colon or comma ("He said: “We …") runs on; a woven "choking his … never does.
      // A quote opened mid-paragraph and still open at its end may continue in the next paragraph.
      outer.push({ family: first.family, open: first.pos, close: -1, innerStart: first.pos + 1, innerEnd: end });
    }
  }
  return outer;
}

/**
 * pairMarks' lists of a paragraph's marks, of the open ones and of the pairs, used again for each
 * paragraph with a count of their own: new arrays for every paragraph of a long page, each grown to
 * room for seventeen at its first push, were garbage (and emptying one by its length gives up its
 * room the same way). Entries past a count are left from earlier paragraphs, never read.
 */
const scratchCandidates: Candidate[] = [];
const scratchStack: Candidate[] = [];
const scratchPairs: MarkPair[] = [];

/** Whether the first `count` pairs are in order of opening. */
function inOrderOfOpening(pairs: readonly MarkPair[], count: number): boolean {
  for (let i = 1; i < count; i++) if (pairs[i]!.open < pairs[i - 1]!.open) return false;
  return true;
}

/**
 * A possessive "players’ union" looks like a closing single mark. When a later single closer
 * exists, a closer after "s" that is followed by a lowercase word is taken as a possessive. (Among
 * the first `count` of `candidates`.)
 */
function dropPossessives(text: string, candidates: Candidate[], count: number): void {
  let laterCloser = false;
  for (let i = count - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.family !== 'single' || !c.canClose) continue;
    const seenLater = laterCloser;
    laterCloser = true;
    if (c.canOpen || !seenLater) continue;
    const prev = text[c.pos - 1];
    if (prev !== 's' && prev !== 'S') continue;
    if (!/^\s\p{Ll}/u.test(text.slice(c.pos + 1, c.pos + 3))) continue;
    candidates[i] = { ...c, canClose: false };
  }
}
