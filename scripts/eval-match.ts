// Verdict quality of the matcher: sentences sampled from the corpus (seeded), perturbed into
// each verdict class with known truth, matched together, scored per class.
// Run: npm run eval:match  (reads /work/shared/corpus; writes bench-results/eval-match.json)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuoteQuery, SourceDoc, Verdict } from '../lib/types';
import { VERDICTS } from '../lib/types';
import { buildIndex, createMatcher, loadIndex, type Matcher } from '../lib/match/index';
import { sentenceStarts } from '../lib/text/sentences';
import { tokenize } from '../lib/text/normalize';
import { reasonText } from '../lib/reasons';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared corpus sits beside the checkout (../shared/corpus); VERBATIM_CORPUS overrides. */
export const CORPUS_DIR = resolve(process.env.VERBATIM_CORPUS ?? join(REPO_ROOT, '..', 'shared', 'corpus'));

/** RFC 4180 CSV (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else cur += ch;
  }
  if (cur || row.length) rows.push([...row, cur]);
  return rows.filter((r) => r.length > 1);
}

/** The corpus as SourceDocs (duplicates skipped); with `fraction` < 1, that share of the files, spread evenly. */
export function loadCorpus(fraction = 1): { docs: SourceDoc[]; bytes: number } {
  const [header, ...all] = parseCsv(readFileSync(join(CORPUS_DIR, 'INDEX.csv'), 'utf8'));
  const col = (name: string) => header.indexOf(name);
  const rows = all.filter((r) => !r[col('corpus')].includes('duplicate'));
  const take = rows.filter((_, i) => Math.floor((i + 1) * fraction) > Math.floor(i * fraction));
  let bytes = 0;
  const docs = take.map((r): SourceDoc => {
    const path = r[col('path')];
    const text = readFileSync(join(CORPUS_DIR, path), 'utf8');
    bytes += Buffer.byteLength(text);
    const speaker = r[col('speaker')].replace(/\s+/g, ' ').trim() || null;
    return {
      id: path.replace(/\.txt$/, ''),
      title: `${r[col('event')]}, ${r[col('year')]} (${r[col('country')]})`,
      speaker,
      date: r[col('year')] || null,
      url: null,
      country: r[col('country')] || null,
      post: r[col('post')] || null,
      text,
    };
  });
  return { docs, bytes };
}

/** Mulberry32: small seeded RNG so runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LabelledQuote {
  query: QuoteQuery;
  truth: Verdict;
  /** The doc the words were taken from (for unsourced: the doc whose words were shuffled). */
  sourceId: string;
}

const US_UK: [RegExp, string][] = [
  [/\bprogram\b/i, 'programme'],
  [/\bprogramme\b/i, 'program'],
  [/\bdefen[cs]e\b/i, 'defence'],
  [/\bhono(u?)r\b/i, 'honour'],
  [/\blabo(u?)r\b/i, 'labor'],
  [/\b(organi)([sz])(ation|e|ed|ing)\b/i, '$1ZZ$3'],
  [/\bcent(er|re)\b/i, 'centre'],
  [/\bfavo(u?)r\b/i, 'favour'],
  [/\bneighbo(u?)r/i, 'neighbor'],
  [/\b(\w{3,})is(e|ed|ing)\b/i, '$1iz$2'],
  [/\b(\w{3,})iz(e|ed|ing)\b/i, '$1is$2'],
  [/\b(\w+)-(\w+)\b/, '$1$2'],
  [/\bper cent\b/i, '%'],
  [/\bpercent\b/i, 'per cent'],
];

