// The words of `school-returns explain` (a published figure traced to its cells): headings, the
// sentences of the explanation, the rule ids of the suppression decision, and the refusals of a
// figure that does not exist, each with its rule id and what to do. Figures come in as shown.

/** Why a figure's cell is withheld in the publication, or that it is shown: stable ids. */
export const SUPPRESSION_RULES = {
  'suppress.small-count': (t: number) => `a count of 1 to ${t} pupils is withheld`,
  'suppress.small-complement': (t: number, small: number) =>
    `in a group of ${small} pupils or fewer, 1 to ${t} pupils not reaching the measure is withheld`,
  'suppress.all-or-none': (small: number) => `in a group of ${small} pupils or fewer, 0% or 100% is withheld`,
  'suppress.small-cohort': (t: number) => `a cohort of 1 to ${t} pupils is withheld, and every rate on it`,
  'suppress.mean-small-cohort': (t: number) => `a mean over 1 to ${t} pupils is withheld`,
  'suppress.secondary': () => 'withheld so that a cell withheld by a rule cannot be worked out from what is shown',
  'suppress.shown': () => 'no rule withholds it, and nothing withheld can be worked out from it',
} as const;

export type SuppressionRuleId = keyof typeof SUPPRESSION_RULES;

/** Why an attendance figure's cell (pupils on roll, pupils counted by absence) is withheld: stable ids. */
export const ATTENDANCE_SUPPRESSION_RULES = {
  'suppress.attendance-small-count': (t: number) =>
    `1 to ${t} pupils counted by their absence is withheld, with every rate built on it`,
  'suppress.attendance-small-complement': (t: number, small: number) =>
    `in a group of ${small} pupils or fewer, all but 1 to ${t} of them counted by their absence is withheld`,
  'suppress.attendance-small-group': (t: number) => `a group of 1 to ${t} pupils on roll is withheld whole`,
  'suppress.secondary': () => SUPPRESSION_RULES['suppress.secondary'](),
} as const;

/** A figure asked for that is not there: one line, with its id and what to do. */
export const EXPLAIN_REFUSALS = {
  'explain.flag-missing': (flag: string) =>
    `--${flag} is needed: give it, or give --row with --header copied from a csv output`,
  'explain.flag-unknown': (flag: string, given: string, known: readonly string[]) =>
    `--${flag} "${given}" is not known: give one of ${known.join(', ')}`,
  'explain.row-unreadable': (why: string) =>
    `--row and --header could not be read as one csv line and its header (${why}): copy both from the same csv output`,
  'explain.row-conflict': (column: string, row: string, flag: string) =>
    `--row gives ${column} "${row}" but --${column.replaceAll('_', '-')} gives "${flag}": leave out one of them`,
  'explain.unknown-attendance-measure': (given: string, known: readonly string[]) =>
    `--measure "${given}" is not an attendance rate or column: give one of ${known.join(', ')}`,
  'explain.no-attendance': (year: string, term: string) =>
    `no accepted attendance returns for ${year} ${term} in the store: check the year and term`,
  'explain.unknown-group': (given: string, nearest: readonly string[]) =>
    `--pupil-group "${given}" is not a pupil group of the catalogue` +
    `${nearest.length ? ` (nearest: ${nearest.join(', ')})` : ''}: see schemas/catalogue/pupil-groups.json`,
  'explain.unknown-measure': (given: string, keyStage: string, year: string, inForce: readonly string[]) =>
    `--measure "${given}" is not a ${keyStage} measure in ${year}: give one of ${inForce.join(', ')}`,
  'explain.unknown-area': (level: string, given: string, known: readonly string[]) =>
    `--area-code "${given}" is not a ${level} with figures here: give one of ${known.slice(0, 8).join(', ')}` +
    `${known.length > 8 ? ', …' : ''}`,
  'explain.no-returns': (keyStage: string, round: string, year: string) =>
    `no accepted ${keyStage} ${round} returns for ${year} in the store: check the year, key stage and round`,
  'explain.no-figure': (area: string, group: string, measure: string) =>
    `${area} has no figure for ${group}, ${measure}: no school counted in it returned one; ` +
    'run report predictions to see the figures there are',
} as const;

export type ExplainRefusalId = keyof typeof EXPLAIN_REFUSALS;

/** The one line a refusal prints: its id, then what is wrong and what to do. */
export const refusalLine = (id: ExplainRefusalId, text: string) => `explain: ${id}: ${text}`;

const level = { city: 'City', group: 'Collaborative group', school: 'School' } as const;

