import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from './schema-validator';

const repo = resolve(__dirname, '../..');
const page = 'tests/cli/fixtures/page.html';
const sourcesFolder = 'tests/fixtures/sources/folder';
const schema = JSON.parse(readFileSync(join(repo, 'verbatim.schema.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the real launcher, as a user would; async so the test's own HTTP server can answer. */
function verbatim(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/verbatim.mjs', ...args],
      { cwd: repo, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function expectOneLineError(run: Run, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

/** The main check run, shared by the tests that read it (each spawn costs a second or more). */
let folderCheck: Promise<Run> | undefined;
const checkWithFolder = () =>
  (folderCheck ??= verbatim(['check', page, '--no-bundled', '--sources', sourcesFolder, '--json']));

let server: Server;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(join(repo, page)));
    } else {
      response.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
});

// Independent processes: run side by side to keep the suite short.
describe.concurrent('verbatim usage and errors', { timeout: 120_000 }, () => {
  it('prints usage for --help and for no arguments', async () => {
    for (const args of [['--help'], []]) {
      const run = await verbatim(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('verbatim check <page.html | URL>');
      expect(run.stdout).toContain('verbatim index <dir | file ...> -o <pack.verbatim>');
    }
  });

  it('rejects an unknown command', async () => {
    expectOneLineError(await verbatim(['frobnicate']), /^verbatim: unknown command "frobnicate"/);
  });

  it('rejects an unknown flag', async () => {
    expectOneLineError(await verbatim(['check', page, '--frob']), /^verbatim: Unknown option '--frob'/);
  });

  it('rejects check without a page, or with more than one', async () => {
    expectOneLineError(await verbatim(['check', '--no-bundled']), /^verbatim: check needs a page/);
    expectOneLineError(
      await verbatim(['check', page, '--sources', sourcesFolder, 'tests/fixtures/sources/qa.md']),
      /^verbatim: check takes one page, got 2 \(give each source its own --sources\)$/,
    );
  });

  it('rejects a missing page file', async () => {
    expectOneLineError(await verbatim(['check', 'no/such/page.html', '--no-bundled']), /cannot read page no\/such\/page\.html: no such file$/);
  });

  it('rejects a page that cannot be read as HTML', async () => {
    expectOneLineError(await verbatim(['check', 'tests/cli', '--no-bundled']), /cannot read page tests\/cli: it is a folder$/);
  });

  it('rejects a binary file given as the page', async () => {
    const binary = join(scratch, 'image.html');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectOneLineError(await verbatim(['check', binary, '--no-bundled']), /cannot read page .*image\.html: binary file, not HTML$/);
  });

  it('rejects a URL that does not answer with a page', async () => {
    expectOneLineError(await verbatim(['check', `${baseUrl}/missing`, '--no-bundled']), /cannot fetch .*\/missing: HTTP 404$/);
  });

  it('rejects a missing sources path', async () => {
    expectOneLineError(
      await verbatim(['check', page, '--no-bundled', '--sources', 'no/such/folder']),
      /^verbatim: source not found: no\/such\/folder$/,
    );
  });

  it('says to build the index when the bundled one is missing', async () => {
    const run = await verbatim(['check', page], { VERBATIM_BUNDLED_INDEX: join(scratch, 'absent.vidx') });
    expectOneLineError(run, /run npm run index first/);
  });

  it('says to rebuild the index when the bundled one is unusable', async () => {
    const run = await verbatim(['check', page], { VERBATIM_BUNDLED_INDEX: join(repo, 'tests/cli/fixtures/not-a-pack.verbatim') });
    expectOneLineError(run, /^verbatim: bundled index .*not-a-pack\.verbatim is unusable \(.+\): run npm run index$/);
  });
});

describe('verbatim check', { timeout: 120_000 }, () => {
  let report: {
    page: { title: string | null; url: string | null };
    quotes: { text: string; kind: string; speaker: string | null; verdict: string | null; match: { sourceId: string; diff: unknown[] } | null }[];
  };
  let run: Run;

  beforeAll(async () => {
    run = await checkWithFolder();
    report = JSON.parse(run.stdout);
  }, 120_000);

  it('prints exactly one JSON document that validates against verbatim.schema.json', () => {
    expect(run.code).toBe(0);
    expect(validate(report, schema)).toEqual([]);
    expect(report.page).toEqual({
      title: 'Leaders speak at the General Assembly',
      url: 'https://gazette.example/world/general-assembly',
    });
  });

  it('reports skipped source files on stderr, not in the JSON', () => {
    expect(run.stderr).toMatch(/skipped .*notes\.csv: unsupported file type/);
  });

  it('lists the quotes in page order with the matched source', () => {
    const texts = report.quotes.map((quote) => quote.text);
    expect(texts[0]).toBe('It is a matter of great honour for me to address the United Nations General Assembly for the second time,');
    expect(texts).toContain('Instead he met a wall of strength he never imagined.');
    const opening = report.quotes[0];
    expect(opening.speaker).toBe('Shehbaz Sharif');
    expect(opening.verdict).toBe('exact');
    expect(opening.match?.sourceId).toBe('pakistan-2024');
    const biden = report.quotes.find((quote) => quote.text.startsWith('Instead he met a wall'));
    expect(biden?.match?.sourceId).toBe('nested/biden-2022');
  });

  it('leaves quotes without a source unsourced, with no match', () => {
    const geneva = report.quotes.find((quote) => quote.text.includes('Geneva'));
    expect(geneva).toMatchObject({ verdict: 'unsourced', match: null });
  });

  it('gives scare quotes neither a verdict nor a match', () => {
    for (const quote of report.quotes.filter((q) => q.kind === 'scare')) {
      expect(quote).toMatchObject({ verdict: null, match: null });
    }
  });

  it('fetches http(s) pages and gives the same answer as for the saved file', async () => {
    const fetched = await verbatim(['check', `${baseUrl}/article`, '--no-bundled', '--sources', sourcesFolder, '--json']);
    expect(fetched.code).toBe(0);
    expect(JSON.parse(fetched.stdout)).toEqual(report);
  });

  it('decodes a page in the charset it declares', async () => {
    const latin1 = join(scratch, 'latin1.html');
    const html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 cr\u00e8me</title></head><body><p>Menu.</p></body></html>';
    writeFileSync(latin1, Buffer.from(html, 'latin1'));
    const run = await verbatim(['check', latin1, '--no-bundled', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).page.title).toBe('Caf\u00e9 cr\u00e8me');
    expect(run.stderr).toBe('verbatim: no sources loaded, so every quote will be unsourced\n');
  });

  it('prints a readable table by default', async () => {
    const table = await verbatim(['check', page, '--no-bundled', '--sources', sourcesFolder]);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe('Leaders speak at the General Assembly — https://gazette.example/world/general-assembly');
    expect(lines[1]).toMatch(/^VERDICT\s+SPEAKER\s+KIND\s+QUOTE\s+SOURCE$/);
    expect(lines[2]).toMatch(/^exact\s+Shehbaz Sharif\s+full\s+“It is a matter of great honour for me to address the United…”\s+Statement by the Prime Minister/);
    for (const line of lines.slice(2, 2 + report.quotes.length)) {
      expect(line).toMatch(/“.{1,60}”/u);
    }
    expect(table.stdout).toMatch(new RegExp(`${report.quotes.length} quotations: `));
  });
});

describe('verbatim index', { timeout: 120_000 }, () => {
  it('builds a pack that checks the same as the folder it came from', async () => {
    const pack = join(scratch, 'folder.verbatim');
    const built = await verbatim(['index', sourcesFolder, '-o', pack]);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^Wrote .*folder\.verbatim: 2 documents, \d+ KB \(1 file skipped\)\n$/);
    expect(statSync(pack).size).toBeGreaterThan(0);

    const [fromPack, fromFolder] = await Promise.all([
      verbatim(['check', page, '--no-bundled', '--sources', pack, '--json']),
      checkWithFolder(),
    ]);
    expect(fromPack.code).toBe(0);
    expect(JSON.parse(fromPack.stdout)).toEqual(JSON.parse(fromFolder.stdout));
  });

  it('needs an output file', async () => {
    expectOneLineError(await verbatim(['index', sourcesFolder]), /^verbatim: index needs an output file: -o pack\.verbatim$/);
  });

  it('refuses to write a pack with no usable sources', async () => {
    const run = await verbatim(['index', 'tests/fixtures/sources/bad', '-o', join(scratch, 'empty.verbatim')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('verbatim: no usable sources; nothing written');
    expect(() => statSync(join(scratch, 'empty.verbatim'))).toThrow();
  });

  it('rejects a file that is not a usable pack where a pack is expected', async () => {
    const run = await verbatim(['check', page, '--no-bundled', '--sources', 'tests/cli/fixtures/not-a-pack.verbatim']);
    expectOneLineError(run, /not-a-pack\.verbatim: unusable source pack \(.+\)$/);
  });
});

describe('schema validator (used above)', () => {
  it('catches wrong types, bad enums, missing and extra fields', () => {
    const bad = {
      page: { title: true, url: null },
      quotes: [{ text: 'x', kind: 'whole', speaker: null, verdict: 'true', reason: 'r', match: { sourceId: 's' }, extra: 1 }],
    };
    const problems = validate(bad, schema);
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.page.title: expected string or null, got boolean',
        expect.stringMatching(/^\$\.quotes\[0\]\.kind: "whole" is not one of/),
        expect.stringMatching(/^\$\.quotes\[0\]\.verdict: "true" is not one of/),
        '$.quotes[0]: unexpected "extra"',
        expect.stringMatching(/^\$\.quotes\[0\]\.match: matches none of anyOf/),
      ]),
    );
  });
});
