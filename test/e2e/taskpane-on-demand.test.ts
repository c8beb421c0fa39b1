/**
 * The BUILT task pane's "extras" chunk (Fluent's MessageBar, Spinner and ToggleButton, which the
 * first view never draws: src/taskpane/components/on-demand.tsx), in Debian's Chromium in file
 * mode. It is fetched once the first view is drawn, before anything asks for it. When it cannot
 * be fetched, nothing is lost: a problem is still said in words and announced (role="alert"),
 * and a check still gives its result, moves focus to it and has working count buttons.
 *
 * Needs `npm run build:addin` and /usr/bin/chromium; never a downloaded browser.
 */
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, DIST, launchChromium, serveDist } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples/north-west-tracker.xlsx');
const EXTRAS = /\/extras\.[0-9a-f]+\.js$/;

jest.setTimeout(180_000);

let served: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let dir: string;
const external: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build:addin` first.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium.`);
  served = await serveDist();
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'yot-on-demand-'));
  context = await launchChromium(path.join(dir, 'profile'), { width: 350, height: 900 }, external);
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => served?.server.close(r));
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
  expect(external).toEqual([]);
});

async function openPage(refuseExtras: boolean): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (refuseExtras) await page.route(EXTRAS, (route) => route.abort());
  await page.goto(`${served.origin}/taskpane.html`);
  await page.waitForFunction(() => performance.getEntriesByName('yot:rendered').length > 0);
  return { page, errors };
}

describe('the extras chunk', () => {
  it('is not in the first script and is fetched once the first view is drawn, unasked', async () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/extras\./);
    const { page, errors } = await openPage(false);
    // Asked for by the page's warm-up (an idle callback), with nothing clicked.
    const asked = (): boolean => served.requests.some((p) => EXTRAS.test(p));
    for (let waited = 0; !asked() && waited < 30_000; waited += 100) await page.waitForTimeout(100);
    expect(asked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when it cannot be fetched, a problem is still said and announced, and a check still gives its result', async () => {
    const { page, errors } = await openPage(true);
    const bad = path.join(dir, 'not-a-workbook.xlsx');
    await fsp.writeFile(bad, 'this is not a workbook');
    await page.getByLabel('Open an .xlsx workbook').setInputFiles(bad);
    await expect(page.getByRole('alert').filter({ hasText: 'is not an Excel workbook' }).textContent()).resolves.toContain('not-a-workbook.xlsx');

    await page.getByLabel('Open an .xlsx workbook').setInputFiles(SAMPLE);
    await page.getByText('Opened north-west-tracker.xlsx').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Check workbook' }).click();
    const summary = page.getByLabel('Result of the check');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('12 errors, 20 warnings and 17 for information');
    // Focus went to the result, as with Fluent's own components.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Result of the check');
    // The count buttons still show one severity at a time.
    const errorsOnly = page.getByRole('button', { name: '12 errors' });
    await expect(errorsOnly.getAttribute('aria-pressed')).resolves.toBe('false');
    await errorsOnly.click();
    await expect(errorsOnly.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByText('Showing 12 of 49 findings').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
