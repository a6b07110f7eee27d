// `npm run bench`: every engine benchmark in one run; JSON in bench-results/bench.json and a summary table.
// The parts read ../shared/corpus (the full public-domain corpus), so they run from a checkout beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchMatch } from './bench-match';
import { benchQuotes } from './bench-quotes';
import { benchStore } from './bench-store';

const parts: Record<string, () => Promise<object>> = { quotes: benchQuotes, match: benchMatch, store: benchStore };
const only = process.argv.slice(2);
const results: Record<string, object> = {};
for (const [name, run] of Object.entries(parts)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  const started = performance.now();
  results[name] = await run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
mkdirSync('bench-results', { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, results };
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench-results/bench.json');
