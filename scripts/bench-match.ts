// Speed and size of the matching engine over the full shared corpus, against a naive
// Fuse.js search over the corpus sentences. Run: npx tsx scripts/bench-match.ts
// (reads ../shared/corpus; writes bench-results/bench-match.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { buildIndex, createMatcher, loadIndex } from '../lib/match/index';
import type { SourceDoc } from '../lib/types';
import { sentenceStarts } from '../lib/text/sentences';
import { loadCorpus, makeQuotes, seededRandom, type LabelledQuote } from './eval-match';

const SEED = 424242;
const FUSE_SLICE = 3;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const round = (x: number, digits = 3) => +x.toFixed(digits);

/** 100 quotes in no source: random words of the corpus vocabulary, in random order. */
function quotesInNoSource(docs: SourceDoc[], count: number): LabelledQuote[] {
  const rand = seededRandom(SEED + 1);
  const vocabulary = [...new Set(docs.slice(0, 200).flatMap((d) => d.text.split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w))))];
  return Array.from({ length: count }, (_, i) => {
    const n = 10 + Math.floor(rand() * 15);
    const text = Array.from({ length: n }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ');
    const id = `none${i}`;
    return { query: { id, text, kind: 'full', speaker: null, utteranceId: id }, truth: 'unsourced', sourceId: '' };
  });
}

/** Per-quote latencies (ms) of matcher.match over the quotes, after a warm-up pass. */
function timeQuotes(match: (q: LabelledQuote) => unknown, quotes: LabelledQuote[], cpu: number[] = []): number[] {
  for (const q of quotes.slice(0, 30)) match(q);
  return quotes
    .map((q) => {
      const c = process.cpuUsage();
      const t = performance.now();
      match(q);
      const wall = performance.now() - t;
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      return wall;
    })
    .sort((a, b) => a - b);
}

/** Found = the right source doc and not unsourced; for quotes in no source: correctly nothing. */
function recallOf(quotes: LabelledQuote[], foundIds: (string | null)[]): number {
  const hits = quotes.filter((q, i) => (q.truth === 'unsourced' ? foundIds[i] === null : foundIds[i] === q.sourceId)).length;
  return quotes.length ? hits / quotes.length : 0;
}

function medianAt(fraction: number): { fraction: number; docs: number; words: number; medianMs: number; p95Ms: number } {
  const { docs } = loadCorpus(fraction);
  const index = loadIndex(buildIndex(docs));
  const matcher = createMatcher([index]);
  const quotes = makeQuotes(docs, 210, SEED);
  const times = timeQuotes((q) => matcher.match(q.query), quotes);
  return { fraction, docs: docs.length, words: index.wordCount, medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)) };
}

