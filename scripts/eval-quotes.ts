// Evaluates the quote engine on tests/fixtures/pages/<slug>/{page.html|index.html, expected.json}.
//
//   npx tsx scripts/eval-quotes.ts          short table
//   npx tsx scripts/eval-quotes.ts --json   JSON on stdout
// Always writes bench-results/eval-quotes.json.
//
// Matching rules:
// - Multi-paragraph quotes: the engine reports one quote per paragraph sharing an utteranceId; two
//   consecutive predicted quotes with the same utteranceId whose gap in model.text holds only white
//   space and quote marks are merged into one (texts joined with a single space), as expected.json
//   lists them.
// - A predicted quote matches an expected one when their whitespace-normalised texts are equal, or
//   when their longest common substring covers >= 90% of the longer text (one-to-one, in order).
// - Span precision/recall/F1 over matches; fragment recall = matched expected fragments / expected
//   fragments; kind accuracy over matched pairs; speaker accuracy over matched pairs whose expected
//   kind is not "scare" (see sameSpeaker: one person named in full or with a middle name; null equals null).
// - Constructions (tests/fixtures/constructions/*.json): short passages, one per construction of
//   news writing, each with the speaker of every quote in order; speaker accuracy over their quotes
//   (an item whose quotes the engine counts differently scores none of them).

import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { paragraphsText } from '../lib/dom/page-text';
import { detectQuotes, findQuotes } from '../lib/quotes/index';
import type { Quote, QuoteKind } from '../lib/types';

export interface ExpectedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  utterance?: number;
}

export interface PredictedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  utteranceId: string;
}

export interface PageScore {
  page: string;
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  fragments: number;
  fragmentsFound: number;
  kindCorrect: number;
  speakerTotal: number;
  speakerCorrect: number;
  misses: string[];
  extras: string[];
  wrongSpeakers: string[];
  wrongKinds: string[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

const MARKS_ONLY = /^[\s"“”„‟«»‘’‚'‹›「」『』]*$/;

/**
 * One person named two ways: equal, or every word of the shorter name (two words at least) in the
 * longer ("Walter Amberley" / "Walter George Amberley"), punctuation at a word's edges aside. A surname alone never counts.
 */
export function sameSpeaker(predicted: string | null, expected: string | null): boolean {
  if (predicted === null || expected === null) return predicted === expected;
  // (Punctuation at a word's edges names no one: "Peter Ochieng'" is Peter Ochieng.)
  const words = (name: string) => name.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const [a, b] = [words(predicted), words(expected)];
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && short[short.length - 1] === long[long.length - 1] && short.every((w) => long.includes(w));
}

export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Predicted quotes with multi-paragraph parts merged (see the header comment). */
export function mergeParts(text: string, quotes: Quote[]): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  let prev: Quote | null = null;
  for (const q of quotes) {
    const last = out[out.length - 1];
    if (prev && last && prev.utteranceId === q.utteranceId && prev.paragraph !== q.paragraph && MARKS_ONLY.test(text.slice(prev.end, q.start))) {
      last.text = `${last.text} ${normalise(q.text)}`;
    } else {
      out.push({ text: normalise(q.text), kind: q.kind, speaker: q.speaker?.name ?? null, utteranceId: q.utteranceId });
    }
    prev = q;
  }
  return out;
}

function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  let prevRow = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prevRow[j - 1] + 1 : 0;
      if (row[j] > best) best = row[j];
    }
    [prevRow, row] = [row, prevRow];
    row.fill(0);
  }
  return best;
}

export function textsMatch(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return true;
  const longer = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < 0.9 * longer) return false;
  return longestCommonSubstring(x, y) >= 0.9 * longer;
}

