// The provenance section: which returns the figures come from and which were refused, and
// which national year stood behind each comparison. In a published report a refusal is given
// by its rule, not its sentence: the sentence may quote a school's figures.
import type { ReportCharts } from '../report-charts/report-charts.js';
import { html, type Html } from './escape-html.js';
import type { RefusedFile, ReturnsProvenance } from '../../domain/provenance.js';
import { htmlText } from '../../messages/html-text.js';
import { reportText } from '../../messages/report-text.js';
import { markedHtml, strong } from './marked-html.js';

export interface Provenance {
  predictions: ReturnsProvenance;
  /** When a term was asked for: its label, e.g. `Attendance 2014/15 Autumn`, and its returns. */
  attendance?: { label: string; returns: ReturnsProvenance };
  /** Refused files that could not be placed in any period, imported alongside these returns. */
  unplaced: RefusedFile[];
}

const when = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '');

function returnsSummary(p: ReturnsProvenance, what: string): Html {
  const counted = {
    accepted: p.accepted,
    withQueries: p.acceptedWithQueries,
    refused: p.refused,
    superseded: p.superseded,
  };
  const between = p.earliest ? ([when(p.earliest), when(p.latest)] as const) : undefined;
  const sentence = htmlText['html-provenance.returns'](what, counted, between);
  return html`<p>${markedHtml(sentence, strong, strong, strong)}</p>`;
}

function refusedTable(files: readonly RefusedFile[], caption: string, published: boolean): Html {
  if (files.length === 0) return html``;
  return html`<table class="refused">
<caption>${caption}</caption>
<thead><tr><th scope="col">${reportText['column.file']}</th><th scope="col">${
    published ? reportText['column.refused-under-rule'] : reportText['column.first-reason']
  }</th></tr></thead>
<tbody>${files.map(
    (f) =>
      html`<tr><th scope="row">${f.file}</th><td>${
        published ? f.ruleId || htmlText['html-provenance.no-rule'] : f.reason
      }</td></tr>`,
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
    list.push(htmlText['html-provenance.figure'](cat.measure(r.measure).label, cat.pupilGroup(r.pupilGroup).label));
    fallback.set(r.nationalYear, list);
  }
  const none = city.filter((r) => r.nationalRate === 'x').length;
  const exceptions = fallback.size > 0 || p.nationalFallbackYears.length > 0;
  const earlier = p.nationalFallbackYears;
  return html`<p>${htmlText['html-provenance.comparators'](p.academicYear, exceptions)}</p>
${
  fallback.size > 0
    ? html`<ul class="fallback">${[...fallback].map(
        ([year, list]) => html`<li>${htmlText['html-provenance.fallback-year'](year, list)}</li>`,
      )}</ul>`
    : ''
}
${earlier.length > 0 ? html`<p>${htmlText['html-provenance.earlier-years'](earlier)}</p>` : ''}
${none > 0 ? html`<p>${htmlText['html-provenance.no-national'](none)}</p>` : ''}
${
  data.attendance
    ? html`<p>${htmlText['html-provenance.attendance-national'](
        data.attendance.nationalYear ?? data.attendance.academicYear,
      )}</p>`
    : ''
}`;
}

export function provenanceSection(data: ReportCharts, provenance: Provenance): Html {
  const published = data.predictions.published;
  const { predictions: p, attendance: a } = provenance;
  return html`<section id="provenance" class="provenance">
<h2>${htmlText['html-section.provenance']}</h2>
${returnsSummary(
  p,
  htmlText['html-provenance.predictions'](
    data.predictions.keyStage,
    data.predictions.round,
    data.predictions.academicYear,
  ),
)}
${refusedTable(p.refusedFiles, htmlText['html-provenance.refused-predictions'], published)}
${
  a
    ? [
        returnsSummary(a.returns, a.label),
        refusedTable(a.returns.refusedFiles, htmlText['html-provenance.refused-attendance'], published),
      ]
    : ''
}
${refusedTable(provenance.unplaced, htmlText['html-provenance.unplaced'], published)}
${nationalYears(data)}
${published ? html`<p class="note">${htmlText['html-provenance.by-rule']}</p>` : ''}
${withheldNotes(data)}
</section>
`;
}

/** How many figures each published part withholds, by the rules and to protect them (issue 10). */
function withheldNotes({ predictions: p, attendance: a }: ReportCharts): Html[] {
  const notes: Html[] = [];
  if (p.withheld)
    notes.push(
      html`<p class="note">${reportText['predictions.withheld'](p.withheld.primary, p.withheld.secondary)}</p>`,
    );
  const w = a?.published?.withheld;
  if (a && w)
    notes.push(
      html`<p class="note">${reportText['attendance-report.withheld'](a.academicYear, w.primary, w.secondary)}</p>`,
    );
  return notes;
}
