/** `npm run scan -- FILE` (under tsx): the same as `lykt scan FILE`. */
import { main } from './main';

process.exitCode = await main(['scan', ...process.argv.slice(2)]);
