// Word tokens of the flat text with offsets, and sentence bounds, shared by attribution and kinds.

export interface Token {
  start: number;
  end: number;
  word: string;
}

// Words whose full stop is part of them: titles, initials ("D."), dotted acronyms ("U.S.").
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Sgt|Mt|Ft|No|Inc|Ltd|Co|Corp|Mme|Mlle|Sra|Sr|Hr|Fr|\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;
const WORD_RE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

/** Words of text[start, end) (names keep their apostrophes and hyphens: O’Brien, Jean-Yves). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  for (;;) {
    const m = WORD_RE.exec(slice);
    if (!m) break;
    let word = m[0];
    // A trailing full stop belongs to the word only for abbreviations: Mr., Dr., Gen., U.S.
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    tokens.push({ start: start + m.index, end: start + m.index + word.length, word });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  // Char test instead of a Unicode regex: this runs for every word of the page.
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Start of the sentence containing `pos`, not before `min`: just after the last ". ", "! ", "? "
 * (not after abbreviations like "Mr.") or a line break.
 */
export function sentenceStart(text: string, pos: number, min: number): number {
  // Bounded look-back keeps work linear on giant unpunctuated paragraphs.
  min = Math.max(min, pos - 400);
  for (let i = pos - 1; i > min; i--) {
    const ch = text[i];
    if (ch === '\n') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '')) {
      const before = text.slice(Math.max(min, i - 4), i);
      if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Capt|Prof|Sgt|Jr|Sr|No|vs|[A-Z])$/.test(before)) continue;
      return i + 1;
    }
  }
  return min;
}

/** End (exclusive) of the sentence containing `pos`, not after `max`. */
export function sentenceEnd(text: string, pos: number, max: number): number {
  max = Math.min(max, pos + 400);
  for (let i = pos; i < max; i++) {
    const ch = text[i];
    if (ch === '\n') return i;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= max || /\s/.test(text[i + 1]))) {
      const before = text.slice(Math.max(0, i - 4), i);
      if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Capt|Prof|Sgt|Jr|Sr|No|vs|[A-Z])$/.test(before)) continue;
      return i + 1;
    }
  }
  return max;
}
