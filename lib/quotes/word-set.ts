// Sets of lower-case words asked about words as the page writes them ("The", "de", "Minister").

import { lowerCase } from './lower-case';

/** Shape table size: lengths up to 15 (longer ones share 15), and two case-folded characters of five bits. */
const SHAPES = 16 << 10;

/**
 * A set of lower-case words, asked whether lowerCase(word) is one of them. Most words a page asks
 * about are in none of the name rules' lists: an ASCII word is ruled out by its shape (length, first
 * and last characters) before it is lower-cased or hashed, and a capitalised one ("The") is looked up
 * as written, since lower-casing a word cut from a page's text (a two-byte string) is slow.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** The ASCII words with their first letter a capital ("The" for "the"). */
  private readonly capitalised = new Set<string>();
  /** One bit per shape of the ASCII words. */
  private readonly shapes = new Uint32Array(SHAPES >> 5);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (w.length === 0 || !isAscii(w)) continue;
      const shape = shapeOf(w);
      this.shapes[shape >> 5] |= 1 << (shape & 31);
      const first = w.charCodeAt(0);
      if (first >= 97 && first <= 122) this.capitalised.add(String.fromCharCode(first - 32) + w.slice(1));
    }
  }

  /** Whether the word, exactly as given, is in the set. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** this.has(lowerCase(word)), mostly without lower-casing. */
  hasLowerCase(word: string): boolean {
    const n = word.length;
    if (n === 0) return this.words.has(word);
    // Capitals: the first character's, and any other's.
    let capitalFirst = false;
    let capitalLater = false;
    for (let i = 0; i < n; i++) {
      const code = word.charCodeAt(i);
      if (code >= 128) return this.words.has(lowerCase(word));
      if (code >= 65 && code <= 90) {
        if (i === 0) capitalFirst = true;
        else capitalLater = true;
      }
    }
    // (Lower-casing ASCII keeps the length, and & 31 folds a capital as its small letter.)
    const shape = shapeOf(word);
    if ((this.shapes[shape >> 5] & (1 << (shape & 31))) === 0) return false;
    if (capitalLater) return this.words.has(word.toLowerCase());
    return capitalFirst ? this.capitalised.has(word) : this.words.has(word);
  }
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** The length (15 for longer words) and the first and last characters, case folded (& 31). */
function shapeOf(word: string): number {
  const n = word.length;
  return (Math.min(n, 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}
