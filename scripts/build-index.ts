// `npm run index`: builds the bundled source index (public/index/bundled.vidx) from sources/bundled/.
// Usage: tsx scripts/build-index.ts [--out PATH] [--force] [INPUT...]
// Skips the rebuild when a stamp of the inputs (paths, sizes, mtimes), the builder's own code and
// the index version matches the one kept from last time (under node_modules/.cache, so that
// nothing but the index and its summary lands in public/ and ships in the extension).
// Next to the index it writes <name>.json, {docs, words}, for pages that only need the numbers.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, loadIndex, INDEX_VERSION } from '../lib/match/index';
import { loadSources } from '../lib/sources/load-dir';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { out: string; inputs: string[]; force: boolean } {
  let out = join(repo, 'public', 'index', 'bundled.vidx');
  let force = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      const next = argv[++i];
      if (!next) throw new Error('--out needs a path');
      out = resolve(next);
    } else if (argv[i] === '--force') force = true;
    else inputs.push(resolve(argv[i]));
  }
  return { out, inputs: inputs.length ? inputs : [join(repo, 'sources', 'bundled')], force };
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [path];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => listFiles(join(path, e.name)));
}

/** Paths, sizes and mtimes of every input file and of the code that shapes the index. */
function stampOf(inputs: string[]): string {
  const code = [join(repo, 'lib', 'text'), join(repo, 'lib', 'match', 'source-index.ts'), join(repo, 'lib', 'sources')];
  const lines = [`index-version ${INDEX_VERSION}`];
  for (const file of [...inputs, ...code].flatMap(listFiles)) {
    if (!existsSync(file)) {
      lines.push(`${file} missing`);
      continue;
    }
    const s = statSync(file);
    lines.push(`${file} ${s.size} ${s.mtimeMs}`);
  }
  return lines.join('\n');
}

async function main() {
  const { out, inputs, force } = parseArgs(process.argv.slice(2));
  const stampFile = join(repo, 'node_modules', '.cache', 'verbatim-index', `${createHash('sha1').update(out).digest('hex')}.stamp`);
  const summaryFile = out.replace(/\.[^./]+$/, '') + '.json';
  const stamp = stampOf(inputs);
  if (!force && existsSync(out) && existsSync(summaryFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`index up to date: ${out} (inputs unchanged; --force rebuilds)`);
    return;
  }
  const started = performance.now();
  const { docs, errors } = await loadSources(inputs);
  for (const e of errors) console.warn(`skipped ${e.message}`);
  if (docs.length === 0) throw new Error(`no sources found in ${inputs.join(', ')}`);
  const loaded = performance.now();
  const bytes = buildIndex(docs);
  // Fail here rather than in the extension if the output would not load.
  const index = loadIndex(bytes);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  writeFileSync(summaryFile, `${JSON.stringify({ docs: index.docCount, words: index.wordCount })}\n`);
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, stamp);
  const seconds = (performance.now() - started) / 1000;
  const reading = (loaded - started) / 1000;
  console.log(
    `index: ${index.docCount} docs, ${index.wordCount} words, ${bytes.length} bytes, ${seconds.toFixed(1)} s (reading ${reading.toFixed(1)} s, indexing ${(seconds - reading).toFixed(1)} s) → ${out}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
