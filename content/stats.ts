/** Where the time goes (read by the page-scan benchmark through the isolated world). */
export function newStats() {
  return {
    busyMs: 0,
    /** Marks (attribute and highlight ranges) and badges. */
    renderMs: 0,
    badgeMs: 0,
    discoverMs: 0,
    scanned: 0,
    slices: 0,
    maxSliceMs: 0,
    lastMarkAt: 0,
    /** Badge commits (content/controller.ts) and the longest frame one caused, as measured. */
    commits: 0,
    maxCommitFrameMs: 0,
    /** The longest commit task (its own slice, apart from maxSliceMs). */
    maxCommitSliceMs: 0,
    /** Where the longest slice's and the longest commit's time went (ms per part). */
    maxSliceParts: {} as Record<string, number>,
    maxCommitParts: {} as Record<string, number>,
    /**
     * Each write tick (the first TICKS_KEPT): its task's start and length, badges and levels
     * written, and the frame it caused (rAF to rAF), so the frames benchmark can tell a tick's
     * frame from the others.
     */
    ticks: [] as { at: number; ms: number; n: number; levels: number; frame?: number }[],
    /** Lykt's slices over LONG_SLICE_MS: start, length and parts (the first TICKS_KEPT). */
    longSlices: [] as { at: number; ms: number; parts: Record<string, number> }[],
    timing: {},
    /** Startup milestones (performance.now()): set by the entry point and the controller. */
    marks: {} as Record<string, number>,
  };
}

type SliceStats = ReturnType<typeof newStats>;

export const TICKS_KEPT = 500;
const LONG_SLICE_MS = 45;

/** Adds one slice, started at `t0`, to the figures. */
export function recordSlice(
  stats: SliceStats,
  t0: number,
  scanned: number,
  timing: object,
  split?: { parts: string[]; at: number[] },
): void {
  const now = performance.now();
  const ms = now - t0;
  stats.timing = timing;
  stats.busyMs += ms;
  stats.scanned = scanned;
  stats.slices++;
  const long = ms > LONG_SLICE_MS && stats.longSlices.length < TICKS_KEPT;
  if ((ms > stats.maxSliceMs || long) && split) {
    const at = [...split.at, now];
    const parts = Object.fromEntries(
      split.parts.slice(0, at.length - 1).map((p, i) => [p, at[i + 1]! - at[i]!]),
    );
    if (ms > stats.maxSliceMs) stats.maxSliceParts = parts;
    if (long) stats.longSlices.push({ at: t0, ms, parts });
  }
  stats.maxSliceMs = Math.max(stats.maxSliceMs, ms);
}

/**
 * Lykt's figures as `globalThis.__lyktStats`, visible only in the extension's isolated world
 * (the page-scan benchmark and the e2e tests read it over CDP).
 */
export function exposeStats(get: () => SliceStats | undefined): void {
  Object.defineProperty(globalThis, '__lyktStats', { get, configurable: true });
}
