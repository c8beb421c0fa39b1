/**
 * Where the task pane is running: Excel when Office.onReady says so; a plain
 * browser when office.js is missing, reports no host, or never answers.
 */
import { certainlyOutsideOffice, detectHost } from '../../src/taskpane/boot';

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g['Office'];
  delete g['window'];
});

/** A plain browser window as office.js leaves it (OSF defined), with what a host would add. */
function plainWindow(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const w: Record<string, unknown> = { OSF: {}, location: { search: '', hash: '' }, name: '', opener: null, sessionStorage: { getItem: () => null }, ...extra };
  if (!('parent' in extra)) w['parent'] = w;
  return w;
}

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

  it('is standalone at once, without waiting for Office.onReady, when office.js loaded and no host announced itself', async () => {
    g['window'] = plainWindow();
    const onReady = jest.fn(() => new Promise(() => undefined));
    g['Office'] = { onReady };
    expect(certainlyOutsideOffice()).toBe(true);
    await expect(detectHost(60_000)).resolves.toBe('standalone');
    expect(onReady).not.toHaveBeenCalled();
  });

  it('waits for Office.onReady when anything says a host may be there', () => {
    const hints: Record<string, unknown>[] = [
      { OSF: undefined },
      { location: { search: '?_host_Info=Excel$Win32$16.01$en-GB$$$$0', hash: '' } },
      { location: { search: '', hash: '#_host_Info=Excel$Mac$16.01$en-GB' } },
      { name: '{"hostInfo":"Excel|Web|16.00|en-GB"}' },
      { parent: {} },
      { opener: {} },
      { external: { GetHostInfo: () => 'Excel$Win32$16.01' } },
      { external: { GetContext: () => ({}) } },
      { agaveHost: {} },
      { chrome: { webview: {} } },
      { webkit: { messageHandlers: {} } },
      { sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel$Win32$16.01$en-GB' : null) } },
    ];
    expect(certainlyOutsideOffice()).toBe(false); // no window at all (Node)
    for (const hint of hints) {
      g['window'] = plainWindow(hint);
      expect([hint, certainlyOutsideOffice()]).toEqual([hint, false]);
    }
  });

  it('still asks Office.onReady when office.js is a stand-in without OSF (the browser tests fake Excel that way)', async () => {
    g['window'] = plainWindow({ OSF: undefined });
    g['Office'] = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }) };
    await expect(detectHost(50)).resolves.toBe('excel');
  });
});
