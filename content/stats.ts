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
    timing: {},
    /** Startup milestones (performance.now()): set by the entry point and the controller. */
    marks: {} as Record<string, number>,
  };
}

type SliceStats = ReturnType<typeof newStats>;

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
  if (ms > stats.maxSliceMs && split) {
    const at = [...split.at, now];
    stats.maxSliceParts = Object.fromEntries(
      split.parts.slice(0, at.length - 1).map((p, i) => [p, at[i + 1]! - at[i]!]),
    );
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
