// `npx tsx test/disclosure/attacker/rows-withheld.ts <reports-dir>`: of each published predictions csv
// in the folder (publish-demo.ts writes them), the share of rows whose count or rate is withheld (`c`),
// by level, and whether every city row of all pupils and of the disadvantaged is published: the
// figures the README's Publishing section gives (issue 10, Done when).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { shippedContext } from '../../../src/domain/context.js';

const LEVELS = ['city', 'group', 'school'];
const { catalogue } = shippedContext();
const HEADLINE_GROUPS = new Set([catalogue.wholeCohort, catalogue.disadvantageComparison.group]);

const dir = process.argv[2];
if (!dir) throw new Error('usage: rows-withheld.ts <reports-dir>');
console.log(['table', ...LEVELS, 'city all/disadv rows withheld'].join('\t'));
for (const name of readdirSync(dir)
  .filter((f) => /^predictions-.*\.csv$/.test(f))
  .sort()) {
  const rows: Record<string, string>[] = parse(readFileSync(join(dir, name), 'utf8'), { columns: true, bom: true });
  const withheld = (r: Record<string, string>) => r['count'] === 'c' || r['rate'] === 'c';
  const shares = LEVELS.map((level) => {
    const at = rows.filter((r) => r['level'] === level);
    const hidden = at.filter(withheld).length;
    return `${Math.round((100 * hidden) / Math.max(at.length, 1))}% (${hidden}/${at.length})`;
  });
  const headline = rows.filter((r) => r['level'] === 'city' && HEADLINE_GROUPS.has(r['pupil_group']!));
  console.log([name, ...shares, `${headline.filter(withheld).length} of ${headline.length}`].join('\t'));
}
