/**
 * Sends the tab's running totals to the background at most every `everyMs`; the reply lists
 * the contacts shared across the tab's ads, handed to `onShared`.
 */
import type { TabReport } from '../messaging/protocol';

export type Report = (totals: TabReport) => Promise<{ sharedContacts: string[] } | undefined>;

const ADS_PER_MS = 50;
const MAX_EVERY_MS = 2000;

export class Reporter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;
  /** Ads in the last report. */
  private size = 0;

  constructor(
    private readonly send: Report,
    private readonly totals: () => TabReport,
    private readonly onShared: (values: string[]) => void,
    private readonly everyMs = 150,
  ) {}

  /**
   * A report soon: now if the last one is old enough, else when it is. A big page's report
   * (every ad's contacts) is rarer: 1 ms per 50 ads scanned, so 1 s at 50,000 ads, where each
   * report and its message were a burst of allocation and a GC inside the report's task
   * (issue 19.14); pages up to 7,500 ads keep `everyMs`.
   */
  poke(): void {
    if (this.timer !== null) return;
    const every = Math.min(MAX_EVERY_MS, Math.max(this.everyMs, this.size / ADS_PER_MS));
    const wait = Math.max(0, this.last + every - performance.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** One report now, without waiting for the reply (pause: the tab is empty). */
  now(): void {
    this.cancel();
    void this.send(this.totals()).catch(() => undefined);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    this.timer = null;
    this.last = performance.now();
    const totals = this.totals();
    this.size = totals.scanned;
    const reply = await this.send(totals).catch(() => undefined);
    if (reply) this.onShared(reply.sharedContacts);
  }
}
