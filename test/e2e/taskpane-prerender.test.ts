/**
 * The BUILT task pane's first view, drawn at build time (webpack.prerender.js):
 * dist/taskpane.html carries the Check view's markup and CSS, so it is on
 * screen with every script blocked; inside Excel React hydrates that markup
 * (the same elements, no mismatch) and the Check button then works; in a plain
 * browser the page draws its file-mode view over it.
 *
 * Excel is stood in for by a small fake Office global (Office.onReady answering
 * "Excel", settings, requirement sets, Excel.run) put on the page before any of
 * its scripts, with the real office.js refused. Needs `npm run build:addin`
 * first, and /usr/bin/chromium; never a downloaded browser.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, DIST, serveDist } from '../helpers/browser';


jest.setTimeout(120_000);


/** Tags the first Check button the parser makes, so a test can tell whether React kept it or drew a new one. */
const TAG_PRERENDERED_BUTTON = (): void => {
  const tag = (): boolean => {
    const b = document.querySelector('#panel-check button');
    if (!b) return false;
    (b as unknown as { __prerendered: boolean }).__prerendered = true;
    return true;
  };
  const o = new MutationObserver(() => {
    if (tag()) o.disconnect();
  });
  o.observe(document, { childList: true, subtree: true });
};

/** A stand-in for office.js inside Excel: onReady says Excel; the workbook read says there are no tables. */
const FAKE_EXCEL_OFFICE = (): void => {
  const w = window as unknown as Record<string, unknown>;
  const settings = new Map<string, unknown>();
  w['Office'] = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    context: {
      platform: 'PC',
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          remove: (k: string) => settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
  (w as { __excelRuns?: number }).__excelRuns = 0;
  w['Excel'] = {
    run: () => {
      (w as { __excelRuns: number }).__excelRuns++;
      return Promise.reject(new Error('This stand-in workbook cannot be read.'));
    },
  };
  w['CustomFunctions'] = { associate: () => undefined };
};

describe('the task pane drawn at build time', () => {
  let browser: Browser;
  let origin: string;
  let server: http.Server;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build:addin` first');
    ({ server, origin } = await serveDist());
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(options: { blockScripts?: boolean; fakeExcel?: boolean }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    if (options.blockScripts) await page.route(/\.js(\?|$)/, (route) => route.abort());
    else if (options.fakeExcel) {
      await page.route(/\/office-js\//, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
      await page.addInitScript(FAKE_EXCEL_OFFICE);
    }
    await page.addInitScript(TAG_PRERENDERED_BUTTON);
    await page.goto(`${origin}/taskpane.html`);
    return { page, errors };
  }

  it('ships the Check view and its CSS in the page itself', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<div id="?root"? data-prerendered="excel">/);
    expect(html).toContain('YOT secondment governance</h1>');
    expect(html).toMatch(/<style[^>]*data-make-styles-bucket/);
    // No secondee data or dates are ever baked into the page.
    expect(html).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('shows the Check view, styled, with every script refused', async () => {
    const { page } = await open({ blockScripts: true });
    const check = page.getByRole('button', { name: 'Check' });
    await expect(check.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'Pack' }).isVisible()).resolves.toBe(true);
    // Fluent's primary button colour came from the CSS in the page, not a script.
    const bg = await check.evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(bg).toBe('rgb(15, 108, 189)');
    await page.close();
  });

  it('inside Excel, keeps the same elements (hydrates, no mismatch) and the Check button then works', async () => {
    const { page, errors } = await open({ fakeExcel: true });
    await page.waitForFunction(() => performance.getEntriesByName('yot:rendered').length > 0);
    expect(await page.evaluate(() => document.body.dataset['host'])).toBe('excel');
    const kept = await page.evaluate(() => (document.querySelector('#panel-check button') as unknown as { __prerendered?: boolean }).__prerendered === true);
    expect(kept).toBe(true);
    expect(errors.filter((e) => /hydrat|did not match|mismatch/i.test(e))).toEqual([]);
    await page.getByRole('button', { name: 'Check' }).click();
    // The click reached the host: the workbook was asked for, and its refusal is shown in one sentence.
    await page.getByText('This stand-in workbook cannot be read.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __excelRuns: number }).__excelRuns)).toBeGreaterThan(0);
    await page.close();
  });

  it('once React has attached, the views\' tabs work from the keyboard (one tab stop; arrows, Home and End move; Enter shows)', async () => {
    const { page } = await open({});
    await page.waitForFunction(() => performance.getEntriesByName('yot:rendered').length > 0);
    const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
    // Each tab holds its label twice (the visible one and a hidden bold copy that keeps its width): the first half is the label.
    await expect(tabs.evaluateAll((ts) => ts.map((t) => `${t.textContent?.slice(0, t.textContent.length / 2)}:${t.getAttribute('tabindex')}:${t.getAttribute('aria-selected')}:${t.getAttribute('aria-controls')}`))).resolves.toEqual([
      'Check:0:true:panel-check',
      'Pack:-1:false:panel-pack',
      'Rules:-1:false:panel-rules',
    ]);
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
    await page.getByRole('tab', { name: 'Check' }).focus();
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe('tab-rules');
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe('tab-check');
    await page.keyboard.press('ArrowLeft');
    await expect(focused()).resolves.toBe('tab-rules');
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toBe('tab-check');
    await page.keyboard.press('ArrowRight');
    // Moving does not show (manual activation); Enter does, and the tab stop follows.
    await expect(page.getByRole('tab', { name: 'Pack' }).getAttribute('aria-selected')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Pack' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tab', { name: 'Pack' }).getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.getByRole('tab', { name: 'Check' }).getAttribute('tabindex')).resolves.toBe('-1');
    await expect(page.locator('#panel-pack').isVisible()).resolves.toBe(true);
    await expect(page.locator('#panel-check').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('in a plain browser, draws the file-mode view over it', async () => {
    const { page } = await open({});
    await page.getByLabel('Open an .xlsx workbook').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.body.dataset['host'])).toBe('file');
    expect(await page.locator('#panel-check button').count()).toBe(1);
    await page.close();
  });
});
