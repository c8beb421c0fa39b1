/**
 * Where the task pane is running: Excel when Office.onReady says so; a plain
 * browser when office.js is missing, reports no host, or never answers.
 */
import { detectHost } from '../../src/taskpane/boot';

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g['Office'];
});

describe('task pane: finding the host', () => {
  it('is standalone when office.js did not load', async () => {
    await expect(detectHost(50)).resolves.toBe('standalone');
  });

  it('is Excel when Office.onReady reports the Excel host', async () => {
    g['Office'] = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }) };
    await expect(detectHost(50)).resolves.toBe('excel');
  });

  it('is standalone when Office.onReady reports no host (a plain browser) or another host', async () => {
    g['Office'] = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectHost(50)).resolves.toBe('standalone');
    g['Office'] = { onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }) };
    await expect(detectHost(50)).resolves.toBe('standalone');
  });

  it('is standalone when Office.onReady never answers, after the timeout', async () => {
    g['Office'] = { onReady: () => new Promise(() => undefined) };
    const t0 = Date.now();
    await expect(detectHost(50)).resolves.toBe('standalone');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('is standalone when Office.onReady fails', async () => {
    g['Office'] = { onReady: () => Promise.reject(new Error('no host')) };
    await expect(detectHost(50)).resolves.toBe('standalone');
  });
});
