import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runs `npm start`'s script as a newcomer would on a server: no display, headless.
function runStart(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'demo/start.ts'], {
      env: { ...process.env, LYKT_HEADLESS: '1', LYKT_SKIP_BUILD: '1', LYKT_PORT: '0', ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('npm start without a display', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lykt-start-out-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('serves the demo site, saves the listing screenshot and prints the counts', async () => {
    const { code, out } = await runStart({ LYKT_OUT: outDir });
    expect(out, out).toMatch(/Demo ad site \(made-up ads\): http:\/\/127\.0\.0\.1:\d+\//);
    expect(code, out).toBe(0);
    expect(readFileSync(join(outDir, 'listing.png')).subarray(0, 4)).toEqual(PNG);
    expect(out).toContain('Ads on the page: 100');
    expect(out).toMatch(/Marked by Lykt: {2}\d+ \(data-lykt-level\)/);
    expect(out).toMatch(/Levels: {10}high \d+ · medium \d+ · low \d+ · none \d+/);
    expect(out).toMatch(/Indicator ads: {3}\d+ of \d+ flagged/);
  });

  it('says which port is taken and how to pick another', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, out } = await runStart({ LYKT_OUT: outDir, LYKT_PORT: String(port) });
      expect(code).toBe(1);
      expect(out).toContain(`Port ${port} is in use: set LYKT_PORT=`);
    } finally {
      blocker.close();
    }
  });

  it('says how to install a browser when none is found', async () => {
    const { code, out } = await runStart({
      LYKT_OUT: outDir,
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(code).toBe(1);
    expect(out).toContain('CHROMIUM_PATH is set to /nonexistent/chromium');
    expect(out).toMatch(/Install Chromium/);
  });
});
