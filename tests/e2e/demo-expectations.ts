// What the demo article must show, shared by the Chromium and Firefox tests. The in-page
// functions are passed to page.evaluate, so they use no helpers from this module.
import { readFileSync } from 'node:fs';

export interface ExpectedQuote {
  text: string;
  kind: string;
  verdict: string | null;
}

export const DEMO = JSON.parse(readFileSync('tests/fixtures/pages/demo/expected.json', 'utf8')) as { quotes: ExpectedQuote[] };

/** Highlight name (`verbatim-<verdict>`) → how many quotes the demo must paint with it. */
export function wantedHighlightCounts(): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const quote of DEMO.quotes) if (quote.verdict) wanted.set(`verbatim-${quote.verdict}`, (wanted.get(`verbatim-${quote.verdict}`) ?? 0) + 1);
  return wanted;
}

/** In the page: highlight name → number of ranges in the page's CSS.highlights registry. */
export function readHighlightCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
    counts[name] = highlight.size;
  });
  return counts;
}

/** In the page: true once any verdict (not just "pending") is painted. */
export function hasVerdictHighlights(): boolean {
  return [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()].some((name) => name.startsWith('verbatim-') && name !== 'verbatim-pending');
}

/** In the page: scrolls the text starting with `text` into view and returns the centre of its first line. */
export function centreOfText(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const probe = text.slice(0, 24);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(probe) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + probe.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }
  return null;
}
