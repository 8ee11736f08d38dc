/** The hostile host page of the hostile-page tests (Chromium and Firefox). */
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';

// A page that fights every style it can: unset everything, 5px rem, a giant fixed overlay.
export const HOSTILE_ADS = generateAds(40, { seed: 3 })
  .filter((a) => a.expectFlag)
  .slice(0, 6);
export const HOSTILE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Hostile</title><style>
* { all: unset !important; }
html { font-size: 5px !important; }
style, script, head, title { display: none !important; }
body, section, article, h2, p { display: block !important; }
body { font-family: serif !important; padding: 2rem !important; background: #efe !important; }
article { margin: 8px 0 !important; z-index: 2147483647 !important; position: relative !important; transform: translateZ(0) !important; overflow: hidden !important; }
h2 { font-size: 3rem !important; }
#cover { position: fixed !important; left: 0 !important; top: 140px !important; width: 100% !important; height: 260px !important;
  background: rgba(200, 0, 200, 0.35) !important; z-index: 2147483647 !important; display: block !important; }
</style></head><body><div id="cover"></div><h1>Hostile host page</h1><section id="listings">${renderAdsFragment(HOSTILE_ADS)}</section></body></html>`;
