// Benchmark of user sources (`npx tsx scripts/bench-store.ts`): adding a long transcript until it is
// searchable, and matching with 500 user sources beside the bundled speeches.
// Reads /work/shared/corpus (public domain); runs IndexedDB in memory through fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, createMatcher, loadIndex, type SourceIndex } from '../lib/match/index';
import { SourceStore } from '../lib/sources/store';
import type { QuoteQuery, SourceDoc } from '../lib/types';

const CORPUS = process.env.VERBATIM_CORPUS ?? '/work/shared/corpus';
const BUNDLED_INDEX = 'public/index/bundled.vidx';
const USER_SOURCES = 500;
const WORDS_PER_SOURCE = 20_000;
const QUOTES = 300;

/** Deterministic RNG (mulberry32), so every run measures the same sources and quotes. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? corpusFiles(path) : name.endsWith('.txt') ? [path] : [];
    })
    .sort();
}

function readCorpus(): SourceDoc[] {
  return corpusFiles(CORPUS).map((path) => {
    const id = relative(CORPUS, path).replace(/\.txt$/, '');
    return { id: `bundled:${id}`, title: id, speaker: null, date: null, url: null, text: readFileSync(path, 'utf8') };
  });
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function sentencesOf(docs: SourceDoc[]): string[] {
  const sentences: string[] = [];
  for (const doc of docs) {
    for (const sentence of doc.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const words = countWords(sentence);
      if (words >= 8 && words <= 60) sentences.push(sentence);
    }
  }
  return sentences;
}

/** A synthetic transcript: corpus sentences in a random order, up to the word count. */
function synthesise(sentences: string[], words: number, random: () => number): string {
  const parts: string[] = [];
  let total = 0;
  while (total < words) {
    const sentence = sentences[Math.floor(random() * sentences.length)];
    parts.push(sentence);
    total += countWords(sentence);
  }
  return parts.join(' ');
}

/** A quote from inside a text: 8–20 consecutive words of one sentence. */
function quoteFrom(text: string, random: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => countWords(sentence) >= 12);
  const words = sentences[Math.floor(random() * sentences.length)].split(/\s+/);
  const length = Math.min(words.length, 8 + Math.floor(random() * 13));
  const start = Math.floor(random() * (words.length - length + 1));
  return words.slice(start, start + length).join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

async function benchAddOne(corpus: SourceDoc[]): Promise<object> {
  // One long "transcript" of 50,000 words: consecutive corpus speeches.
  let text = '';
  for (const doc of corpus) {
    if (countWords(text) >= 50_000) break;
    text += `${doc.text}\n\n`;
  }
  const words = text.split(/\s+/).filter(Boolean).slice(0, 50_000);
  text = words.join(' ');
  const quote = words.slice(31_000, 31_014).join(' ');
  const runs: { addMs: number; addedToSearchableMs: number; found: boolean }[] = [];
  for (let run = 0; run < 5; run++) {
    const store = new SourceStore({ factory: new IDBFactory(), channelName: 'bench-store' });
    await store.listSources(); // open the database outside the timing
    const started = performance.now();
    const [id] = await store.addSources([{ id: 'long', title: 'Long transcript', speaker: null, date: null, url: null, text }], 'upload');
    const added = performance.now();
    const matcher = createMatcher(await store.loadUserIndexes());
    const result = matcher.match({ id: 'q', text: quote, kind: 'full', speaker: null, utteranceId: 'u' });
    const searchable = performance.now();
    runs.push({ addMs: round(added - started, 1), addedToSearchableMs: round(searchable - started, 1), found: result.match?.sourceId === id });
    await store.close();
  }
  return {
    words: words.length,
    runs,
    medianAddedToSearchableMs: round(median(runs.map((run) => run.addedToSearchableMs)), 1),
    targetMs: 500,
    allFound: runs.every((run) => run.found),
  };
}

async function loadBundled(corpus: SourceDoc[]): Promise<{ index: SourceIndex; from: string; buildMs?: number }> {
  if (existsSync(BUNDLED_INDEX)) {
    const bytes = readFileSync(BUNDLED_INDEX);
    try {
      return { index: loadIndex(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)), from: BUNDLED_INDEX };
    } catch {
      // Written by an older engine (npm run index rebuilds it): build from the corpus instead.
    }
  }
  const started = performance.now();
  const bytes = buildIndex(corpus);
  return { index: loadIndex(bytes), from: `built in memory from ${CORPUS}`, buildMs: round(performance.now() - started, 0) };
}

