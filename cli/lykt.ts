#!/usr/bin/env node
/** The `lykt` bin (bundled to dist/cli.js by cli/build.mjs). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