/** Builds labelled quotes of every class from corpus sentences. */
export function makeQuotes(docs: SourceDoc[], count: number, seed: number): LabelledQuote[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const speakers = [...new Set(docs.map((d) => d.speaker).filter((s): s is string => !!s))];
  const sentencesOf = new Map<SourceDoc, string[]>();
  const sentences = (doc: SourceDoc) => {
    let s = sentencesOf.get(doc);
    if (!s) {
      const starts = sentenceStarts(doc.text);
      s = starts.map((st, i) => doc.text.slice(st, starts[i + 1] ?? doc.text.length).replace(/\s+/g, ' ').trim());
      sentencesOf.set(doc, s);
    }
    return s;
  };
  const goodSentence = (doc: SourceDoc): { i: number; text: string } | null => {
    const ss = sentences(doc);
    for (let tries = 0; tries < 30; tries++) {
      const i = Math.floor(rand() * ss.length);
      const n = tokenize(ss[i]).length;
      if (n >= 10 && n <= 40 && !/[*#>\[\]…]|\.\.\./.test(ss[i])) return { i, text: ss[i] };
    }
    return null;
  };
  const stripEnd = (s: string) => s.replace(/[.!?;:,]+$/, '');
  const words = (s: string) => s.split(' ');
  const out: LabelledQuote[] = [];
  const classes: Verdict[] = [...VERDICTS];
  let n = 0;
  while (out.length < count) {
    const truth = classes[n % classes.length];
    n++;
    const doc = pick(docs);
    const s = goodSentence(doc);
    if (!s) continue;
    const id = `q${out.length}`;
    let text: string | null = null;
    let speaker = doc.speaker;
    const w = words(stripEnd(s.text));
    switch (truth) {
      case 'exact':
        text = stripEnd(s.text);
        break;
      case 'variant': {
        for (const [re, rep] of US_UK) {
          if (re.test(s.text)) {
            const swapped = s.text.replace(re, rep).replace(/ZZ/, (m) => (/organiz/i.test(s.text) ? 's' : 'z'));
            if (swapped.toLowerCase() !== s.text.toLowerCase()) {
              text = stripEnd(swapped);
              break;
            }
          }
        }
        break;
      }
      case 'edited': {
        if (w.length < 12) break;
        if (rand() < 0.5) {
          const cutFrom = 3 + Math.floor(rand() * (w.length - 9));
          const cutLen = 2 + Math.floor(rand() * 3);
          text = [...w.slice(0, cutFrom), '…', ...w.slice(cutFrom + cutLen)].join(' ');
        } else {
          const at = 3 + Math.floor(rand() * (w.length - 6));
          text = [...w.slice(0, at), `[${pick(['the government', 'they', 'this', 'our nation'])}]`, ...w.slice(at + 1)].join(' ');
        }
        break;
      }
      case 'altered': {
        const ws = w.slice();
        const at = 2 + Math.floor(rand() * (ws.length - 4));
        const how = rand();
        if (how < 0.4) ws[at] = pick(['never', 'always', 'perhaps', 'certainly', 'not', 'would', 'could']);
        else if (how < 0.7) ws.splice(at, 0, pick(['never', 'really', 'truly', 'not', 'also']));
        else ws.splice(at, 1);
        text = ws.join(' ');
        if (text.toLowerCase() === w.join(' ').toLowerCase()) text = null;
        break;
      }
      case 'spliced': {
        const ss = sentences(doc);
        const j = s.i + 5 + Math.floor(rand() * 20);
        if (j >= ss.length) break;
        const b = ss[j];
        const nb = tokenize(b).length;
        if (nb < 8 || nb > 40 || /[*#>\[\]…]/.test(b)) break;
        text = `${stripEnd(s.text)} ${stripEnd(b)}`;
        break;
      }
      case 'misattributed': {
        let other = pick(speakers);
        for (let k = 0; k < 5 && doc.speaker && other === doc.speaker; k++) other = pick(speakers);
        if (!doc.speaker || other === doc.speaker) break;
        speaker = other;
        text = stripEnd(s.text);
        break;
      }
      case 'unsourced': {
        // Shuffled words of a real sentence: every word exists in the corpus, the sequence doesn't.
        const ws = w.slice();
        for (let k = ws.length - 1; k > 0; k--) {
          const r = Math.floor(rand() * (k + 1));
          [ws[k], ws[r]] = [ws[r], ws[k]];
        }
        text = ws.join(' ');
        break;
      }
    }
    if (!text) {
      n--; // retry the same class with another sentence
      continue;
    }
    out.push({ query: { id, text, kind: 'full', speaker, utteranceId: id }, truth, sourceId: doc.id });
  }
  return out;
}

/**
 * Short-fragment safety: 3-word fragments must be found in the attributed speaker's sources
 * and must never be matched to arbitrary sources when nothing vouches for them.
 */
function evalFragments(docs: SourceDoc[], matcher: Matcher, count: number, seed: number) {
  const rand = seededRandom(seed);
  let withSpeaker = 0;
  let withoutTrust = 0;
  let wrongSpeaker = 0;
  let made = 0;
  while (made < count) {
    const doc = docs[Math.floor(rand() * docs.length)];
    if (!doc.speaker) continue;
    const words = tokenize(doc.text);
    const at = Math.floor(rand() * Math.max(1, words.length - 3));
    const three = words.slice(at, at + 3);
    if (three.length < 3) continue;
    const text = doc.text.slice(three[0].start, three[2].end);
    if (/[\n*…]|\.\.\./.test(text)) continue;
    made++;
    const id = `f${made}`;
    const [own] = matcher.matchAll([{ id, text, kind: 'fragment', speaker: doc.speaker, utteranceId: id }]);
    if (own.verdict !== 'unsourced' && own.match?.sourceId === doc.id) withSpeaker++;
    const [alone] = matcher.matchAll([{ id, text, kind: 'fragment', speaker: null, utteranceId: id }]);
    if (alone.verdict !== 'unsourced') withoutTrust++;
    const [wrong] = matcher.matchAll([{ id, text, kind: 'fragment', speaker: 'Nobody Inparticular', utteranceId: id }]);
    if (wrong.verdict !== 'unsourced' && wrong.verdict !== 'misattributed') wrongSpeaker++;
  }
  return { count, foundWithSpeaker: withSpeaker / count, matchedWithoutTrust: withoutTrust / count, wrongSpeakerAccepted: wrongSpeaker / count };
}

export function scoreVerdicts(quotes: LabelledQuote[], got: Verdict[]) {
  const perClass: Record<string, { precision: number; recall: number; support: number; predicted: number }> = {};
  for (const v of VERDICTS) {
    const support = quotes.filter((q) => q.truth === v).length;
    const predicted = got.filter((g) => g === v).length;
    const hit = quotes.filter((q, i) => q.truth === v && got[i] === v).length;
    perClass[v] = { precision: predicted ? hit / predicted : 0, recall: support ? hit / support : 0, support, predicted };
  }
  const accuracy = quotes.filter((q, i) => q.truth === got[i]).length / quotes.length;
  const confusion: Record<string, Record<string, number>> = {};
  quotes.forEach((q, i) => {
    confusion[q.truth] ??= {};
    confusion[q.truth][got[i]] = (confusion[q.truth][got[i]] ?? 0) + 1;
  });
  return { accuracy, perClass, confusion };
}

async function main() {
  const count = Number(process.argv[2] ?? 700);
  const t0 = performance.now();
  const { docs } = loadCorpus();
  const index = loadIndex(buildIndex(docs));
  const matcher = createMatcher([index]);
  const buildSeconds = (performance.now() - t0) / 1000;
  const quotes = makeQuotes(docs, count, 20261125);
  const results = matcher.matchAll(quotes.map((q) => q.query));
  const got = results.map((r) => r.verdict);
  const scores = scoreVerdicts(quotes, got);
  const fragments = evalFragments(docs, matcher, 100, 7);
  const mistakes = quotes
    .map((q, i) => ({ truth: q.truth, got: got[i], text: q.query.text, reason: reasonText(results[i].reason) }))
    .filter((m) => m.truth !== m.got)
    .slice(0, 40);
  const report = { quotes: quotes.length, seed: 20261125, docs: docs.length, buildSeconds: +buildSeconds.toFixed(2), ...scores, fragments, sampleMistakes: mistakes };
  const outDir = join(REPO_ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'eval-match.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify({ quotes: report.quotes, accuracy: +scores.accuracy.toFixed(3), perClass: scores.perClass }, null, 1));
  console.log('\nclass          precision  recall  support');
  for (const v of VERDICTS) {
    const c = scores.perClass[v];
    console.log(`${v.padEnd(14)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(7)} ${String(c.support).padStart(8)}`);
  }
  console.log(`accuracy ${scores.accuracy.toFixed(3)}; details in bench-results/eval-match.json`);
  console.log(
    `short fragments (3 words): found with the right speaker ${fragments.foundWithSpeaker.toFixed(3)}; ` +
      `matched with no speaker and no page context ${fragments.matchedWithoutTrust.toFixed(3)} (should be 0); ` +
      `matched under a wrong speaker as anything but unsourced/misattributed ${fragments.wrongSpeakerAccepted.toFixed(3)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
