import { app, Menu, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { registerSchemePrivileges, serveRenderer } from './protocol.ts';
import { createMainWindow, denyAllPermissions } from './window.ts';
import { registerIpcHandlers } from './ipc.ts';
import { nativeDialogs } from './dialogs.ts';
import { buildMenu } from './menu.ts';
import { createHost } from '../host/host.ts';
import { APP_ROOT } from '../host/paths.ts';
import type { Host } from '../host/host.ts';
import { pickedPaths, type PickedPathPolicy } from '../host/path-policy.ts';
import { projectFileFromArgv } from './external-links.ts';

/**
 * `--sample` (what `npm start` passes) opens the bundled sample park; a `.parkzero` path (a
 * double-clicked file) opens that file. Returns the project id for the window's start URL.
 */
async function openFromCommandLine(host: Host, paths: PickedPathPolicy, argv: string[]): Promise<string | null> {
  const file = projectFileFromArgv(argv);
  // A file on the command line was chosen by the user (double-click, "Open with"); it is
  // opened by handle like a file picked in a dialog.
  const result = file
    ? await host.call('project.open', { path: paths.allow(file) })
    : argv.includes('--sample')
      ? await host.call('project.openSample', {})
      : null;
  if (result === null) return null;
  if (!result.ok) {
    console.error(`ParkZero: ${result.error.code}: ${result.error.message}`);
    return null;
  }
  return (result.value as { project_id: string }).project_id;
}

/**
 * The desktop shell: app lifecycle, one window, IPC wiring. Everything else (projects, engine,
 * exports) is the shared host, which the CLI and the browser host use too.
 */
registerSchemePrivileges();

// A second instance hands its arguments to the first and quits; the first focuses its window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  // Set once the host is up; a second instance started before that only focuses the window.
  let openSecond: ((argv: string[]) => Promise<void>) | null = null;
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    // A file double-clicked while ParkZero runs arrives here: open it in its own window, so
    // the project already on screen stays as it is.
    void openSecond?.(argv);
  });

  void app.whenReady().then(async () => {
    denyAllPermissions();
    serveRenderer(join(APP_ROOT, 'dist-renderer'));
    const paths = pickedPaths();
    const host = createHost({
      shell: 'electron',
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      dialogs: nativeDialogs(
        () => mainWindow,
        (picked) => paths.allow(picked),
      ),
      paths,
    });
    registerIpcHandlers((name, request) => host.call(name, request));
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    const startProject = await openFromCommandLine(host, paths, process.argv.slice(1));
    mainWindow = createMainWindow(join(APP_ROOT, 'dist-electron'), startProject);
    openSecond = async (argv) => {
      if (projectFileFromArgv(argv.slice(1)) === null) return;
      const projectId = await openFromCommandLine(host, paths, argv.slice(1));
      if (projectId !== null) createMainWindow(join(APP_ROOT, 'dist-electron'), projectId);
    };
    app.on('before-quit', () => void host.close());
  });

  app.on('window-all-closed', () => app.quit());
}
