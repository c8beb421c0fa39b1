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
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTemplate } from '../../src/core/template';
import { NPF_2021 } from '../../src/core/rulebook';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';

jest.setTimeout(180_000);

function serveDist(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('Not found');
        return;
      }
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

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
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 350, height: 900 },
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
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
