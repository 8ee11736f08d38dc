/**
 * Builds the `lykt` bin and library to dist/ (npm run build:cli; also on prepare and before the
 * unit tests): one ESM bundle each for the bin, the scan worker and the library, plus types.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const out = process.env.LYKT_CLI_OUT ?? 'dist';
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'cli/lykt.ts', worker: 'cli/worker.ts', lib: 'cli/lib.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
execFileSync('npx', ['tsc', '-p', 'cli/tsconfig.lib.json', '--outDir', `${out}/types`], {
  stdio: 'inherit',
});
