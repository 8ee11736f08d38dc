/**
 * `<lykt-card card="…" lang="…" for-text="…" heading-level="…" theme="…">`. A dozen lines over
 * `mount()` instead of preact-custom-element (1.3 KB gzipped): the element only forwards its
 * attributes, so props, slots and context bridging have nothing to do here.
 */
import { mount, unmount } from './mount';

const ATTRS = ['card', 'lang', 'for-text', 'heading-level', 'theme'];

/*! lykt:eager */
export function defineLyktCard(): void {
  if (typeof customElements === 'undefined' || customElements.get('lykt-card')) return;
  class LyktCardElement extends HTMLElement {
    static observedAttributes = ATTRS;
    private shown = false;

    connectedCallback(): void {
      this.shown = mount(this, {
        card: this.getAttribute('card') ?? undefined,
        lang: this.getAttribute('lang') ?? undefined,
        forText: this.getAttribute('for-text') ?? undefined,
        headingLevel: this.getAttribute('heading-level') ?? undefined,
        theme: this.getAttribute('theme') ?? undefined,
      });
    }

    /** Upgrades report every attribute before connecting: render once, on connect. */
    attributeChangedCallback(): void {
      if (this.shown) this.connectedCallback();
    }

    disconnectedCallback(): void {
      this.shown = false;
      unmount(this);
    }
  }
  customElements.define('lykt-card', LyktCardElement);
}
