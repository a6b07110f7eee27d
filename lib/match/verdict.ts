// Turns an assembled alignment (pieces of a quote placed in a source) into a verdict and
// a one-line reason a reader understands.
import type { Reason, Verdict, WordChange } from '../types';
import { sameSpelling } from '../text/variants';

/** Share of the quote's words that must agree with the source for any verdict but unsourced. */
export const MIN_AGREEMENT = 0.65;
/** Pieces further apart than this many sentences, joined without a mark, are a splice. */
export const SPLICE_SENTENCES = 2;

export type Change = WordChange;

/** One hunk of a word diff: source words removed and page words added at one place. */
export interface Hunk {
  removed: string[];
  added: string[];
}

/** Classifies a diff hunk into spelling variants and real changes. */
export function classifyHunk(h: Hunk): Change[] {
  if (sameSpelling(h.removed, h.added)) return [{ kind: 'spelling', from: h.removed.join(' '), to: h.added.join(' ') }];
  const out: Change[] = [];
  const paired = Math.min(h.removed.length, h.added.length);
  for (let i = 0; i < paired; i++) {
    const from = h.removed[i];
    const to = h.added[i];
    out.push(sameSpelling([from], [to]) ? { kind: 'spelling', from, to } : { kind: 'changed', from, to });
  }
  if (h.removed.length > paired) out.push({ kind: 'dropped', words: h.removed.slice(paired).join(' ') });
  if (h.added.length > paired) out.push({ kind: 'added', words: h.added.slice(paired).join(' ') });
  return out;
}

/** Loose person-name comparison: "Sharif" ~ "Muhammad Shehbaz Sharif", "Joe Biden" ~ "Joseph R. Biden". */
export function namesMatch(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .split(/[\s-]+/)
      .filter((w) => w.length > 1 && !TITLES.has(w));
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((w) => long.includes(w))) return true;
  // Same surname and compatible first name ("Joe" / "Joseph", "Bill" / "William").
  return short[short.length - 1] === long[long.length - 1] && givenNamesAgree(short[0], long[0]);
}

// Common English short forms whose first letter differs from the full name's.
const NICKNAMES: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
  dick: 'richard', rick: 'richard', ted: 'edward', ned: 'edward', jack: 'john',
  jim: 'james', jimmy: 'james', peggy: 'margaret', meg: 'margaret', maggie: 'margaret', polly: 'mary',
  molly: 'mary', betty: 'elizabeth', bess: 'elizabeth', liz: 'elizabeth', beth: 'elizabeth',
  hank: 'henry', harry: 'henry', chuck: 'charles', sally: 'sarah', peg: 'margaret', ike: 'dwight',
};

function givenNamesAgree(a: string, b: string): boolean {
  const full = (name: string) => NICKNAMES[name] ?? name;
  return a[0] === b[0] || full(a) === full(b) || full(a)[0] === b[0] || full(b)[0] === a[0];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'prime', 'minister', 'his', 'her', 'excellency', 'sheikh', 'king', 'queen', 'the', 'hon', 'honourable']);

export interface Assessment {
  /** Quote words (outside brackets) that agree with the source, spelling variants included. */
  agreeing: number;
  quoteWords: number;
  changes: Change[];
  ellipsisCuts: number;
  /** Source words replaced by each [bracket]: "they" → "[the Taliban]". */
  bracketReplacements: { from: string; to: string }[];
  /** Unmarked joins: sentence distance between the joined passages, or null when out of order. */
  unmarkedJoins: (number | null)[];
  /** Marked pieces (ellipsis) placed out of order in the source. */
  reordered: boolean;
  attributedSpeaker: string | null;
  sourceSpeaker: string | null;
}

function wordsIn(c: Change): number {
  if (c.kind === 'added' || c.kind === 'dropped') return c.words.split(' ').length;
  return 1;
}

export function decideVerdict(a: Assessment): { verdict: Verdict; reason: Reason } {
  if (a.quoteWords === 0) return { verdict: 'unsourced', reason: { kind: 'no-words' } };
  const agreement = a.agreeing / a.quoteWords;
  if (agreement < MIN_AGREEMENT) return { verdict: 'unsourced', reason: { kind: 'not-found', sharedPercent: Math.round(agreement * 100) } };
  if (a.attributedSpeaker && a.sourceSpeaker && !namesMatch(a.attributedSpeaker, a.sourceSpeaker)) {
    return { verdict: 'misattributed', reason: { kind: 'misattributed', sourceSpeaker: a.sourceSpeaker, pageSpeaker: a.attributedSpeaker } };
  }
  const farJoin = a.unmarkedJoins.find((d) => d === null || d > SPLICE_SENTENCES);
  if (farJoin !== undefined) return { verdict: 'spliced', reason: { kind: 'spliced', sentencesApart: farJoin } };
  if (a.reordered) return { verdict: 'spliced', reason: { kind: 'reordered' } };
  const real = a.changes.filter((c) => c.kind !== 'spelling');
  if (real.length > 0 || a.unmarkedJoins.length > 0) {
    const changedWords = real.reduce((n, c) => n + wordsIn(c), 0);
    return { verdict: 'altered', reason: { kind: 'altered', changedWords, changes: real.slice(0, 3), more: real.length > 3, unmarkedCut: a.unmarkedJoins.length > 0 } };
  }
  if (a.ellipsisCuts > 0 || a.bracketReplacements.length > 0) {
    return { verdict: 'edited', reason: { kind: 'edited', ellipsisCuts: a.ellipsisCuts, brackets: a.bracketReplacements.slice(0, 2) } };
  }
  const spelling = a.changes.filter((c) => c.kind === 'spelling');
  if (spelling.length > 0) return { verdict: 'variant', reason: { kind: 'variant', changes: spelling.slice(0, 3) } };
  return { verdict: 'exact', reason: { kind: 'exact' } };
}
