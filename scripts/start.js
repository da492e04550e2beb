// `npm start`: the desktop app when the Electron binary is installed; otherwise the local
// browser host with the same renderer and API, on 127.0.0.1, with the sample park open.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { buildElectron, buildRenderer } from './build.js';
import { loadCli } from '../bin/cli-bundle.js';

/**
 * The Electron binary's path, or null when its download was skipped. Requiring the electron
 * package is not an option: it tries to download the binary on the spot, which fails (slowly,
 * with a stack trace) on machines that only reach the npm registry.
 */
function electronBinary() {
  const pkg = join('node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const args = process.argv.slice(2);
await buildRenderer();
const binary = electronBinary();
if (binary) {
  await buildElectron();
  const child = spawn(binary, ['.', '--sample', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron binary not installed (see README "Desktop binary"); starting the local browser host instead.');
  const { main } = await loadCli();
  process.exitCode = await main(['serve', '--sample', ...args]);
}