export async function benchMatch(): Promise<object> {
  const t0 = performance.now();
  const { docs, bytes: textBytes } = loadCorpus();
  const readSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const built = buildIndex(docs);
  const buildSeconds = (performance.now() - t1) / 1000;
  const buildCpu = process.cpuUsage(cpu1);
  const file = built.slice().buffer; // what the extension fetches: one ArrayBuffer

  gc();
  const before = process.memoryUsage();
  const t2 = performance.now();
  const index = loadIndex(file);
  const loadMs = performance.now() - t2;
  const matcher = createMatcher([index]);

  const sourced = makeQuotes(docs, 280, SEED);
  const none = quotesInNoSource(docs, 100);
  const quotes = [...sourced, ...none];
  const cpuTimes: number[] = [];
  const times = timeQuotes((q) => matcher.match(q.query), quotes, cpuTimes);
  cpuTimes.sort((a, b) => a - b);
  const results = quotes.map((q) => matcher.match(q.query));
  gc();
  const after = process.memoryUsage();
  // The index's ArrayBuffer was allocated before `before`; count it plus what loading and matching added.
  const heapMB = (after.heapUsed - before.heapUsed + file.byteLength + (after.arrayBuffers - before.arrayBuffers)) / 2 ** 20;
  const matchAllStart = performance.now();
  matcher.matchAll(quotes.map((q) => q.query));
  const matchAllMs = performance.now() - matchAllStart;
  const oursFound = results.map((r) => (r.verdict === 'unsourced' ? null : (r.match?.sourceId ?? null)));

  // Naive approach: Fuse.js over every corpus sentence, one search per quote.
  const sentences: { text: string; doc: string }[] = [];
  for (const d of docs) {
    const starts = sentenceStarts(d.text);
    starts.forEach((s, i) => sentences.push({ text: d.text.slice(s, starts[i + 1] ?? d.text.length).replace(/\s+/g, ' ').trim(), doc: d.id }));
  }
  const tf = performance.now();
  const fuse = new Fuse(sentences, { keys: ['text'], ignoreLocation: true, threshold: 0.4, includeScore: true });
  const fuseBuildSeconds = (performance.now() - tf) / 1000;
  const rand = seededRandom(SEED + 2);
  const slice = Array.from({ length: FUSE_SLICE }, () => quotes[Math.floor(rand() * quotes.length)]);
  const fuseTimes: number[] = [];
  const fuseFound: (string | null)[] = [];
  for (const q of slice) {
    const t = performance.now();
    const hit = fuse.search(q.query.text, { limit: 1 })[0];
    fuseTimes.push(performance.now() - t);
    fuseFound.push(hit ? hit.item.doc : null);
  }
  const fuseMsPerQuote = fuseTimes.reduce((a, b) => a + b, 0) / fuseTimes.length;
  const oursMean = times.reduce((a, b) => a + b, 0) / times.length;
  const sliceIdx = slice.map((q) => quotes.indexOf(q));

  const scale = [0.1, 0.3].map(medianAt);
  const median = percentile(times, 0.5);
  scale.push({ fraction: 1, docs: docs.length, words: index.wordCount, medianMs: round(median), p95Ms: round(percentile(times, 0.95)) });

  const report = {
    corpus: { docs: docs.length, words: index.wordCount, textBytes, readSeconds: round(readSeconds, 2) },
    index: {
      bytes: built.length,
      bytesPerTextByte: round(built.length / textBytes),
      buildSeconds: round(buildSeconds, 2),
      buildCpuSeconds: round((buildCpu.user + buildCpu.system) / 1e6, 2),
      loadMs: round(loadMs, 1),
      heapMB: round(heapMB, 1),
    },
    quotes: { total: quotes.length, inNoSource: none.length, classes: [...new Set(sourced.map((q) => q.truth))] },
    perQuote: {
      medianMs: round(median),
      p95Ms: round(percentile(times, 0.95)),
      maxMs: round(times[times.length - 1]),
      meanMs: round(oursMean),
      matchAllTotalMs: round(matchAllMs, 1),
      // CPU time of the process per quote: the wall-clock figures include waiting when the machine is shared.
      cpuMedianMs: round(percentile(cpuTimes, 0.5)),
      cpuP95Ms: round(percentile(cpuTimes, 0.95)),
      loadAverage: round(loadavg()[0], 2),
    },
    recall: { ours: round(recallOf(quotes, oursFound)), oursOnFuseSlice: round(recallOf(slice, sliceIdx.map((i) => oursFound[i]))), fuseOnSlice: round(recallOf(slice, fuseFound)) },
    naive: {
      method: `Fuse.js 7 (ignoreLocation, threshold 0.4) over ${sentences.length} corpus sentences; ${FUSE_SLICE} quotes timed, scaled linearly to ${quotes.length}`,
      buildSeconds: round(fuseBuildSeconds, 2),
      msPerQuote: round(fuseMsPerQuote, 1),
      estimatedTotalSeconds: round((fuseMsPerQuote * quotes.length) / 1000, 1),
      speedRatioMean: Math.round(fuseMsPerQuote / oursMean),
      speedRatioMedian: Math.round(fuseMsPerQuote / median),
    },
    scale,
    targets: {
      medianMs: median <= 1,
      p95Ms: percentile(times, 0.95) <= 5,
      buildSeconds: buildSeconds <= 15,
      loadMs: loadMs <= 300,
      heapMB: heapMB <= 200,
      bytesPerTextByte: built.length / textBytes <= 1.5,
      speedRatio: fuseMsPerQuote / oursMean >= 1000,
    },
  };
  return report;
}

async function main() {
  const report = (await benchMatch()) as Awaited<ReturnType<typeof benchMatch>> & Record<string, any>;
  const outDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench-match.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  const r = report;
  console.log('\nmetric                     value        target');
  const row = (name: string, value: string, target: string) => console.log(`${name.padEnd(26)} ${value.padEnd(12)} ${target}`);
  row('median per quote', `${r.perQuote.medianMs} ms`, '≤ 1 ms');
  row('p95 per quote', `${r.perQuote.p95Ms} ms`, '≤ 5 ms');
  row('CPU median / p95', `${r.perQuote.cpuMedianMs} / ${r.perQuote.cpuP95Ms} ms`, `process CPU time; load average ${r.perQuote.loadAverage}`);
  row('index build', `${r.index.buildSeconds} s`, `≤ 15 s (CPU ${r.index.buildCpuSeconds} s)`);
  row('index load', `${r.index.loadMs} ms`, '≤ 300 ms');
  row('heap of loaded index', `${r.index.heapMB} MB`, '≤ 200 MB');
  row('index / text bytes', `${r.index.bytesPerTextByte}`, '≤ 1.5');
  row('speed vs Fuse (mean)', `${r.naive.speedRatioMean}×`, '≥ 1000× (Fuse timed on a slice, scaled)');
  row('recall ours / Fuse', `${r.recall.oursOnFuseSlice} / ${r.recall.fuseOnSlice}`, `on the ${FUSE_SLICE}-quote slice; ours on all: ${r.recall.ours}`);
  for (const s of r.scale) row(`median at ${s.fraction * 100}%`, `${s.medianMs} ms`, `${s.words} words`);
  console.log('wrote bench-results/bench-match.json');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
