// Lower-cased words, remembered: the name rules lower-case the same few hundred words of a page
// again and again, and a page's text holds curly quotes, so every word cut from it is a two-byte
// string, whose toLowerCase() takes V8's slow path (several times a Map lookup).

const lowered = new Map<string, string>();
/** How many words are remembered before starting over: the cache depends only on the word, so pages may share it. */
const LIMIT = 50_000;
/** Longer words are cut from the page as slices that would keep its whole text alive: those are not remembered. */
const LONGEST = 12;

/** word.toLowerCase(), from the cache when the word was seen before. */
export function lowerCase(word: string): string {
  if (word.length > LONGEST) return word.toLowerCase();
  let lower = lowered.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase();
    if (lowered.size >= LIMIT) lowered.clear();
    lowered.set(word, lower);
  }
  return lower;
}
