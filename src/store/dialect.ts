// The few places SQL differs between the laptop's SQLite and a region's PostgreSQL.
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface DialectTraits {
  name: DialectName;
  /** An auto-numbered integer primary key. */
  identity(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  binaryType: 'blob' | 'bytea';
  /** Opens a write transaction holding the write lock from the start (pitfalls.md: SQLite's BEGIN). */
  beginWrite: RawBuilder<unknown>;
}

export const dialects: Record<DialectName, DialectTraits> = {
  sqlite: {
    name: 'sqlite',
    identity: (col) => col.primaryKey().autoIncrement(),
    binaryType: 'blob',
    beginWrite: sql`begin immediate`,
  },
  postgres: {
    name: 'postgres',
    identity: (col) => col.primaryKey().generatedAlwaysAsIdentity(),
    binaryType: 'bytea',
    beginWrite: sql`begin`,
  },
};

export type { Kysely };
