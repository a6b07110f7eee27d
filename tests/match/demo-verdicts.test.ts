// The whole engine on the demo article, as the extension and the CLI run it: quote finding,
// attribution, and matching against the 2024 UN General Debate speeches bundled in sources/.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { reasonText } from '../../lib/reasons';
import { paragraphsText, readPage } from '../../lib/dom/page-text';
import { buildIndex, createMatcher, loadIndex, type Matcher } from '../../lib/match/index';
import { findQuotes } from '../../lib/quotes/index';
import { loadSources } from '../../lib/sources/load-dir';

interface Expected {
  quotes: { text: string; kind: string; speaker: string | null; verdict: string | null }[];
}

let matcher: Matcher;
beforeAll(async () => {
  const { docs } = await loadSources(['sources/bundled/ungdc/session_79_2024']);
  matcher = createMatcher([loadIndex(buildIndex(docs))]);
}, 60_000);

describe('demo article', () => {
  it('gets every quote’s kind, speaker and verdict right', () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/pages/demo/expected.json', 'utf8')) as Expected;
    const { document } = parseHTML(readFileSync('tests/fixtures/pages/demo/page.html', 'utf8'));
    const { quotes } = findQuotes(document as unknown as Document);
    expect(quotes.map((q) => q.text.replace(/\s+/g, ' ').trim())).toEqual(expected.quotes.map((q) => q.text));
    expect(quotes.map((q) => q.kind)).toEqual(expected.quotes.map((q) => q.kind));
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(expected.quotes.map((q) => q.speaker));
    // The extension's path: the page reads its text, the background finds and matches the quotes.
    const { model, blocks } = readPage(document as unknown as Document);
    const check = checkText(matcher, model.text, blocks);
    expect(check.quotes.map((q) => q.text)).toEqual(quotes.map((q) => q.text));
    expect(check.results.map((r) => r?.verdict ?? null)).toEqual(expected.quotes.map((q) => q.verdict));
    for (const result of check.results) if (result) expect(reasonText(result.reason).length).toBeGreaterThan(5);
  });
});

describe('misattribution needs a speaker the page states', () => {
  const erdogan = 'As a result of Israeli attacks, Gaza has become the world’s largest cemetery for women and children.';
  const check = (...paragraphs: string[]) => {
    const { text, blocks } = paragraphsText(paragraphs);
    return checkText(matcher, text, blocks);
  };

  it('words named as someone else’s are misattributed', () => {
    const { quotes, results } = check('Prime Minister Shehbaz Sharif spoke for twenty minutes at the General Assembly.', `“${erdogan}” Sharif said.`);
    expect(quotes[0].speaker?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(results[0]?.verdict).toBe('misattributed');
  });

  it('words whose source speaker the page names around them are checked for their wording alone', () => {
    const { quotes, results } = check('Prime Minister Shehbaz Sharif spoke for twenty minutes at the General Assembly, a day after President Erdogan.', `“${erdogan}” Sharif said.`);
    expect(quotes[0].speaker?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(results[0]?.verdict).toBe('exact');
  });

  it('words only guessed to go on from the last speaker are checked for their wording alone', () => {
    const { quotes, results } = check('Prime Minister Shehbaz Sharif spoke for twenty minutes at the General Assembly. “We will not be silent,” he said.', `“${erdogan}”`);
    expect(quotes[1].speaker?.name).toBe('Shehbaz Sharif');
    expect(quotes[1].speaker!.confidence).toBeLessThan(0.7);
    expect(results[1]?.verdict).toBe('exact');
  });
});

