// Paints quotes with the CSS Custom Highlight API: no node of the page is touched, so
// frameworks that own the DOM (React, Vue) keep working and removal is complete.
import { VERDICTS, type Verdict } from '../types';

export type Paint = Verdict | 'pending' | 'scare';

export const PAINTS: readonly Paint[] = ['pending', 'scare', ...VERDICTS];

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

/**
 * Without the Highlight API (older browsers), quotes get translucent boxes drawn over their
 * text from an absolutely positioned layer on <html>: the page's own nodes are still never
 * split or wrapped, so pages whose framework owns the DOM keep working.
 */
function createOverlay(doc: Document, colors: Partial<Record<Paint, string>>) {
  const host = doc.createElement('verbatim-overlay');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
  const layer = host.attachShadow({ mode: 'open' });
  let current: HighlightItem[] = [];
  let frame = 0;
  const win = doc.defaultView;

  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    const scrollX = win?.scrollX ?? 0;
    const scrollY = win?.scrollY ?? 0;
    for (const item of current) {
      const color = colors[item.paint] ?? '#8C8C8C';
      for (const rect of Array.from(item.range.getClientRects())) {
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:${color}33;border-bottom:2px solid ${color};`;
        layer.append(box);
      }
    }
  };
  const schedule = () => {
    if (!frame && win) frame = win.requestAnimationFrame(draw);
  };
  win?.addEventListener('resize', schedule);
  return {
    show(items: HighlightItem[]) {
      current = items;
      if (!host.isConnected) doc.documentElement.append(host);
      schedule();
    },
    clear() {
      current = [];
      if (frame && win) win.cancelAnimationFrame(frame);
      frame = 0;
      win?.removeEventListener('resize', schedule);
      host.remove();
    },
  };
}

export function createHighlighter(doc: Document, fallbackColors: Partial<Record<Paint, string>> = {}): Highlighter {
  const win = doc.defaultView;
  const api = win ? registry(win) : null;
  const overlay = api ? null : createOverlay(doc, fallbackColors);
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
      if (!api) {
        overlay?.show(items.filter((item) => item.paint !== 'pending'));
        return;
      }
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
      overlay?.clear();
    },
  };
}
