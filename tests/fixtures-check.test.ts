import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../scripts/eval-quotes';

// Guards the hand-written fixture pages: every expected quote must really be in the
// article, in document order, so the quote-finder evaluation compares against truth.

const PAGES_DIR = join(__dirname, 'fixtures', 'pages');
const KINDS = new Set(['full', 'fragment', 'scare']);
// Marks dropped when a multi-paragraph quote repeats its opening mark at each paragraph.
const QUOTE_MARKS = /["'“”„‟‘’‚‛«»‹›「」『』]/g;

interface ExpectedQuote {
  text: string;
  kind: string;
  speaker: string | null;
  utterance?: number;
}
interface Expected {
  title: string;
  language: string;
  notes?: string;
  quotes: ExpectedQuote[];
}

function normalise(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const slugs = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'expected.json')))
      .filter((entry) => existsSync(join(PAGES_DIR, entry.name, 'page.html')))
      .map((entry) => entry.name)
  : [];

describe('fixture pages', () => {
  it('has fixture pages to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('lists every page once in batches.json, so the evaluation can tell pages never tuned on from the rest', () => {
    const manifest = readManifest(PAGES_DIR);
    expect(manifest).not.toBeNull();
    const listed = [...manifest!.withEngine, ...manifest!.batches.flatMap((batch) => batch.pages)];
    expect(listed.length).toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual([...slugs].sort());
    expect(manifest!.batches.some((batch) => batch.status === 'never-tuned')).toBe(true);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const html = readFileSync(join(PAGES_DIR, slug, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as Expected;
      const { document } = parseHTML(html);
      const article = document.querySelector('article');
      const articleText = normalise(article?.textContent ?? '');

      it('has a well-formed expected.json', () => {
        expect(typeof expected.title).toBe('string');
        if (expected.notes !== undefined) expect(typeof expected.notes).toBe('string');
        expect(Array.isArray(expected.quotes)).toBe(true);
        for (const quote of expected.quotes) {
          expect(KINDS.has(quote.kind), `kind of "${quote.text}"`).toBe(true);
          expect(quote.text).toBe(normalise(quote.text));
          expect(quote.text.length).toBeGreaterThan(0);
          if (quote.kind === 'scare') expect(quote.speaker, `scare quote "${quote.text}"`).toBeNull();
          if (quote.utterance !== undefined) expect(Number.isInteger(quote.utterance)).toBe(true);
        }
      });

      it('matches the page language and headline', () => {
        expect(document.documentElement.getAttribute('lang')).toBe(expected.language);
        expect(normalise(document.querySelector('article h1')?.textContent ?? '')).toBe(expected.title);
      });

      it('finds every expected quote in the article, in document order', () => {
        expect(article).toBeTruthy();
        const bareArticle = normalise(articleText.replace(QUOTE_MARKS, ''));
        let cursor = 0;
        for (const quote of expected.quotes) {
          const bareQuote = normalise(quote.text.replace(QUOTE_MARKS, ''));
          const at = bareArticle.indexOf(bareQuote, cursor);
          expect(at, `"${quote.text}" after offset ${cursor}`).toBeGreaterThanOrEqual(0);
          cursor = at + 1;
        }
      });
    });
  }
});
