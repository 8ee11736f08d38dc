/**
 * Input bytes for the passes. Temp files (spooled results; stdin for the first-pass strategy)
 * are unlinked as soon as they are open, so no copy of the ads is ever visible on disk and none
 * is left behind by Ctrl-C, a closed pipe or a kill. gzip is recognised by its magic bytes.
 */
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface Source {
  /** The file's path (Parquet is read from its end, so it needs one). */
  path?: string;
  /** Size in bytes when known (a file, or stdin once spooled). */
  size(): number | undefined;
  /** The raw bytes for pass 1 or 2; `onRead` sees each raw chunk (progress). */
  open(pass: 1 | 2): Readable;
  close(): void;
}

export function fileSource(path: string): Source {
  const size = statSync(path).size; // throws ENOENT etc. before any work
  return { path, size: () => size, open: () => createReadStream(path), close() {} };
}

/** A temp file removed from its folder as soon as it is open (it lives until closed). */
export function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'lykt-'));
  const fd = openSync(join(dir, 'spool'), 'w+', 0o600);
  let unlinked = true;
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    unlinked = false; // a system that cannot remove open files: removed in close()
  }
  let size = 0;
  return {
    fd,
    write(data: string | Buffer) {
      const b = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < b.length;) at += writeSync(fd, b, at);
      size += b.length;
    },
    size: () => size,
    read: (): Readable => createReadStream('', { fd, start: 0, autoClose: false }),
    close() {
      closeSync(fd);
      if (!unlinked) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** stdin; with `spool`, copied during pass 1 for pass 2 (the first-pass strategy). */
export function stdinSource(stdin: Readable, spool: boolean): Source {
  const copy = spool ? tempFile() : undefined;
  return {
    size: () => copy?.size() || undefined,
    open(pass) {
      if (pass === 2) return copy!.read();
      if (!copy) return stdin;
      return Readable.from(
        (async function* () {
          for await (const chunk of stdin) {
            copy.write(chunk as Buffer);
            yield chunk as Buffer;
          }
        })(),
      );
    },
    close() {
      copy?.close();
    },
  };
}

/** The decompressed bytes of `raw` (gzip or plain); `onRaw` counts the raw bytes read. */
export async function* plainBytes(
  raw: Readable,
  onRaw: (n: number) => void,
): AsyncGenerator<Buffer> {
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const buf = (c: Buffer | string) => (typeof c === 'string' ? Buffer.from(c) : c);
  const next = async () => {
    const n = await it.next();
    return n.done ? undefined : buf(n.value);
  };
  const first = await next();
  if (!first) return;
  const rest = (async function* () {
    onRaw(first.length);
    yield first;
    for (let b = await next(); b; b = await next()) {
      onRaw(b.length);
      yield b;
    }
  })();
  if (first[0] === 0x1f && first[1] === 0x8b)
    yield* pipeline(Readable.from(rest), createGunzip(), () => {}) as AsyncIterable<Buffer>;
  else yield* rest;
}

/** Whole lines of JSONL, in chunks of about `size` bytes, with the number of the first line. */
export async function* lineChunks(
  bytes: AsyncIterable<Buffer>,
  size = 512 * 1024,
): AsyncGenerator<{ bytes: Uint8Array; firstLine: number }> {
  let parts: Buffer[] = [];
  let have = 0;
  let line = 1;
  // The first `end` bytes of `parts` in a buffer of their own (a worker takes it whole), and
  // `parts` keeps the rest: one copy of each byte on this thread, not a concat and a copy.
  const emit = (end: number) => {
    const bytes = new Uint8Array(end);
    let at = 0;
    let rest: Buffer | undefined;
    for (const p of parts) {
      const n = Math.min(p.length, end - at);
      bytes.set(n === p.length ? p : p.subarray(0, n), at);
      at += n;
      if (n < p.length) rest = p.subarray(n);
    }
    parts = rest ? [rest] : [];
    have -= end;
    const out = { bytes, firstLine: line };
    const view = Buffer.from(bytes.buffer, 0, end); // Buffer's indexOf is memchr, not a loop
    for (let i = view.indexOf(10); i >= 0; i = view.indexOf(10, i + 1)) line++;
    return out;
  };
  for await (const b of bytes) {
    parts.push(b);
    have += b.length;
    if (have < size) continue;
    const cut = b.lastIndexOf(10);
    if (cut < 0) continue; // a long line: keep reading until it ends
    yield emit(have - b.length + cut + 1);
  }
  if (have) yield emit(have);
}
