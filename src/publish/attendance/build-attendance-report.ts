// The attendance report from its inputs, pure: (1) the register's open schools and their current
// returns, (2) each school's figures for the period, its ranks, quartile, gap to national, change
// on a year earlier, six-term trend and target, (3) collaborative group, phase and city totals from
// sessions, (4) small numbers withheld when published. The job loads the inputs from the store.
import {
  attendanceRates,
  roundToShown,
  schoolTrend,
  targetProgress,
  persistentAbsenceThreshold,
  type AttendanceRecord,
  type Term,
  type TrendPoint,
} from '../../aggregate/attendance/index.js';
import type {
  AreaAttendance,
  AttendanceReport,
  SchoolAttendance,
} from '../../aggregate/attendance/attendance-report.js';
import { nationalAttendance, nationalRatesOf } from '../../aggregate/attendance/national-attendance.js';
import { AttendanceIndex, sumFigures, type Period } from '../../aggregate/attendance/period-figures.js';
import { endsItsTerm, type HalfTermRecord } from '../../aggregate/attendance/half-terms.js';
import { rankSchoolsInReport } from '../../aggregate/attendance/rank-schools.js';
import { applyAttendanceDecision, decideAttendance, hiddenBases } from '../../disclosure/suppress-attendance.js';
import type { SuppressionEngine } from '../../disclosure/engine.js';
import { gaussBoundsSuppression } from '../../disclosure/gauss-bounds-engine.js';
import { TERMS } from '../../aggregate/attendance/types.js';
import { previousAcademicYear } from '../../domain/academic-year.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { Context } from '../../domain/context.js';
import { openIn, type School } from '../../domain/register.js';
import { phaseOf, PHASES, type Phase } from '../../domain/school-phase.js';

export interface AttendanceReportOptions {
  academicYear: string;
  term: Term;
  /** A half term of `term` (catalogue code): the report is of it, or of the year to date to it. */
  halfTerm?: string;
  yearToDate: boolean;
  phase: Phase | 'all';
  /** Withhold small numbers; the threshold defaults to schemas/settings.json. */
  published?: boolean;
  threshold?: number;
}

const shown = (v: number | undefined) => (v === undefined ? undefined : roundToShown(v));
const minus = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : roundToShown(roundToShown(a) - roundToShown(b));

/** What the report is built from, as the store holds it. */
export interface AttendanceInputs {
  /** Every current accepted attendance return's figures, every year (for trends and change). */
  records: readonly AttendanceRecord[];
  /** The same of half-term returns (issue 14): a half term's figures, and a term's where it came as halves. */
  halfTermRecords?: readonly HalfTermRecord[];
  /** National comparators: academic year, phase (key_stage), measure, value. */
  nationalComparators: Parameters<typeof nationalAttendance>[0];
  /** The year's targets: scope (city or a URN), measure, value. */
  targets: readonly { scope: string; measure: string; value: number }[];
  /** Schools whose only returns for the period were refused. */
  refused: ReadonlySet<string>;
  /** Each school's collaborative group in the year. */
  memberships: ReadonlyMap<string, string>;
  /** The year before's: its publication, which a change on last year must agree with, had its own groups. */
  membershipsLastYear?: ReadonlyMap<string, string>;
  /** The register. */
  schools: readonly School[];
}

