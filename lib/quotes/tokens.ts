// Word tokens of the flat text with offsets, and sentence bounds, shared by attribution and kinds.

export interface Token {
  start: number;
  end: number;
  readonly word: string;
}

/** Tokens.kinds: the word's first code unit is an ASCII capital, or beyond ASCII (where it may be one). */
export const MAY_BE_CAPITALISED = 1;
/** Tokens.kinds: a joiner (an apostrophe, a hyphen, a full stop) is inside the word: O’Brien, al-Sayegh, U.S. */
export const JOINED = 2;

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
    /** The offsets of the code units tokenize was asked to note (see there), ascending. */
    readonly noted: Int32Array = new Int32Array(0),
    /** Each word's MAY_BE_CAPITALISED and JOINED bits, as tokenize read them. */
    readonly kinds: Uint8Array = new Uint8Array(length).fill(MAY_BE_CAPITALISED | JOINED),
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
    const first = Math.max(0, from);
    // (Made at its size: pushing onto [] reserves room for 17, and most slices are a name's two or three words.)
    const count = Math.min(to, this.length) - first;
    const out = new Array<Token>(count > 0 ? count : 0); // (NaN bounds give none, as the loop it replaced did)
    for (let k = 0; k < out.length; k++) out[k] = this.get(first + k);
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
const ABBREVIATED_WORDS = 'Mr Mrs Ms Dr St Jr Sr Gen Gov Sen Rep Lt Col Capt Prof Sgt Mt Ft No Inc Ltd Co Corp Mme Mlle Sra Sr Hr Fr'.split(' ');
const ABBREVIATION = new RegExp(`^(?:${ABBREVIATED_WORDS.join('|')}|\\p{Lu}|(?:\\p{L}\\.)+\\p{L})\\.$`, 'u');
// The longest ABBREVIATION without inner stops, in code units: one of its words, or a capital (two for an astral one).
const LONGEST_UNDOTTED_ABBREVIATION = Math.max(2, ...ABBREVIATED_WORDS.map((w) => w.length));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether each UTF-16 code unit is a letter or digit: 0 not yet known, 1 yes, 2 no. ASCII is filled
 * in at once, any other unit the first time it is met, since the test runs for every character of
 * the page and a Unicode regex on a one-character string costs far more than a look-up. (It depends
 * on nothing but Unicode, and has a fixed size.)
 */
