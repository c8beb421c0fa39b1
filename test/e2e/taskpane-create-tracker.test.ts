/**
 * "Create a tracker" in the BUILT task pane, in a real browser with no Office
 * around it (file mode): the button loads the form on demand, the download is
 * the template with the same tables, headers and formulas the .xlsx writer
 * makes, and nothing is requested from anywhere but 127.0.0.1.
 *
 * Needs `npm run build:addin` first, and /usr/bin/chromium (never a downloaded browser).
 */
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { buildTemplate } from '../../src/core/template';
import { NPF_2021 } from '../../src/core/rulebook';
import { CHROMIUM, DIST, launchChromium, serveDist } from '../helpers/browser';


jest.setTimeout(180_000);


let served: { server: http.Server; origin: string };
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const external: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build:addin` before this test.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (this test never downloads a browser).`);
  served = await serveDist();
  userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'yot-create-tracker-'));
  context = await launchChromium(userDataDir, { width: 350, height: 900 }, external);
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => served?.server.close(r));
  if (userDataDir) await fsp.rm(userDataDir, { recursive: true, force: true });
});

it('downloads a new tracker with the same tables as yot template', async () => {
  await page.goto(`${served.origin}/taskpane.html`);
  await page.getByLabel('Open an .xlsx workbook').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Create a tracker' }).click();
  await page.getByLabel('Region').fill('North West');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Create the tracker' }).click()]);
  expect(download.suggestedFilename()).toBe('north-west-tracker.xlsx');
  const saved = path.join(userDataDir, 'tracker.xlsx');
  await download.saveAs(saved);
  await page.getByText('Downloaded north-west-tracker.xlsx: a new North West tracker.', { exact: false }).waitFor();

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const doc = buildTemplate({ region: 'North West', rulebook: NPF_2021 });
  for (const t of doc.tables) {
    const ws = wb.getWorksheet(t.sheet)!;
    const table = (ws.getTables() as unknown as { table: { name: string; columns: { name: string }[] } }[])[0]!.table;
    expect({ name: table.name, columns: table.columns.map((c) => c.name) }).toEqual({ name: t.name, columns: t.columns.map((c) => c.header) });
    t.columns.forEach((c, i) => {
      if (c.formula) expect(ws.getCell(2, i + 1).value).toMatchObject({ formula: expect.stringContaining('(') });
    });
  }
  expect(wb.getWorksheet('Lists')!.state).toBe('hidden');
  expect(wb.getWorksheet('Board')!.getCell('B3').value).toBe('North West');
  expect(external).toEqual([]);
});
