// The report's one stylesheet, inline. Screen: a readable column, charts beside their numbers
// when there is room. Print: A4 with 15 mm margins, charts scaled to the page width, numbers
// tables shown (they are never folded away), tables kept whole where they fit on a page.
import { ratingCss } from '../rating-colours.js';

export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --band: #f3f5f7; --above: #005a8c; --below: #a63a00; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; font-size: 15px; }
body { font: 1rem/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; margin: 0 auto; padding: 24px 28px 48px; max-width: 1240px; }
h1 { font-size: 1.6rem; margin: 0 0 .6rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-top: .6rem; border-top: 3px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
p { max-width: 80ch; margin: .5rem 0; }
.lede { font-size: 1.05rem; }
.notice { padding: .5rem .8rem; border-left: 5px solid; max-width: 80ch; }
.notice.published { border-color: #007a5a; background: #eef8f3; }
.notice.restricted { border-color: #a63a00; background: #fdf1ea; }
.note, .symbols, .empty, .withheld { color: var(--muted); font-size: .92rem; }
.above { color: var(--above); } .below { color: var(--below); }
nav.contents h2 { border: 0; font-size: 1rem; margin: 1rem 0 .3rem; padding: 0; }
nav.contents ol { margin: 0; padding-left: 1.4rem; columns: 2; max-width: 60ch; }
a { color: #005a8c; }
table { border-collapse: collapse; margin: .6rem 0 1.4rem; font-size: .85rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 .3rem; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; }
th.measure { text-align: center; border-bottom: 1px solid var(--rule); }
tbody tr:nth-child(even) { background: var(--band); }
tbody th { font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
thead th.num { white-space: normal; }
td.above { color: var(--above); } td.below { color: var(--below); }
td.better { color: var(--above); } td.worse { color: var(--below); }
tr.other th { font-style: italic; color: var(--muted); }
.area-block { break-inside: avoid; }
figure.chart { margin: 1rem 0 2rem; display: grid; grid-template-columns: minmax(0, 660px) minmax(0, 1fr); gap: 1.2rem; align-items: start; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figure.chart figcaption { min-width: 0; }
figure.chart table.numbers { margin-top: 0; }
table.numbers th, table.numbers td { font-size: .8rem; }
table.numbers td.text { white-space: normal; }
@media (max-width: 1100px) { figure.chart { grid-template-columns: minmax(0, 1fr); } }
${ratingCss()}
td[class^="rating-"] { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
ul.rules, ul.not-returned, ul.fallback, ul.left-out, ul.amendments { max-width: 80ch; font-size: .92rem; }
p.members { font-size: .92rem; max-width: 100ch; }
table.headline td.text .note { font-size: .8rem; }
ul.comparators { max-width: 80ch; font-size: .92rem; }
@page { size: A4; margin: 15mm; }
@media print {
  html { font-size: 9pt; }
  body { max-width: none; padding: 0; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 0; break-after: avoid; }
  h3 { font-size: 11pt; break-after: avoid; }
  /* The paper's sections run on, so no page is left half empty; the appendix starts a page. */
  div.appendix { break-before: page; }
  /* The title and headline figures are the first page; the paper proper starts the next. */
  section.headline { break-after: page; }
  section.headline h2 { margin-top: .6rem; }
  /* A school's profile is one page of its own. */
  section.profile { break-after: page; }
  section.profile h2 { margin-top: 0; }
  table.profile { font-size: 8pt; break-inside: avoid; margin-bottom: .6rem; }
  nav.contents { display: none; }
  table { break-inside: auto; }
  th, td { padding: .1rem .3rem; }
  table { line-height: 1.25; }
  thead th { white-space: normal; }
  table.areas, table.refused { break-inside: avoid; }
  /* An area's tables may part at a page between rows (the headings repeat), never inside a row. */
  table.area { font-size: 7.5pt; }
  .area-block { break-inside: auto; }
  thead { display: table-header-group; }
  tr, caption { break-inside: avoid; }
  caption { break-after: avoid; }
  figure.chart { display: block; break-inside: auto; }
  figure.chart .chart-drawing { break-inside: avoid; break-after: avoid; }
  figure.chart svg { width: auto; max-width: 100%; height: auto; max-height: 245mm; }
  tbody tr:nth-child(even) { background: #f3f5f7; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
