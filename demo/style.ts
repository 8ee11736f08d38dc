/** The demo site's stylesheet: a plain, tidy classified site (contrast checked for WCAG AA). */
export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f3f4f6}
a{color:#0b5cad}
.site-header{background:#0f3d3e;color:#fff;padding:12px 20px}
.site-header .bar{max-width:880px;margin:0 auto;display:flex;flex-wrap:wrap;gap:12px 20px;align-items:center}
.brand{color:#fff;text-decoration:none;font-weight:700;font-size:1.35rem;letter-spacing:.01em}
.tagline{color:#d5ece9;font-size:.9rem;margin-right:auto}
.site-header form{display:flex;gap:6px}
.site-header input{font:inherit;padding:6px 10px;border:1px solid #9bb;border-radius:6px;min-width:220px}
.site-header button{font:inherit;padding:6px 14px;border:0;border-radius:6px;background:#f2b134;color:#1d2330;font-weight:600;cursor:pointer}
.lang{color:#fff}
.demo-note{background:#fff6d6;color:#4a3b00;text-align:center;padding:6px 12px;font-size:.875rem;margin:0}
nav.cats{max-width:880px;margin:14px auto 0;padding:0 20px;display:flex;flex-wrap:wrap;gap:8px}
nav.cats a{padding:4px 12px;border-radius:999px;background:#fff;border:1px solid #cfd4dc;text-decoration:none;color:#1d2330;font-size:.9rem}
nav.cats a[aria-current]{background:#0f3d3e;color:#fff;border-color:#0f3d3e}
main{max-width:880px;margin:0 auto;padding:14px 20px 40px}
main > h1{font-size:1.25rem;margin:6px 0 12px}
#listings{display:grid;gap:12px}
.listing,.ad-detail{background:#fff;border:1px solid #dde1e7;border-radius:10px;padding:14px 18px}
.listing-title{font-size:1.1rem;margin:0 0 4px}
.listing-title a{text-decoration:none}
.listing-title a:hover,.listing-title a:focus{text-decoration:underline}
.listing-text{margin:0 0 8px}
.listing-meta{margin:0;color:#4b5563;font-size:.875rem}
.listing-price{font-weight:600;color:#1d2330}
#more{display:block;margin:18px auto 0;font:inherit;padding:8px 18px;border:1px solid #0f3d3e;border-radius:6px;background:#fff;color:#0f3d3e;cursor:pointer}
#more[disabled]{border-color:#cfd4dc;color:#4b5563;cursor:default}
.ad-detail h1{margin:0 0 8px;font-size:1.5rem}
.ad-detail dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:14px 0 0}
.ad-detail dt{color:#4b5563}
.ad-detail dd{margin:0}
footer{text-align:center;color:#4b5563;font-size:.8rem;padding:20px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
