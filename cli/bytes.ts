/**
 * A growing byte buffer, kept from chunk to chunk (text goes in as UTF-8 as it is made). A
 * Buffer, for its write(): UTF-8 in place with no view and no result object per string, as
 * TextEncoder.encodeInto needs (several strings an ad).
 */
import { Buffer } from 'node:buffer';

export class Bytes {
  buf = Buffer.allocUnsafeSlow(1 << 20);
  n = 0;
  reserve(more: number): void {
    if (this.n + more <= this.buf.length) return;
    const b = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.n + more));
    this.buf.copy(b, 0, 0, this.n);
    this.buf = b;
  }
  /** Appends `s` as UTF-8; returns the bytes written. */
  add(s: string): number {
    this.reserve(s.length * 3); // UTF-8: at most 3 bytes a UTF-16 code unit
    const k = this.buf.write(s, this.n);
    this.n += k;
    return k;
  }
  /** A copy of the bytes so far, in a buffer of its own (posting a view would clone all of `buf`). */
  take(): Uint8Array {
    const b = new Uint8Array(this.n);
    b.set(this.buf.subarray(0, this.n));
    return b;
  }
  /** Appends src[from, to). */
  copy(src: Uint8Array, from: number, to: number): void {
    this.reserve(to - from);
    const b = this.buf;
    let n = this.n;
    if (to - from < 32) for (let i = from; i < to; i++) b[n++] = src[i]!;
    else {
      b.set(src.subarray(from, to), n);
      n += to - from;
    }
    this.n = n;
  }
  push(byte: number): void {
    this.reserve(1);
    this.buf[this.n++] = byte;
  }
}
