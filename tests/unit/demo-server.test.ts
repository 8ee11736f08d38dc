// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';

const articles = (html: string): number => html.match(/<article class="listing"/g)?.length ?? 0;

describe('demo server', () => {
  let site: DemoServer;
  const get = async (path: string): Promise<[number, string]> => {
    const res = await fetch(site.origin + path);
    return [res.status, await res.text()];
  };

  beforeAll(async () => {
    site = await startDemoServer();
  });
  afterAll(() => site.close());

  it('listens on 127.0.0.1 only', () => {
    expect(site.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves 100 ads first, then 50 a page, then an empty fragment', async () => {
    const [, home] = await get('/');
    expect(articles(home)).toBe(100);
    expect(home).toContain('data-url="/more" data-page="2"');
    const [, page2] = await get('/more?page=2');
    expect(articles(page2)).toBe(50);
    expect(page2).not.toContain('<html');
    expect((await get('/more?page=4'))[1]).toBe('');
  });

  it('filters by category and keeps the filter on the scroll URL', async () => {
    const [, jobs] = await get('/?cat=job&lang=en');
    expect(jobs).toContain('data-url="/more?cat=job&amp;lang=en"');
    expect(jobs).toContain('<html lang="en">');
  });

  it('serves detail pages, search and big pages; 404 for unknown ads', async () => {
    const [status, detail] = await get('/ad/a1');
    expect(status).toBe(200);
    expect(detail).toContain('data-ad-id="a1"');
    expect((await get('/ad/nope'))[0]).toBe(404);
    const [, search] = await get('/search?q=sofa');
    expect(articles(search)).toBeGreaterThan(0);
    expect(search).toMatch(/\d+ treff for «sofa»/);
    const [, big] = await get('/big?count=1000');
    expect(articles(big)).toBe(1000);
    expect(big).not.toContain('id="more"');
  });

  it('says how to fix a taken port', async () => {
    const port = Number(new URL(site.origin).port);
    await expect(startDemoServer({ port })).rejects.toThrow(
      `Port ${port} is in use: set LYKT_PORT=${port + 1} (or another free port) or stop the other program.`,
    );
  });
});
