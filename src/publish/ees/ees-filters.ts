// The filters and places every report's export shares, read from the tidy table's usual columns
// (`level`, `area_code`, `area_name`, `pupil_group`, `phase`): labels, not codes, and `Total`
// for the aggregate of each, as the standard asks.
import type { Catalogue } from '../../domain/catalogue.js';
import { eesText } from '../../messages/ees-text.js';
import { TOTAL } from './ees-standard.js';
import { laPlace, schoolPlace, type EesPlace, type EesPlaces } from './ees-geography.js';
import { textAt, type EesFilter, type RowReader } from './ees-table.js';

/** The city and its groups (and phases) as the LA; a school as itself. */
export const placeOf =
  (places: EesPlaces) =>
  (read: RowReader): EesPlace =>
    textAt(read, 'level') === 'school'
      ? schoolPlace(places, textAt(read, 'area_code'), textAt(read, 'area_name'))
      : laPlace(places.city);

/**
 * The collaborative group a row is of: the group's own rows; a school's group in the year (or
 * none); Total for the city's (and a phase's) rows, which hold every group's schools.
 */
export const groupFilter = (places: EesPlaces): EesFilter => ({
  code: 'collaborative_group',
  label: eesText['filter.collaborative-group'],
  hint: eesText['hint.collaborative-group'],
  value: (read) => {
    const level = textAt(read, 'level');
    if (level === 'group') return textAt(read, 'area_name');
    if (level === 'school')
      return places.schools.get(textAt(read, 'area_code'))?.collaborativeGroup ?? eesText['no-group'];
    return TOTAL;
  },
});

/** The pupil group by its label; the whole cohort is the filter's Total. */
export const pupilGroupFilter = (cat: Catalogue): EesFilter => ({
  code: 'pupil_group',
  label: eesText['filter.pupil-group'],
  hint: eesText['hint.pupil-group'],
  value: (read) => {
    const code = textAt(read, 'pupil_group');
    return code === cat.wholeCohort ? TOTAL : cat.pupilGroup(code).label;
  },
});

/** The school's phase, or the phase a row totals; `all` (every phase) is Total. */
export const phaseFilter: EesFilter = {
  code: 'school_phase',
  label: eesText['filter.phase'],
  hint: eesText['hint.phase'],
  value: (read) => {
    const phase = textAt(read, 'phase');
    return phase === 'all' ? TOTAL : (eesText.phase[phase] ?? phase);
  },
};

/** A row's measure and its kind, for the indicators of a table spread by measure. */
export const measureSpread = (cat: Catalogue) => ({
  column: 'measure',
  isMean: (measure: string) => cat.measure(measure).kind === 'mean',
});

/** `RWM L4+: Percentage reaching the measure`, under `RWM L4+ (KS2, Autumn round)`. */
export const measureLabel =
  (cat: Catalogue, keyStage: string, round: string) =>
  (code: string, measure?: string): { label: string; grouping: string } => {
    const m = cat.measure(measure!);
    const ks = cat.keyStages.find((k) => k.code === keyStage)?.label ?? keyStage;
    return {
      label: eesText['of-measure'](m.label, eesText.figure(code, m.kind === 'mean')),
      grouping: eesText['measure-grouping'](m.label, ks, round),
    };
  };
