// Loads the TypeScript CLI through tsx, for scripts that want to call it in-process.
import { register } from 'tsx/esm/api';

register();
export const { main } = await import('../electron/host/cli/main.ts');
