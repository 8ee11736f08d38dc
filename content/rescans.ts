/**
 * How often one ad's changed text is scanned again: at most `max` times per `windowMs`. An ad
 * whose description loads late or opens on "read more" is rescanned at once; one that a page
 * rewrites every 10 ms waits for the window to end, and then its latest text is scanned.
 */
export class RescanLimit {
  private readonly times = new WeakMap<Element, number[]>();

  constructor(
    private readonly max = 3,
    private readonly windowMs = 5000,
  ) {}

  /** 0 when the ad may be scanned again now (and counts it), else how long it must wait. */
  wait(el: Element, now = performance.now()): number {
    const recent = (this.times.get(el) ?? []).filter((t) => now - t < this.windowMs);
    this.times.set(el, recent);
    if (recent.length < this.max) {
      recent.push(now);
      return 0;
    }
    return Math.max(1, recent[0]! + this.windowMs - now);
  }
}
