import { writeFileSync } from 'node:fs';
import { writeFileAtomically } from './store/atomic-write.ts';

export { refuseExisting } from './store/atomic-write.ts';

/**
 * Writes an exported file (plan JSON, results, CSV, PDF and Excel reports, memos, signatures)
 * with the project store's atomic write: readers see either the old or the new content, never
 * half, and operating-system refusals become IO_ERROR naming the file.
 */
export function writeTextFileAtomically(target: string, content: string | Uint8Array): void {
  writeFileAtomically(target, (temp) => writeFileSync(temp, content, { flag: 'wx' }), { overwrite: true });
}

/**
 * The same write for requests from the app: with `overwrite: false` an existing file is never
 * replaced (FILE_EXISTS), even one created between the caller's check and the write.
 */
export function writeFileAtomicallyOnce(target: string, content: string | Uint8Array, options: { overwrite: boolean }): void {
  writeFileAtomically(target, (temp) => writeFileSync(temp, content, { flag: 'wx' }), options);
}