export function attendanceReportFrom(
  inputs: AttendanceInputs,
  o: AttendanceReportOptions,
  context: Context,
  engine: SuppressionEngine = gaussBoundsSuppression,
): AttendanceReport {
  const settings = context.settings;
  const whole = context.catalogue.wholeCohort;
  const columns = context.catalogue.attendanceColumns;
  // The headline rates: the one ranked, compared and targeted (overall absence), and persistent absence.
  const A = columns.absenceRate.code;
  const P = columns.pupilsAbsentRate.code;
  const period: Period = o;
  // The rates beyond the headlines (severe absence, each reason), compared with national where the store has it.
  const beside = columns.rates.filter((r) => r.code !== A && r.code !== P).map((r) => r.code);
  const lastYear: Period = { ...o, academicYear: previousAcademicYear(o.academicYear) };
  const halfTerms = context.catalogue.halfTerms;
  const index = new AttendanceIndex(inputs.records, columns, { records: inputs.halfTermRecords ?? [], halfTerms });
  // Half-term tables are not in the publication whose suppression is decided (publicationOf): officers' use only.
  if (o.published && o.halfTerm) throw new Error('a half-term attendance report is not published');
  // The year to date to a term's first half ends short of the term: through Summer 1 is not the whole year.
  const throughWholeTerm = o.halfTerm === undefined || endsItsTerm(o.halfTerm, halfTerms);
  const national = nationalAttendance(inputs.nationalComparators, o.academicYear);
  const { targets, refused, memberships } = inputs;
  const schools = inputs.schools.filter(
    (s) => openIn(s, o.academicYear) && (o.phase === 'all' || phaseOf(s) === o.phase),
  );

  const trendOf = (series: TrendPoint[]) => schoolTrend(series, { academicYear: o.academicYear, term: o.term });
  const targetOf = (scope: string, trend: SchoolAttendance['trend'], soFarRate: number | undefined) => {
    const t = targets.find((x) => x.scope === scope && x.measure === A);
    if (!t) return undefined;
    return {
      value: t.value,
      progress: targetProgress({
        target: t.value,
        academicYear: o.academicYear,
        trend,
        ...(soFarRate !== undefined
          ? { soFar: { rate: soFarRate, throughTerm: o.term, ...(throughWholeTerm ? {} : { yearComplete: false }) } }
          : {}),
      }),
    };
  };
  const soFar = (urn: string) => {
    const f = index.figures(urn, whole, { ...period, yearToDate: true });
    return f.status === 'returned' ? f.rates[A] : undefined;
  };

  const rows: SchoolAttendance[] = schools.map((s) => {
    const phase = phaseOf(s);
    const groups = [whole, ...[...(index.groupsOf.get(s.urn) ?? [])].filter((g) => g !== whole)];
    // A refused return is shown as refused, never as a figure and never as zero.
    const figuresOf = (g: string) => {
      const f = index.figures(s.urn, g, period);
      return f.status === 'not returned' && refused.has(s.urn) ? { status: 'refused' as const } : f;
    };
    const byGroup = new Map(groups.map((g) => [g, figuresOf(g)]));
    const all = byGroup.get(whole)!;
    const before = index.figures(s.urn, whole, lastYear);
    const rates = all.status === 'returned' ? all.rates : undefined;
    const earlier = before.status === 'returned' ? before.rates : undefined;
    const nOverall = national.rate(A, phase)?.value;
    const nPersistent = national.rate(P, phase)?.value;
    const nOthers = nationalRatesOf(national, beside, phase);
    const series = index.all
      .filter((r) => r.urn === s.urn && r.pupilGroup === whole)
      .map((r) => ({
        period: { academicYear: r.academicYear, term: r.term },
        rate: attendanceRates(r.counts, columns)[A],
      }));
    const trend = trendOf(series);
    const target = targetOf(s.urn, trend, soFar(s.urn));
    return {
      urn: s.urn,
      name: s.name,
      phase,
      ...(memberships.get(s.urn) ? { collaborativeGroup: memberships.get(s.urn)! } : {}),
      byGroup,
      ...(nOverall !== undefined ? { nationalOverall: nOverall, gapOverall: minus(rates?.[A], nOverall) } : {}),
      ...(nPersistent !== undefined
        ? { nationalPersistent: nPersistent, gapPersistent: minus(rates?.[P], nPersistent) }
        : {}),
      ...(nOthers ? { nationalRates: nOthers } : {}),
      changeOverall: minus(rates?.[A], earlier?.[A]),
      changePersistent: minus(rates?.[P], earlier?.[P]),
      trend,
      ...(target ? { target } : {}),
    };
  });

  rankSchoolsInReport(rows, whole, columns);

  const cityTarget = (trend: SchoolAttendance['trend'], rate: number | undefined) => targetOf('city', trend, rate);
  const city = { code: settings.city.laCode, name: settings.city.name };
  const areas = buildAreas(
    rows,
    o,
    national,
    index,
    { whole, absenceRate: A, columns, beside },
    city,
    cityTarget,
    trendOf,
  );
  const threshold = persistentAbsenceThreshold(
    o.academicYear,
    context.catalogue.attendance.persistentAbsenceThresholds,
  );
  const nationalYear = national.rate(A, 'all')?.academicYear;
  const { published, threshold: smallCount, ...period_ } = o;
  const built: AttendanceReport = {
    ...period_,
    schools: rows,
    areas,
    ...(threshold !== undefined ? { persistentThreshold: threshold } : {}),
    ...(nationalYear && nationalYear !== o.academicYear ? { nationalYear } : {}),
  };
  if (!published) return built;
  const limit = smallCount ?? settings.publication.smallCountThreshold;
  // Issue 10: decided over the whole year's publication, and the year before's for changes on it.
  const decide = (year: string, yearInputs: AttendanceInputs) =>
    decideAttendance(publicationOf(yearInputs, year, context), limit, context, engine);
  const before = { ...inputs, memberships: inputs.membershipsLastYear ?? new Map<string, string>() };
  const hiddenLastYear = hiddenBases(decide(previousAcademicYear(o.academicYear), before).hidden);
  return applyAttendanceDecision(built, { ...decide(o.academicYear, inputs), hiddenLastYear }, context);
}

