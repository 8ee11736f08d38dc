/**
 * lykt-widget-partner.js: imported on the first partner-supplied card. Holds DOMPurify
 * (~12 KB gzipped, too big for the first-paint file) and the partner-card checks.
 */
import DOMPurify from 'dompurify';

export { toPartnerCard } from './partner-card';
export default DOMPurify;
