// Who the figures are about, and what was changed in them (issue 13): how many of the schools
// asked for the return are counted, each school left out named with why (refused, not returned),
// the figures amended after challenge and how the queries were settled, and each collaborative
// group's schools. A value, filled by jobs/html-coverage.ts; this file only writes it. In a
// published report an amendment is given without its values or reason (they can be small counts).
import { htmlText } from '../../messages/html-text.js';
import { html, type Html } from './escape-html.js';

/** A school asked for the return whose figures are not in the report, and why. */
export interface LeftOut {
  urn: string;
  name: string;
  /** In words: "refused", "not returned". */
  state: string;
  /** The first reason a refusal gave; only in a report not for publication. */
  reason?: string;
}

/** A figure changed after challenge: its school, measure and pupil group in words, and who and when. */
export interface AmendmentShown {
  school: string;
  urn: string;
  measure: string;
  pupilGroup: string;
  oldValue: number | null;
  newValue: number;
  reason: string;
  by: string;
  /** yyyy-mm-dd. */
  on: string;
}

/** A collaborative group's schools, each counted (it has a current accepted return) or not. */
export interface GroupMembers {
  code: string;
  schools: { urn: string; name: string; counted: boolean }[];
}

export interface Coverage {
  /** Schools asked for the return (open in the year and of the key stage), and of them those counted. */
  asked: number;
  counted: number;
  leftOut: LeftOut[];
  amendments: AmendmentShown[];
  queries: { open: number; accepted: number; amended: number };
  groups: GroupMembers[];
}

function amendmentItem(a: AmendmentShown, published: boolean): Html {
  const what = htmlText['html-coverage.amendment'](a.school, a.urn, a.measure, a.pupilGroup, a.by, a.on);
  return published
    ? html`<li>${what}</li>`
    : html`<li>${what} ${htmlText['html-coverage.amendment-values'](a.oldValue, a.newValue, a.reason)}</li>`;
}

const PUBLISHED_AMENDMENTS = htmlText['html-coverage.published-amendments'];

export function coverageSection(c: Coverage, what: string, published: boolean): Html {
  const left = c.leftOut.map(
    (s) =>
      html`<li>${htmlText['html-coverage.left-out'](s.name, s.urn, s.state, published ? undefined : s.reason)}</li>`,
  );
  return html`<section id="coverage" class="coverage">
<h2>${htmlText['html-section.coverage']}</h2>
<p>${htmlText['html-coverage.counted'](what, c.counted, c.asked)}</p>
${c.leftOut.length > 0 ? html`<ul class="left-out">${left}</ul>` : ''}
<h3>${htmlText['html-coverage.amendments-title']}</h3>
<p>${htmlText['html-coverage.queries'](c.queries.accepted, c.queries.amended, c.queries.open)}</p>
${
  c.amendments.length > 0
    ? html`<ul class="amendments">${c.amendments.map((a) => amendmentItem(a, published))}</ul>`
    : html`<p class="empty">${htmlText['html-coverage.no-amendments']}</p>`
}
${published && c.amendments.length > 0 ? html`<p class="note">${PUBLISHED_AMENDMENTS}</p>` : ''}
</section>
`;
}

/** Under a collaborative group's table: its schools, and which of them are not counted. */
export function groupMembersHtml(members: GroupMembers | undefined): Html {
  if (!members) return html``;
  const counted = members.schools.filter((s) => s.counted).map((s) => s.name);
  const not = members.schools.filter((s) => !s.counted).map((s) => s.name);
  return html`<p class="members">${htmlText['html-groups.members'](counted, not)}</p>`;
}
