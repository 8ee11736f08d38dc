// The baseline for `npm run bench:cli`: a bare parse-and-lowercase pipeline on one core.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let ads = 0;
let chars = 0;
for await (const line of createInterface({
  input: createReadStream(process.argv[2]),
  crlfDelay: Infinity,
})) {
  if (!line) continue;
  chars += JSON.parse(line).text.toLowerCase().length;
  ads++;
}
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ ads, chars }));
// The same line as `lykt --stats`, so the bench reads CPU time alike.
console.error(`lykt: stats ${JSON.stringify({ cpuS: (user + system) / 1e6 })}`);
