/**
 * Issue 19.14: an ad with nothing found keeps its text only (no text nodes, a shared result),
 * so a huge page's scanned ads hold less for the garbage collector; once its text changes it
 * is scanned again and, flagged now, keeps what its highlights need.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Controller } from '../../content/controller';
import { marked, setup, until } from './content-setup';

const ad = (i: number, text: string) =>
  `<article class="listing"><h2><a href="/${i}">Annonse ${i}</a></h2><p class="listing-text">${text}</p></article>`;
const PLAIN = 'Fin sofa i grått stoff selges. Hentes på Majorstuen.';
const FLAGGED = 'Young girls, new in town, 100% real, call the driver';

describe('ads with nothing found (generic detector, real engine, happy-dom)', () => {
  let ctl: Controller | null = null;
  afterEach(() => ctl?.destroy());

  it('keep no text nodes, share one result, and are scanned again when their text changes', async () => {
    const { controller, scanner, scanned } = setup(
      [
        ad(1, PLAIN),
        ad(2, 'Sofa og bord til salgs, pent brukt.'),
        ad(3, FLAGGED),
        ad(4, 'Sykkel selges, nye dekk.'),
      ].join(''),
    );
    ctl = controller;
    await until(() => marked() === 4);
    const [a, b, c] = [...document.querySelectorAll('article.listing')];
    const state = (el: Element) => scanner.states.get(el)!;
    for (const el of [a!, b!]) {
      expect(state(el).result.indicators).toEqual([]);
      expect(state(el).result.contacts).toEqual([]);
      expect(state(el).map.nodes).toHaveLength(0);
      expect(state(el).map.text).toContain(el === a ? 'sofa i grått' : 'pent brukt');
    }
    expect(state(a!).result).toBe(state(b!).result);
    expect(Object.isFrozen(state(a!).result)).toBe(true);
    // The flagged ad keeps its nodes: its words are highlighted from them.
    expect(state(c!).result.indicators.length).toBeGreaterThan(0);
    expect(state(c!).map.nodes.length).toBeGreaterThan(0);

    const before = scanned.length;
    a!.querySelector('p')!.textContent = FLAGGED;
    await until(() => scanned.length === before + 1);
    await until(() => (state(a!)?.result.indicators.length ?? 0) > 0);
    expect(state(a!).map.nodes.length).toBeGreaterThan(0);
    expect(state(a!).map.text).toContain('call the driver');
    await until(() => a!.getAttribute('data-lykt-level') !== 'none');
    // The shared result was not changed by it.
    expect(state(b!).result.indicators).toEqual([]);
  }, 20_000);
});
