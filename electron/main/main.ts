import { app, Menu, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { registerSchemePrivileges, serveRenderer } from './protocol.ts';
import { createMainWindow, denyAllPermissions } from './window.ts';
import { registerIpcHandlers } from './ipc.ts';
import { nativeDialogs } from './dialogs.ts';
import { buildMenu } from './menu.ts';
import { createHost } from '../host/host.ts';
import { APP_ROOT } from '../host/paths.ts';

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
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    denyAllPermissions();
    serveRenderer(join(APP_ROOT, 'dist-renderer'));
    const host = createHost({
      shell: 'electron',
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      dialogs: nativeDialogs(() => mainWindow),
    });
    registerIpcHandlers((name, request) => host.call(name, request));
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    mainWindow = createMainWindow(join(APP_ROOT, 'dist-electron'));
    app.on('before-quit', () => host.close());
  });

  app.on('window-all-closed', () => app.quit());
}
