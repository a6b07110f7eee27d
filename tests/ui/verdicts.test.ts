// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../lib/dom/card-host';
import { VERDICTS } from '../../lib/types';
import { readFileSync } from 'node:fs';
import { contentStylesheetCss } from '../../lib/dom/content-style';
import { HIGHLIGHT_CSS_HEADER, highlightColoursCss, highlightRulesCss, needsAttention, setVerdictColors, VERDICT_STYLES, verdictColor, verdictLabel, verdictMeaning } from '../../lib/verdicts';

describe('verdict presentation', () => {
  it('tells every verdict apart on the page without its colour: line, a line over the words, or no tint (review of session 10)', () => {
    const looks = new Set(VERDICTS.map((v) => `${VERDICT_STYLES[v].line}/${VERDICT_STYLES[v].overline === true}/${VERDICT_STYLES[v].unfilled === true}`));
    expect(looks.size).toBe(VERDICTS.length);
    const css = highlightRulesCss();
    expect(css).toContain(':root[data-verbatim] ::highlight(verbatim-misattributed) { background-color: var(--verbatim-fill-misattributed, rgba(204, 121, 167, 0.22)); text-decoration: underline overline wavy');
    expect(css).toMatch(/::highlight\(verbatim-unsourced\) \{ text-decoration: underline dotted/);
  });

  it('gives each verdict a distinct colour and a distinct symbol', () => {
    const colours = new Set(VERDICTS.map((v) => VERDICT_STYLES[v].color));
    const symbols = new Set(VERDICTS.map((v) => VERDICT_STYLES[v].symbol));
    expect(colours.size).toBe(VERDICTS.length);
    expect(symbols.size).toBe(VERDICTS.length);
  });

  it('names and explains each verdict in its own words', () => {
    expect(verdictLabel('altered')).toBe('Altered');
    expect(verdictMeaning('unsourced')).toBe('Not found in your sources.');
    expect(new Set(VERDICTS.map(verdictLabel)).size).toBe(VERDICTS.length);
    expect(new Set(VERDICTS.map(verdictMeaning)).size).toBe(VERDICTS.length);
  });

  it('writes a highlight rule per verdict, its colours variables the reader can set', () => {
    const css = highlightRulesCss();
    for (const verdict of VERDICTS) expect(css).toContain(`::highlight(verbatim-${verdict})`);
    expect(css).toContain('wavy var(--verbatim-color-altered, #E69F00)');
    expect(highlightColoursCss({ altered: '#ff0000', unsourced: '#00ff00' })).toBe(':root { --verbatim-color-altered: #ff0000; --verbatim-fill-altered: rgba(255, 0, 0, 0.22); --verbatim-color-unsourced: #00ff00; }');
    expect(highlightColoursCss({})).toBe('');
  });

  it('ships the rules as the content script’s stylesheet, as lib/verdicts.ts and lib/dom/content-style.ts write them (npx tsx scripts/write-highlight-css.ts)', () => {
    expect(readFileSync('entrypoints/content/highlights.css', 'utf8')).toBe(contentStylesheetCss());
    expect(contentStylesheetCss()).toContain(HIGHLIGHT_CSS_HEADER + highlightRulesCss());
  });

  it('counts only altered, spliced and misattributed as needing attention', () => {
    expect(VERDICTS.filter(needsAttention)).toEqual(['altered', 'spliced', 'misattributed']);
  });
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 400, height: 200 };
  const rect = (left: number, top: number) => ({ left, top, right: left + 100, bottom: top + 20, width: 100, height: 20, x: left, y: top }) as DOMRect;

  it('goes below the quote when it fits', () => {
    expect(placeCard(rect(100, 100), size, viewport)).toEqual({ top: 128, left: 100 });
  });
  it('flips above near the bottom and stays inside the viewport on the right', () => {
    const placed = placeCard(rect(900, 700), size, viewport);
    expect(placed.top).toBe(700 - 8 - 200);
    expect(placed.left).toBe(1000 - 400 - 8);
  });
  it('never leaves the viewport on a tiny screen', () => {
    const placed = placeCard(rect(10, 10), { width: 400, height: 700 }, { width: 320, height: 480 });
    expect(placed.top).toBeGreaterThanOrEqual(8);
    expect(placed.left).toBe(8);
  });
});

describe('the user’s verdict colours in the extension’s pages', () => {
  it('badges, chips and the legend follow the colours set on their root, and the defaults otherwise', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const badge = document.createElement('span');
    badge.style.color = verdictColor('altered');
    root.append(badge);
    expect(verdictColor('altered')).toBe(`var(--vb-color-altered, ${VERDICT_STYLES.altered.color})`);
    setVerdictColors(root, { altered: '#ff0000' });
    expect(root.style.getPropertyValue('--vb-color-altered')).toBe('#ff0000');
    expect(root.style.getPropertyValue('--vb-color-exact')).toBe('');
    setVerdictColors(root, {});
    expect(root.style.getPropertyValue('--vb-color-altered')).toBe('');
  });
});
