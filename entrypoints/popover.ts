/**
 * The popover's lazy chunk: not a script the browser runs on its own but an ES module the content
 * script imports on a badge's first use (wxt.config.ts builds it as `es`, web-accessible).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { renderBadge, wakeBadge } from '../content/popover-chunk';
export default defineUnlistedScript(() => undefined);
