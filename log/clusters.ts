/**
 * Clusters of ads: linked by a shared phone or e-mail, and by near-duplicate text (ads posted
 * from one template with small edits, as InfoShield found on real escort ads). Pure: the log
 * page, the CLI (`lykt clusters`) and the tests share it. A cluster is a reason to look closer,
 * never proof: every link carries its reason ("same phone +47…", "94 % same text").
 *
 * Text: MinHash (one-permutation hashing) over 3-word shingles with LSH banding (16 bands × 4 rows: pairs above about 50 %
 * Jaccard meet in a band), then each candidate pair is checked with the exact Jaccard of its
 * shingle sets, so a reported similarity is never an estimate. Hand-written (60 lines): no
 * maintained MinHash package exists on npm, and the log page wants no Node-only dependency.
 */

export interface ClusterAd {
  id: string;
  text: string;
  contacts: readonly { type: 'phone' | 'email'; value: string }[];
}

export type LinkReason =
  { kind: 'phone' | 'email'; value: string } | { kind: 'text'; similarity: number };

export interface ClusterLink {
  a: string;
  b: string;
  reason: LinkReason;
}

export interface Cluster {
  /** Ad ids in input order. */
  ids: string[];
  links: ClusterLink[];
}

export interface ClusterOptions {
  /** Lowest exact Jaccard of 3-word shingles that links two texts (0–1). Measured: see README. */
  minSimilarity?: number;
  /** Texts with fewer shingles are not linked by text (too short to tell a template). */
  minShingles?: number;
  /** Shingles and signatures by ad id, kept between calls (the log page re-clusters often;
   * a log entry's id is a hash of its url and text, so an id never changes its text). */
  cache?: Map<string, Prepared>;
}

export interface Prepared {
  set: Uint32Array;
  sig: Uint32Array | null;
}

export const CLUSTER_DEFAULTS = { minSimilarity: 0.5, minShingles: 8 } as const;
const BANDS = 16;
const ROWS = 4;
const SHINGLE = 3;
/** Candidate pairs per LSH bucket are checked all against all up to this size, then as a star. */
const ALL_PAIRS = 24;

/** Words of an ad, folded (case, NFKC), for display (the template view). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const LETTER = /[\p{L}\p{N}]/u;
/** Non-ASCII code unit → its lower-case code, or -1 when not a letter or digit. Memoised in a
 * table by code unit (0 = not yet seen, else the answer + 2): a Map lookup per character of
 * Norwegian or emoji-heavy text was a measurable part of clustering 20,000 ads. */
const FOLDED = new Int32Array(65536);
function foldOther(c: number): number {
  const f = FOLDED[c]!;
  if (f !== 0) return f - 2;
  const ch = String.fromCharCode(c);
  const v = LETTER.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
  FOLDED[c] = v + 2;
  return v;
}
const FNV = 0x811c9dc5;

/** Reused between calls (one ad at a time): no array per ad on the hot path. */
let wordBuf = new Uint32Array(1024);
let shingleBuf = new Uint32Array(1024);

/**
 * FNV-1a hash of each word into `wordBuf`, folded like `words()` (ASCII and full-width case in a
 * fast loop, other letters through toLowerCase), without building a string per word: this is
 * the hot path for 20,000 ads. Returns the number of words.
 */
function wordHashes(text: string): number {
  // A word needs a letter and a separator, so there are at most length / 2 + 1 words.
  if (wordBuf.length < (text.length >> 1) + 1) wordBuf = new Uint32Array((text.length >> 1) + 64);
  const out = wordBuf;
  let n = 0;
  let h = FNV;
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII, as NFKC folds it
      c = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldOther(c);
      word = c >= 0 && (c >= 128 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57));
    }
    if (word) {
      h = Math.imul(h ^ c, 0x01000193);
      len++;
    } else if (len) {
      out[n++] = h >>> 0;
      h = FNV;
      len = 0;
    }
  }
  if (len) out[n++] = h >>> 0;
  return n;
}

