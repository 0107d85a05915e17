import { sql, type Kysely } from 'kysely';

// The rates and means of the catalogue of this day (schemas/catalogue/), for the rows stored before
// definitions were kept: a migration is a snapshot, so it names them rather than reading a catalogue
// that may since have changed.
const ATTENDANCE_RATES = ['overall_absence_rate', 'authorised_absence_rate', 'unauthorised_absence_rate'];
const PERSISTENT_RATE = 'persistent_absence_rate';
const MEANS = ['ks2_read_prog', 'ks2_writ_prog', 'ks2_mat_prog', 'ks4_att8', 'ks4_p8'];

/**
 * Each comparator keeps its definition beside it (issue 12): the persistent-absence threshold, the
 * half terms it covers, its unit (a rate, a mean, or a count of sessions or pupils), the area's code,
 * whether the figure is provisional and which kind of file it came from. Two definitions of one
 * figure (persistent absence at 10% and at 15%) are two rows, so they join the primary key; SQLite
 * cannot change a key in place, so the table is made anew and the rows copied. Rows from before were
 * the comparators csv, read as the tool's own definitions: six half terms, and the threshold in force
 * for the year (15% to 2014/15, 10% from 2015/16). And the statistical-neighbour lists, one row per
 * neighbour in order.
 */
export const comparatorDefinitions = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('comparators_with_definitions')
      .addColumn('academic_year', 'text', (c) => c.notNull())
      .addColumn('geographic_level', 'text', (c) => c.notNull())
      .addColumn('area_name', 'text', (c) => c.notNull())
      .addColumn('area_code', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('key_stage', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('pupil_group', 'text', (c) => c.notNull())
      .addColumn('half_terms', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pa_threshold', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unit', 'text', (c) => c.notNull().defaultTo('percent'))
      .addColumn('provisional', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('source', 'text', (c) => c.notNull().defaultTo('comparators csv'))
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('comparators_definitions_pk', [
        'academic_year',
        'geographic_level',
        'area_name',
        'key_stage',
        'measure',
        'pupil_group',
        'half_terms',
        'pa_threshold',
      ])
      .execute();
    const rates = [...ATTENDANCE_RATES, PERSISTENT_RATE];
    await sql`
      insert into comparators_with_definitions
        (academic_year, geographic_level, area_name, key_stage, measure, pupil_group,
         half_terms, pa_threshold, unit, value)
      select academic_year, geographic_level, area_name, key_stage, measure, pupil_group,
        case when measure in (${sql.join(rates)}) then 6 else 0 end,
        case when measure = ${PERSISTENT_RATE} then (case when academic_year <= '2014/15' then 15 else 10 end)
          else 0 end,
        case when measure in (${sql.join(MEANS)}) then 'mean' else 'percent' end,
        value
      from comparators`.execute(db);
    await db.schema.dropTable('comparators').execute();
    await db.schema.alterTable('comparators_with_definitions').renameTo('comparators').execute();

    await db.schema
      .createTable('neighbours')
      .addColumn('la_code', 'text', (c) => c.notNull())
      .addColumn('la_name', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('neighbour_code', 'text', (c) => c.notNull())
      .addColumn('closeness', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('neighbours_pk', ['la_code', 'position'])
      .execute();
  },
};
