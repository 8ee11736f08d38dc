/**
 * The `lykt` command: argument parsing, stdout/stderr discipline, exit codes and signals.
 * Exit codes: 0 ok, 1 malformed lines skipped, 2 usage or input error, 130 interrupted.
 */
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import pkg from '../package.json';
import { DEFAULT_COLUMNS, printable, type Columns } from './ads';
import { HELP } from './help';
import { fileSource, stdinSource, type Source } from './input';
import type { OutFormat } from './output';
import { main as clusters } from './clusters';
import { ParquetOut } from './parquet-output';
import { Progress } from './progress';
import { runScan, type InFormat, type Strategy } from './scan-run';

export const VERSION: string = pkg.version;

class Usage extends Error {}

/** CPU time of the whole process (all threads), user + system, in seconds. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1e4) / 100;
}

/** /dev/stdout, a FIFO…: written directly (no temp file beside it to rename). */
function isSpecial(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

function formatOf(name: string | undefined, given: string | undefined, what: string): string {
  const ok = ['jsonl', 'csv', 'parquet'];
  if (given !== undefined) {
    if (!ok.includes(given)) throw new Usage(`${what} must be ${ok.join(' or ')}`);
    return given;
  }
  if (name && /\.parquet$/i.test(name)) return 'parquet';
  return name && /\.csv(\.gz)?$/i.test(name) ? 'csv' : 'jsonl';
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'clusters') return clusters(argv.slice(1));
  const err = (s: string) => process.stderr.write(s + '\n');
  let output: WriteStream | undefined;
  let partial: string | undefined;
  let source: Source | undefined;
  const onSignal = () => {
    if (partial) rmSync(partial, { force: true });
    source?.close();
    process.stderr.write('\r\x1b[K');
    err('lykt: interrupted');
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // A reader that stops early (| head): stop quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    err(`lykt: cannot write output: ${e.message}`);
    process.exit(2);
  });
  try {
    const { values: v, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        output: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        summary: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        stats: { type: 'boolean' },
        contacts: { type: 'string' },
        text: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    if (v.version) return (process.stdout.write(VERSION + '\n'), 0);
    if (v.help) return (process.stdout.write(HELP), 0);
    const [command, file, ...extra] = positionals;
    if (command !== 'scan')
      throw new Usage(command ? `unknown command "${printable(command, 40)}"` : 'no command');
    if (extra.length) throw new Usage(`one input file at a time (got ${extra.length + 1})`);
    const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
      throw new Usage('--jobs must be a whole number from 1 to 256');
    const columns: Columns = { ...DEFAULT_COLUMNS };
    for (const k of Object.keys(columns) as (keyof Columns)[])
      if (v[k] !== undefined) columns[k] = v[k];
    const from = formatOf(file === '-' ? undefined : file, v.from, '--from') as InFormat;
    const out: OutFormat = v.summary ? 'summary' : (formatOf(v.output, v.to, '--to') as OutFormat);
    const strategy = (v.contacts ?? 'merge') as Strategy;
    if (strategy !== 'merge' && strategy !== 'first-pass')
      throw new Usage('--contacts must be merge or first-pass');
    if (out === 'parquet' && (!v.output || isSpecial(v.output)))
      throw new Usage('Parquet output needs -o FILE');
    const stdin = file === undefined || file === '-';
    if (stdin && process.stdin.isTTY)
      throw new Usage('no input: give a FILE, or pipe ads to stdin');
    try {
      source = stdin ? stdinSource(process.stdin, strategy === 'first-pass') : fileSource(file);
    } catch (e) {
      err(`lykt: cannot read ${printable(file ?? '-', 200)}: ${(e as Error).message}`);
      return 2;
    }
    let write: (s: string | Uint8Array) => Promise<void> | void;
    if (v.output && isSpecial(v.output)) {
      const stream = (output = createWriteStream(v.output));
      write = (s) => (stream.write(s) ? undefined : new Promise((ok) => stream.once('drain', ok)));
    } else if (v.output) {
      partial = `${v.output}.partial-${process.pid}`;
      const stream = out === 'parquet' ? undefined : (output = createWriteStream(partial));
      write = (s) =>
        stream!.write(s) ? undefined : new Promise((ok) => stream!.once('drain', ok));
    } else
      write = (s) =>
        process.stdout.write(s) ? undefined : new Promise((ok) => process.stdout.once('drain', ok));
    const parquet = out === 'parquet' ? new ParquetOut(partial!) : undefined;
    const progress = new Progress(process.stderr, !v.quiet && process.stderr.isTTY === true);
    const stats = await runScan({
      ...{ source, from, out, columns, jobs, write, error: err, progress, strategy },
      writeBytes: write,
      writeRows: (rows) => parquet!.add(rows),
    });
    parquet?.finish();
    if (output)
      await new Promise((ok, fail) => output!.end((e?: Error) => (e ? fail(e) : ok(null))));
    if (partial) {
      renameSync(partial, v.output!);
      partial = undefined;
    }
    if (v.stats)
      err(
        `lykt: stats ${JSON.stringify({ ...stats, jobs, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), cpuS: cpuSeconds() })}`,
      );
    return stats.bad > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof Usage || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`lykt: ${(e as Error).message}\nTry 'lykt --help'.`);
      return 2;
    }
    err(`lykt: ${printable((e as Error).message, 300)}`);
    return 2;
  } finally {
    if (partial) rmSync(partial, { force: true });
    source?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
