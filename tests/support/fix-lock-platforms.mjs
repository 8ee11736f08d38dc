// The registry mirror on our machines serves only Linux builds of rollup's native binary, so
// `npm install` leaves the other platforms out of package-lock.json and `npm ci` then refuses it.
// This adds those optional entries back, tagged with os/cpu, so npm skips them on Linux.
// Run after any `npm install` that rewrites the lock: `node tests/support/fix-lock-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
let added = 0;
for (const [name, version] of Object.entries(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const parts = name.replace('@rollup/rollup-', '').split('-');
  const os = parts[0] === 'win32' ? 'win32' : parts[0];
  const cpu = parts[1] === 'arm' ? 'arm' : parts[1];
  lock.packages[key] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
  added++;
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lock-platforms: added ${added} optional platform entries`);
