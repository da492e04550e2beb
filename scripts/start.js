// `npm start`: the desktop app when the Electron binary is installed; otherwise the local
// browser host with the same renderer and API, on 127.0.0.1, with the sample park open.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { buildElectron, buildRenderer } from './build.js';

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the download was skipped.
    return createRequire(import.meta.url)('electron');
  } catch {
    return null;
  }
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
  const { main } = await import('../bin/cli-entry.js');
  process.exitCode = await main(['serve', '--sample', ...args]);
}
