// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { QuoteScanner, findQuotes } from '../../lib/quotes/index';

const LIVE = `
<main><article>
  <h1>Live: the harbour vote, as it happened</h1>
  <p class="byline">By Selim Kader · Updated as it happens</p>
  <div id="feed">
    <div class="entry"><time>18:02</time><p>Harbour commissioner Olga Brandt has opened the debate to a packed chamber. Aides expect a long night of speeches.</p></div>
  </div>
</article></main>`;

function entry(doc: Document, text: string): HTMLElement {
  const div = doc.createElement('div');
  div.className = 'entry';
  const p = doc.createElement('p');
  p.textContent = text;
  div.append(p);
  // Newest first, as live blogs do.
  doc.getElementById('feed')!.prepend(div);
  return div;
}

describe('bylines', () => {
  it('the writer in a byline is never the speaker', () => {
    document.body.innerHTML = `<article><h1>Port vote delayed</h1><p class="byline">By Selim Kader</p>
      <p>The vote on the harbour plan was put off again on Monday after a long debate about costs and dredging.</p>
      <p>It was, he said, “a delay nobody in the port can afford”.</p></article>`;
    const { quotes } = findQuotes(document);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('text-level bylines and credit lines are dropped too', () => {
    document.body.innerHTML = `<article><h1>Port vote delayed</h1><p>By Selim Kader</p>
      <p>Commissioner Olga Brandt spoke for an hour. Later she left the chamber without comment.</p>
      <p>It was, he said, “a delay nobody in the port can afford”. Reporting by Anton Weiss; Editing by Mark Rowe</p></article>`;
    const names = findQuotes(document).quotes.map((q) => q.speaker?.name ?? null);
    expect(names).not.toContain('Selim Kader');
    expect(names).not.toContain('Anton Weiss');
  });
});

describe('QuoteScanner page registry', () => {
  it('late entries resolve surnames and pronouns to people named earlier on the page, not the byline', () => {
    document.body.innerHTML = LIVE;
    const scanner = new QuoteScanner(document);
    scanner.scanAll();
    const a = entry(document, 'Brandt turned to the budget. “The dredging must be paid for this year,” Brandt said to loud applause.');
    const first = scanner.scanNodes([a]).flatMap((r) => r.quotes);
    const b = entry(document, 'She closed with a line aides had trailed all day: the port could be “the busiest on the coast”, she said.');
    const second = scanner.scanNodes([b]).flatMap((r) => r.quotes);
    expect(first.map((q) => q.speaker?.name)).toEqual(['Olga Brandt']);
    expect(second.map((q) => q.speaker?.name)).toEqual(['Olga Brandt']);
  });
});
