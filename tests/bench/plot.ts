/** A small dependency-free SVG line plot: scan time against ads on the page (log x axis). */
export interface PageRow {
  ads: number;
  markedMs: number;
  lyktBusyMs: number;
  engineMs: number;
  remoteMs: number;
  textContentMs: number;
}

const W = 720;
const H = 360;
const PAD = { l: 64, r: 230, t: 24, b: 48 };
const SERIES: { key: keyof PageRow; label: string; colour: string }[] = [
  { key: 'markedMs', label: 'DOMContentLoaded → all marked', colour: '#1d4ed8' },
  { key: 'lyktBusyMs', label: 'Lykt busy (main thread)', colour: '#b91c1c' },
  { key: 'remoteMs', label: 'background engine (off page)', colour: '#a16207' },
  { key: 'textContentMs', label: 'reading textContent', colour: '#15803d' },
];

export function scanTimeSvg(rows: PageRow[]): string {
  const xs = rows.map((r) => Math.log10(r.ads));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const yMax = Math.max(...rows.map((r) => r.markedMs)) * 1.1;
  const px = (ads: number) =>
    PAD.l + ((Math.log10(ads) - x0) / (x1 - x0 || 1)) * (W - PAD.l - PAD.r);
  const py = (ms: number) => H - PAD.b - (ms / yMax) * (H - PAD.t - PAD.b);
  const lines = SERIES.map((s, i) => {
    const pts = rows.map((r) => `${px(r.ads).toFixed(1)},${py(r[s.key]).toFixed(1)}`).join(' ');
    const ly = PAD.t + 16 + i * 20;
    return (
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${pts}"/>` +
      `<line x1="${W - PAD.r + 12}" y1="${ly - 4}" x2="${W - PAD.r + 28}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"/>` +
      `<text x="${W - PAD.r + 32}" y="${ly}">${s.label}</text>`
    );
  }).join('');
  const xTicks = rows
    .map(
      (r) =>
        `<text x="${px(r.ads)}" y="${H - PAD.b + 18}" text-anchor="middle">${r.ads.toLocaleString('en')}</text>`,
    )
    .join('');
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const ms = f * yMax;
      return `<text x="${PAD.l - 8}" y="${py(ms) + 4}" text-anchor="end">${ms.toFixed(0)}</text><line x1="${PAD.l}" x2="${W - PAD.r}" y1="${py(ms)}" y2="${py(ms)}" stroke="#e5e7eb"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12" role="img" aria-label="Scan time in milliseconds against ads on the page">
<rect width="100%" height="100%" fill="#fff"/>${yTicks}${xTicks}${lines}
<text x="${(PAD.l + W - PAD.r) / 2}" y="${H - 8}" text-anchor="middle">ads on the page (log scale)</text>
<text transform="rotate(-90)" x="${-(H - PAD.b + PAD.t) / 2}" y="16" text-anchor="middle">milliseconds</text>
</svg>
`;
}
