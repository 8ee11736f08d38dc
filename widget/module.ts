/** lykt-widget.mjs entry: the same widget as an ES module, with `Lykt` also as a named export. */
import { setBase } from './loader';
import './main';
import type { LyktApi } from './api';

setBase(import.meta.url);

export const Lykt: LyktApi = window.Lykt!;
export default Lykt;