async function benchManySources(corpus: SourceDoc[]): Promise<object> {
  const random = rng(20261125);
  const sentences = sentencesOf(corpus);
  const bundled = await loadBundled(corpus);
  const storeFactory = new IDBFactory();
  const store = new SourceStore({ factory: storeFactory, channelName: 'bench-store' });

  const addStarted = performance.now();
  const userTexts: string[] = [];
  let userWords = 0;
  const batch: SourceDoc[] = [];
  let compactMs = 0;
  let segmentsBuilt = 0;
  for (let i = 0; i < USER_SOURCES; i++) {
    const text = synthesise(sentences, WORDS_PER_SOURCE, random);
    userWords += countWords(text);
    // Keep a few texts to quote from; the rest only live in the store.
    if (i % 5 === 0) userTexts.push(text);
    batch.push({ id: `s${i}`, title: `Synthetic transcript ${i}`, speaker: `Speaker ${i % 40}`, date: null, url: null, text });
    // As on the sources page: add a batch, then merge indexes while the user pauses.
    if (batch.length === 25) {
      await store.addSources(batch.splice(0), 'upload');
      const started = performance.now();
      segmentsBuilt += await store.compact();
      compactMs += performance.now() - started;
    }
  }
  const addMs = performance.now() - addStarted;

  // A fresh store (as in a restarted background) reads every index; the next reload reuses them.
  const reader = new SourceStore({ factory: storeFactory, channelName: 'bench-store' });
  const loadStarted = performance.now();
  const userIndexes = await reader.loadUserIndexes();
  const loadMs = performance.now() - loadStarted;
  const reloadStarted = performance.now();
  await reader.loadUserIndexes();
  const reloadMs = performance.now() - reloadStarted;
  const matcher = createMatcher([bundled.index, ...userIndexes]);
  const bundledOnly = createMatcher([bundled.index]);

  // Half the quotes from user sources, a third from the bundled speeches, the rest in no source.
  const queries: QuoteQuery[] = [];
  for (let i = 0; i < QUOTES; i++) {
    const kind = i % 6;
    const text =
      kind < 3
        ? quoteFrom(userTexts[Math.floor(random() * userTexts.length)], random)
        : kind < 5
          ? quoteFrom(corpus[Math.floor(random() * corpus.length)].text.replace(/\s+/g, ' '), random)
          : `${quoteFrom(userTexts[Math.floor(random() * userTexts.length)], random)} zebra quantum marmalade`
              .split(' ')
              .sort(() => random() - 0.5)
              .join(' ');
    queries.push({ id: `q${i}`, text, kind: 'full', speaker: null, utteranceId: `u${i}` });
  }
  for (const query of queries.slice(0, 20)) matcher.match(query); // warm up the JIT
  const times: number[] = [];
  let found = 0;
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const result = matcher.match(query);
    times.push(performance.now() - started);
    if (i % 6 < 5 && result.match) found++;
  }
  // The same quotes against the bundled index alone: what the user sources add to the cost.
  const bundledTimes: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    bundledOnly.match(query);
    bundledTimes.push(performance.now() - started);
  }
  await store.close();
  await reader.close();
  return {
    userSources: USER_SOURCES,
    userWords,
    bundled: { from: bundled.from, docs: bundled.index.docCount, words: bundled.index.wordCount, buildMs: bundled.buildMs },
    addAllMs: round(addMs, 0),
    compactionMs: round(compactMs, 0),
    segmentsBuilt,
    userIndexes: userIndexes.length,
    loadUserIndexesMs: round(loadMs, 0),
    reloadUserIndexesMs: round(reloadMs, 1),
    quotes: queries.length,
    foundOfSourced: `${found}/${queries.filter((_, i) => i % 6 < 5).length}`,
    medianMsPerQuote: round(median(times)),
    p95MsPerQuote: round(percentile(times, 0.95)),
    targetMedianMs: 2,
    bundledOnlyMedianMsPerQuote: round(median(bundledTimes)),
    heapUsedMB: round(process.memoryUsage().heapUsed / 1024 / 1024, 0),
  };
}

export async function benchStore(): Promise<object> {
  const loadBefore = loadavg()[0];
  const corpus = readCorpus();
  const addOne = await benchAddOne(corpus);
  console.log('add 50,000 words:', JSON.stringify(addOne));
  const many = await benchManySources(corpus);
  console.log('500 sources:', JSON.stringify(many));
  return {
    addOneTranscript: addOne,
    manyUserSources: many,
    note:
      'User sources are synthesised from corpus sentences sampled with replacement (each sentence recurs ~2x, and also ' +
      'in the bundled index). IndexedDB is fake-indexeddb in memory. Timings are wall-clock on a shared machine: see loadAverage.',
    loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0], 1), cpus: cpus().length },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = { date: new Date().toISOString(), node: process.version, ...(await benchStore()) };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench-store.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
