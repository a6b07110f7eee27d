// Verbatim's own elements on the page, and the content script's stylesheet that shows them.
import { HIGHLIGHT_CSS_HEADER, highlightRulesCss } from '../verdicts';

export const CARD_HOST_TAG = 'verbatim-card';
export const OVERLAY_TAG = 'verbatim-overlay';

const SHOWN_VAR = '--verbatim-shown';

/**
 * The display of the card's and the overlay's hosts: only what the content stylesheet sets. Firefox
 * takes that stylesheet away with a removed add-on without letting its script clean up, so a card
 * left open at that moment disappears with it, as the highlights do.
 */
export const SHOWN_DISPLAY = `var(${SHOWN_VAR}, none)`;

/** entrypoints/content/highlights.css, as scripts/write-highlight-css.ts writes it. */
export function contentStylesheetCss(): string {
  // A rule on our own tags only: it costs the page's style recalculations nothing.
  return `${HIGHLIGHT_CSS_HEADER}${highlightRulesCss()}${CARD_HOST_TAG}, ${OVERLAY_TAG} { ${SHOWN_VAR}: block; }\n`;
}
