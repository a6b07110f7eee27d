/**
 * Copy the public-domain speech corpus into sources/bundled/ with a front-matter header on each file,
 * and write sources/catalog.json (beside, not inside, the folder the index is built from).
 *
 *   npx tsx scripts/import-corpus.ts [path/to/shared/corpus]
 *
 * The default corpus path is ../shared/corpus next to the repository.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(process.argv[2] ?? join(repoRoot, '../shared/corpus'));
const bundledDir = join(repoRoot, 'sources/bundled');

const LICENCES: Record<string, string> = {
  sotu: 'Public domain (US Government work)',
  ungdc: 'CC0 (UN General Debate Corpus v12)',
};

/** Where each corpus's transcripts come from: the link a card and a citation give (no page per speech is known). */
const ORIGINS: Record<string, string> = {
  sotu: 'https://github.com/stdlib-js/datasets-sotu',
  ungdc: 'https://doi.org/10.7910/DVN/0TJX8Y',
};

/** Codes INDEX.csv uses that the UN speaker list spells differently. */
const SPEAKER_LIST_CODES: Record<string, string> = { PRT: 'POR', PRK: 'PKR', EU: 'EC' };

interface IndexRow {
  path: string;
  corpus: string;
  year: string;
  country: string;
  speaker: string;
  post: string;
  event: string;
  words: number;
}

interface CatalogEntry {
  url: string | null;
  id: string;
  path: string;
  title: string;
  speaker: string | null;
  post: string | null;
  country: string | null;
  date: string;
  event: string;
  words: number;
  corpus: string;
}

/** RFC 4180 CSV: INDEX.csv quotes posts that contain commas ("Prime Minister and Minister for Finance, …"). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsvObjects(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return rows
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    // Some names in the UN speaker list are wrapped over two lines inside their quotes.
    .map((row) => Object.fromEntries(header.map((key, i) => [key.trim(), (row[i] ?? '').replace(/\s+/g, ' ').trim()])));
}

/** Courtesy titles in the UN records ("Mr. Sebastian Kurz"); pages name the person without them. */
function withoutCourtesyTitle(name: string): string {
  return name.replace(/^(Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '').trim();
}

/**
 * Write a value as YAML would, but only in forms the project's flat front-matter reader
 * (lib/sources/front-matter.ts) also reads back unchanged: plain, or double-quoted without escapes.
 */
function yamlValue(value: string): string {
  const unwritable = /[\n\r]/.test(value);
  const needsQuotes = /:|\s#|^[\s\-?[\]{},&*!|>'"%@`]|\s$/.test(value);
  if (unwritable || (needsQuotes && /["\\]/.test(value))) {
    throw new Error(`cannot write ${JSON.stringify(value)} as flat front matter`);
  }
  return needsQuotes ? `"${value}"` : value;
}

function frontMatter(fields: [string, string | null][]): string {
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([key, value]) => `${key}: ${yamlValue(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function main(): void {
  const index = readCsvObjects(join(corpusDir, 'INDEX.csv'));
  // Country names for the UN titles, keyed by year and ISO code (INDEX.csv has only the code).
  const speakerRows = new Map<string, Record<string, string>>();
  for (const row of readCsvObjects(join(corpusDir, 'ungdc/Speakers_by_session.csv'))) {
    speakerRows.set(`${row['Year']}/${row['ISO Code']}`, row);
  }
  const speakerRowFor = (year: string, code: string) =>
    speakerRows.get(`${year}/${code}`) ?? speakerRows.get(`${year}/${SPEAKER_LIST_CODES[code]}`);
  const unnamedCountries = new Set<string>();

  rmSync(bundledDir, { recursive: true, force: true });
  const catalog: CatalogEntry[] = [];
  const wordMismatches: string[] = [];

  for (const raw of index) {
    const row: IndexRow = {
      path: raw.path,
      corpus: raw.corpus,
      year: raw.year,
      country: raw.country,
      speaker: raw.speaker,
      post: raw.post,
      event: raw.event,
      words: Number(raw.words),
    };
    if (row.corpus === 'ungdc_duplicate') continue;
    const licence = LICENCES[row.corpus];
    if (!licence) throw new Error(`${row.path}: unknown corpus "${row.corpus}"`);

    const text = readFileSync(join(corpusDir, row.path), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const id = row.path.replace(/\.txt$/, '');
    const listed = row.corpus === 'ungdc' ? speakerRowFor(row.year, row.country) : undefined;
    // INDEX.csv leaves the speaker blank where the speaker list uses another code; fill it from there.
    const speakerName = row.speaker || listed?.['Name of Person Speaking'] || '';
    const speaker = speakerName === '' ? null : withoutCourtesyTitle(speakerName);
    const post = (row.speaker ? row.post : listed?.['Post'] || row.post) || null;

    let title: string;
    let event: string;
    if (row.corpus === 'sotu') {
      // The party code in INDEX.csv's event column is noise to a reader.
      event = row.event.replace(/\s*\(party code:[^)]*\)\s*$/, '');
      title = `${speaker ?? 'President of the United States'} — ${event}, ${row.year}`;
    } else {
      event = row.event;
      const session = /session (\d+)/.exec(event)?.[1] ?? '?';
      const countryName = listed?.['Country'] || row.country;
      if (!listed) unnamedCountries.add(`${row.year}/${row.country}`);
      const who = [post, countryName].filter(Boolean).join(', ');
      title = `${speaker ?? `Delegation of ${countryName}`}${speaker ? ` (${who})` : ''} — UN General Debate, session ${session}, ${row.year}`;
    }

    const header = frontMatter([
      ['id', id],
      ['title', title],
      ['speaker', speaker],
      ['post', post],
      ['country', row.country],
      ['date', row.year],
      ['event', event],
      ['language', 'en'],
      ['licence', licence],
      ['url', ORIGINS[row.corpus] ?? null],
    ]);
    const target = join(bundledDir, row.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, header + text);

    const words = countWords(text);
    if (words !== row.words) wordMismatches.push(`${row.path}: ${words} words, INDEX.csv says ${row.words}`);
    catalog.push({
      id,
      path: row.path,
      title,
      speaker,
      post,
      country: row.country,
      date: row.year,
      event,
      words,
      corpus: row.corpus,
      url: ORIGINS[row.corpus] ?? null,
    });
  }

  writeFileSync(join(bundledDir, '..', 'catalog.json'), `${JSON.stringify(catalog, null, 1)}\n`);

  const summary = {
    files: catalog.length,
    words: catalog.reduce((sum, entry) => sum + entry.words, 0),
    byCorpus: Object.fromEntries(
      [...new Set(catalog.map((entry) => entry.corpus))].map((corpus) => [
        corpus,
        {
          files: catalog.filter((entry) => entry.corpus === corpus).length,
          words: catalog.filter((entry) => entry.corpus === corpus).reduce((sum, entry) => sum + entry.words, 0),
        },
      ]),
    ),
    wordMismatches,
    countriesWithoutName: [...unnamedCountries],
  };
  console.log(JSON.stringify(summary, null, 2));
}

main();
