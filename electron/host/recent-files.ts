import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeTextFileAtomically } from './text-file.ts';

const RecentList = z.array(z.strictObject({ path: z.string(), title: z.string(), opened_at: z.string() })).max(50);
export type RecentEntry = z.infer<typeof RecentList>[number];

const MAX_RECENT = 10;

/**
 * The recent-files list, a small JSON file in the host's data folder. A damaged list is
 * treated as empty rather than blocking the start screen: it is a convenience, not user data.
 */
export class RecentFiles {
  private readonly file: string;
  private readonly now: () => Date;

  constructor(dataDir: string, now: () => Date = () => new Date()) {
    this.file = join(dataDir, 'recent.json');
    this.now = now;
  }

  list(): RecentEntry[] {
    try {
      const parsed = RecentList.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  remember(path: string, title: string): void {
    const entries = [{ path, title, opened_at: this.now().toISOString() }, ...this.list().filter((e) => e.path !== path)];
    mkdirSync(dirname(this.file), { recursive: true });
    // Atomic, so a crash never leaves half a list behind.
    writeTextFileAtomically(this.file, JSON.stringify(entries.slice(0, MAX_RECENT), null, 2));
  }
}
