/**
 * The page's fallback engine as a lazy chunk: an ES module the content script imports the first
 * time a page must scan by itself (wxt.config.ts builds it as `es`, web-accessible).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { buildEngine } from '../content/engine';
export default defineUnlistedScript(() => undefined);
