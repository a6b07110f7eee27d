import { describe, expect, it } from 'vitest';
import { evaluatePage, listPages, summarise } from '../../scripts/eval-quotes';

// Floors sit below the measured figures (see bench-results/eval-quotes.json) with room for new
// fixture pages: span F1 is near 1.0 today, attribution is the harder part.
const pages = listPages();
const scores = pages.map((p) => evaluatePage(p.slug, p.html, p.expected));

describe('fixture pages', () => {
  it('has fixture pages to evaluate', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(scores.map((s) => [s.page, s]))('%s: finds most quotes without inventing many', (_slug, s) => {
    expect(s.recall).toBeGreaterThanOrEqual(0.7);
    expect(s.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('reaches overall span F1 >= 0.9, fragment recall >= 0.9 and speaker accuracy >= 0.6', () => {
    const overall = summarise(scores);
    expect(overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.fragmentRecall).toBeGreaterThanOrEqual(0.9);
    expect(overall.kindAccuracy).toBeGreaterThanOrEqual(0.75);
    expect(overall.speakerAccuracy).toBeGreaterThanOrEqual(0.6);
  });
});
