/**
 * Run as a child process by the recovery e2e test: a host that opens the sample, makes an
 * edit and then waits to be killed, leaving a working copy with unsaved edits behind, exactly
 * what a crash or a power cut leaves. Usage: crashed-session.ts <dataDir> <new park name>
 */
import { createHost } from '../../../electron/host/host.ts';

const [dataDir, newName] = process.argv.slice(2);
if (dataDir === undefined || newName === undefined) throw new Error('usage: crashed-session.ts <dataDir> <name>');

const host = createHost({ shell: 'browser', dataDir, version: '0.0.0-e2e', log: () => {} });
const opened = await host.call('project.openSample', {});
if (!opened.ok) throw new Error(opened.error.message);
const { project_id } = opened.value as { project_id: string };
const edited = await host.call('project.edit', {
  project_id,
  base_revision: 0,
  label: 'Rename the park',
  patches: [{ op: 'replace', path: ['park', 'name'], value: newName }],
});
if (!edited.ok) throw new Error(edited.error.message);
process.stdout.write('ready\n');
// Keep the process (and its claim on the working copy) alive until the test kills it.
setInterval(() => {}, 60_000);
