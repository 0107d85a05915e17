// The deliberately messy 2014/15 KS2 Autumn returns, gathered from their families: ones the import
// must accept (with a warning or a query) and ones it must refuse, each with the rule it should draw.
import type { FixtureCase } from './fixture-case.js';
import { CELL_CASES } from './fixture-city-cell-cases.js';
import { LAYOUT_CASES } from './fixture-city-layout-cases.js';
import { QUERIED_CASES } from './fixture-city-queried-cases.js';
import { REFUSED_CONTENT_CASES } from './fixture-city-refused-content-cases.js';
import { UNREADABLE_CASES } from './fixture-city-unreadable-cases.js';

export type { Expectation, FixtureCase } from './fixture-case.js';

/** Accepted returns with something wrong that the import must put right or flag; one per school. */
export const ACCEPTED_CASES: readonly FixtureCase[] = [...LAYOUT_CASES, ...CELL_CASES, ...QUERIED_CASES];

/** Returns the import must refuse, nothing of them stored; all KS2 2014/15 Autumn otherwise. In manifest order. */
export const REFUSED_CASES: readonly FixtureCase[] = [...UNREADABLE_CASES, ...REFUSED_CONTENT_CASES];
