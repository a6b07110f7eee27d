/**
 * Writes lib/quotes/given-names-extra.ts: first names by gender from @faker-js/faker's locale data
 * (MIT), for the name finder and pronoun resolution. The hand list in given-names.ts covers the
 * common names; this adds the long tail a news page's people have (Anton, Katarina, Armand…).
 *
 *   npx tsx scripts/build-given-names.ts [path/to/shared/corpus]
 *
 * Names that are also ordinary words are left out, since a capitalised "Will", "Hope" or "Elle"
 * opening a sentence must not read as a person: function words of the page languages, faker's own
 * word lists, and anything the English speech corpus uses lower-case (will, may, grace) or often
 * capitalised as something else (France, Paris, Israel, Jordan).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(process.argv[2] ?? join(repoRoot, '../shared/corpus'));
const outFile = join(repoRoot, 'lib/quotes/given-names-extra.ts');

/** Locales whose names appear in the pages Verbatim reads (Latin script). */
const LOCALES = [
  'en', 'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CH', 'es', 'es_MX', 'it', 'nl', 'pt_PT', 'pt_BR', 'sv', 'nb_NO', 'da', 'fi',
  'pl', 'cs_CZ', 'ro', 'hu', 'hr', 'sk', 'tr', 'sr_RS_latin', 'yo_NG', 'zu_ZA', 'af_ZA', 'id_ID', 'vi', 'az',
  // English-language press in South Asia and Africa names people from these lists too.
  'en_AU', 'en_GH', 'en_IN', 'en_NG', 'en_NP', 'en_ZA', 'fr_SN', 'nl_BE', 'ro_MD', 'sl_SI', 'lv', 'uz_UZ_latin', 'ku_kmr_latin',
] as const;

const FUNCTION_WORDS = new Set(
  (
    'a à al alle als am an ante au aux bei bis ce ces che con contra cual da dal das de dei del della dem den der des di die din ' +
    'do dos du e ein eine el ella elle ellos en entre er es est et eu für hacia ich ihr il im in io je la las le les leur lo los lui ' +
    'ma mais me mes mi mit moi mon nach ne ni no nos nous o ob oder on ou par para per pero por pour qu que qui quien se ses si sie ' +
    'sin sobre son su sur sus te tu tú um un una und une uno unter vom von vor wie wir y ya yo zu zum zur ' +
    // Words of the page languages that faker also lists as names.
    'mar sol paz luz fe rey reina santa santo san mayo abril junio julio marzo enero mai juin juillet août avril mars janvier ' +
    'bella belle bien bon bonne rose blanca blanco blanche negro verde dulce feliz gloria victoria esperanza amparo angel ángel ' +
    'fidel leal franco justo casta pura gracia pilar luna estrella aurora alba cielo mercedes dolores ernst frank frei klein lange ' +
    'lang roth weiss schwarz wolf fuchs baer bär hahn jung alt neu stark gut chance grant hunter major miles price prince ray ' +
    'sterling ward will may june april august bill mark art guy'
  ).split(/\s+/),
);

function corpusCounts(dir: string): { lower: Map<string, number>; capitalised: Map<string, number> } {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/\p{L}+/gu)) {
          const w = m[0];
          const l = w.toLowerCase();
          const into = w === l ? lower : capitalised;
          into.set(l, (into.get(l) ?? 0) + 1);
        }
      }
    }
  };
  walk(dir);
  return { lower, capitalised };
}

function main(): void {
  const { lower, capitalised } = corpusCounts(corpusDir);
  if (lower.size < 1000) throw new Error(`No speech corpus at ${corpusDir} (pass its path as the first argument).`);
  const words = new Set<string>();
  const female = new Set<string>();
  const male = new Set<string>();
  for (const code of LOCALES) {
    const locale = (faker as unknown as Record<string, { person?: { first_name?: { female?: string[]; male?: string[] } }; word?: Record<string, string[]> }>)[code];
    if (!locale?.person?.first_name) throw new Error(`@faker-js/faker has no first names for ${code}`);
    for (const list of Object.values(locale.word ?? {})) for (const w of list) words.add(w.toLowerCase());
    for (const n of locale.person.first_name.female ?? []) for (const part of n.split(/\s+/)) female.add(part.toLowerCase());
    for (const n of locale.person.first_name.male ?? []) for (const part of n.split(/\s+/)) male.add(part.toLowerCase());
  }
  const keep = (n: string): boolean =>
    n.length >= 3 && /^\p{L}[\p{L}'-]*\p{L}$/u.test(n) && !FUNCTION_WORDS.has(n) && !words.has(n) && (lower.get(n) ?? 0) < 3 && (capitalised.get(n) ?? 0) < 20;
  const sorted = (s: Set<string>) => [...s].filter(keep).sort();
  const f = sorted(female);
  const m = sorted(male);
  // Names left out above for being words too ("Grant", "Carolina", "Ella") still say whether a
  // person already found ("Grant Molloy") is a he or a she: for that alone, never to find people.
  const wordLike = (s: Set<string>) => [...s].filter((n) => n.length >= 3 && /^\p{L}[\p{L}'-]*\p{L}$/u.test(n) && !keep(n)).sort();
  const gf = wordLike(female);
  const gm = wordLike(male);
  const out =
    `// Generated by scripts/build-given-names.ts (npm run names) from @faker-js/faker ${readVersion()} first-name lists (MIT,\n` +
    `// Copyright (c) 2022-2025 Faker contributors; licence in given-names-extra.LICENSE.txt). Do not edit: run the script again.\n` +
    `// A name in both lists is used for either gender.\n\n` +
    `export const EXTRA_FEMALE = ${JSON.stringify(f.join(' '))};\n\n` +
    `export const EXTRA_MALE = ${JSON.stringify(m.join(' '))};\n\n` +
    `/** Names that are also words: only the gender of a person already found by other means. */\n` +
    `export const GENDER_ONLY_FEMALE = ${JSON.stringify(gf.join(' '))};\n\n` +
    `export const GENDER_ONLY_MALE = ${JSON.stringify(gm.join(' '))};\n`;
  writeFileSync(outFile, out);
  console.log(`wrote ${outFile}: ${f.length} female, ${m.length} male names, ${gf.length} + ${gm.length} for gender only (${(out.length / 1024).toFixed(0)} KB)`);
}

function readVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'node_modules/@faker-js/faker/package.json'), 'utf8')) as { version: string }).version;
}

main();
