/**
 * Sends the tab's running totals to the background at most every `everyMs`; the reply lists
 * the contacts shared across the tab's ads, handed to `onShared`.
 */
import type { TabReport } from '../messaging/protocol';

export type Report = (totals: TabReport) => Promise<{ sharedContacts: string[] } | undefined>;

export class Reporter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;

  constructor(
    private readonly send: Report,
    private readonly totals: () => TabReport,
    private readonly onShared: (values: string[]) => void,
    private readonly everyMs = 150,
  ) {}

  /** A report soon: now if the last one is old enough, else when it is. */
  poke(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.last + this.everyMs - performance.now());
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
    const reply = await this.send(this.totals()).catch(() => undefined);
    if (reply) this.onShared(reply.sharedContacts);
  }
}
