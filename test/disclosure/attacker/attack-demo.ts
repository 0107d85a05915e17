// `npx tsx test/disclosure/attacker/attack-demo.ts <reports-dir>`: attacks every published csv in
// the folder together and prints what it recovers, by kind of output, with the first findings
// and the outputs that disclose each. If <reports-dir>/internal/ holds the same tables
// unsuppressed (publish-demo.ts writes them), the attack is also judged against the truth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attack, readPublication, type Output } from './attack.js';
import { explain } from './explain.js';
import type { Finding, FindingKind } from './findings.js';
import { demoStructure } from './structure.js';
import { checkWithTruth, truthValues } from './truth-check.js';

const KINDS: FindingKind[] = [
  'shown elsewhere',
  'determined',
  'narrowed into 1–4',
  'complement determined',
  'complement narrowed into 1–4',
];

/** The kind of output a cell belongs to: a predictions table, or a year of attendance. */
const kindOf = (id: string) => id.split('|')[0]!.replace(/^(attendance \S+).*$/, '$1');

function readOutputs(dir: string): Output[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  return rows
    .map((r) => r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '))
    .join('\n');
}

const isSmall = (f: Finding) => f.range.min === f.range.max && f.range.min >= 1 && f.range.min <= 4;

/** Small exact recoveries first, then the rest in the order of KINDS. */
const severity = (f: Finding) => (isSmall(f) ? 0 : 10) + KINDS.indexOf(f.kinds[0]!);

/** The most severe findings of each kind of output in turn, so that the list shows every kind. */
function sample(findings: Finding[], count: number): Finding[] {
  const byKind = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => severity(a) - severity(b)))
    byKind.set(kindOf(f.id), [...(byKind.get(kindOf(f.id)) ?? []), f]);
  const out: Finding[] = [];
  for (let round = 0; out.length < count && out.length < findings.length; round++)
    for (const list of byKind.values()) if (list[round] && out.length < count) out.push(list[round]!);
  return out;
}

async function main(dir: string): Promise<void> {
  const started = Date.now();
  const structure = demoStructure();
  const outputs = readOutputs(dir);
  const pub = readPublication(outputs, structure);
  const result = await attack(pub, structure);
  const { reduced, findings } = result;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Attacked ${outputs.length} published csv files in ${dir} together, in ${seconds} s.`);
  const sizes = reduced.components.map((c) => c.ids.length);
  console.log(
    `${pub.cells.size} cells, ${pub.relations.length} relations; ${reduced.components.length} components ` +
      `(largest ${Math.max(0, ...sizes)} unknown cells); ${result.infeasible.length} infeasible.`,
  );
  for (const c of reduced.conflicts)
    console.log(`Printed with different values: ${c.id}: ${c.shown.map(([o, v]) => `${v} in ${o}`).join(', ')}`);
  for (const d of reduced.distrusted)
    console.log(`Not used: ${d.family}, which the shown figures break ${d.violated} times in ${d.checked}.`);
  const hiddenByKind = new Map<string, number>();
  for (const cell of pub.targets()) hiddenByKind.set(kindOf(cell.id), (hiddenByKind.get(kindOf(cell.id)) ?? 0) + 1);
  const rows = [['output', 'hidden', ...KINDS.slice(0, 2), '(of 1–4)', ...KINDS.slice(2), 'any']];
  const total = rows[0]!.slice(1).map(() => 0);
  for (const [kind, hidden] of [...hiddenByKind].sort()) {
    const mine = findings.filter((f) => kindOf(f.id) === kind);
    const of = (k: FindingKind) => mine.filter((f) => f.kinds.includes(k)).length;
    const small = mine.filter((f) => f.kinds.includes('determined') && isSmall(f)).length;
    const counts = [hidden, of(KINDS[0]!), of(KINDS[1]!), small, ...KINDS.slice(2).map(of), mine.length];
    counts.forEach((n, k) => (total[k]! += n));
    rows.push([kind, ...counts.map(String)]);
  }
  rows.push(['total', ...total.map(String)]);
  console.log(`\n${table(rows)}`);

  const internal = join(dir, 'internal');
  const truth = existsSync(internal) ? truthValues(readPublication(readOutputs(internal), structure)) : undefined;
  const check = truth && checkWithTruth(pub, result, truth, structure);
  if (truth && check) {
    console.log(`\nJudged against the unsuppressed tables in ${internal}:`);
    console.log(`- ${check.checked - check.missed.length} of ${check.checked} ranges hold the true value.`);
    for (const [family, n] of check.broken) console.log(`- the true figures break ${n} × ${family}`);
    console.log(`- ${check.falseFindings.length} findings are false, resting on those breaks:`);
    for (const f of check.falseFindings)
      console.log(`    ${f.id} [${f.range.min}, ${f.range.max}], true ${truth.get(f.id)}`);
    const within = check.weak.filter((w) => w.why.startsWith('range within'));
    const excluding = check.weak.filter((w) => !w.why.startsWith('range within'));
    console.log(`- beyond the findings, hidden counts of 1–4 whose range lacks 0 or a value of 5 or more:`);
    console.log(`    ${excluding.length} whose range excludes 0 (but reaches 5 or more), e.g.`);
    for (const w of excluding.slice(0, 3)) console.log(`      ${w.id} true ${w.truth}, range [${w.min}, ${w.max}]`);
    console.log(`    ${within.length} whose range is within 0–4 (what c says anyway), e.g.`);
    for (const w of within.slice(0, 3)) console.log(`      ${w.id} true ${w.truth}, range [${w.min}, ${w.max}]`);
  }

  const falseIds = new Set(check?.falseFindings.map((f) => f.id));
  const first = sample(
    findings.filter((f) => !falseIds.has(f.id)),
    20,
  );
  const distrusted = new Set(reduced.distrusted.map((d) => d.family));
  console.log(`\nFirst ${first.length} findings:`);
  for (const [k, f] of first.entries()) {
    const why = await explain(pub, structure, f, distrusted);
    const range = f.range.min === f.range.max ? `= ${f.range.min}` : `in [${f.range.min}, ${f.range.max}]`;
    const complement = f.complement ? `, cohort − count in [${f.complement.min}, ${f.complement.max}]` : '';
    const real = truth?.has(f.id) ? ` (true ${truth.get(f.id)})` : '';
    console.log(`${String(k + 1).padStart(2)}. ${f.id} ${range}${complement}${real}: ${f.kinds.join(', ')}`);
    console.log(`    hidden in ${f.hiddenIn.join(', ')}`);
    console.log(`    disclosed by ${why.outputs.join(' + ')} via ${why.via.join('; ')}`);
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx test/disclosure/attacker/attack-demo.ts <reports-dir>');
  process.exitCode = 2;
} else await main(dir);
