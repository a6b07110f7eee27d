// The content script runs on every page: it must not carry the quote engine or the matcher,
// which run in the engine (a worker in Chrome). One value import of the wrong module pulls
// them back in and doubles what every page compiles.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Modules reachable from `entry` through value imports (`import type` is erased by the compiler). */
function valueImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const next = resolveModule(file, match[1]!);
      if (next) visit(next);
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('content script bundle', () => {
  it('reaches neither the quote engine nor the matcher', () => {
    const modules = [...valueImports(join(ROOT, 'entrypoints/content/index.ts'))];
    expect(modules).toContain('lib/dom/page-checker.ts');
    expect(modules.filter((file) => /^lib\/(?:quotes|match)\/|^lib\/check\.ts$/.test(file))).toEqual([]);
  });
});
