import fs from 'node:fs';
import path from 'node:path';
import type { RefusedFile } from '../../../core/portfolio/index.ts';
import { PROJECT_FILE_EXTENSION } from '../store/index.ts';

/**
 * The project files a portfolio reads, from the folders and files the user named. A folder
 * gives its `.parkzero` files (not its subfolders; signature files and other files beside them
 * are not projects); a file named directly is read whatever its name, so a mislabelled one is
 * refused with its reason rather than skipped silently. Nothing is opened here: every file goes
 * through the store's untrusted-open checks later, one by one.
 */
export function portfolioFiles(inputs: readonly string[]): { files: string[]; refused: RefusedFile[] } {
  const files: string[] = [];
  const refused: RefusedFile[] = [];
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
      refused.push({
        file: path.basename(full),
        path: full,
        code: code === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR',
        message: `${JSON.stringify(full)}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? String(e)})`}`,
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
      });
      continue;
    }
    // Code-point order: the same on every machine, whatever its locale.
    for (const name of names.sort())
      if (name.toLowerCase().endsWith(PROJECT_FILE_EXTENSION.toLowerCase())) add(path.join(full, name));
  }
  return { files, refused };
}
