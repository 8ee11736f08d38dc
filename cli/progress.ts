/**
 * One status line on stderr while scanning (bytes, ads/s, ETA), only when stderr is a terminal:
 * piped or redirected stderr gets nothing but errors. Hand-written: it is a dozen lines, and a
 * bar library would not know about the two passes over one file.
 */
const MB = 1024 * 1024;

function clock(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.round(s % 60)).padStart(2, '0')}`;
}

export class Progress {
  private t0 = Date.now();
  private last = 0;
  private bytes = 0;
  private ads = 0;
  private label = '';
  private total: number | undefined;

  constructor(
    private out: NodeJS.WriteStream,
    private enabled: boolean,
  ) {}

  start(label: string, total: number | undefined): void {
    Object.assign(this, { label, total, bytes: 0, ads: 0, t0: Date.now() });
  }

  add(bytes: number, ads: number): void {
    this.bytes += bytes;
    this.ads += ads;
    const now = Date.now();
    if (!this.enabled || now - this.last < 200) return;
    this.last = now;
    const s = (now - this.t0) / 1000;
    const rate = Math.round(this.ads / Math.max(s, 0.001)).toLocaleString('en');
    const size = this.total ? ` / ${(this.total / MB).toFixed(1)} MB` : '';
    const pct = this.total ? ` ${Math.min(100, Math.floor((100 * this.bytes) / this.total))}%` : '';
    const eta = this.total
      ? `  ETA ${clock(((this.total - this.bytes) * s) / Math.max(this.bytes, 1))}`
      : '';
    this.out.write(
      `\r\x1b[K${this.label} ${(this.bytes / MB).toFixed(1)} MB${size}${pct}  ${rate} ads/s${eta}`,
    );
  }

  clear(): void {
    if (this.enabled && this.last) this.out.write('\r\x1b[K');
    this.last = 0;
  }
}
