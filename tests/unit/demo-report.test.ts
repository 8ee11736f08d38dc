// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasDisplay, installHint } from '../../demo/display';
import { categoriesFromLabel, formatReport, type PageAd } from '../../demo/report';

describe('npm start helpers', () => {
  it('finds a display from DISPLAY, WAYLAND_DISPLAY or the platform; LYKT_HEADLESS wins', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
    expect(hasDisplay({ DISPLAY: ':0', LYKT_HEADLESS: '1' }, 'linux')).toBe(false);
    expect(installHint('linux')).toMatch(/apt-get install -y chromium.*CHROMIUM_PATH/);
    expect(installHint('darwin')).toMatch(/brew/);
  });

  it('reads category names from a badge label', () => {
    expect(categoriesFromLabel('3 indicators: youth, third party, movement. Level: high')).toEqual([
      'youth',
      'third party',
      'movement',
    ]);
    expect(
      categoriesFromLabel('2 indikatorer: begrenset frihet, tredjepart. Nivå: middels'),
    ).toEqual(['begrenset frihet', 'tredjepart']);
    expect(categoriesFromLabel('1 indicator. Level: low')).toEqual([]);
    expect(categoriesFromLabel('2 indicators: youth, …')).toEqual(['youth']);
    expect(categoriesFromLabel(null)).toEqual([]);
  });

  it('counts levels, categories and agreement with the generator', () => {
    const ads: PageAd[] = [
      { id: 'a1', level: 'high', categories: ['youth', 'movement'] },
      { id: 'a2', level: 'medium', categories: ['youth'] },
      { id: 'a3', level: 'none', categories: [] },
      { id: 'a4', level: 'low', categories: ['movement'] },
      { id: 'a5', level: null, categories: [] },
      { id: 'a6', level: 'medium', categories: ['labour'] },
    ];
    const text = formatReport({
      origin: 'http://127.0.0.1:4455',
      ads,
      expected: new Set(['a1', 'a2', 'a3']),
      toolbar: '3',
      screenshots: ['out/listing.png'],
      warnings: ['No log page yet.'],
    });
    expect(text).toContain('Ads on the page: 6');
    expect(text).toContain('Marked by Lykt:  5');
    expect(text).toContain('Levels:          high 1 · medium 2 · low 1 · none 1');
    expect(text).toContain('Top categories:  movement 2 · youth 2 · labour 1');
    expect(text).toContain(
      'Indicator ads:   2 of 3 flagged at medium or above; 1 other ads at medium or above',
    );
    expect(text).toContain('Toolbar count:   3');
    expect(text).toContain('! No log page yet.');
  });
});
