// Word-level alignment of a quote piece against a window of source words:
// global on the quote (every word accounted for), local on the source (free ends).

export interface Alignment {
  /** Source word span [start, end) within the window. */
  start: number;
  end: number;
  /** Quote words aligned to an equal source word. */
  matched: number;
  /** Per quote word: 1 when aligned to an equal source word. */
  matchedAt: Uint8Array;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
const DIAG = 1;
const UP = 2; // quote word left unaligned (on the page only)
const LEFT = 3; // source word skipped (in the source only)

export function alignWords(quote: readonly string[], source: readonly string[]): Alignment {
  const n = quote.length;
  const m = source.length;
  const width = m + 1;
  const moves = new Uint8Array((n + 1) * width);
  let prev = new Int32Array(width); // row 0: the quote may start anywhere in the source
  let cur = new Int32Array(width);
  for (let i = 1; i <= n; i++) {
    const q = quote[i - 1];
    cur[0] = -i;
    moves[i * width] = UP;
    for (let j = 1; j <= m; j++) {
      let best = prev[j - 1] + (q === source[j - 1] ? MATCH : MISMATCH);
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
      cur[j] = best;
      moves[i * width + j] = move;
    }
    [prev, cur] = [cur, prev];
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
    } else if (move === UP) {
      i--;
    } else {
      j--;
    }
  }
  if (matched === 0) return { start: endJ, end: endJ, matched, matchedAt };
  // Trim source words skipped at the span's edges (unaligned quote words stay as insertions).
  return { start: startJ, end: endJ, matched, matchedAt };
}
