/**
 * A representative subset of the hostile corpus (test/helpers/hostile.ts,
 * cases marked `browser`) through the BUILT task pane's file mode in Debian's
 * Chromium: each file is opened in the page; one that can't be read gets one
 * plain sentence (no stack trace) and clears what the previous workbook showed;
 * one that can is checked; nothing on the page holds a planted name, an NI
 * number or a control character, and the page never throws.
 *
 * Needs `npm run build:addin` and /usr/bin/chromium.
 */
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { containsNiNumber, fold } from '../../src/core/privacy';
import { hostileCases, PLANTED_NAMES } from '../helpers/hostile';
import { CHROMIUM, DIST, launchChromium, serveDist } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples/north-west-tracker.xlsx');
// eslint-disable-next-line no-control-regex -- looking for control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

jest.setTimeout(300_000);


let served: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let page: Page;
let dir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build:addin` first.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium.`);
  served = await serveDist();
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'yot-hostile-browser-'));
  context = await launchChromium(path.join(dir, 'profile'), { width: 350, height: 900 }, []);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.setDefaultTimeout(60_000);
  await page.goto(`${served.origin}/taskpane.html`);
  await page.getByLabel('Open an .xlsx workbook').waitFor({ state: 'attached' });
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => served?.server.close(r));
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

async function assertPageClean(where: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const folded = fold(text).replace(/\s+/g, ' ');
  for (const n of PLANTED_NAMES) expect({ where, name: n, leaked: folded.includes(fold(n)) }).toEqual({ where, name: n, leaked: false });
  expect({ where, ni: containsNiNumber(text) }).toEqual({ where, ni: false });
  expect({ where, control: CONTROL.exec(text)?.[0] ?? null }).toEqual({ where, control: null });
}

const CASES = hostileCases().filter((c) => c.browser);

describe('hostile files in the browser file mode', () => {
  it('has a representative subset', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it('a file that fails to open clears the previous workbook and its results', async () => {
    await page.getByLabel('Open an .xlsx workbook').setInputFiles(SAMPLE);
    await page.getByText('Opened north-west-tracker.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByRole('heading', { name: /^Errors \(\d+\)$/ }).waitFor();
    // A pack built from it: its "Pack built" message must go with the workbook.
    await page.getByRole('tab', { name: 'Pack' }).click();
    await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Build and download pack' }).click()]);
    await page.getByText('Pack built').waitFor();
    await page.getByRole('tab', { name: 'Check' }).click();
    const bad = path.join(dir, 'broken.xlsx');
    await fsp.writeFile(bad, 'not a workbook');
    await page.getByLabel('Open an .xlsx workbook').setInputFiles(bad);
    await page.getByText(/is not an Excel workbook/).waitFor();
    await expect(page.getByRole('heading', { name: /^Errors \(\d+\)$/ }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Pack' }).click();
    await expect(page.getByText('Pack built').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Check' }).click();
    await expect(page.getByText('Opened north-west-tracker.xlsx').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Check workbook' }).isDisabled()).resolves.toBe(true);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const caseDir = await fsp.mkdtemp(path.join(dir, 'case-'));
    const file = await c.make(caseDir);
    await page.getByLabel('Open an .xlsx workbook').setInputFiles(file);
    const base = path.basename(file);
    if (c.exit.length === 1 && c.exit[0] === 2) {
      const alert = page.locator('.fui-MessageBar').filter({ hasText: base });
      await alert.first().waitFor();
      const text = (await alert.first().innerText()).trim();
      expect(text).not.toMatch(/\n\s+at |Error:|undefined/);
      // One sentence or two at most, in plain words.
      expect(text.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(3);
      if (c.says) expect(text).toMatch(c.says);
    } else {
      await page.getByText(`Opened ${base}`).waitFor();
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.getByText(/\d+ errors?, \d+ warnings? and \d+ for information|No problems found/).first().waitFor();
    }
    await assertPageClean(c.name);
    expect(pageErrors).toEqual([]);
  });
});
