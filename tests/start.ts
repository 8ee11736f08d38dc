// `npm start` until the demo site lands: build the extension and say where it is.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

execSync('npx wxt build', { stdio: 'inherit' });
console.log(`\nLykt is built at ${resolve('.output/chrome-mv3')}.`);
console.log(
  'Load it in Chromium: chrome://extensions → Developer mode → Load unpacked → pick that folder.',
);
