import type { AcademicYear } from '../../domain/academic-year.js';
import type { Message, Place } from '../../messages/message.js';
import type { ReturnKind } from '../locate/located-return.js';

/** A value read from the return and where it was found. */
export interface Found<T> {
  value: T;
  place: Place;
}

/**
 * Which return this is, as far as its header could be read. Fields a refused return could not
 * supply are absent; the refusal record keeps what is known.
 */
export interface ReturnIdentity {
  /** 'unknown' for a file refused before its kind could be told. */
  kind: ReturnKind | 'unknown';
  file: string;
  part?: string;
  urn?: Found<string>;
  /** 7 digits: LA code and establishment number, as 8742001. */
  laestab?: Found<string>;
  schoolName?: Found<string>;
  academicYear?: AcademicYear;
  keyStage?: string;
  /** Autumn, Spring, Summer or Actual for predictions; the term for attendance. */
  period?: string;
}

/** One returned figure, in the store's terms. */
export interface ReturnedValue {
  /** Measure code (predictions) or attendance column code. */
  measure: string;
  /** A count of pupils for a threshold measure or attendance count; the group mean for a mean measure. */
  value: number;
  /** What the school wrote, e.g. "79%" when a rate was converted to a count. */
  returned: string;
  place: Place;
}

export interface ReturnedGroup {
  /** Pupil group code. */
  pupilGroup: string;
  place: Place;
  /** Pupils in the group (predictions); absent for attendance, whose enrolments are a value. */
  cohort?: number;
  cohortPlace?: Place;
  values: ReturnedValue[];
}

/** A return with every name resolved to the catalogue's codes and every cell read as a number. */
export interface NormalisedReturn {
  identity: ReturnIdentity;
  groups: ReturnedGroup[];
  messages: Message[];
  /**
   * The pupil groups the table names, kept or not, and where the first is; absent when the
   * table could not be read (its error is already said).
   */
  table?: { pupilGroups: string[]; firstRow: Place };
}
