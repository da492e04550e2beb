#!/usr/bin/env node
// The `parkzero` command. It runs the CLI bundled to plain JavaScript (bin/cli-bundle.js builds
// it on first use and whenever a source changed), so it starts fast; tests run the sources.
import { loadCli } from './cli-bundle.js';

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