export function scorePage(page: string, expected: ExpectedQuote[], predicted: PredictedQuote[]): PageScore {
  const used = new Set<number>();
  let matched = 0;
  let kindCorrect = 0;
  let speakerTotal = 0;
  let speakerCorrect = 0;
  let fragments = 0;
  let fragmentsFound = 0;
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  const wrongKinds: string[] = [];
  for (const exp of expected) {
    if (exp.kind === 'fragment') fragments++;
    const idx = predicted.findIndex((p, i) => !used.has(i) && textsMatch(p.text, exp.text));
    if (idx < 0) {
      misses.push(`[${exp.kind}] ${exp.text.slice(0, 80)}`);
      continue;
    }
    used.add(idx);
    matched++;
    const pred = predicted[idx];
    if (exp.kind === 'fragment') fragmentsFound++;
    if (pred.kind === exp.kind) kindCorrect++;
    else wrongKinds.push(`${exp.kind}->${pred.kind}: ${exp.text.slice(0, 60)}`);
    if (exp.kind !== 'scare') {
      speakerTotal++;
      const ok = sameSpeaker(pred.speaker, exp.speaker);
      if (ok) speakerCorrect++;
      else wrongSpeakers.push(`${exp.speaker} -> ${pred.speaker}: ${exp.text.slice(0, 50)}`);
    }
  }
  const extras = predicted.filter((_, i) => !used.has(i)).map((p) => `[${p.kind}] ${p.text.slice(0, 80)}`);
  const precision = predicted.length ? matched / predicted.length : expected.length ? 0 : 1;
  const recall = expected.length ? matched / expected.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { page, expected: expected.length, predicted: predicted.length, matched, precision, recall, f1, fragments, fragmentsFound, kindCorrect, speakerTotal, speakerCorrect, misses, extras, wrongSpeakers, wrongKinds };
}

export function listPages(dir = PAGES_DIR): { slug: string; html: string; expected: ExpectedQuote[] }[] {
  if (!existsSync(dir)) return [];
  const pages: { slug: string; html: string; expected: ExpectedQuote[] }[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const htmlPath = ['page.html', 'index.html'].map((f) => join(dir, slug, f)).find((p) => existsSync(p));
    const expPath = join(dir, slug, 'expected.json');
    if (!htmlPath || !existsSync(expPath)) continue;
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { quotes?: ExpectedQuote[] };
    pages.push({ slug, html: readFileSync(htmlPath, 'utf8'), expected: expected.quotes ?? [] });
  }
  return pages;
}

export function evaluatePage(slug: string, html: string, expected: ExpectedQuote[]): PageScore {
  const { document } = parseHTML(html);
  const { model, quotes } = findQuotes(document as unknown as Document);
  return scorePage(slug, expected, mergeParts(model.text, quotes));
}

export function summarise(scores: PageScore[]) {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const expected = sum((s) => s.expected);
  const predicted = sum((s) => s.predicted);
  const matched = sum((s) => s.matched);
  const precision = predicted ? matched / predicted : 1;
  const recall = expected ? matched / expected : 1;
  return {
    pages: scores.length,
    expected,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    fragmentRecall: sum((s) => s.fragments) ? sum((s) => s.fragmentsFound) / sum((s) => s.fragments) : 1,
    kindAccuracy: matched ? sum((s) => s.kindCorrect) / matched : 1,
    speakerAccuracy: sum((s) => s.speakerTotal) ? sum((s) => s.speakerCorrect) / sum((s) => s.speakerTotal) : 1,
  };
}

/** tests/fixtures/pages/batches.json: which batch and status each page has. */
export interface BatchManifest {
  withEngine: string[];
  batches: { batch: number; session: number; status: 'tuned' | 'never-tuned'; pages: string[] }[];
}

