// The Board paper's "if achieved": the report of `report if-achieved` for the paper's year, key stage
// and round, city and collaborative groups, published as the paper is, drawn on the paper's measure.
import type { Context } from '../domain/context.js';
import { html, type Html } from '../publish/html/escape-html.js';
import { ifAchievedSection } from '../publish/html/if-achieved-section.js';
import type { Store } from '../store/open-store.js';
import { buildIfAchievedReport } from './forecast-report.js';

export async function ifAchievedPart(
  store: Store,
  o: { academicYear: string; keyStage: string; round: string; published: boolean; threshold?: number },
  data: { context: Context; measure?: string },
): Promise<Html> {
  if (data.measure === undefined) return html``;
  const report = await buildIfAchievedReport(
    store,
    {
      academicYear: o.academicYear,
      keyStage: o.keyStage,
      round: o.round,
      levels: ['city', 'group'],
      published: o.published,
      ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
    },
    data.context,
  );
  return ifAchievedSection(report, data.measure, data.context.catalogue);
}
