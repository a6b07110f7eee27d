// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticleRoots } from '../../lib/dom/article';
import { buildTextModel } from '../../lib/dom/text-model';

const PAGE = `
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="cookie-banner"><p>We use cookies, “essential” and otherwise, to make this site work for you.</p></div>
<main>
  <article>
    <header><h1>Minister warns of “dead end” in talks</h1><p class="standfirst">Defence minister says the border talks have stalled after three years of negotiation.</p></header>
    <figure><img src="x.jpg"><figcaption>Tomas Varga: “We negotiated in good faith.”</figcaption></figure>
    <p>Valdorian Defence Minister Tomas Varga said on Monday that the talks were at a dead end, and that the army would move.</p>
    <aside class="pullquote"><p>“We cannot negotiate with an empty chair.”</p></aside>
    <p>“We cannot negotiate with an empty chair,” Varga told reporters after a cabinet meeting in the capital, Velgrad.</p>
    <div class="related-links"><h3>Related</h3><ul><li><a href="/a">“Shock” result in the capital’s mayoral race</a></li></ul></div>
    <p>Analysts said the move was aimed at voters, with an election due in October and the government trailing in polls.</p>
  </article>
  <aside class="sidebar"><h2>Most read</h2><ol><li>“Miracle” diet debunked by doctors and scientists alike</li></ol></aside>
</main>
<section id="comments"><p>Reader: “this is nonsense”, and other comments that go on for a while.</p></section>
<footer><p>© The Paper. “All rights reserved.”</p></footer>`;

describe('findArticleRoots', () => {
  it('keeps headline, standfirst, captions, pull quotes and paragraphs, and drops page furniture', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const roots = findArticleRoots(document);
    expect(document.body.innerHTML).toBe(before);
    const text = buildTextModel(roots).text;
    for (const kept of ['Minister warns', 'Defence minister says', 'We negotiated in good faith', 'empty chair.”', 'Analysts said']) {
      expect(text).toContain(kept);
    }
    for (const dropped of ['Home', 'cookies', 'Related', 'Shock', 'Most read', 'Miracle', 'nonsense', 'All rights']) {
      expect(text).not.toContain(dropped);
    }
    expect(roots.every((r) => document.body.contains(r))).toBe(true);
  });

  it('reads the next story an infinite scroll appends as another <article>, but not teasers or a sidebar\'s articles', () => {
    // (The story being read is the longest; the next one is shorter, as the first screen of a story is.)
    const story = (headline: string, quote: string, paragraphs = 6) =>
      `<article><h2>${headline}</h2>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1} of the story, with a clause, another clause, and enough words to read as prose.</p>`).join('')}<p>${quote}</p></article>`;
    document.body.innerHTML = `<main>${story('First story', '“The first quote,” said Ana Ruiz.', 30)}${story('Next story', '“The era of big government is over,” the president said.')}<article class="teaser"><h3>Teaser</h3><p>“A teaser quote,” a line only, of a story elsewhere.</p></article></main><aside class="sidebar">${story('Sidebar story', '“Not this one,” said a columnist.')}</aside>`;
    const text = buildTextModel(findArticleRoots(document)).text;
    expect(text).toContain('The first quote');
    expect(text).toContain('The era of big government is over');
    expect(text).not.toContain('A teaser quote');
    expect(text).not.toContain('Not this one');
    // In page order.
    expect(text.indexOf('The first quote')).toBeLessThan(text.indexOf('The era of big government'));
  });

  it('reads a headline once when it heads a further story, and a story that embeds another whole (review of session 10)', () => {
    const paragraphs = (n: number, what: string) => Array.from({ length: n }, (_, i) => `<p>${what} paragraph ${i + 1}, with a clause, another clause, and enough words to read as prose.</p>`).join('');
    document.body.innerHTML = `<main><article id="a1"><header><h1>First headline “quoted words here”</h1></header>${paragraphs(8, 'First')}</article><article id="a2">${paragraphs(12, 'Second')}</article></main>`;
    const once = buildTextModel(findArticleRoots(document)).text;
    expect(once.split('quoted words here').length - 1).toBe(1);
    document.body.innerHTML = `<main><article id="a1">${paragraphs(14, 'First')}</article><article id="outer"><h2>Outer</h2><article id="inner">${paragraphs(7, 'Inner')}</article>${paragraphs(8, 'Outer')}</article></main>`;
    const nested = buildTextModel(findArticleRoots(document)).text;
    expect(nested).toContain('Inner paragraph 7');
    expect(nested).toContain('Outer paragraph 8');
    expect(nested.split('Inner paragraph 1,').length - 1).toBe(1);
  });

  it('returns nothing harmful for an empty document', () => {
    document.body.innerHTML = '';
    expect(buildTextModel(findArticleRoots(document)).text).toBe('');
  });
});
