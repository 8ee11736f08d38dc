/** lykt-widget.mjs entry: the same widget as an ES module, with `Lykt` also as a named export. */
import './main';
import type { LyktApi } from './api';

export const Lykt: LyktApi = window.Lykt!;
export default Lykt;
