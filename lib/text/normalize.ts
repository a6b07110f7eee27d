// Shared text normalisation and word tokenisation. Pure functions, no Node APIs.

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Normalises text for comparison: NFKC, curly quotes/apostrophes → ' ", dashes → -,
 * soft hyphens and zero-width characters dropped, NBSP → space, line-end word-break
 * hyphens joined, markdown emphasis and blockquote markers stripped, whitespace
 * collapsed, case folded.
 */
export function normalizeText(s: string): string {
  let t = s.normalize('NFKC').replace(INVISIBLE, '');
  t = t.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  // "inter-\nnational" is one word broken by a hard line-wrap.
  t = t.replace(/(\p{L})-[ \t]*\r?\n[ \t>]*(?=\p{Ll})/gu, '$1');
  t = t.replace(/^[ \t]*>[ \t]?/gm, '');
  t = t.replace(/(\*\*|__)(.+?)\1/gs, '$2');
  t = t.replace(/(^|[^\p{L}\p{N}*_])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}*_])/gu, '$1$2');
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface Token {
  norm: string;
  /** Offsets in the original string (end exclusive). */
  start: number;
  end: number;
}

const WORD_CHARS = '\\p{L}\\p{N}\\p{M}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
// Grouped numbers ("1,000", "3.5") first so they stay one token; "%" is a word ("per cent").
const TOKEN_SOURCE = `\\p{N}{1,3}(?:,\\p{N}{3})+(?:\\.\\p{N}+)?(?![\\p{L}\\p{N}])|\\p{N}+\\.\\p{N}+(?![\\p{L}\\p{N}])|[${WORD_CHARS}]+(?:['\\u2018\\u2019\\u02BC][${WORD_CHARS}]+)*|%`;
// Shared, so scanWords must not be re-entered from its own visitor.
const TOKEN_RE = new RegExp(TOKEN_SOURCE, 'gu');
const LINE_BREAK_HYPHEN = /-[ \t]*\r?\n[ \t>]*(?=\p{Ll})/uy;

/** Normalised form of one token's surface text. */
export function normalizeWord(raw: string): string {
  if (/^[a-z0-9]+$/.test(raw)) return raw;
  if (raw === '%') return 'percent';
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]+$/.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").toLowerCase();
}

/**
 * Calls `visit(start, end, raw)` for each word of `text` from character `from` on,
 * until `visit` returns false. Words broken by a line-end hyphen come as one word
 * whose `raw` has the hyphen and break removed.
 */
export function scanWords(
  text: string,
  from: number,
  visit: (start: number, end: number, raw: string) => boolean | void,
): void {
  const re = TOKEN_RE;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    let raw = m[0];
    LINE_BREAK_HYPHEN.lastIndex = end;
    while (raw !== '%' && LINE_BREAK_HYPHEN.test(text)) {
      re.lastIndex = LINE_BREAK_HYPHEN.lastIndex;
      const next = re.exec(text);
      if (!next || next.index !== LINE_BREAK_HYPHEN.lastIndex) {
        re.lastIndex = end;
        break;
      }
      raw += next[0];
      end = next.index + next[0].length;
      LINE_BREAK_HYPHEN.lastIndex = end;
    }
    re.lastIndex = end;
    if (visit(start, end, raw) === false) return;
  }
}

/** Words (letters/digits, internal apostrophes kept: "don't"), normalised, with original offsets. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  scanWords(s, 0, (start, end, raw) => {
    out.push({ norm: normalizeWord(raw), start, end });
  });
  return out;
}

/**
 * Lower case with every character at its own offset, so a match in the result is a match in `s`.
 * (A few characters lower-case to two, "İ" to "i̇": those keep their case.)
 * Big case-insensitive patterns are matched against this instead of carrying the /i flag, which
 * with /u makes V8 spend hundreds of milliseconds compiling a long word list.
 */
export function lowerCaseInPlace(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
