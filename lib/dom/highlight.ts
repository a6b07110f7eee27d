// Paints quotes with the CSS Custom Highlight API: no node of the page is touched, so
// frameworks that own the DOM (React, Vue) keep working and removal is complete.
import { VERDICTS, type Verdict } from '../types';
import { OVERLAY_TAG, SHOWN_DISPLAY } from './content-style';

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
  /** Briefly emphasises one quote, painted or not (after "Show on page"). */
  flash(range: Range): void;
  /** The quote under a viewport point, or null. */
  quoteAt(x: number, y: number): string | null;
  /** Removes every highlight this highlighter made. */
  clear(): void;
  /** New colours for the overlay (the Highlight API's are in the page's stylesheet): redrawn at once. */
  restyle(styles: Partial<Record<Paint, PaintStyle>>): void;
  readonly supported: boolean;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  get(name: string): unknown;
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

/** How long "Show on page" flashes a quote. */
const FLASH_MS = 1600;

/** A paint's colour and underline, for the overlay (the Highlight API's come from the page stylesheet). */
export interface PaintStyle {
  color: string;
  line: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
  /** A line over the words too. */
  overline?: boolean;
  /** No tint behind the words. */
  unfilled?: boolean;
}

/** A box's CSS for the overlay: a border cannot be wavy, so a hatched strip stands in for it. */
function overlayCss({ color, line, overline, unfilled }: PaintStyle): string {
  const fill = unfilled ? '' : `background-color:${color}33;`;
  if (line !== 'wavy') return `${fill}border-bottom:3px ${line} ${color};${overline ? `border-top:3px ${line} ${color};` : ''}`;
  const strip = `repeating-linear-gradient(135deg,${color} 0 2px,transparent 2px 5px)`;
  const strips = overline ? `${strip} bottom / 100% 4px no-repeat,${strip} top / 100% 4px no-repeat` : `${strip} bottom / 100% 4px no-repeat`;
  return `${fill}background:${strips}${unfilled ? '' : `,${color}33`};`;
}

/**
 * Without the Highlight API (older browsers), quotes get translucent boxes drawn over their
 * text from an absolutely positioned layer on <html>: the page's own nodes are still never
 * split or wrapped, so pages whose framework owns the DOM keep working. The boxes are drawn
 * again whenever the page may have moved under them: a scroll anywhere (inner panes too), a
 * resize, or the page's size changing.
 */
function createOverlay(doc: Document, styles: Partial<Record<Paint, PaintStyle>>) {
  const host = doc.createElement(OVERLAY_TAG);
  host.style.cssText = `position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;display:${SHOWN_DISPLAY};`;
  const layer = host.attachShadow({ mode: 'open' });
  let current: HighlightItem[] = [];
  let flashed: Range | null = null;
  let frame = 0;
  const win = doc.defaultView;
  const sizeWatcher = win && 'ResizeObserver' in win ? new win.ResizeObserver(() => schedule()) : null;

  const box = (rect: DOMRect, css: string) => {
    const element = doc.createElement('div');
    element.style.cssText = `position:absolute;left:${rect.left + (win?.scrollX ?? 0)}px;top:${rect.top + (win?.scrollY ?? 0)}px;width:${rect.width}px;height:${rect.height}px;${css}`;
    layer.append(element);
  };
  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    for (const item of current) {
      const css = overlayCss(styles[item.paint] ?? { color: '#8C8C8C', line: 'solid' });
      for (const rect of Array.from(item.range.getClientRects())) box(rect, css);
    }
    if (flashed) for (const rect of Array.from(flashed.getClientRects())) box(rect, 'background:rgba(255,214,0,0.55);');
  };
  const schedule = () => {
    if (!frame && win) frame = win.requestAnimationFrame(draw);
  };
  const listen = () => {
    win?.addEventListener('resize', schedule);
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    if (doc.body) sizeWatcher?.observe(doc.body);
  };
  /** On the page and listening, and drawn at the next frame. */
  const attach = () => {
    if (!host.isConnected) {
      doc.documentElement.append(host);
      listen();
    }
    schedule();
  };
  const unlisten = () => {
    win?.removeEventListener('resize', schedule);
    doc.removeEventListener('scroll', schedule, { capture: true });
    sizeWatcher?.disconnect();
  };
  return {
    show(items: HighlightItem[]) {
      current = items;
      attach();
    },
    flash(range: Range | null) {
      flashed = range;
      attach();
    },
    restyle(next: Partial<Record<Paint, PaintStyle>>) {
      styles = next;
      if (host.isConnected) schedule();
    },
    clear() {
      current = [];
      flashed = null;
      if (frame && win) win.cancelAnimationFrame(frame);
      frame = 0;
      unlisten();
      host.remove();
    },
  };
}

/** Removes highlights and an overlay that a copy of Verbatim that is gone left on the page (lib/ext/content-app.ts). */
export function dropLeftoverHighlights(doc: Document): void {
  const api = doc.defaultView ? registry(doc.defaultView) : null;
  if (api) for (const name of [...PAINTS.map(highlightName), 'verbatim-flash']) api.highlights.delete(name);
  for (const stale of doc.querySelectorAll(OVERLAY_TAG)) stale.remove();
}

export function createHighlighter(doc: Document, fallbackStyles: Partial<Record<Paint, PaintStyle>> = {}): Highlighter {
  const win = doc.defaultView;
  const api = win ? registry(win) : null;
  const overlay = api ? null : createOverlay(doc, fallbackStyles);
  let items: HighlightItem[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  // The page's registry is shared with any other copy of this script (an updated Verbatim
  // replacing this one): only what this copy registered is taken out.
  const own = new Map<string, unknown>();
  const register = (name: string, ranges: Range[]) => {
    const highlight = new api!.Highlight(...ranges);
    api!.highlights.set(name, highlight);
    own.set(name, highlight);
  };
  const unregister = (name: string) => {
    if (api && own.has(name) && api.highlights.get(name) === own.get(name)) api.highlights.delete(name);
    own.delete(name);
  };
  const clearRegistry = () => {
    for (const paint of PAINTS) unregister(highlightName(paint));
    unregister('verbatim-flash');
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
        if (ranges.length) register(highlightName(paint), ranges);
        else unregister(highlightName(paint));
      }
    },
    flash(range) {
      clearTimeout(flashTimer);
      if (!api) {
        overlay?.flash(range);
        flashTimer = setTimeout(() => overlay?.flash(null), FLASH_MS);
        return;
      }
      register('verbatim-flash', [range]);
      flashTimer = setTimeout(() => unregister('verbatim-flash'), FLASH_MS);
    },
    restyle(styles) {
      overlay?.restyle(styles);
    },
    quoteAt(x, y) {
      for (const item of items) if (pointInRange(item.range, x, y)) return item.id;
      return null;
    },
    clear() {
      clearTimeout(flashTimer);
      items = [];
      clearRegistry();
      overlay?.clear();
    },
  };
}
