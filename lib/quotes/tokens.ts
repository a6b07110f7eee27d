// Word tokens of the flat text with offsets, and sentence bounds, shared by attribution and kinds.

export interface Token {
  start: number;
  end: number;
  readonly word: string;
}

/** How many recently read tokens Tokens.get keeps (a power of two). */
const RECENT_TOKENS = 256;

/** A token whose word is cut from the text only when read: most words of a page never are. */
class LazyToken implements Token {
  private cached: string | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get word(): string {
    return (this.cached ??= this.source.slice(this.start, this.end));
  }
}

/**
 * The words of a text as offsets in typed arrays: a long page has hundreds of thousands of words,
 * and one object each kept alive through detection is what the garbage collector spends its time on.
 * Token objects are made only for the few words a caller looks at closely.
 */
export class Tokens {
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly length: number,
  ) {}

  /**
   * The last token handed out for each index modulo RECENT_TOKENS: the rules ask for the same few
   * words again and again (tokens.get(i).word several times per test), and a new object each time,
   * with its word cut out again, was much of what the garbage collector had to sweep. Tokens are
   * never changed by their users, so sharing one is safe.
   */
  private readonly recent: (LazyToken | undefined)[] = new Array<LazyToken | undefined>(RECENT_TOKENS).fill(undefined);

  /** The i-th token (undefined past either end, like an array). */
  get(i: number): Token {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Token;
    const slot = i & (RECENT_TOKENS - 1);
    const hit = this.recent[slot];
    // (Starts only grow with the index: the same start is the same token.)
    if (hit !== undefined && hit.start === this.starts[i]) return hit;
    const token = new LazyToken(this.text, this.starts[i], this.ends[i]);
    this.recent[slot] = token;
    return token;
  }

  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  slice(from: number, to = this.length): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.get(i));
    return out;
  }

  /** Index of the first token starting at or after `pos`. */
  firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Words whose full stop is part of them: titles, initials ("D."), dotted acronyms ("U.S.").
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Sgt|Mt|Ft|No|Inc|Ltd|Co|Corp|Mme|Mlle|Sra|Sr|Hr|Fr|\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letter or digit; ASCII is decided by char code, since this runs for every character of the page. */
export function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}

function isJoiner(code: number): boolean {
  // ' ’ . - join the parts of O’Brien, U.S, Jean-Yves
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/** Words of text[start, end) (names keep their apostrophes and hyphens: O’Brien, Jean-Yves). */
export function tokenize(text: string, start = 0, end = text.length): Tokens {
  // About one word in six characters; the arrays double when a text has more.
  let starts = new Int32Array(Math.ceil((end - start) / 6) + 16);
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const wordStart = i;
    i++;
    for (;;) {
      while (i < end && isWordChar(text.charCodeAt(i), text, i)) i++;
      // A joiner continues the word only when a letter or digit follows it.
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    let wordEnd = i;
    // A trailing full stop belongs to the word only for abbreviations: Mr., Dr., Gen., U.S.
    if (i < end && text.charCodeAt(i) === 46 && ABBREVIATION.test(text.slice(wordStart, i + 1))) wordEnd = i + 1;
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = wordStart;
    ends[count] = wordEnd;
    count++;
    i = Math.max(i, wordEnd);
  }
  return new Tokens(text, starts, ends, count);
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function isCapitalised(word: string): boolean {
  return isUpperChar(word.charCodeAt(0), word.charAt(0));
}

/** Whether the word starting at text[at] is capitalised, without cutting the word out. */
export function isCapitalisedAt(text: string, at: number): boolean {
  return isUpperChar(text.charCodeAt(at), text.charAt(at));
}

function isUpperChar(code: number, c: string): boolean {
  // Char test instead of a Unicode regex: this runs for every word of the page.
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

// The four characters before a full stop that does not end a sentence: "Mr.", "Gen.", "D.", "U.S.".
const ABBREVIATION_BEFORE_STOP = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Capt|Prof|Sgt|Jr|Sr|No|vs|[A-Z])$|(?:^|\s)(?:[A-Z]\.)+[A-Z]$/;

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
      if (ABBREVIATION_BEFORE_STOP.test(before)) continue;
      return i + 1;
    }
    // "… what some call the “gold rush.” A spokesperson …": a quote that closes its sentence inside
    // the mark, then a capital.
    if ((ch === '”' || ch === '"' || ch === '»') && /[.!?]/.test(text[i - 1] ?? '') && /^\s\p{Lu}/u.test(text.slice(i + 1, i + 3))) return i + 1;
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
      if (ABBREVIATION_BEFORE_STOP.test(before)) continue;
      return i + 1;
    }
  }
  return max;
}
