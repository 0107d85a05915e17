/**
 * The Vega-Lite JSON schema shipped in node_modules, as a validator. No JSON-schema library
 * (ajv) is installed; zod 4's `z.fromJSONSchema` (already a dependency) converts the draft-07
 * schema, $refs and `additionalProperties: false` included. Built once: about 0.4 s.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

const path = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
const schema = z.fromJSONSchema(JSON.parse(readFileSync(path, 'utf8')));

/** Problems found in a spec, as `path: message` lines; empty when it conforms. */
export function schemaProblems(spec: unknown): string[] {
  const result = schema.safeParse(JSON.parse(JSON.stringify(spec)));
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
