import { MIGRATIONS } from './migrations/index.ts';

/**
 * `PRAGMA application_id` of every ParkZero project file: the ASCII bytes 'PZRK'
 * (0x505A524B), so `file(1)`-style tools and our header check can tell our files apart from
 * any other SQLite database.
 */
export const APPLICATION_ID = 0x505a524b;

/** Schema version this build writes (`PRAGMA user_version`): the last migration's version. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const PROJECT_FILE_EXTENSION = '.parkzero';
