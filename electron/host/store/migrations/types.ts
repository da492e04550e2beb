import type { Database } from 'better-sqlite3';

/**
 * One step of the file schema. `up` runs inside the runner's transaction and must not open
 * its own; it must be deterministic (same SQL text every time) because the resulting
 * sqlite_schema is compared byte for byte against files on open.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
