import { detectQuotes } from '../../lib/quotes/index';
import type { Quote } from '../../lib/types';

/** Runs text-level detection over paragraphs joined the way the text model joins blocks. */
export function detect(...paragraphs: (string | { text: string; tag: string })[]): Quote[] {
  let text = '';
  const blocks: { start: number; end: number; tag?: string }[] = [];
  for (const p of paragraphs) {
    const para = typeof p === 'string' ? p : p.text;
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + para.length, tag: typeof p === 'string' ? 'p' : p.tag });
    text += para;
  }
  return detectQuotes(text, blocks);
}

/** Each quote's speaker's name (null for nobody), for paragraphs as `detect` takes them. */
export const speakers = (...paragraphs: Parameters<typeof detect>): (string | null)[] => detect(...paragraphs).map((q) => q.speaker?.name ?? null);
