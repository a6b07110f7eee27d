// Word-level alignment of a quote piece against a window of source words:
// global on the quote (every word accounted for), local on the source (free ends).
// Besides one-to-one steps it joins two words into one ("short cut" / "shortcut",
// "2021-2022" / "20212022"), so hyphenation variants stay aligned.

export interface Alignment {
  /** Source word span [start, end) within the window. */
  start: number;
  end: number;
  /** Quote words aligned to an equal source word (or to an equal joined pair). */
  matched: number;
  /** Per quote word: 1 when aligned to equal source text. */
  matchedAt: Uint8Array;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
const DIAG = 1;
const UP = 2; // quote word left unaligned (on the page only)
const LEFT = 3; // source word skipped (in the source only)
const JOIN_SOURCE = 4; // one quote word = two source words joined
const JOIN_QUOTE = 5; // two quote words joined = one source word

const joins = (whole: string, a: string, b: string) => whole.length === a.length + b.length && whole.startsWith(a) && whole.endsWith(b);

// Scratch buffers reused across calls: alignment runs thousands of times a second.
let movesBuffer = new Uint8Array(1 << 16);
let rowsBuffer = new Int32Array(3 * 1024);

/** Where the quote's words occur unchanged and in a row in the source, or -1. */
function exactRun(quote: readonly string[], source: readonly string[]): number {
  const n = quote.length;
  outer: for (let j = 0; j + n <= source.length; j++) {
    for (let i = 0; i < n; i++) if (source[j + i] !== quote[i]) continue outer;
    return j;
  }
  return -1;
}

export function alignWords(quote: readonly string[], source: readonly string[]): Alignment {
  const n = quote.length;
  const m = source.length;
  // Most quotes are verbatim: an unchanged run is the best alignment there is, found without the table.
  const run = n > 0 ? exactRun(quote, source) : -1;
  if (run >= 0) return { start: run, end: run + n, matched: n, matchedAt: new Uint8Array(n).fill(1) };
  const width = m + 1;
  if (movesBuffer.length < (n + 1) * width) movesBuffer = new Uint8Array((n + 1) * width * 2);
  if (rowsBuffer.length < 3 * width) rowsBuffer = new Int32Array(6 * width);
  const moves = movesBuffer;
  let before = rowsBuffer.subarray(0, width); // row i-2
  let prev = rowsBuffer.subarray(width, 2 * width).fill(0); // row i-1; row 0: the quote may start anywhere in the source
  let cur = rowsBuffer.subarray(2 * width, 3 * width);
  for (let i = 1; i <= n; i++) {
    const q = quote[i - 1];
    cur[0] = -i;
    moves[i * width] = UP;
    for (let j = 1; j <= m; j++) {
      const s = source[j - 1];
      let best = prev[j - 1] + (q === s ? MATCH : MISMATCH);
      let move = DIAG;
      const up = prev[j] + GAP;
      if (up > best) {
        best = up;
        move = UP;
      }
      const left = cur[j - 1] + GAP;
      if (left > best) {
        best = left;
        move = LEFT;
      }
      if (j >= 2 && q !== s && joins(q, source[j - 2], s) && prev[j - 2] + MATCH + 1 > best) {
        best = prev[j - 2] + MATCH + 1;
        move = JOIN_SOURCE;
      }
      if (i >= 2 && q !== s && joins(s, quote[i - 2], q) && before[j - 1] + MATCH + 1 > best) {
        best = before[j - 1] + MATCH + 1;
        move = JOIN_QUOTE;
      }
      cur[j] = best;
      moves[i * width + j] = move;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  let endJ = 0;
  for (let j = 1; j <= m; j++) if (prev[j] > prev[endJ]) endJ = j;
  const matchedAt = new Uint8Array(n);
  let matched = 0;
  let i = n;
  let j = endJ;
  let startJ = endJ;
  while (i > 0) {
    const move = j === 0 ? UP : moves[i * width + j];
    if (move === DIAG) {
      if (quote[i - 1] === source[j - 1]) {
        matchedAt[i - 1] = 1;
        matched++;
      }
      i--;
      j--;
      startJ = j;
    } else if (move === JOIN_SOURCE) {
      matchedAt[i - 1] = 1;
      matched++;
      i--;
      j -= 2;
      startJ = j;
    } else if (move === JOIN_QUOTE) {
      matchedAt[i - 1] = 1;
      matchedAt[i - 2] = 1;
      matched += 2;
      i -= 2;
      j--;
      startJ = j;
    } else if (move === UP) {
      i--;
    } else {
      j--;
    }
  }
  return { start: matched === 0 ? endJ : startJ, end: endJ, matched, matchedAt };
}
