import fs from 'node:fs';
import path from 'node:path';
import type { ErrorReason } from '../../../core/api/result.ts';
import type { EmptyFolder, RefusedFile } from '../../../core/portfolio/index.ts';
import { folderOf, reason } from '../../../core/text/error-reasons.ts';
import { PROJECT_FILE_EXTENSION } from '../store/index.ts';
import { ioReason } from '../store/file-error.ts';

/**
 * The project files a portfolio reads, from the folders and files the user named. A folder
 * gives its `.parkzero` files (not its subfolders; signature files and other files beside them
 * are not projects); a file named directly is read whatever its name, so a mislabelled one is
 * refused with its reason rather than skipped silently. Nothing is opened here: every file goes
 * through the store's untrusted-open checks later, one by one.
 *
 * The folder was named by the user (and passed the shell's path policy); its entries were not.
 * An entry that is a link leading out of the folder (to /dev/zero, to a file elsewhere) is
 * refused here, so a folder received from someone else cannot make ParkZero read other files.
 */
export function portfolioFiles(inputs: readonly string[]): {
  files: string[];
  refused: RefusedFile[];
  emptyFolders: EmptyFolder[];
} {
  const files: string[] = [];
  const refused: RefusedFile[] = [];
  // Named folders without a single project file, said as such (a wrong folder is not silently empty).
  const emptyFolders: EmptyFolder[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const input of inputs) {
    const full = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const name = path.basename(full);
      refused.push({
        file: name,
        path: full,
        code: code === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR',
        message: `${JSON.stringify(full)}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? String(e)})`}`,
        reason:
          code === 'ENOENT'
            ? reason('portfolio_input_missing', { file: name, folder: folderOf(full) })
            : ioReason(full, 'open', code),
      });
      continue;
    }
    if (!stat.isDirectory()) {
      add(full);
      continue;
    }
    let names: string[];
    try {
      names = fs.readdirSync(full);
    } catch (e) {
      refused.push({
        file: path.basename(full),
        path: full,
        code: 'IO_ERROR',
        message: `${JSON.stringify(full)}: cannot list the folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        reason: reason('portfolio_folder_unreadable', { file: path.basename(full) }),
      });
      continue;
    }
    const realFolder = fs.realpathSync(full);
    const projects = names.filter((name) => name.toLowerCase().endsWith(PROJECT_FILE_EXTENSION.toLowerCase()));
    if (projects.length === 0) emptyFolders.push({ folder: path.basename(full), path: full });
    // Code-point order: the same on every machine, whatever its locale.
    for (const name of projects.sort()) {
      const entry = path.join(full, name);
      const outside = leadsOutside(entry, realFolder);
      if (outside === null) add(entry);
      else
        refused.push({
          file: name,
          path: entry,
          code: 'PATH_NOT_ALLOWED',
          message: `${JSON.stringify(entry)}: ${outside.problem}`,
          reason: outside.why,
        });
    }
  }
  return { files, refused, emptyFolders };
}

/** Why a folder entry must not be read (a link out of the folder, or a broken link), or null. */
function leadsOutside(entry: string, realFolder: string): { problem: string; why: ErrorReason } | null {
  const file = path.basename(entry);
  let real: string;
  try {
    real = fs.realpathSync(entry);
  } catch {
    return { problem: 'is a link to nothing (its target does not exist)', why: reason('portfolio_link_broken', { file }) };
  }
  const rel = path.relative(realFolder, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    return {
      problem: `is a link to ${JSON.stringify(real)}, outside the folder; ParkZero reads only the folder's own files`,
      // The folder as the user named it, not its real path: that is the one they know.
      why: reason('portfolio_link_outside', { file, folder: path.dirname(entry) }),
    };
  return null;
}