const WORD_CHAR = new Uint8Array(65536);
for (let code = 0; code < 128; code++) {
  WORD_CHAR[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;
}

/** Letter or digit: the code unit text[i] (code is text.charCodeAt(i)). */
export function isWordChar(code: number, text: string, i: number): boolean {
  const known = WORD_CHAR[code];
  if (known === 1) return true;
  if (known === 2) return false;
  return learnWordChar(code, text, i);
}

/** The regex's answer for a code unit not looked up before, remembered (text[i] only past the text's end). */
function learnWordChar(code: number, text: string, i: number): boolean {
  if (!(code >= 0 && code < 65536)) return LETTER_OR_DIGIT.test(text[i]);
  const yes = LETTER_OR_DIGIT.test(String.fromCharCode(code));
  WORD_CHAR[code] = yes ? 1 : 2;
  return yes;
}

function isJoiner(code: number): boolean {
  // ' ’ . - join the parts of O’Brien, U.S, Jean-Yves
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/**
 * Words of text[start, end) (names keep their apostrophes and hyphens: O’Brien, Jean-Yves). The
 * offsets of the code units `note` flags (by code: 1 to note) are kept too (Tokens.noted): the
 * quote marks, whose own scan of the page read every character again.
 */
export function tokenize(text: string, start = 0, end = text.length, note?: Uint8Array): Tokens {
  // About one word in six characters; the arrays double when a text has more.
  let starts = new Int32Array(Math.ceil((end - start) / 6) + 16);
  let ends = new Int32Array(starts.length);
  // (Read off the characters the loop reads anyway: findNameMentions passes over most words by them.)
  let kinds = new Uint8Array(starts.length);
  let count = 0;
  let noted = new Int32Array(note ? 64 : 0);
  let notedCount = 0;
  const noteAt = (at: number): void => {
    if (notedCount === noted.length) noted = grown(noted);
    noted[notedCount++] = at;
  };
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      // (Only characters between words can be noted: a letter or digit never is, an apostrophe inside a word is, below.)
      if (note !== undefined && note[code] === 1) noteAt(i);
      i++;
      continue;
    }
    const wordStart = i;
    let kind = code >= 128 || (code >= 65 && code <= 90) ? MAY_BE_CAPITALISED : 0;
    i++;
    // The character after the word (-1 at the end), read once for the joiner and full-stop tests.
    let after = -1;
    for (;;) {
      // (isWordChar spelt out: this loop reads every letter of the page, and the call cost a fifth of its time.)
      // (Small letters first, by range: most characters of a page are, and the test is cheaper than the table's.)
      while (i < end && (((after = text.charCodeAt(i)) >= 97 && after <= 122) || WORD_CHAR[after] === 1 || (WORD_CHAR[after] === 0 && learnWordChar(after, text, i)))) i++;
      if (i >= end) {
        after = -1;
        break;
      }
      // A joiner continues the word only when a letter or digit follows it.
      if (isJoiner(after) && i + 1 < end && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        if (note !== undefined && note[after] === 1) noteAt(i);
        kind |= JOINED;
        i += 2;
        continue;
      }
      break;
    }
    let wordEnd = i;
    // A trailing full stop belongs to the word only for abbreviations: Mr., Dr., Gen., U.S.
    if (after === 46 && mayBeAbbreviation(text, wordStart, i) && ABBREVIATION.test(text.slice(wordStart, i + 1))) wordEnd = i + 1;
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      const more = new Uint8Array(starts.length);
      more.set(kinds);
      kinds = more;
    }
    starts[count] = wordStart;
    ends[count] = wordEnd;
    kinds[count] = kind;
    count++;
    // (The character after a word is no letter or digit: skip it, unless it is an abbreviation's stop.)
    if (wordEnd === i && after !== -1) {
      if (note !== undefined && note[after] === 1) noteAt(i);
      i++;
    } else i = wordEnd;
  }
  return new Tokens(text, starts, ends, count, noted.subarray(0, notedCount), kinds);
}

/**
 * Whether text[from, to) could be an ABBREVIATION without its stop: one of its words, a capital
 * (one or two code units), or dotted letters (a stop after the first letter, one or two code units).
 * Most sentences end in a longer word, which then needs no slice and no regex.
 */
