import type { Kysely } from 'kysely';

/**
 * Where each pupil group's cohort was found (issue 16, lineage): "Predictions!C7" or "line 12", as
 * return_values.place gives a figure's cell, so `explain` names the cohort's own cell. Null for the
 * groups of an attendance return, whose enrolments are a value, and for every row stored before this
 * migration: its place was not kept, and none is made up for it.
 */
export const cohortPlaces = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('return_groups').addColumn('cohort_place', 'text').execute();
  },
};
