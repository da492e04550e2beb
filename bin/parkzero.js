#!/usr/bin/env node
// The `parkzero` command. The host is written in TypeScript; tsx compiles it on load so the
// CLI, the browser host and the tests run the very same sources without a build step.
const { main } = await import('./cli-entry.js');
process.exitCode = await main(process.argv.slice(2));
