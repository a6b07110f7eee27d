// How each verdict is presented: label, explanation, colour and a line style, so the
// meaning never rests on colour alone. Colours are the Okabe–Ito palette (colour-blind safe).
import { highlightName, type Paint, type PaintStyle } from './dom/highlight';
import { t, type MessageKey } from './i18n';
import type { Verdict } from './types';

// (Misattributed has a line over the words too and unsourced no tint: the same wavy line as
// altered, the same dotted line as variant, would not tell them apart.)
export interface VerdictStyle extends PaintStyle {
  /** Symbol shown beside the label in lists, for readers who cannot tell the colours apart. */
  symbol: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  exact: { color: '#009E73', line: 'solid', symbol: '✓' },
  variant: { color: '#56B4E9', line: 'dotted', symbol: '≈' },
  edited: { color: '#0072B2', line: 'dashed', symbol: '✂' },
  altered: { color: '#E69F00', line: 'wavy', symbol: '!' },
  spliced: { color: '#D55E00', line: 'double', symbol: '⋈' },
  misattributed: { color: '#CC79A7', line: 'wavy', overline: true, symbol: '⇄' },
  unsourced: { color: '#8C8C8C', line: 'dotted', unfilled: true, symbol: '?' },
};

// Words live in messages.json so they can be translated; looked up on each call so they follow the browser's language.
const VERDICT_MESSAGES: Record<Verdict, { label: MessageKey; meaning: MessageKey }> = {
  exact: { label: 'verdictExactLabel', meaning: 'verdictExactMeaning' },
  variant: { label: 'verdictVariantLabel', meaning: 'verdictVariantMeaning' },
  edited: { label: 'verdictEditedLabel', meaning: 'verdictEditedMeaning' },
  altered: { label: 'verdictAlteredLabel', meaning: 'verdictAlteredMeaning' },
  spliced: { label: 'verdictSplicedLabel', meaning: 'verdictSplicedMeaning' },
  misattributed: { label: 'verdictMisattributedLabel', meaning: 'verdictMisattributedMeaning' },
  unsourced: { label: 'verdictUnsourcedLabel', meaning: 'verdictUnsourcedMeaning' },
};

/** The verdict's name for readers ("Altered"). */
export function verdictLabel(verdict: Verdict): string {
  return t(VERDICT_MESSAGES[verdict].label);
}

/** What the verdict means, for the legend and tooltips. */
export function verdictMeaning(verdict: Verdict): string {
  return t(VERDICT_MESSAGES[verdict].meaning);
}

/** Verdicts the toolbar badge counts: the reader should look at these. */
export const NEEDS_ATTENTION: readonly Verdict[] = ['altered', 'spliced', 'misattributed'];

export function needsAttention(verdict: Verdict): boolean {
  return NEEDS_ATTENTION.includes(verdict);
}

/** The verdict's colour in the extension's own pages: the user's choice where one is set on the page (setVerdictColors). */
export function verdictColor(verdict: Verdict): string {
  return `var(--vb-color-${verdict}, ${VERDICT_STYLES[verdict].color})`;
}

/** Makes `verdictColor` follow the user's colours inside `element` (the popup's root, the card's host). */
export function setVerdictColors(element: HTMLElement, colors: Partial<Record<Verdict, string>>): void {
  for (const verdict of Object.keys(VERDICT_STYLES) as Verdict[]) {
    const color = colors[verdict];
    if (color) element.style.setProperty(`--vb-color-${verdict}`, color);
    else element.style.removeProperty(`--vb-color-${verdict}`);
  }
}

/** Each verdict's colour after the user's choices, with its line: what the page's highlights are drawn with. */
export function verdictPaintStyles(settings: { colors: Partial<Record<Verdict, string>> }): Record<Verdict, PaintStyle> {
  const styles = {} as Record<Verdict, PaintStyle>;
  for (const verdict of Object.keys(VERDICT_STYLES) as Verdict[]) {
    const { symbol: _symbol, ...style } = VERDICT_STYLES[verdict];
    styles[verdict] = { ...style, color: settings.colors[verdict] ?? style.color };
  }
  return styles;
}

/** "underline", or "underline overline" for a verdict drawn on both sides of the words. */
export function decorationLine(style: Pick<VerdictStyle, 'overline'>): string {
  return style.overline ? 'underline overline' : 'underline';
}

function hexToRgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

const colorVar = (verdict: Verdict) => `--verbatim-color-${verdict}`;
const fillVar = (verdict: Verdict) => `--verbatim-fill-${verdict}`;
const FILL_ALPHA = 0.22;

export const HIGHLIGHT_CSS_HEADER = '/* Written by scripts/write-highlight-css.ts from lib/verdicts.ts and lib/dom/content-style.ts: edit those, then run the script. */\n';

/** Set on the page's root while Verbatim runs there: the highlight rules apply under it only. */
export const RUNNING_ATTRIBUTE = 'data-verbatim';

/**
 * The highlights' rules, shipped as the content script's stylesheet (entrypoints/content/
 * highlights.css, written by scripts/write-highlight-css.ts): the browser adds it with the
 * script and takes it away with the extension, so a removed Verbatim leaves no visible highlight
 * even where it cannot clean up (Firefox). The browser adds it to every page, and any
 * ::highlight() rule makes Chrome's style recalculations 2-3x slower: scoped to the root's
 * attribute, they cost nothing where Verbatim is not running. Colours are variables with the
 * defaults as fallbacks; translucent fills read on light and dark pages. `scope` ':root' gives the
 * same rules unscoped, for a page that will not keep the attribute.
 */
export function highlightRulesCss(scope = `:root[${RUNNING_ATTRIBUTE}]`): string {
  const rules: string[] = [];
  for (const [verdict, style] of Object.entries(VERDICT_STYLES) as [Verdict, VerdictStyle][]) {
    const color = `var(${colorVar(verdict)}, ${style.color})`;
    const fill = style.unfilled ? '' : `background-color: var(${fillVar(verdict)}, ${hexToRgba(style.color, FILL_ALPHA)}); `;
    rules.push(`${scope} ::highlight(${highlightName(verdict)}) { ${fill}text-decoration: ${decorationLine(style)} ${style.line} ${color}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`);
  }
  rules.push(`${scope} ::highlight(${highlightName('pending')}) { text-decoration: underline dotted rgba(128, 128, 128, 0.7); text-underline-offset: 3px; }`);
  rules.push(`${scope} ::highlight(verbatim-flash) { background-color: rgba(255, 214, 0, 0.75); color: #000; }`);
  return rules.join('\n') + '\n';
}

/** The reader's own colours, as the variables the highlight rules read (nothing for the defaults). */
export function highlightColoursCss(colors: Partial<Record<Verdict, string>> = {}): string {
  const declarations: string[] = [];
  for (const verdict of Object.keys(VERDICT_STYLES) as Verdict[]) {
    const color = colors[verdict];
    if (!color) continue;
    declarations.push(`${colorVar(verdict)}: ${color};`);
    if (!VERDICT_STYLES[verdict].unfilled) declarations.push(`${fillVar(verdict)}: ${hexToRgba(color, FILL_ALPHA)};`);
  }
  return declarations.length ? `:root { ${declarations.join(' ')} }` : '';
}
