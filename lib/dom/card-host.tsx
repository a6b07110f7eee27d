// The quote card lives in a closed-off shadow root on <html>, positioned `fixed`, so page
// styles cannot reach it, its styles cannot leak out, and opening it never shifts the layout.
import { render } from 'preact';
import { QuoteCard } from '../../components/QuoteCard';
import themeCss from '../../components/theme.css?inline';
import type { CheckedQuote, Verdict } from '../types';
import { setVerdictColors } from '../verdicts';
import { CARD_HOST_TAG, SHOWN_DISPLAY } from './content-style';


export interface CardHost {
  open(quote: CheckedQuote, anchor: DOMRect, options?: { focus?: boolean }): void;
  close(): void;
  readonly openId: string | null;
  contains(node: Node): boolean;
  /** The reader's new verdict colours, applied to the card as it is (open or not). */
  setColors(colors: Partial<Record<Verdict, string>>): void;
  destroy(): void;
}

const MARGIN = 8;

/** Places a box of the given size next to `anchor`, below it when it fits, always inside the viewport. */
export function placeCard(anchor: DOMRect, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const below = anchor.bottom + MARGIN;
  const above = anchor.top - MARGIN - size.height;
  const top = below + size.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - size.width - MARGIN));
  return { top: Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN)), left };
}

/** `colors`: the user's verdict colours, which the card's badges follow. */
export function createCardHost(doc: Document, colors: Partial<Record<Verdict, string>> = {}, onClose?: () => void): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.style.all = 'initial';
  host.style.display = SHOWN_DISPLAY;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = themeCss;
  const mount = doc.createElement('div');
  // The host's inline `all: initial` outranks :host rules, so the theme is applied inside.
  mount.className = 'vb-root';
  setVerdictColors(mount, colors);
  shadow.append(style, mount);
  let openId: string | null = null;
  /** Where the reader's focus was when the card took it, given back when the card closes. */
  let returnFocus: HTMLElement | null = null;

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && openId) {
      close();
      onClose?.();
    }
  };

  function close() {
    const hadFocus = doc.activeElement === host;
    openId = null;
    render(null, mount);
    host.remove();
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  return {
    get openId() {
      return openId;
    },
    setColors(colors) {
      setVerdictColors(mount, colors);
    },
    open(quote, anchor, options = {}) {
      openId = quote.id;
      if (!host.isConnected) doc.documentElement.append(host);
      render(
        <QuoteCard
          quote={quote}
          onClose={() => {
            close();
            onClose?.();
          }}
        />,
        mount,
      );
      const card = shadow.querySelector<HTMLElement>('.vb-card');
      if (!card) return;
      const view = doc.defaultView;
      const { top, left } = placeCard(anchor, { width: card.offsetWidth || 420, height: card.offsetHeight || 200 }, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
      card.style.top = `${top}px`;
      card.style.left = `${left}px`;
      doc.addEventListener('keydown', onKey, true);
      if (options.focus) {
        if (doc.activeElement !== host) returnFocus = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
        card.focus();
      }
    },
    close,
    contains(node) {
      return node === host || host.contains(node);
    },
    destroy() {
      close();
      doc.removeEventListener('keydown', onKey, true);
    },
  };
}
