// The few places SQL differs between the laptop's SQLite and a region's PostgreSQL.
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface DialectTraits {
  name: DialectName;
  /** An auto-numbered integer primary key. */
  identity(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  binaryType: 'blob' | 'bytea';
  /**
   * Opens a write transaction that is serialisable: SQLite's holds the write lock from the start
   * (pitfalls.md: SQLite's BEGIN); PostgreSQL's is SERIALIZABLE, so of two transactions that would
   * each have superseded the same return, one fails with a serialisation failure and is run again.
   */
  beginWrite: RawBuilder<unknown>;
  /** Whether a write transaction failed only for a concurrent one and should be run again from its start. */
  mustRetry(error: unknown): boolean;
  /**
   * Taken first in the migrations' transaction, so of two processes migrating a new store the second
   * waits and then finds nothing to do (SQLite's write lock does that already).
   */
  migrationLock?: RawBuilder<unknown>;
  /**
   * Opens the migrations' transaction, under the write lock. PostgreSQL's is READ COMMITTED: a
   * SERIALIZABLE one takes its snapshot at its first statement, the wait for migrationLock, so the
   * second of two processes would not see the first's migrations once it had the lock.
   */
  beginMigrations: RawBuilder<unknown>;
  /** The database role of the connection, as a column's default; SQLite has no roles. */
  currentRole?: RawBuilder<unknown>;
  /** After rows were written with their own ids (a copy), makes the next id of `table` follow the largest. */
  afterOwnIds(table: string): RawBuilder<unknown> | undefined;
  /** How many tables of this name the store has (1 or 0), as `n`. */
  hasTable(name: string): RawBuilder<{ n: number }>;
  /**
   * An aggregate: the text values of `column` in the group joined by commas, in no given order (an
   * ORDER BY inside it cost PostgreSQL a third of a GROUP BY of 320,000 rows; the caller sorts).
   */
  listOf(column: string): RawBuilder<string>;
}

const sqlState = (error: unknown) => (error as { code?: unknown } | undefined)?.code;

export const dialects: Record<DialectName, DialectTraits> = {
  sqlite: {
    name: 'sqlite',
    identity: (col) => col.primaryKey().autoIncrement(),
    binaryType: 'blob',
    beginWrite: sql`begin immediate`,
    beginMigrations: sql`begin immediate`,
    mustRetry: () => false,
    // AUTOINCREMENT follows the largest id written by itself.
    afterOwnIds: () => undefined,
    hasTable: (name) => sql`select count(*) as n from sqlite_master where type = 'table' and name = ${name}`,
    listOf: (column) => sql`group_concat(${sql.ref(column)}, ',')`,
  },
  postgres: {
    name: 'postgres',
    // By default, not always: `store copy` keeps a store's own ids (then moves the sequence past them).
    identity: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
    binaryType: 'bytea',
    beginWrite: sql`begin isolation level serializable`,
    beginMigrations: sql`begin isolation level read committed`,
    currentRole: sql`current_user`,
    // 40001 serialization_failure, 40P01 deadlock_detected.
    mustRetry: (error) => sqlState(error) === '40001' || sqlState(error) === '40P01',
    // Any fixed key: only school-returns' migrations take it.
    migrationLock: sql`select pg_advisory_xact_lock(874150001)`,
    afterOwnIds: (table) => {
      const sequence = sql`pg_get_serial_sequence(${table}, 'id')`;
      return sql`select setval(${sequence}, coalesce(max(id), 0) + 1, false) from ${sql.table(table)}`;
    },
    // In the schema the store's connection uses (search_path), as every unqualified name is.
    hasTable: (name) =>
      sql`select count(*) as n from pg_tables where schemaname = current_schema() and tablename = ${name}`,
    listOf: (column) => sql`string_agg(${sql.ref(column)}, ',')`,
  },
};

export type { Kysely };
