// The attacker on random cities, by hand (issue 10, item 3), for what the suite cannot yet hold:
// `npx tsx test/disclosure/attacker/attack-random-cities.ts [--parts predictions,attendance]
// [--runs 200] [--seed 20261202] [--schools 4] [--pupils 20] [--groupings 2] [--years 2] [--terms 3]
// [--no-empty-groups] [--no-shrink] [--kind 'attendance persistent_absentees: determined'] [--city '<json>']`.
// It attacks each city's whole publication, judged against the unsuppressed tables, tallies the
// findings by kind, and for each kind lets fast-check shrink a city to the smallest it can find
// that still shows it, printed as tables with the true figures beside the published ones.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { attackCity, findingLine, report, type CityAttack, type Part } from './city-attack.js';
import { cityArb, type City } from './random-city.js';

const { values } = parseArgs({
  options: {
    parts: { type: 'string', default: 'predictions,attendance' },
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20261202' },
    schools: { type: 'string', default: '4' },
    pupils: { type: 'string', default: '20' },
    groupings: { type: 'string', default: '2' },
    years: { type: 'string', default: '2' },
    terms: { type: 'string', default: '3' },
    'no-empty-groups': { type: 'boolean', default: false },
    'no-shrink': { type: 'boolean', default: false },
    /** Shrink only the kinds of finding whose name holds this, with no survey first. */
    kind: { type: 'string' },
    /** Attack one city, given as the JSON a shrink printed, and print its findings and tables. */
    city: { type: 'string' },
  },
});
const parts = values.parts.split(',') as Part[];
const runs = Number(values.runs);
const seed = Number(values.seed);
const arb = cityArb({
  maxSchools: Number(values.schools),
  maxPupils: Number(values.pupils),
  maxGroupings: Number(values.groupings),
  maxYears: Number(values.years),
  maxTerms: Number(values.terms),
  emptyGroups: !values['no-empty-groups'],
});

/** A finding's kind for the tally: the output, the quantity, the kinds, and an empty cohort apart. */
function kindOf(attacked: CityAttack, f: CityAttack['findings'][number]): string {
  const output = f.id.startsWith('attendance') ? 'attendance' : 'predictions';
  const quantity = f.id.slice(f.id.lastIndexOf('|') + 1);
  const empty = attacked.inEmptyCohort.has(f.id) ? ' (cohort printed as 0)' : '';
  return `${output} ${quantity}: ${f.kinds.join(' + ')}${empty}`;
}

async function survey(): Promise<Map<string, number>> {
  const started = performance.now();
  const tally = new Map<string, { findings: number; cities: number }>();
  let failing = 0;
  let missed = 0;
  let ranged = 0;
  const cities = fc.sample(arb, { numRuns: runs, seed });
  for (const city of cities) {
    const attacked = await attackCity(city, parts, true);
    ranged += attacked.ranged;
    missed += attacked.missed.length;
    if (attacked.missed.length) console.log(`model wrong:\n${attacked.missed.join('\n')}`);
    if (attacked.findings.length) failing++;
    const kinds = attacked.findings.map((f) => kindOf(attacked, f));
    for (const kind of new Set(kinds)) {
      const t = tally.get(kind) ?? { findings: 0, cities: 0 };
      t.cities++;
      t.findings += kinds.filter((k) => k === kind).length;
      tally.set(kind, t);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${runs} cities (seed ${seed}, ${parts.join(' + ')}) in ${seconds} s: ${failing} with findings;`);
  console.log(`${ranged} hidden cells ranged, ${missed} ranges missing the true value.`);
  console.log('\n| kind of finding | findings | cities |\n|---|---:|---:|');
  for (const [kind, t] of [...tally].sort((a, b) => b[1].cities - a[1].cities))
    console.log(`| ${kind} | ${t.findings} | ${t.cities} |`);
  return new Map([...tally].map(([k, t]) => [k, t.cities]));
}

/** Whether a finding's kind is the one asked for: holding its words, or exactly them if they end in `$`. */
const matches = (k: string, kind: string) => (kind.endsWith('$') ? k === kind.slice(0, -1) : k.includes(kind));

/** The smallest city fast-check finds that still shows this kind of finding. */
async function shrink(kind: string): Promise<void> {
  let last: { city: City; attacked: CityAttack } | undefined;
  const property = fc.asyncProperty(arb, async (city) => {
    const attacked = await attackCity(city, parts, true);
    const hit = attacked.findings.some((f) => matches(kindOf(attacked, f), kind));
    if (hit) last = { city, attacked };
    return !hit;
  });
  const details = await fc.check(property, { numRuns: runs, seed, interruptAfterTimeLimit: 600_000 });
  console.log(`\n## ${kind.replace(/\$$/, '')}\n`);
  if (!details.failed || !last) return void console.log('not found again');
  const { attacked } = last;
  const mine = attacked.findings.filter((f) => matches(kindOf(attacked, f), kind));
  console.log(`shrunk ${details.numShrinks} times; seed ${details.seed}, path ${details.counterexamplePath}`);
  console.log(`city: ${JSON.stringify(last.city)}\n`);
  console.log(mine.map(findingLine).join('\n'));
  console.log('```');
  console.log(report({ ...attacked, findings: mine }));
  console.log('```');
}

if (values.city) console.log(report(await attackCity(JSON.parse(values.city) as City, parts, true)));
else if (values.kind) await shrink(values.kind);
else {
  const kinds = await survey();
  if (!values['no-shrink']) for (const kind of kinds.keys()) await shrink(`${kind}$`);
}
