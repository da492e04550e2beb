import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectTransport } from './api/bridge.ts';
import { createClient } from './api/client.ts';
import { setupI18n } from './i18n/index.ts';
import { ProjectStore } from './state/project-store.ts';
import { App } from './app/App.tsx';
import { NoTokenScreen } from './app/NoTokenScreen.tsx';
import { ServicesProvider } from './app/context.tsx';
import { takeStartProject } from './app/start-params.ts';
import { reopenAfterReload, rememberOpenProject, type Reopened } from './app/reload-session.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/table.css';

async function start(): Promise<void> {
  // Take the token out of the URL before anything else can read or render it.
  const setup = connectTransport();
  await setupI18n();
  const rootElement = document.getElementById('root');
  if (rootElement === null) throw new Error('#root is missing from index.html');
  const root = createRoot(rootElement);
  if (!setup.ok) {
    root.render(
      <StrictMode>
        <NoTokenScreen />
      </StrictMode>,
    );
    return;
  }
  const client = createClient(setup.transport);
  const store = new ProjectStore(client);
  const startProject = takeStartProject(window.location, window.history);
  let reopened: Reopened | null = null;
  if (startProject !== null) void store.load((c) => c.call('project.get', { project_id: startProject }));
  else reopened = await reopenAfterReload(client, store, window.sessionStorage);
  rememberOpenProject(store, window.sessionStorage);
  root.render(
    <StrictMode>
      <ServicesProvider client={client} store={store}>
        <App reopened={reopened} />
      </ServicesProvider>
    </StrictMode>,
  );
}

void start();
