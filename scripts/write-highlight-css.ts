/**
 * Writes entrypoints/content/highlights.css, the stylesheet the browser adds with the content
 * script, from lib/verdicts.ts and lib/dom/content-style.ts (tests/ui/verdicts.test.ts fails while they differ).
 *
 *   npx tsx scripts/write-highlight-css.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStylesheetCss } from '../lib/dom/content-style';

const file = join(dirname(fileURLToPath(import.meta.url)), '../entrypoints/content/highlights.css');
writeFileSync(file, contentStylesheetCss());
console.log(`wrote ${file}`);