/**
 * Every report a year's attendance publication holds: each term and its year to date, for all
 * phases and for each phase that has a school open.
 */
function publicationOf(inputs: AttendanceInputs, academicYear: string, context: Context): AttendanceReport[] {
  const phases = PHASES.filter((p) => inputs.schools.some((s) => openIn(s, academicYear) && phaseOf(s) === p));
  return TERMS.flatMap((term) =>
    [false, true].flatMap((yearToDate) =>
      (['all', ...phases] as const).map((phase) =>
        attendanceReportFrom(inputs, { academicYear, term, yearToDate, phase, published: false }, context),
      ),
    ),
  );
}

function buildAreas(
  rows: readonly SchoolAttendance[],
  o: AttendanceReportOptions,
  national: ReturnType<typeof nationalAttendance>,
  index: AttendanceIndex,
  {
    whole,
    absenceRate: A,
    columns,
    beside,
  }: { whole: string; absenceRate: string; columns: AttendanceColumns; beside: string[] },
  city: { code: string; name: string },
  cityTarget: (trend: SchoolAttendance['trend'], rate: number | undefined) => AreaAttendance['target'],
  trendOf: (s: TrendPoint[]) => SchoolAttendance['trend'],
): AreaAttendance[] {
  const groups = [...new Set(rows.flatMap((r) => [...r.byGroup.keys()]))];
  const area = (
    level: AreaAttendance['level'],
    code: string,
    name: string,
    phase: Phase | 'all',
    members: readonly SchoolAttendance[],
  ) =>
    groups.map((g): AreaAttendance => {
      const figures = sumFigures(
        members.map((m) => m.byGroup.get(g) ?? { status: 'not returned' }),
        columns,
      );
      const n = g === whole ? national.rate(A, phase)?.value : undefined;
      const others = g === whole ? nationalRatesOf(national, beside, phase) : undefined;
      const rate = figures.status === 'returned' ? figures.rates[A] : undefined;
      return {
        level,
        code,
        name,
        phase,
        pupilGroup: g,
        figures,
        schoolsReturned: members.filter((m) => m.byGroup.get(g)?.status === 'returned').length,
        schoolsExpected: members.length,
        ...(n !== undefined ? { nationalOverall: n, gapOverall: minus(rate, n) } : {}),
        ...(others ? { nationalRates: others } : {}),
      };
    });
  const out: AreaAttendance[] = [];
  const cityAreas = area('city', city.code, city.name, o.phase, rows);
  // The city's own trend and target, from its termly totals.
  const terms = [...new Set(index.all.map((r) => `${r.academicYear}|${r.term}`))];
  const citySeries = terms.map((key) => {
    const [academicYear, term] = key.split('|') as [string, Term];
    const f = sumFigures(
      rows.map((r) => {
        const c = index.counts(r.urn, whole, academicYear, term);
        return c ? { status: 'returned' as const, counts: c, rates: {} as never } : { status: 'not returned' as const };
      }),
      columns,
    );
    return { period: { academicYear, term }, rate: f.status === 'returned' ? f.rates[A] : undefined };
  });
  const ytd = sumFigures(
    rows.map((r) => index.figures(r.urn, whole, { ...o, yearToDate: true })),
    columns,
  );
  const cityTrend = trendOf(citySeries);
  const target = cityTarget(cityTrend, ytd.status === 'returned' ? ytd.rates[A] : undefined);
  // A phase with no schools open (no special school this year) has no city row to carry it.
  const cityAll = cityAreas.find((a) => a.pupilGroup === whole);
  if (cityAll) cityAll.trend = cityTrend;
  // The city's target is the whole city's: a phase's schools alone are not rated against it (issue 13).
  if (target && cityAll && o.phase === 'all') cityAll.target = target;
  out.push(...cityAreas);
  if (o.phase === 'all')
    for (const p of PHASES) {
      const m = rows.filter((r) => r.phase === p);
      if (m.length) out.push(...area('phase', p, p, p, m));
    }
  for (const g of [...new Set(rows.flatMap((r) => (r.collaborativeGroup ? [r.collaborativeGroup] : [])))].sort()) {
    out.push(
      ...area(
        'group',
        g,
        g,
        'all',
        rows.filter((r) => r.collaborativeGroup === g),
      ),
    );
  }
  return out;
}
