import fs from 'node:fs';
import { fileError, ioError } from './file-error.ts';
import { fileNameOf, reason } from '../../../core/text/error-reasons.ts';

/**
 * Reads and checks the 100-byte SQLite header ourselves before SQLite sees the file, so the
 * common ways a file is wrong get a precise error instead of SQLite's generic "file is not a
 * database". Layout: https://www.sqlite.org/fileformat2.html#the_database_header
 */
export interface SqliteHeader {
  pageSize: number;
  /** Page count from the header, or null when the header says it is not reliable. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
  fileSize: number;
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

/**
 * `label` is the name used in messages (the user's original path, not our working copy).
 * Throws FILE_EMPTY, FILE_NOT_SQLITE, FILE_TRUNCATED or FILE_CORRUPT.
 */
export function checkSqliteHeader(file: string, label: string = file): SqliteHeader {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw ioError(label, 'open', e);
  }
  const name = fileNameOf(label);
  try {
    const fileSize = fs.fstatSync(fd).size;
    if (fileSize === 0)
      throw fileError(
        'FILE_EMPTY',
        label,
        'the file is empty (0 bytes), not a ParkZero project',
        reason('file_empty', { file: name }),
      );
    const head = Buffer.alloc(HEADER_SIZE);
    const got = fs.readSync(fd, head, 0, HEADER_SIZE, 0);
    const magicLength = Math.min(got, MAGIC.length);
    if (!head.subarray(0, magicLength).equals(MAGIC.subarray(0, magicLength)) || got < MAGIC.length)
      throw fileError(
        'FILE_NOT_SQLITE',
        label,
        'not a ParkZero project (the file is not an SQLite database)',
        reason('file_not_sqlite', { file: name }),
      );
    if (got < HEADER_SIZE)
      throw fileError(
        'FILE_TRUNCATED',
        label,
        `the file is truncated (${fileSize} bytes, shorter than the 100-byte header)`,
        reason('file_truncated', { file: name, size: fileSize, expected: HEADER_SIZE }),
      );

    const rawPageSize = head.readUInt16BE(16);
    // The value 1 stands for 65536, which does not fit in 16 bits.
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
      throw fileError(
        'FILE_CORRUPT',
        label,
        `the database header is damaged (page size ${rawPageSize})`,
        reason('file_header_damaged', { file: name }),
      );

    // The in-header page count is only valid when "version-valid-for" equals the change
    // counter; old writers did not maintain it, and then SQLite uses the file size instead.
    const changeCounter = head.readUInt32BE(24);
    const headerPages = head.readUInt32BE(28);
    const validFor = head.readUInt32BE(92);
    const pageCount = headerPages > 0 && validFor === changeCounter ? headerPages : null;
    const expected = pageCount === null ? pageSize : pageCount * pageSize;
    if (fileSize < expected)
      throw fileError(
        'FILE_TRUNCATED',
        label,
        `the file is truncated (${fileSize} bytes, but its header says ${expected} bytes: ${pageCount ?? 1} pages of ${pageSize})`,
        reason('file_truncated', { file: name, size: fileSize, expected }),
      );

    return {
      pageSize,
      pageCount,
      userVersion: head.readInt32BE(60),
      applicationId: head.readInt32BE(68),
      fileSize,
    };
  } finally {
    fs.closeSync(fd);
  }
}