export const explainText = {
  title: (what: string) => `Where this figure comes from: ${what}`,
  'figure.what': (f: {
    level: 'city' | 'group' | 'school';
    area: string;
    group: string;
    measure: string;
    keyStage: string;
    year: string;
    round: string;
  }) => `${level[f.level]} ${f.area}, ${f.group}, ${f.measure}, ${f.keyStage} ${f.year}, ${f.round} round`,
  'figure.rate': (count: number, cohort: number, rate: string) =>
    `${count} of ${cohort} pupils = ${rate}% (Σ count / Σ cohort over the cells below, rounded half away from zero)`,
  'figure.mean': (cohort: number, mean: string) =>
    `${mean} over ${cohort} pupils (Σ mean × cohort / Σ cohort over the cells below)`,
  'figure.as-returned':
    'As the schools returned them: amendments made after challenge are not applied (--as-returned).',
  'figure.withheld':
    'This figure is withheld (c) in the publication. Its cells, and anything that would let it be worked out, ' +
    'are not printed here; a data officer sees them without --published.',
  'figure.published':
    'As published: a cell withheld in the publication is c here too, and an amended figure shows who amended it ' +
    'and when, not the old value or the reason (the internal version shows them).',
  'figure.sum-check': (count: number, cells: number) => `The ${cells} cells below sum to ${count}.`,
  'figure.sum-withheld': 'The cells cannot be summed here: some are withheld in the publication.',
  'cells.title': 'The cells it is made of',
  'cells.cohort-unrecorded': 'place not recorded: stored before 2026-12',
  'superseded.title': 'Returns left out: superseded by a later return from the same school',
  'superseded.none': 'None.',
  'excluded.title': 'Schools not counted in it',
  'excluded.none': 'None: every school asked for the return is counted.',
  'excluded.refused': 'refused',
  'excluded.not-returned': 'not returned',
  'excluded.closed': (on: string) => `closed on ${on}, before the year began`,
  'excluded.no-group': 'returned, with no row for this pupil group',
  'excluded.no-value': 'returned, with this figure left blank',
  'national.title': 'The national figure',
  'national.none': 'The store has no national figure for this measure and pupil group up to this year.',
  'national.line': (f: { group: string; value: number; year: string; source: string; area: string; gap: string }) =>
    `${f.group}: ${f.value} (${f.area}, ${f.year}, from the ${f.source} import); gap ${f.gap} points`,
  'national.fallback': (year: string, used: string) =>
    `${year} has no national figure here: the latest earlier one, ${used}, is used.`,
  'suppression.title': 'The suppression decision',
  'suppression.not-published': 'Not asked: give --published to see the decision the publication makes.',
  'suppression.line': (what: string, ruleId: string, rule: string, protects?: string) =>
    `${what}: ${ruleId}: ${rule}${protects ? `; it protects ${protects}` : ''}`,
  'suppression.withheld': 'Withheld (c) in the publication.',
  'suppression.shown': 'Shown in the publication.',
  'cell.count': (measure: string) => `the count of ${measure}`,
  'cell.cohort': 'the cohort',
  'cell.mean': 'the mean',
  'cell.figure': 'the figure',
  'cell.protected-count': (round: string, measure: string, area: string, group: string) =>
    `the ${round ? `${round} ` : ''}count of ${measure} for ${group} at ${area}`,
  'cell.protected-cohort': (area: string, group: string) => `the cohort of ${group} at ${area}`,
  'html.scope': (keyStage: string, year: string, round: string) => `${keyStage} ${year}, ${round} round`,
  'html.page-title': (title: string) => `${title}: where each figure comes from`,
  'html.intro':
    "Each city and collaborative group figure of the paper, traced to the schools' returns and cells it is made " +
    'of, as school-returns explain shows it.',
  'area.city': (name: string) => `the city (${name})`,
  'area.group': (code: string) => `collaborative group ${code}`,
  'area.school': (urn: string, name: string) => `${name} (URN ${urn})`,
} as const;

/** The words of an attendance figure's explanation. */
export const attendanceText = {
  'attendance.title': (what: string) => `Where this attendance figure comes from: ${what}`,
  'attendance.rate': (rate: string) => `The figure is ${rate}% (Σ the columns below / Σ its base, over the schools).`,
  'attendance.sum': (column: string, total: number, cells: number) =>
    `${column}: ${total}, the sum of the ${cells === total ? 'cells below' : 'cells below (they differ: a bug)'}.`,
  'attendance.ytd': (terms: readonly string[]) =>
    `Year to date: sessions and events summed over ${terms.join(', ')}; pupils from the latest term's return.`,
  'attendance.withheld':
    'This figure is withheld (c) in the publication. Its cells are not printed here; a data officer sees them ' +
    'without --published.',
  'attendance.cells': 'The cells it is made of',
  'attendance.excluded': 'Schools not counted in it',
  'attendance.no-group': 'no row for this pupil group',
  'attendance.incomplete': (terms: readonly string[]) => `incomplete: no ${terms.join(', ')} return`,
  'attendance.national': (n: {
    value: number;
    area: string;
    phase: string;
    year: string;
    source: string;
    halfTerms: number;
    paThreshold: number;
    group?: string;
  }) =>
    `National figure for comparison: ${n.value}% (${n.area}, ${n.group ?? 'all pupils'}, ${
      n.phase === 'all' ? 'all schools' : `${n.phase} schools`
    }, ${n.year}, from the ${n.source} import; ${
      n.halfTerms > 0 ? `${n.halfTerms} half terms` : 'half terms not given'
    }${n.paThreshold > 0 ? `; persistent absence at ${n.paThreshold}% of possible sessions or more` : ''}).`,
  'attendance.national-fallback': (year: string, used: string) =>
    `${year} has no national figure here: the latest earlier one, ${used}, is used.`,
  'attendance.decision-cell': (column: string, ruleId: string, rule: string, protects?: string) =>
    `Suppression of ${column}: ${ruleId}: ${rule}${protects ? `; it protects ${protects}` : ''}.`,
  'attendance.cell': (column: string, group: string, where: string, period: string) =>
    `${column} of ${group} at ${where}, ${period}`,
  'attendance.cell-school': (name: string, urn: string) => `${name} (URN ${urn})`,
  'attendance.cell-area': (level: string, code: string) =>
    level === 'city' ? `the city (${code})` : level === 'phase' ? `the ${code} phase` : `collaborative group ${code}`,
  'attendance.cell-schools': (urns: readonly string[]) => `the ${urns.length} schools ${urns.join(', ')}`,
  'attendance.decision-withheld': 'Suppression: withheld (c) in the publication.',
  'attendance.decision-shown': 'Suppression: shown in the publication.',
  'attendance.decision-rule': (what: 'persistent' | 'all') =>
    `Suppression: ${
      what === 'all' ? 'every figure of this group withheld' : 'figures built on pupils counted by absence withheld'
    } (suppress.attendance-${what}: small numbers, or what would reveal them; disclosure/suppress-attendance.ts).`,
} as const;
