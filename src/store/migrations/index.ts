// Every migration, in order. A static list (not a folder scan) so the same code runs from the
// TypeScript sources in tests and from the built JavaScript.
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectTraits } from '../dialect.js';
import { initial } from './2026-11-22-0001-initial.js';
import { targets } from './2026-11-22-0002-targets.js';
import { challenge } from './2026-11-22-0003-challenge.js';
import { schoolAges } from './2026-11-22-0004-school-ages.js';
import { schoolCloseDate } from './2026-11-30-0005-school-close-date.js';
import { fileParts } from './2026-12-01-0006-file-parts.js';
import { schoolLinks } from './2026-12-01-0007-school-links.js';
import { comparatorDefinitions } from './2026-12-01-0008-comparator-definitions.js';
import { councilRoles } from './2026-12-01-0009-council-roles.js';
import { validatedOutcomes } from './2026-12-01-0010-validated-outcomes.js';
import { ofstedInspections } from './2026-12-01-0011-ofsted-inspections.js';
import { importedBy } from './2026-12-01-0012-imported-by.js';
import { cohortPlaces } from './2026-12-01-0013-cohort-places.js';

export function migrationsFor(d: DialectTraits): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '2026-11-22-0001-initial': initial(d),
    '2026-11-22-0002-targets': targets,
    '2026-11-22-0003-challenge': challenge(d),
    '2026-11-22-0004-school-ages': schoolAges,
    '2026-11-30-0005-school-close-date': schoolCloseDate,
    '2026-12-01-0006-file-parts': fileParts,
    '2026-12-01-0007-school-links': schoolLinks,
    '2026-12-01-0008-comparator-definitions': comparatorDefinitions,
    '2026-12-01-0009-council-roles': councilRoles,
    '2026-12-01-0010-validated-outcomes': validatedOutcomes,
    '2026-12-01-0011-ofsted-inspections': ofstedInspections,
    '2026-12-01-0012-imported-by': importedBy(d),
    '2026-12-01-0013-cohort-places': cohortPlaces,
  };
  return { getMigrations: async () => migrations };
}
