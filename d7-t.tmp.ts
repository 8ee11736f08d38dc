import { createEngine } from '/work/wt-detect7/indicators';
const e = createEngine();
for (const t of process.argv.slice(2)) {
  const r = e.scan({ id: 'x', text: t });
  console.log(r.context, r.level, r.score, r.indicators.map((f) => `${f.category}:"${f.match}"${f.weight}`).join('; '));
}