/** Murmur3's finaliser: a good 32-bit mix. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The ad's 3-word shingles as sorted, distinct 32-bit hashes. */
export function shingles(text: string): Uint32Array {
  const nw = wordHashes(text);
  const w = wordBuf;
  const m = Math.max(0, nw - SHINGLE + 1);
  if (shingleBuf.length < m) shingleBuf = new Uint32Array(m + 64);
  const out = shingleBuf.subarray(0, m);
  // Each word mixed once; a shingle is one more mix of its three words, rotated so order counts.
  for (let i = 0; i < nw; i++) w[i] = mix(w[i]!);
  for (let i = 0; i < m; i++)
    out[i] = mix(
      w[i]! ^ ((w[i + 1]! << 11) | (w[i + 1]! >>> 21)) ^ ((w[i + 2]! << 22) | (w[i + 2]! >>> 10)),
    );
  out.sort();
  let n = 0;
  for (let i = 0; i < m; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

const K = BANDS * ROWS;
const EMPTY = 0xffffffff;

/**
 * MinHash signature by one-permutation hashing (one hash per shingle, K bins, the minimum per
 * bin), with empty bins filled from the next full bin (rotation densification): K times less
 * work than K hash functions, with the same collision probability (Shrivastava & Li, 2014).
 */
function signature(set: Uint32Array): Uint32Array {
  const bins = new Uint32Array(K).fill(EMPTY);
  for (const x of set) {
    const h = mix(x);
    const bin = h & (K - 1);
    const v = h >>> 6;
    if (v < bins[bin]!) bins[bin] = v;
  }
  if (!bins.includes(EMPTY)) return bins;
  const sig = bins.slice();
  for (let b = 0; b < K; b++) {
    if (bins[b] !== EMPTY) continue;
    let d = 1;
    while (bins[(b + d) % K] === EMPTY) d++;
    sig[b] = mix(bins[(b + d) % K]! + d);
  }
  return sig;
}

/** Exact Jaccard of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  /** True when it joined two groups. */
  union(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

/**
 * Every contact link (each ad to the first ad with that contact: one line per ad, not n²) and
 * the text links that join ads not yet joined by text, merged into one graph; clusters of two
 * or more ads, largest first.
 */
export function clusterAds(ads: readonly ClusterAd[], options: ClusterOptions = {}): Cluster[] {
  const { minSimilarity, minShingles } = { ...CLUSTER_DEFAULTS, ...options };
  const all = new UnionFind(ads.length);
  const links: { i: number; j: number; reason: LinkReason }[] = [];

  const firstWith = new Map<string, number>();
  ads.forEach((ad, i) => {
    const cs = ad.contacts;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      let seen = false; // the same value twice in one ad links nothing (contacts are few)
      for (let p = 0; p < k && !seen; p++) seen = cs[p]!.value === c.value;
      if (seen) continue;
      const key = c.type === 'phone' ? 'p' + c.value : 'e' + c.value;
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else {
        links.push({ i: first, j: i, reason: { kind: c.type, value: c.value } });
        all.union(first, i);
      }
    }
  });

  const prepared = ads.map((ad) => {
    let p = options.cache?.get(ad.id);
    if (!p) {
      const set = shingles(ad.text);
      p = { set, sig: set.length >= minShingles ? signature(set) : null };
      options.cache?.set(ad.id, p);
    }
    return p;
  });
  const sets = prepared.map((p) => p.set);
  const byText = new UnionFind(ads.length);
  const tryPair = (i: number, j: number) => {
    if (byText.find(i) === byText.find(j)) return;
    const similarity = jaccard(sets[i]!, sets[j]!);
    if (similarity < minSimilarity) return;
    byText.union(i, j);
    all.union(i, j);
    links.push({ i, j, reason: { kind: 'text', similarity: Math.round(similarity * 100) / 100 } });
  };
  // LSH buckets, one band at a time, in an open-addressing table of typed arrays (each slot a
  // band key and a chain of ads through `next`): no Map or array per bucket, no sort. A rare
  // false match is only an extra candidate: every pair is checked exactly.
  const n = ads.length;
  let size = 2;
  while (size < 2 * n) size *= 2;
  const slotKey = new Uint32Array(size);
  const slotHead = new Int32Array(size);
  const next = new Int32Array(n);
  const bucket: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    slotHead.fill(-1);
    for (let i = n - 1; i >= 0; i--) {
      const sig = prepared[i]!.sig;
      if (!sig) continue;
      let h = b;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = mix(h ^ sig[r]!) + r;
      h >>>= 0;
      let slot = mix(h) & (size - 1);
      while (slotHead[slot] !== -1 && slotKey[slot] !== h) slot = (slot + 1) & (size - 1);
      slotKey[slot] = h;
      next[i] = slotHead[slot]!; // inserted from the last ad, so each chain is in input order
      slotHead[slot] = i;
    }
    for (let slot = 0; slot < size; slot++) {
      const first = slotHead[slot]!;
      if (first === -1 || next[first] === -1) continue;
      bucket.length = 0;
      for (let i = first; i !== -1; i = next[i]!) bucket.push(i);
      if (bucket.length <= ALL_PAIRS) {
        for (let x = 0; x < bucket.length; x++)
          for (let y = x + 1; y < bucket.length; y++) tryPair(bucket[x]!, bucket[y]!);
      } else for (let y = 1; y < bucket.length; y++) tryPair(bucket[0]!, bucket[y]!);
    }
  }

  // Ads join only through links, so every cluster of two or more has at least one.
  const byRoot = new Map<number, Cluster>();
  for (const l of links) {
    const root = all.find(l.i);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { ids: [], links: [] }));
    c.links.push({ a: ads[l.i]!.id, b: ads[l.j]!.id, reason: l.reason });
  }
  ads.forEach((ad, i) => byRoot.get(all.find(i))?.ids.push(ad.id));
  const out = [...byRoot.values()];
  return out.sort((a, b) => b.ids.length - a.ids.length || a.ids[0]!.localeCompare(b.ids[0]!));
}

/** "same phone +4791234567", "94 % same text" (English; the UI has its own strings). */
export function reasonText(r: LinkReason): string {
  return r.kind === 'text'
    ? `${Math.round(r.similarity * 100)} % same text`
    : `same ${r.kind === 'phone' ? 'phone' : 'e-mail'} ${r.value}`;
}
