// Lower-casing of words the name rules test again and again ("Roosevelt", "said", "de").

/**
 * word.toLowerCase(), without the call for lower-case ASCII words (most words of a page), which are
 * their own lower case: a page's text holds curly quotes, so every word cut from it is a two-byte
 * string, whose toLowerCase() takes V8's slow path. (A Map of words seen before was slower still:
 * its lookups cost more than the call, on a long page and over many.)
 */
export function lowerCase(word: string): string {
  return isLowerAscii(word) ? word : word.toLowerCase();
}

/** Whether every character is ASCII and none a capital. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}
