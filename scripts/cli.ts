// `verbatim` command line: check the quotes of a saved page or URL against source transcripts,
// and build source packs for the extension. Run through bin/verbatim.mjs (or `npx tsx scripts/cli.ts`).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { buildIndex, createMatcher, loadIndex, type SourceIndex } from '../lib/match/index';
import { checkText } from '../lib/check';
import { readPage as readArticle, type BlockInfo } from '../lib/dom/page-text';
import { reasonText } from '../lib/reasons';
import { loadSources } from '../lib/sources/load-dir';
import { VERDICTS, type MatchResult, type Quote, type QuoteKind, type SourceMatch, type Verdict } from '../lib/types';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** VERBATIM_BUNDLED_INDEX points elsewhere (tests use it to exercise a missing index). */
const BUNDLED_INDEX = resolve(process.env.VERBATIM_BUNDLED_INDEX ?? resolve(REPO_ROOT, 'public/index/bundled.vidx'));
/** Prebuilt indexes (`verbatim index` output, the bundled index) load as they are instead of being parsed as sources. */
const INDEX_EXTENSIONS = ['.verbatim', '.vidx'];

export const USAGE = `Usage:
  verbatim check <page.html | URL> [--sources PATH ...] [--no-bundled] [--json]
      Find the quotations on a page and check them against the sources.
      --sources PATH   a source file, a folder of sources, or a pack (.verbatim); repeatable
      --no-bundled     do not use the bundled index (public/index/bundled.vidx)
      --json           print one JSON document (see verbatim.schema.json) instead of a table
  verbatim index <dir | file ...> -o <pack.verbatim>
      Build a source pack from text, markdown, JSON, subtitle and HTML sources.
  verbatim --help
      Show this help.
`;

// ------------------------------------------------------------------ JSON report (verbatim.schema.json)

/** A match as the report prints it: the engine's SourceMatch without the internal offset. */
export type ReportMatch = Omit<SourceMatch, 'offset'>;

export interface ReportQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  verdict: Verdict | null;
  reason: string;
  match: ReportMatch | null;
}

export interface Report {
  page: { title: string | null; url: string | null };
  quotes: ReportQuote[];
}

// ------------------------------------------------------------------ errors and output

/** A failure the user can act on: printed as one line, exit code 1. */
class CliError extends Error {}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one command line; returns the exit code. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`;
    io.err(`verbatim: ${message.split('\n')[0]}`);
    return 1;
  }
}

async function run(argv: string[], io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sources: { type: 'string', multiple: true },
        'no-bundled': { type: 'boolean' },
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's message goes on to explain "--" positionals; the first sentence is the useful part.
    const message = (error as Error).message.split(/\.\s|\n/)[0];
    throw new CliError(`${message} (see verbatim --help)`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return 0;
  }

  if (command === 'check') {
    if (values.output !== undefined) throw new CliError('-o/--output belongs to "verbatim index", not "check"');
    if (rest.length === 0) throw new CliError('check needs a page (file or http(s) URL)');
    if (rest.length > 1) {
      throw new CliError(`check takes one page, got ${rest.length} (give each source its own --sources)`);
    }
    const report = await check(rest[0], values.sources ?? [], !values['no-bundled'], io);
    io.out(values.json ? JSON.stringify(report, null, 2) : formatTable(report));
    return 0;
  }

  if (command === 'index') {
    if (values.sources || values.json || values['no-bundled']) {
      throw new CliError('"verbatim index" takes source paths and -o only');
    }
    if (rest.length === 0) throw new CliError('index needs at least one source file or folder');
    if (!values.output) throw new CliError('index needs an output file: -o pack.verbatim');
    await buildPack(rest, values.output, io);
    return 0;
  }

  throw new CliError(`unknown command "${command}" (see verbatim --help)`);
}

// ------------------------------------------------------------------ check

async function check(target: string, sourcePaths: string[], useBundled: boolean, io: Output): Promise<Report> {
  const { html, url } = await readPage(target);
  const indexes: SourceIndex[] = [];
  if (useBundled) {
    const data = await readFile(BUNDLED_INDEX).catch(() => {
      throw new CliError(`no bundled index at ${BUNDLED_INDEX}: run npm run index first (or pass --no-bundled)`);
    });
    try {
      indexes.push(loadIndex(new Uint8Array(data)));
    } catch (error) {
      // Typically an index built by an older version of the matcher.
      throw new CliError(`bundled index ${BUNDLED_INDEX} is unusable (${(error as Error).message}): run npm run index`);
    }
  }
  indexes.push(...(await indexesFromPaths(sourcePaths, io)));
  if (indexes.length === 0) io.err('verbatim: no sources loaded, so every quote will be unsourced');

  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // The same path as the extension: the article's text, then quotes found and matched together.
  const { quotes, results } = checkText(createMatcher(indexes), ...articleText(doc));

  return {
    page: { title: pageTitle(doc), url: canonicalUrl(doc) ?? url },
    quotes: quotes.map((quote, i) => toReportQuote(quote, results[i] ?? null)),
  };
}

/** The article's flat text and blocks; nothing when the page cannot be read (hostile markup). */
function articleText(doc: Document): [string, BlockInfo[]] {
  try {
    const { model, blocks } = readArticle(doc);
    return [model.text, blocks];
  } catch {
    return ['', []];
  }
}

/** Source folders/files are indexed on the fly; packs are loaded as built. */
async function indexesFromPaths(paths: string[], io: Output): Promise<SourceIndex[]> {
  const indexes: SourceIndex[] = [];
  const sourcePaths: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliError(`source not found: ${path}`);
    if (info.isFile() && INDEX_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension))) {
      try {
        indexes.push(loadIndex(new Uint8Array(await readFile(path))));
      } catch (error) {
        throw new CliError(`${path}: unusable source pack (${(error as Error).message})`);
      }
    } else {
      sourcePaths.push(path);
    }
  }
  if (sourcePaths.length > 0) {
    const { docs, errors } = await loadSources(sourcePaths);
    for (const error of errors) io.err(`verbatim: skipped ${error.message}`);
    if (docs.length > 0) indexes.push(loadIndex(buildIndex(docs)));
  }
  return indexes;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

const FETCH_TIMEOUT_MS = 30_000;

async function readPage(target: string): Promise<{ html: string; url: string | null }> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    let data: Uint8Array;
    try {
      response = await fetch(target, {
        redirect: 'follow',
        headers: { 'user-agent': 'verbatim-cli (quote checker)', accept: 'text/html,*/*;q=0.5' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) throw new CliError(`cannot fetch ${target}: HTTP ${response.status}`);
      data = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof CliError) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why = (error as Error).name === 'TimeoutError' ? `no answer in ${FETCH_TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new CliError(`cannot fetch ${target}: ${why}`);
    }
    return { html: decodePage(target, data, response.headers.get('content-type')), url: response.url || target };
  }
  let data: Buffer;
  try {
    data = await readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`cannot read page ${target}: ${FILE_ERRORS[code] ?? (error as Error).message}`);
  }
  return { html: decodePage(target, new Uint8Array(data), null), url: null };
}

