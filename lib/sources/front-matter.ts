import { SourceError } from './errors';

/** Metadata keys a source may set (front matter, JSON); anything else is ignored so files from other tools still load. */
export const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'speaker',
  'date',
  'event',
  'url',
  'language',
  'post',
  'country',
  'licence',
] as const;

export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatter = Partial<Record<FrontMatterKey, string | null>>;

const FENCE = /^---\s*$/;

/**
 * Split `---` front matter off the top of a text file.
 * Only flat `key: value` lines are allowed (values may be quoted); a real YAML parser would accept
 * far more than the index understands and hide typos.
 */
export function splitFrontMatter(file: string, text: string): { meta: FrontMatter; body: string } {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { meta: {}, body: text };

  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) throw new SourceError(file, 'front matter opened by "---" on line 1 is never closed');

  const meta: FrontMatter = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!/^[a-z][a-z0-9_-]*$/.test(key)) {
      throw new SourceError(file, `front matter line ${i + 1}: expected "key: value", got "${clip(line)}"`);
    }
    if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      meta[key as FrontMatterKey] = unquote(line.slice(colon + 1).trim());
    }
  }
  return { meta, body: lines.slice(close + 1).join('\n') };
}

function unquote(value: string): string | null {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  const inner = quoted ? quoted[2] : value;
  return inner === '' ? null : inner;
}

function clip(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
