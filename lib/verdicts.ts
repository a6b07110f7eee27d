// How each verdict is presented: label, explanation, colour and a line style, so the
// meaning never rests on colour alone. Colours are the Okabe–Ito palette (colour-blind safe).
import { highlightName, type Paint } from './dom/highlight';
import type { Verdict } from './types';

export interface VerdictStyle {
  label: string;
  /** What the verdict means, for the legend. */
  meaning: string;
  color: string;
  line: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
  /** Symbol shown beside the label in lists, for readers who cannot tell the colours apart. */
  symbol: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  exact: { label: 'Exact', meaning: 'The same words as the source.', color: '#009E73', line: 'solid', symbol: '✓' },
  variant: { label: 'Variant', meaning: 'Only spelling, hyphens or number format differ.', color: '#56B4E9', line: 'dotted', symbol: '≈' },
  edited: { label: 'Edited', meaning: 'Cuts or changes are marked with … or [brackets].', color: '#0072B2', line: 'dashed', symbol: '✂' },
  altered: { label: 'Altered', meaning: 'Words were changed, added or dropped without marking.', color: '#E69F00', line: 'wavy', symbol: '!' },
  spliced: { label: 'Spliced', meaning: 'Joins passages far apart in the source as one quote.', color: '#D55E00', line: 'double', symbol: '⋈' },
  misattributed: { label: 'Misattributed', meaning: 'The words are someone else’s.', color: '#CC79A7', line: 'wavy', symbol: '⇄' },
  unsourced: { label: 'Unsourced', meaning: 'Not found in your sources.', color: '#8C8C8C', line: 'dotted', symbol: '?' },
};

/** Verdicts the toolbar badge counts: the reader should look at these. */
export const NEEDS_ATTENTION: readonly Verdict[] = ['altered', 'spliced', 'misattributed'];

export function needsAttention(verdict: Verdict): boolean {
  return NEEDS_ATTENTION.includes(verdict);
}

/** Each verdict's colour after the user's choices. */
export function verdictColors(settings: { colors: Partial<Record<Verdict, string>> }): Record<Verdict, string> {
  const colors = {} as Record<Verdict, string>;
  for (const verdict of Object.keys(VERDICT_STYLES) as Verdict[]) colors[verdict] = settings.colors[verdict] ?? VERDICT_STYLES[verdict].color;
  return colors;
}

function hexToRgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** The page stylesheet for the highlights; translucent fills read on light and dark pages. */
export function highlightCss(colors: Partial<Record<Verdict, string>> = {}): string {
  const rules: string[] = [];
  for (const [verdict, style] of Object.entries(VERDICT_STYLES) as [Verdict, VerdictStyle][]) {
    const color = colors[verdict] ?? style.color;
    rules.push(
      `::highlight(${highlightName(verdict)}) { background-color: ${hexToRgba(color, 0.22)}; text-decoration: underline ${style.line} ${color}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    );
  }
  const extra: Record<Exclude<Paint, Verdict>, string> = {
    pending: 'text-decoration: underline dotted rgba(128, 128, 128, 0.7); text-underline-offset: 3px;',
    scare: '',
  };
  for (const [paint, css] of Object.entries(extra)) if (css) rules.push(`::highlight(${highlightName(paint as Paint)}) { ${css} }`);
  rules.push('::highlight(verbatim-flash) { background-color: rgba(255, 214, 0, 0.75); color: #000; }');
  return rules.join('\n');
}