/** Bytes → HTML text in the page's declared charset (HTTP header, then <meta charset>), UTF-8 by default. */
function decodePage(target: string, data: Uint8Array, contentType: string | null): string {
  if (data.includes(0)) throw new CliError(`cannot read page ${target}: binary file, not HTML`);
  const head = new TextDecoder('latin1').decode(data.subarray(0, 4096));
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const html = decoder.decode(data);
  if (html.trim() === '') throw new CliError(`cannot read page ${target}: empty file`);
  return html;
}

function pageTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || doc.title?.trim() || null;
}

function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
}

function toReportQuote(quote: Quote, result: MatchResult | null): ReportQuote {
  const base = { text: quote.text, kind: quote.kind, speaker: quote.speaker?.name ?? null };
  if (quote.kind === 'scare' || !result) {
    return { ...base, verdict: null, reason: 'scare quotes are not checked', match: null };
  }
  const found = result.match;
  return {
    ...base,
    verdict: result.verdict,
    reason: reasonText(result.reason),
    match: found && {
      sourceId: found.sourceId,
      title: found.title,
      speaker: found.speaker,
      date: found.date,
      url: found.url,
      original: found.original,
      before: found.before,
      after: found.after,
      score: found.score,
      diff: found.diff.map((part) => ({ op: part.op, text: part.text })),
      ...(found.timestamp !== undefined ? { timestamp: found.timestamp } : {}),
      ...(found.turn !== undefined ? { turn: found.turn } : {}),
    },
  };
}

// ------------------------------------------------------------------ table

const QUOTE_WIDTH = 60;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function formatTable(report: Report): string {
  const header = ['VERDICT', 'SPEAKER', 'KIND', 'QUOTE', 'SOURCE'];
  const rows = report.quotes.map((quote) => [
    quote.verdict ?? '-',
    clip(quote.speaker ?? '-', 24),
    quote.kind,
    `“${clip(quote.text, QUOTE_WIDTH)}”`,
    quote.match ? clip(quote.match.title, 50) : '-',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();

  const summary = [...VERDICTS, null]
    .map((verdict) => [verdict ?? 'scare', report.quotes.filter((quote) => quote.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`)
    .join(', ');
  const heading = `${report.page.title ?? '(untitled page)'}${report.page.url ? ` — ${report.page.url}` : ''}`;
  if (rows.length === 0) return `${heading}\nNo quotations found.`;
  return [heading, line(header), ...rows.map(line), '', `${report.quotes.length} quotations: ${summary}`].join('\n');
}

// ------------------------------------------------------------------ index

async function buildPack(paths: string[], output: string, io: Output): Promise<void> {
  for (const path of paths) {
    if (!(await stat(path).catch(() => null))) throw new CliError(`source not found: ${path}`);
  }
  const { docs, errors } = await loadSources(paths);
  for (const error of errors) io.err(`verbatim: skipped ${error.message}`);
  if (docs.length === 0) throw new CliError('no usable sources; nothing written');
  const pack = buildIndex(docs);
  try {
    await writeFile(output, pack);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${(error as Error).message}`);
  }
  const kb = Math.max(1, Math.round(pack.byteLength / 1024));
  const skipped = errors.length > 0 ? ` (${errors.length} file${errors.length === 1 ? '' : 's'} skipped)` : '';
  io.out(`Wrote ${output}: ${docs.length} document${docs.length === 1 ? '' : 's'}, ${kb} KB${skipped}`);
}

// `npx tsx scripts/cli.ts …` runs it directly; bin/verbatim.mjs imports it and calls main().
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
