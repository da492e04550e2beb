import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/host/store/index.ts';
import { importedSample, tempDir } from '../review/helpers.ts';

/**
 * Issue 14, item 4: a sparse or oversized file was copied whole before any check, and a
 * write-ahead log beside a file was ignored silently.
 */

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PARKZERO_MAX_PROJECT_MB;
});

function bytesUnder(folder: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

describe('opening a project copies only the database its header describes', () => {
  it('a file padded (sparse) to 20 GB opens, and the working copy is the database size', async () => {
    const file = await importedSample(dir, 'sparse.parkzero');
    const real = fs.statSync(file).size;
    fs.truncateSync(file, 20 * 1024 ** 3);
    const workDir = path.join(dir, 'work-sparse');
    const store = new ProjectStore({ workDir });
    try {
      const project = store.open(file, { mode: 'review' });
      expect(project.plan().park.name.length).toBeGreaterThan(0);
      expect(bytesUnder(workDir)).toBeLessThan(real * 4);
    } finally {
      store.closeAll();
    }
  });

  it('a database over the configured maximum is refused before copying', async () => {
    const file = await importedSample(dir, 'big.parkzero');
    process.env.PARKZERO_MAX_PROJECT_MB = String(fs.statSync(file).size / 1024 / 1024 / 2);
    const workDir = path.join(dir, 'work-big');
    const store = new ProjectStore({ workDir });
    try {
      expect(() => store.open(file, { mode: 'review' })).toThrow(/PARKZERO_MAX_PROJECT_MB/);
      expect(bytesUnder(workDir)).toBe(0);
    } finally {
      store.closeAll();
    }
  });

  it('a write-ahead log beside the file is refused with what to do, not ignored', async () => {
    const file = await importedSample(dir, 'wal.parkzero');
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1));
    const store = new ProjectStore({ workDir: path.join(dir, 'work-wal') });
    try {
      expect(() => store.open(file, { mode: 'review' })).toThrow(/write-ahead log/);
    } finally {
      store.closeAll();
    }
  });
});
