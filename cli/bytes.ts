/** A growing byte buffer, kept from chunk to chunk (text goes in as UTF-8 as it is made). */
const encoder = new TextEncoder();

export class Bytes {
  buf = new Uint8Array(1 << 20);
  n = 0;
  reserve(more: number): void {
    if (this.n + more <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + more));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  /** Appends `s` as UTF-8; returns the bytes written. */
  add(s: string): number {
    this.reserve(s.length * 3); // UTF-8: at most 3 bytes a UTF-16 code unit
    const k = encoder.encodeInto(s, this.buf.subarray(this.n)).written;
    this.n += k;
    return k;
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