export function readManifest(dir = PAGES_DIR): BatchManifest | null {
  const path = join(dir, 'batches.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BatchManifest) : null;
}

/** Page slug -> its status: written with the engine, written blind and tuned on, or never tuned on. */
export function statusOf(manifest: BatchManifest): Map<string, 'with-engine' | 'tuned' | 'never-tuned'> {
  const status = new Map<string, 'with-engine' | 'tuned' | 'never-tuned'>();
  for (const slug of manifest.withEngine) status.set(slug, 'with-engine');
  for (const batch of manifest.batches) for (const slug of batch.pages) status.set(slug, batch.status);
  return status;
}

const CONSTRUCTIONS_DIR = join(ROOT, 'tests', 'fixtures', 'constructions');

/** One passage of tests/fixtures/constructions/*.json: its paragraphs and each quote's speaker, in order. */
export interface ConstructionItem {
  id: string;
  construction: string;
  paragraphs: string[];
  speakers: (string | null)[];
}

export function readConstructions(dir = CONSTRUCTIONS_DIR): { file: string; items: ConstructionItem[] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, items: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConstructionItem[] }));
}

/** The speakers the engine gives a passage's quotes, its paragraphs joined as the text model joins blocks. */
export function passageSpeakers(paragraphs: readonly string[]): (string | null)[] {
  const { text, blocks } = paragraphsText(paragraphs);
  return detectQuotes(text, blocks).map((q) => q.speaker?.name ?? null);
}

export function evaluateConstructions(items: readonly ConstructionItem[]) {
  let quotes = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const item of items) {
    const got = passageSpeakers(item.paragraphs);
    quotes += item.speakers.length;
    const right = got.length === item.speakers.length ? item.speakers.filter((s, i) => sameSpeaker(got[i] ?? null, s)).length : 0;
    correct += right;
    if (right < item.speakers.length) wrong.push(`${item.id}: expected ${JSON.stringify(item.speakers)}, got ${JSON.stringify(got)}`);
  }
  return { items: items.length, quotes, speakerAccuracy: quotes ? correct / quotes : 1, wrong };
}

function main(): void {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const scores = listPages().map((p) => evaluatePage(p.slug, p.html, p.expected));
  const manifest = readManifest();
  const status = manifest ? statusOf(manifest) : new Map<string, string>();
  // The never-tuned pages are the honest estimate for pages the engine has not seen.
  const groups = Object.fromEntries(
    ['with-engine', 'tuned', 'never-tuned'].map((name) => [name, summarise(scores.filter((s) => status.get(s.page) === name))]),
  );
  const constructions = Object.fromEntries(readConstructions().map(({ file, items }) => [file.replace(/\.json$/, ''), evaluateConstructions(items)]));
  const result = { overall: summarise(scores), groups, constructions, pages: scores };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/eval-quotes.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(6);
  console.log(`${'page'.padEnd(40)}  exp  pred   P      R      F1     kind   spk`);
  for (const s of scores) {
    console.log(
      `${s.page.padEnd(40)} ${String(s.expected).padStart(4)} ${String(s.predicted).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.matched ? s.kindCorrect / s.matched : 1)} ${pct(s.speakerTotal ? s.speakerCorrect / s.speakerTotal : 1)}`,
    );
    if (verbose) {
      for (const m of s.misses) console.log(`    miss  ${m}`);
      for (const m of s.extras) console.log(`    extra ${m}`);
      for (const m of s.wrongKinds) console.log(`    kind  ${m}`);
      for (const m of s.wrongSpeakers) console.log(`    spk   ${m}`);
    }
  }
  for (const [name, g] of Object.entries(groups)) {
    if (g.pages) console.log(`${name.padEnd(12)}: F1 ${pct(g.f1)} fragR ${pct(g.fragmentRecall)} kind ${pct(g.kindAccuracy)} speaker ${pct(g.speakerAccuracy)} (${g.pages} pages)`);
  }
  for (const [name, c] of Object.entries(constructions)) {
    console.log(`constructions ${name}: speaker ${pct(c.speakerAccuracy)} (${c.quotes} quotes in ${c.items} passages)`);
    if (verbose) for (const w of c.wrong) console.log(`    spk   ${w}`);
  }
  const o = result.overall;
  console.log(`overall: P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)} fragR ${pct(o.fragmentRecall)} kind ${pct(o.kindAccuracy)} speaker ${pct(o.speakerAccuracy)} (${o.pages} pages)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
