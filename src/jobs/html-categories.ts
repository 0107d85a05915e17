// The Board paper's school categories: the categories report by the shipped rules for the paper's
// year, key stage, round and attendance term, drawn as its section; nothing when the rules have none
// for the key stage.
import { shippedCategoryRules } from '../../schemas/categories.schema.js';
import type { Term } from '../aggregate/attendance/types.js';
import type { Context } from '../domain/context.js';
import { categoriesSection } from '../publish/html/categories-section.js';
import { html, type Html } from '../publish/html/escape-html.js';
import type { Store } from '../store/open-store.js';
import { buildCategoriesReport } from './categories-report.js';

export async function categoriesPart(
  store: Store,
  o: { academicYear: string; keyStage: string; round: string; term?: Term; asReturned?: boolean },
  context: Context,
): Promise<Html> {
  const rules = shippedCategoryRules;
  if (!rules.rules[o.keyStage]) return html``;
  const report = await buildCategoriesReport(
    store,
    {
      academicYear: o.academicYear,
      keyStage: o.keyStage,
      round: o.round,
      ...(o.term ? { term: o.term } : {}),
      rules,
      asReturned: Boolean(o.asReturned),
    },
    context,
  );
  return categoriesSection(report);
}
