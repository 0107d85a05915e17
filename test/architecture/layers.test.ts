// The layout shows the architecture (README, "How it is built"): each folder of src/ is a layer,
// a module imports only from its own folder or a lower layer, no two modules import each other
// (directly or round a ring), and only src/store/ holds SQL.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lower first. Folders of one rank are independent of each other. */
const LAYERS: Record<string, number> = {
  domain: 1,
  messages: 2,
  aggregate: 3,
  ingest: 3,
  disclosure: 4,
  store: 4,
  returns: 5,
  publish: 5,
  reference: 6,
  template: 6,
  jobs: 7,
  cli: 8,
  demo: 9,
  bench: 10,
};

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const layerOf = (file: string) => file.split('/')[1]!;
const importsOf = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    return [file, specs.map((s) => normalize(join(dirname(file), s)).replace(/\.js$/, '.ts'))] as const;
  }),
);

describe('the layers of src/', () => {
  it('puts every folder of src/ in a layer', () => {
    expect([...new Set(files.map(layerOf))].filter((l) => !(l in LAYERS))).toEqual([]);
  });

  it('has no module importing from a layer above it or beside it', () => {
    const upward: string[] = [];
    for (const [file, targets] of importsOf) {
      for (const target of targets) {
        if (!target.startsWith('src/')) continue;
        const from = layerOf(file);
        const to = layerOf(target);
        if (from !== to && LAYERS[to]! >= LAYERS[from]!) upward.push(`${file} imports ${relative('.', target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the pure layers pure: no store, no file reading, no job', () => {
    const pure = new Set(['domain', 'messages', 'aggregate', 'disclosure', 'publish']);
    const effects = new Set(['store', 'ingest', 'returns', 'reference', 'template', 'jobs']);
    const impure: string[] = [];
    for (const [file, targets] of importsOf)
      for (const target of targets)
        if (pure.has(layerOf(file)) && target.startsWith('src/') && effects.has(layerOf(target)))
          impure.push(`${file} imports ${target}`);
    expect(impure).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of importsOf.get(file) ?? []) if (importsOf.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps kysely and SQL inside src/store/', () => {
    const sql =
      /from 'kysely'|\b(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`|(?<!flags|flags\['db'\]|options)\.db\b/;
    const outside = files.filter((f) => layerOf(f) !== 'store' && sql.test(readFileSync(f, 'utf8')));
    expect(outside).toEqual([]);
  });

  it('reads the shipped catalogue only at the doors: the commands, the jobs and the reference imports', () => {
    // Everything else is handed the catalogue (or a frozen context) by its caller, so a test can
    // give it a catalogue of its own (src/domain/context.ts).
    const doors = new Set(['cli', 'jobs', 'reference', 'template', 'demo', 'bench']);
    const reaching = files.filter(
      (f) =>
        !doors.has(layerOf(f)) &&
        !['src/domain/catalogue.ts', 'src/domain/context.ts'].includes(f) &&
        /\bcatalogue\(\)/.test(readFileSync(f, 'utf8')),
    );
    expect(reaching).toEqual([]);
  });
});