function mayBeAbbreviation(text: string, from: number, to: number): boolean {
  return to - from <= LONGEST_UNDOTTED_ABBREVIATION || text.charCodeAt(from + 1) === 46 || text.charCodeAt(from + 2) === 46;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function isCapitalised(word: string): boolean {
  return isUpperChar(word, 0);
}

/** Whether the word starting at text[at] is capitalised, without cutting the word out. */
export function isCapitalisedAt(text: string, at: number): boolean {
  return isUpperChar(text, at);
}

/** Whether the character at s[at] is a capital: ASCII by its code, without cutting the character out (this runs for every word of the page). */
function isUpperChar(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Titles written with a full stop before a name ("Dr.", "Gov.", "Sra."): their stop ends no sentence. */
export const TITLE_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Dra', 'St', 'Sen', 'Rep', 'Gen', 'Gov', 'Lt', 'Col', 'Capt', 'Prof', 'Sgt', 'Sr', 'Sra', 'Srta'];
// The four characters before a full stop that does not end a sentence: "Mr.", "Gen.", "Dra.", "D.", "U.S.".
const ABBREVIATION_BEFORE_STOP = new RegExp(String.raw`(?:^|\s)(?:${[...TITLE_ABBREVIATIONS, 'Jr', 'No', 'vs', '[A-Z]'].join('|')})$|(?:^|\s)(?:[A-Z]\.)+[A-Z]$`);

/** /\s/ of one code unit, by its code (NaN, past the text's end, is none): cheaper than the regex on a one-character string. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether each UTF-16 code unit is a lower-case letter (as isLowerCaseCode tells): 0 not yet known, 1 yes, 2 no. */
const LOWER_CASE_CODE = new Uint8Array(65536);

/**
 * A lower-case letter, by code: no sentence starts on one, so a full stop before it belongs to an
 * abbreviation ("Merzig & Cie. hält", "3 p.m. on Friday", "etc. and").
 */
function isLowerCaseCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  if (code !== code) return false;
  // (Remembered per code, as WORD_CHAR is: an opening quote mark follows most full stops it is asked
  // about, and two strings made to compare cost more than the rest of the sentence search.)
  const known = LOWER_CASE_CODE[code];
  if (known !== 0) return known === 1;
  const yes = String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase();
  LOWER_CASE_CODE[code] = yes ? 1 : 2;
  return yes;
}

/** How far sentenceStart and sentenceEnd look from their offset (bounded look-back and look-ahead keep work linear on giant unpunctuated paragraphs). */
export const SENTENCE_REACH = 400;

// (Made once: a literal is a new object at each evaluation.)
const STOP = /[.!?]/;
const SPACE_THEN_CAPITAL = /^\s\p{Lu}/u;

/**
 * Start of the sentence containing `pos`, not before `min`: just after the last ". ", "! ", "? "
 * (not after abbreviations like "Mr.") or a line break. (By char code: the rules ask this many
 * times per quote, and each step cut out a one-character string before.)
 */
/** ” " » and the marks that close German („…“, »…«, ‚…‘, ›…‹) and British (‘…’) quotes. */
function isClosingMarkCode(code: number): boolean {
  return code === 0x201d || code === 34 || code === 0xbb || code === 0x201c || code === 0xab || code === 0x2019 || code === 0x2018 || code === 0x203a || code === 0x2039;
}

export function sentenceStart(text: string, pos: number, min: number): number {
  min = Math.max(min, pos - SENTENCE_REACH);
  for (let i = pos - 1; i > min; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if ((code === 46 || code === 33 || code === 63) && isSpaceCode(text.charCodeAt(i + 1))) {
      const before = text.slice(Math.max(min, i - 4), i);
      if (ABBREVIATION_BEFORE_STOP.test(before) || (code === 46 && isLowerCaseCode(text.charCodeAt(i + 2)))) continue;
      return i + 1;
    }
    // "… what some call the “gold rush.” A spokesperson …": a quote that closes its sentence inside
    // the mark, then a capital. (German closes „…“ and »…« on the marks English and French open
    // with, and British English on ’: after a stop and before a space, each is a closing mark.)
    // (Not ’ after an abbreviation's stop: "the U.S.’ European allies".)
    if (isClosingMarkCode(code) && STOP.test(text[i - 1] ?? '') && SPACE_THEN_CAPITAL.test(text.slice(i + 1, i + 3)) && !((code === 0x2019 || code === 0x2018) && text[i - 1] === '.' && ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(min, i - 6), i - 1)))) return i + 1;
  }
  return min;
}

/**
 * Where the paragraph before the one starting at `blockStart` starts (paragraphs are joined by a
 * blank line): 0 when it is the text's first. (The search for its blank line finds none there, and
 * one past "not found" is offset 1, which left out a name opening the text.)
 */
export function previousParagraphStart(text: string, blockStart: number): number {
  const blankLine = text.lastIndexOf('\n\n', blockStart - 3);
  return blankLine < 0 ? 0 : blankLine + 2;
}

/** End (exclusive) of the sentence containing `pos`, not after `max`. */
export function sentenceEnd(text: string, pos: number, max: number): number {
  max = Math.min(max, pos + SENTENCE_REACH);
  for (let i = pos; i < max; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return i;
    if ((code === 46 || code === 33 || code === 63) && (i + 1 >= max || isSpaceCode(text.charCodeAt(i + 1)))) {
      const before = text.slice(Math.max(0, i - 4), i);
      if (ABBREVIATION_BEFORE_STOP.test(before) || (code === 46 && isLowerCaseCode(text.charCodeAt(i + 2)))) continue;
      return i + 1;
    }
  }
  return max;
}
