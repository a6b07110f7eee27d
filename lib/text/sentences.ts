// Sentence boundaries, good enough for context display and for measuring how far apart
// two passages are ("14 sentences apart").

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'jr', 'sr', 'prof', 'gen', 'gov', 'sen', 'rep', 'hon',
  'rev', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'jan', 'feb', 'mar', 'apr', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'art', 'para', 'vol', 'fig', 'col', 'lt', 'capt', 'sgt',
]);

// A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a blank line.
const BOUNDARY = /([.!?]+)["'\u201D\u2019)\]*]*(?=\s)|\n[ \t]*\n/g;

/** Character offsets where sentences start (first is the first non-space character). */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  const first = text.search(/\S/);
  if (first < 0) return starts;
  starts.push(first);
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    if (m[1] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before ? before[1].toLowerCase() : '';
      // "Mr." and single initials ("John F. Kennedy") do not end sentences.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    const next = text.slice(BOUNDARY.lastIndex).search(/\S/);
    if (next < 0) break;
    const start = BOUNDARY.lastIndex + next;
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  return starts;
}

/** Index of the sentence containing `offset`, given sorted `starts`. */
export function sentenceAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
