import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, jsx: 'automatic', jsxImportSource: 'preact', loader: {'.json':'json'}, external: ['wxt/*'] });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k, n] of rows.slice(0, 40)) console.log(String(n).padStart(7), k);
console.log('total', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents, {level:9}).length);
