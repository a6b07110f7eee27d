import { paragraphsText } from '../../lib/dom/page-text';
import { detectQuotes } from '../../lib/quotes/index';
import type { Quote } from '../../lib/types';

/** Runs text-level detection over paragraphs joined the way the text model joins blocks. */
export function detect(...paragraphs: (string | { text: string; tag: string })[]): Quote[] {
  const { text, blocks } = paragraphsText(paragraphs);
  return detectQuotes(text, blocks);
}

/** Each quote's speaker's name (null for nobody), for paragraphs as `detect` takes them. */
export const speakers = (...paragraphs: Parameters<typeof detect>): (string | null)[] => detect(...paragraphs).map((q) => q.speaker?.name ?? null);

/** A paragraph of plain English prose, so that a short passage after it reads as English. */
export const ENGLISH_PROSE = 'The committee met on Monday to discuss the budget and the plan for the new school, and it was a long and heated session that went on into the night.';
