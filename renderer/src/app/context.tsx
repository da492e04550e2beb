import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../api/client.ts';
import type { ProjectStore, StoreState } from '../state/project-store.ts';

interface Services {
  client: ApiClient;
  store: ProjectStore;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ client, store, children }: Services & { children: ReactNode }) {
  return <ServicesContext value={{ client, store }}>{children}</ServicesContext>;
}

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('ServicesProvider is missing');
  return services;
}

export function useClient(): ApiClient {
  return useServices().client;
}

export function useStore(): ProjectStore {
  return useServices().store;
}

export function useStoreState(): StoreState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
