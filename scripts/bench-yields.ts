/**
 * Prints the modelled PV yields of every tabled city as markdown, and with --write replaces
 * the table between the YIELDS markers in core/profiles/README.md and README.md (a test checks they agree).
 * Also times the per-city profile work.  Run: npx tsx scripts/bench-yields.ts [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { yieldTable, yieldTableMarkdown } from '../core/profiles/yield-table.ts';

const t0 = performance.now();
const rows = yieldTable();
const ms = performance.now() - t0;
const table = yieldTableMarkdown(rows);
console.log(table);
console.log(
  `\n${rows.length} cities, weather synthesis + 2 PV runs each: ${ms.toFixed(0)} ms (${(ms / rows.length).toFixed(1)} ms per city)`,
);
if (process.argv.includes('--write')) {
  // Both READMEs carry the table (the top-level one in its "Hourly dispatch" section).
  for (const file of ['core/profiles/README.md', 'README.md']) {
    const path = new URL(`../${file}`, import.meta.url);
    const text = readFileSync(path, 'utf8');
    const begin = '<!-- YIELDS:BEGIN -->';
    const end = '<!-- YIELDS:END -->';
    const a = text.indexOf(begin);
    const b = text.indexOf(end);
    if (a < 0 || b < a) throw new Error(`${file} has no YIELDS markers`);
    writeFileSync(path, `${text.slice(0, a + begin.length)}\n${table}\n${text.slice(b)}`);
    console.log(`${file} updated`);
  }
}
