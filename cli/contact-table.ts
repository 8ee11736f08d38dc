/**
 * Shared contacts across a whole input in bounded memory: each distinct contact is kept as a
 * 64-bit hash with a 1-byte state (seen in one ad / in two or more) in an open-addressing table
 * of typed arrays, about 18 bytes per distinct contact instead of a Map of strings (over 400).
 * The buffers are SharedArrayBuffers, so scan workers read the finished table without a copy.
 * Exact up to a 64-bit hash collision (for 10 million distinct contacts, about 3 in a million).
 */
const EMPTY = 0;
const ONCE = 1;
const SHARED = 2;

/** Two 32-bit halves of a 64-bit hash of `s` (cyrb53's mixing, both halves kept). */
export function hashContact(s: string, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1 >>> 0;
  out[at + 1] = h2 >>> 0;
}

export interface TableBuffers {
  keys: SharedArrayBuffer;
  state: SharedArrayBuffer;
}

export class ContactTable {
  private keys: Uint32Array;
  private state: Uint8Array;
  private mask: number;
  size = 0;

  constructor(buffers?: TableBuffers, capacity = 1 << 16) {
    const b = buffers ?? {
      keys: new SharedArrayBuffer(capacity * 8),
      state: new SharedArrayBuffer(capacity),
    };
    this.keys = new Uint32Array(b.keys);
    this.state = new Uint8Array(b.state);
    this.mask = this.state.length - 1;
  }

  get buffers(): TableBuffers {
    return {
      keys: this.keys.buffer as SharedArrayBuffer,
      state: this.state.buffer as SharedArrayBuffer,
    };
  }

  private slot(h1: number, h2: number): number {
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    const { keys, state } = this;
    while (state[i] !== EMPTY && (keys[2 * i] !== h1 || keys[2 * i + 1] !== h2))
      i = (i + 1) & this.mask;
    return i;
  }

  /** Counts one ad for the contact with hash (h1, h2). */
  add(h1: number, h2: number): void {
    const i = this.slot(h1, h2);
    if (this.state[i] === EMPTY) {
      this.keys[2 * i] = h1;
      this.keys[2 * i + 1] = h2;
      this.state[i] = ONCE;
      if (++this.size * 2 > this.state.length) this.grow();
    } else this.state[i] = SHARED;
  }

  /** Counts each pair of a flat [h1, h2, h1, h2, …] list (one ad's contacts already distinct). */
  addAll(hashes: Uint32Array): void {
    for (let k = 0; k + 1 < hashes.length; k += 2) this.add(hashes[k]!, hashes[k + 1]!);
  }

  isShared(h1: number, h2: number): boolean {
    return this.state[this.slot(h1, h2)] === SHARED;
  }

  private grow(): void {
    const { keys, state } = this;
    const cap = state.length * 2;
    this.keys = new Uint32Array(new SharedArrayBuffer(cap * 8));
    this.state = new Uint8Array(new SharedArrayBuffer(cap));
    this.mask = cap - 1;
    for (let i = 0; i < state.length; i++)
      if (state[i] !== EMPTY) {
        const j = this.slot(keys[2 * i]!, keys[2 * i + 1]!);
        this.keys[2 * j] = keys[2 * i]!;
        this.keys[2 * j + 1] = keys[2 * i + 1]!;
        this.state[j] = state[i]!;
      }
  }
}
