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

/** In the options page: clicks the "highlight" box of a verdict (by its English label); returns whether it is now ticked. */
export function clickVerdictOption(verdict: string): boolean {
  const item = [...document.querySelectorAll('.vb-verdict-options li')].find((li) => li.querySelector('label')?.textContent?.toLowerCase().includes(verdict));
  const box = item?.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (!box) throw new Error(`no option for ${verdict}`);
  box.click();
  return box.checked;
}

/** In the options page: picks a colour for a verdict, as the colour picker does when it closes. */
export function setVerdictColour({ verdict, colour }: { verdict: string; colour: string }): void {
  const item = [...document.querySelectorAll('.vb-verdict-options li')].find((li) => li.querySelector('label')?.textContent?.toLowerCase().includes(verdict));
  const input = item?.querySelector<HTMLInputElement>('input[type=color]');
  if (!input) throw new Error(`no colour for ${verdict}`);
  input.value = colour;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** In the options page: "every site except" (0) or "only the sites listed" (1). */
export function chooseSiteMode(which: number): void {
  document.querySelectorAll<HTMLInputElement>('input[name=mode]')[which]!.click();
}

/** In the page: the text of Verbatim's highlight style, or null when there is none. */
export function highlightStyleText(): string | null {
  return document.getElementById('verbatim-highlight-style')?.textContent ?? null;
}

/** In the popup: opens the search tab, types `query` (the title search runs as one types) and asks for it as a phrase. */
export async function searchInPopup(query: string): Promise<void> {
  // (Called right after the popup's page loads: its tabs may not be drawn yet.)
  let tab: HTMLButtonElement | undefined;
  for (let frames = 0; frames < 300 && !(tab = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')].at(-1)); frames++) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (!tab) throw new Error('no tabs in the popup');
  tab.click();
  // (The tab's panel renders on a later frame.)
  let input: HTMLInputElement | null = null;
  for (let frames = 0; frames < 60 && !(input = document.querySelector<HTMLInputElement>('#vb-search-input')); frames++) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (!input) throw new Error('no search box');
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // (The form sends what it has rendered: the typed words, once drawn.)
  await new Promise((resolve) => setTimeout(resolve, 50));
  input.form!.requestSubmit();
}

/** In the popup: what the search shows, titles (fuzzy, over titles and speakers) and phrase hits (source text). */
export function popupSearchResults(): { titles: string[]; hits: string[] } {
  return {
    titles: [...document.querySelectorAll('.vb-sources li')].map((node) => node.textContent ?? ''),
    hits: [...document.querySelectorAll('.vb-hits li')].map((node) => node.textContent ?? ''),
  };
}

/** In the page: the viewport box of the first characters of `text`, scrolled to the top first (for a screenshot of one quote). */
export function boxOfText(text: string): { x: number; y: number; width: number; height: number } | null {
  window.scrollTo(0, 0);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
  }
  return null;
}
