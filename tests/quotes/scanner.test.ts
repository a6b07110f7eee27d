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
  it('a photo credit set inline in a caption is not the speaker of the caption’s quote', () => {
    document.body.innerHTML = `<article><h1>Budget passes</h1>
      <p>The finance minister, Olga Brandt, presented the figures on Tuesday and took questions for an hour.</p>
      <figure><figcaption>Olga Brandt at the lectern: “The worst is behind us,” said <span class="photo-credit">Anton Weiss</span></figcaption></figure>
      <p>Brandt said the deficit would halve. “We kept our word,” she said.</p></article>`;
    const names = findQuotes(document).quotes.map((q) => q.speaker?.name ?? null);
    expect(names).not.toContain('Anton Weiss');
    expect(names[0]).toBe('Olga Brandt');
  });

  it('an author’s name set inline does not run into the date after it, and is never a speaker', () => {
    document.body.innerHTML = `<article><h1>Budget passes</h1>
      <div class="meta"><span class="author">Lena Kovač</span> <span class="date">Published 3 May</span></div>
      <p>“We kept our word,” the minister told the chamber to loud applause from her own benches.</p></article>`;
    const { quotes } = findQuotes(document);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('a name with a byline-like class inside a sentence or a pull quote is still read with it', () => {
    document.body.innerHTML = `<article><h1>Flood recovery</h1>
      <p>The river crested on Sunday. “We will rebuild every home,” said <a class="author-link" href="/p/ar">Ann Reyes</a>, the mayor, on Monday.</p>
      <blockquote><p>“Nobody will be left behind.”</p><cite class="quote-author">Tom Hale, relief coordinator</cite></blockquote></article>`;
    const names = findQuotes(document).quotes.map((q) => q.speaker?.name ?? null);
    expect(names[0]).toBe('Ann Reyes');
    expect(names.slice(1).length).toBeGreaterThan(0);
    expect(names.slice(1).every((name) => name === 'Tom Hale')).toBe(true);
  });

  it('an author’s name and the date after it ("Name, date") stay a byline', () => {
    document.body.innerHTML = `<article><h1>Flood recovery</h1>
      <div class="meta"><span class="author-name">Ann Reyes</span>, <time>May 3, 2024</time></div>
      <p>Residents were angry about the slow response from the county.</p>
      <p>“Nobody came for three days,” she said.</p></article>`;
    expect(findQuotes(document).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('an author’s name after its "By" stays the byline’s writer', () => {
    document.body.innerHTML = `<article><h1>The quiet archivist</h1><p class="dek">A profile</p>
      <p>By <a rel="author" href="/a/lk">Lena Kovač</a></p>
      <p>Ada Brandt keeps the city’s oldest maps in a basement room without windows. “I’m a keeper,” she said.</p>
      <p>“Why maps?” I asked.</p></article>`;
    const { quotes } = findQuotes(document);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ada Brandt', 'Lena Kovač']);
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
