/**
 * The listing page's own infinite scroll (inline, plain ES2017): when the "more" button
 * nears the viewport, or is pressed, fetch the next fragment and append it.
 * An empty fragment ends the list.
 */
export const MORE_SCRIPT = `(() => {
  const btn = document.getElementById('more');
  const list = document.getElementById('listings');
  const status = document.getElementById('more-status');
  if (!btn || !list) return;
  const url = btn.dataset.url;
  let page = Number(btn.dataset.page);
  let busy = false;
  const say = (text) => { if (status) status.textContent = text; };
  async function load() {
    if (busy || btn.disabled) return;
    busy = true;
    say(btn.dataset.loading);
    try {
      const res = await fetch(url + (url.includes('?') ? '&' : '?') + 'page=' + page);
      const html = res.ok ? (await res.text()).trim() : '';
      if (!html) {
        btn.disabled = true;
        btn.textContent = btn.dataset.end;
        say(btn.dataset.end);
        observer.disconnect();
      } else {
        list.insertAdjacentHTML('beforeend', html);
        page += 1;
        say('');
      }
    } catch (err) {
      say(btn.dataset.failed);
    }
    busy = false;
    // Still in view after a short page: keep going.
    const r = btn.getBoundingClientRect();
    if (!btn.disabled && r.top < innerHeight + 400) setTimeout(load, 0);
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) load();
  }, { rootMargin: '400px' });
  observer.observe(btn);
  btn.addEventListener('click', load);
})();`;
