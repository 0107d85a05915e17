// The provenance section: which returns the figures come from and which were refused, and
// which national year stood behind each comparison. In a published report a refusal is given
// by its rule, not its sentence: the sentence may quote a school's figures.
import type { ReportCharts } from '../report-charts/report-charts.js';
import { html, type Html } from './escape-html.js';
import type { RefusedFile, ReturnsProvenance } from '../../domain/provenance.js';

export interface Provenance {
  predictions: ReturnsProvenance;
  /** When a term was asked for: its label, e.g. `Attendance 2014/15 Autumn`, and its returns. */
  attendance?: { label: string; returns: ReturnsProvenance };
  /** Refused files that could not be placed in any period, imported alongside these returns. */
  unplaced: RefusedFile[];
}

const when = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '');

function returnsSummary(p: ReturnsProvenance, what: string): Html {
  const imported = p.earliest ? html` Imported between ${when(p.earliest)} and ${when(p.latest)}.` : '';
  return html`<p>${what}: figures from <strong>${p.accepted}</strong> current accepted returns (${
    p.acceptedWithQueries
  } with queries for challenge); <strong>${p.refused}</strong> refused; <strong>${
    p.superseded
  }</strong> superseded by a later return from the same school (kept in the store, not counted).${imported}</p>`;
}

function refusedTable(files: readonly RefusedFile[], caption: string, published: boolean): Html {
  if (files.length === 0) return html``;
  return html`<table class="refused">
<caption>${caption}</caption>
<thead><tr><th scope="col">File</th><th scope="col">${
    published ? 'Refused under rule' : 'First reason'
  }</th></tr></thead>
<tbody>${files.map(
    (f) =>
      html`<tr><th scope="row">${f.file}</th><td>${published ? f.ruleId || '(none recorded)' : f.reason}</td></tr>`,
  )}</tbody>
</table>
`;
}

function nationalYears(data: ReportCharts): Html {
  const cat = data.context.catalogue;
  const p = data.predictions;
  const city = p.rows.filter((r) => r.level === 'city');
  const fallback = new Map<string, string[]>();
  for (const r of city) {
    if (!r.nationalYear) continue;
    const list = fallback.get(r.nationalYear) ?? [];
    list.push(`${cat.measure(r.measure).label} (${cat.pupilGroup(r.pupilGroup).label})`);
    fallback.set(r.nationalYear, list);
  }
  const none = city.filter((r) => r.nationalRate === 'x').length;
  return html`<p>National comparators: ${p.academicYear}${
    fallback.size > 0 || p.nationalFallbackYears.length > 0
      ? html`, except where the store had no ${p.academicYear} figure:`
      : '.'
  }</p>
${
  fallback.size > 0
    ? html`<ul class="fallback">${[...fallback].map(
        ([year, list]) => html`<li>${year} used for ${list.join('; ')}</li>`,
      )}</ul>`
    : ''
}
${p.nationalFallbackYears.length > 0 ? html`<p>Earlier years used anywhere in the report (including the other-pupils comparison for disadvantaged pupils): ${p.nationalFallbackYears.join(', ')}.</p>` : ''}
${none > 0 ? html`<p>${none} city figures have no national figure in the store for any year (x).</p>` : ''}
${
  data.attendance
    ? html`<p>Attendance national figures: ${data.attendance.nationalYear ?? data.attendance.academicYear}.</p>`
    : ''
}`;
}

export function provenanceSection(data: ReportCharts, provenance: Provenance): Html {
  const published = data.predictions.published;
  const { predictions: p, attendance: a } = provenance;
  return html`<section id="provenance" class="provenance">
<h2>Provenance</h2>
${returnsSummary(
  p,
  `${data.predictions.keyStage} ${data.predictions.round} ${data.predictions.academicYear} predictions`,
)}
${refusedTable(p.refusedFiles, 'Refused prediction returns', published)}
${
  a
    ? [
        returnsSummary(a.returns, a.label),
        refusedTable(a.returns.refusedFiles, 'Refused attendance returns', published),
      ]
    : ''
}
${refusedTable(
  provenance.unplaced,
  'Refused files whose kind, year or period could not be read, imported alongside these returns',
  published,
)}
${nationalYears(data)}
${published ? html`<p class="note">Refusals are named by rule here: their messages can quote a school’s figures, so they are left out of the published version.</p>` : ''}
</section>
`;
}
