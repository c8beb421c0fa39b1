/**
 * The taskpane's load: initial JavaScript (what taskpane.html loads, gzipped),
 * what is lazy-loaded, and the first render in Debian's headless Chromium
 * (standalone mode, served from dist/ on 127.0.0.1).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface TaskpaneLoad {
  initialFiles: { file: string; gzipKb: number }[];
  initialGzipKb: number;
  lazyFiles: { file: string; gzipKb: number; contains?: string }[];
  exceljsInitial: boolean;
  firstRenderMs: number | null;
  renderRuns: number;
  note: string;
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css', '.xml': 'text/xml' };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (!p.startsWith(dir) || !existsSync(p)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function taskpaneLoad(dist: string): Promise<TaskpaneLoad> {
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((s) => !s.startsWith('office-js/'));
  const initialFiles = scripts.map((s) => ({ file: s, gzipKb: gz(path.join(dist, s)) }));
  const js = readdirSync(dist).filter((f) => f.endsWith('.js') && !scripts.includes(f));
  const lazyFiles = js.map((f) => {
    const text = readFileSync(path.join(dist, f), 'utf8');
    // exceljs's own code, not just a mention of its chunk name.
    const contains = [/exceljs/i.test(f) || /WorkbookXform|SharedStringsXform/.test(text) ? 'exceljs' : '', /JSZip/.test(text) ? 'zip' : ''].filter(Boolean).join(', ');
    return { file: f, gzipKb: gz(path.join(dist, f)), ...(contains ? { contains } : {}) };
  });
  const exceljsInitial = scripts.some((s) => /WorkbookXform|SharedStringsXform/.test(readFileSync(path.join(dist, s), 'utf8')));
  const result: TaskpaneLoad = {
    initialFiles,
    initialGzipKb: initialFiles.reduce((a, f) => a + f.gzipKb, 0),
    lazyFiles,
    exceljsInitial,
    firstRenderMs: null,
    renderRuns: 0,
    note: '',
  };
  if (!existsSync('/usr/bin/chromium')) {
    result.note = 'Debian chromium is not installed';
    return result;
  }
  const { chromium } = await import('playwright-core');
  const server = await serve(path.resolve(dist));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // playwright gives the browser a fresh, empty profile of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      // First render: the taskpane's own controls are on screen (standalone mode offers to open a file).
      await page.waitForSelector('input[type=file], [role=tablist]', { state: 'attached', timeout: 30_000 });
      // The app marks its first commit ('yot:rendered'); without the mark, when the controls were seen.
      times.push(await page.evaluate(() => performance.getEntriesByName('yot:rendered')[0]?.startTime ?? performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    result.firstRenderMs = times[Math.floor(times.length / 2)]!;
    result.renderRuns = times.length;
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}
