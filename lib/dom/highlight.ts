// Paints quotes with the CSS Custom Highlight API: no node of the page is touched, so
// frameworks that own the DOM (React, Vue) keep working and removal is complete.
import type { Verdict } from '../types';

export type Paint = Verdict | 'pending' | 'scare';

export const PAINTS: readonly Paint[] = [
  'pending',
  'scare',
  'exact',
  'variant',
  'edited',
  'altered',
  'spliced',
  'misattributed',
  'unsourced',
];

export const highlightName = (paint: Paint) => `verbatim-${paint}`;

export interface HighlightItem {
  id: string;
  range: Range;
  paint: Paint;
}

export interface Highlighter {
  /** Replaces everything painted with `items`. */
  paint(items: HighlightItem[]): void;
  /** Briefly emphasises one quote (after "Show on page"). */
  flash(id: string): void;
  /** The quote under a viewport point, or null. */
  quoteAt(x: number, y: number): string | null;
  rangeOf(id: string): Range | null;
  /** Removes every highlight this highlighter made. */
  clear(): void;
  readonly supported: boolean;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

function registry(win: Window): { highlights: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  return { highlights: css.highlights, Highlight };
}

function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView;
  const api = win ? registry(win) : null;
  let items: HighlightItem[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const clearRegistry = () => {
    if (!api) return;
    for (const paint of PAINTS) api.highlights.delete(highlightName(paint));
    api.highlights.delete('verbatim-flash');
  };

  return {
    supported: api !== null,
    paint(next) {
      items = next;
      if (!api) return;
      for (const paint of PAINTS) {
        const ranges = items.filter((item) => item.paint === paint).map((item) => item.range);
        if (ranges.length) api.highlights.set(highlightName(paint), new api.Highlight(...ranges));
        else api.highlights.delete(highlightName(paint));
      }
    },
    flash(id) {
      const item = items.find((candidate) => candidate.id === id);
      if (!api || !item) return;
      api.highlights.set('verbatim-flash', new api.Highlight(item.range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => api.highlights.delete('verbatim-flash'), 1600);
    },
    quoteAt(x, y) {
      for (const item of items) if (pointInRange(item.range, x, y)) return item.id;
      return null;
    },
    rangeOf(id) {
      return items.find((item) => item.id === id)?.range ?? null;
    },
    clear() {
      clearTimeout(flashTimer);
      items = [];
      clearRegistry();
    },
  };
}
