import { ensureRendererBuilt } from './support/build-renderer.ts';

/** Optional vitest globalSetup for the e2e project; the tests also call this themselves. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
