import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
// electron-builder's own schema check, the one `npm run dist` runs before packaging.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

/**
 * electron-builder cannot package here (no Electron download), so this keeps its config honest:
 * it must pass electron-builder's schema and point at the files our build really produces.
 */
describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; allowScripts: Record<string, boolean> };

  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packages the bundled main process that package.json names', () => {
    expect((config.extraMetadata as { main: string }).main).toBe(pkg.main);
    expect(readFileSync('scripts/build.js', 'utf8')).toContain(`outfile: '${pkg.main}'`);
    expect(config.files).toEqual(expect.arrayContaining(['dist-electron/**', 'dist-renderer/**', 'resources/samples/**']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**']));
  });

  it('keeps the Electron binary download switched off for npm ci', () => {
    expect(pkg.allowScripts.electron).toBe(false);
  });
});

describe('Electron fuses (issue 14)', () => {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses?: Record<string, boolean> };
  it('turns off running as Node and NODE_OPTIONS, and checks the asar archive', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
