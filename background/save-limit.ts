/**
 * "Save to log" rate limit per tab: a token bucket of `burst` saves that refills one save every
 * `refillMs`. The defaults (10 at once, then one every 2 s) sit far above what a person clicking
 * "Save to log" does, and far below a script's flood (issue 19.3: 500 forged ads, 7.5 MB).
 * In memory only: a restarted service worker starts every tab with a full bucket.
 */
export interface SaveLimit {
  burst: number;
  refillMs: number;
}

export const SAVE_LIMIT: SaveLimit = { burst: 10, refillMs: 2000 };

export type Taken = { ok: true } | { ok: false; retryMs: number };

export class SaveLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: SaveLimit = SAVE_LIMIT) {}

  /** Takes one save for `key` at time `now` (ms), or says how long until the next one is free. */
  take(key: string, now: number): Taken {
    const { burst, refillMs } = this.limit;
    const b = this.buckets.get(key) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) / refillMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryMs: Math.ceil((1 - tokens) * refillMs) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return { ok: true };
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}
