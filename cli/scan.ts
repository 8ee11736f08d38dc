/**
 * npm run scan -- FILE|- [--summary]
 * JSONL in ({"id","text","title"?,"url"?,"lang"?} per line), JSONL out (DESIGN.md "Batch format").
 * Malformed lines: error on stderr with the line number, skipped; exit status 1 if any.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { scanJsonl } from './scan-core';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const file = args.find((a) => !a.startsWith('--') || a === '-');
if (!file || args.includes('--help')) {
  console.error(
    'usage: npm run scan -- FILE|- [--summary]\n  JSONL in, one ad per line; JSONL out (or a table with --summary).',
  );
  process.exit(file ? 0 : 2);
}

let path = file;
let tmp: string | undefined;
if (file === '-') {
  // stdin can be read once; spool it to a temp file for the two passes.
  tmp = mkdtempSync(join(tmpdir(), 'lykt-scan-'));
  path = join(tmp, 'stdin.jsonl');
  await pipeline(process.stdin, createWriteStream(path));
}
try {
  const bad = await scanJsonl(() => createReadStream(path), process.stdout, process.stderr, {
    summary,
  });
  process.exitCode = bad > 0 ? 1 : 0;
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 2;
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
