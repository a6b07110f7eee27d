/**
 * Writes entrypoints/content/highlights.css, the highlights' stylesheet the browser adds with the
 * content script, from lib/verdicts.ts (tests/ui/verdicts.test.ts fails while the two differ).
 *
 *   npx tsx scripts/write-highlight-css.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HIGHLIGHT_CSS_HEADER, highlightRulesCss } from '../lib/verdicts';

const file = join(dirname(fileURLToPath(import.meta.url)), '../entrypoints/content/highlights.css');
writeFileSync(file, HIGHLIGHT_CSS_HEADER + highlightRulesCss());
console.log(`wrote ${file}`);
