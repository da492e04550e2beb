import type { Db } from './connection.ts';

/**
 * The `meta` table: one text value per key. It holds the plan format version and, for each
 * optional plan field kept in tables of its own, whether the plan has the field at all, so
 * that an emptied list reads back as an empty list and an absent field as absent.
 */
export class MetaRows {
  private readonly getStmt;
  private readonly setStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
    this.setStmt = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(key: string): unknown {
    return this.getStmt.get(key);
  }

  set(key: string, value: string): void {
    this.setStmt.run(key, value);
  }

  /** Whether the plan has the optional field recorded under `key`. */
  hasField(key: string): boolean {
    return this.get(key) === 'present';
  }

  markField(key: string, present: boolean): void {
    this.set(key, present ? 'present' : 'absent');
  }
}
