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
  /** The Check view's controls on screen (median), from navigation start. */
  firstRenderMs: number | null;
  /** React has attached to them: the Check button works (median). */
  interactiveMs: number | null;
  firstPaintMs: number | null;
  renderRuns: number;
  note: string;
  /** Microsoft's Office-Addin-TaskPane-React template, built and loaded the same way in the same run. */
  reference?: { dir: string; visibleMs: number; firstPaintMs: number };
  referenceNote?: string;
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
    interactiveMs: null,
    firstPaintMs: null,
    renderRuns: 0,
    note: '',
  };
  if (!existsSync('/usr/bin/chromium')) {
    result.note = 'Debian chromium is not installed';
    return result;
  }
  const { chromium } = await import('playwright-core');
  const ours = await serve(path.resolve(dist));
  const refDist = referenceDist();
  const ref = refDist ? await serve(refDist) : null;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // playwright gives the browser a fresh, empty profile of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const officeJs = path.join(path.resolve(dist), 'office-js');
    const oursUrl = `http://127.0.0.1:${(ours.address() as AddressInfo).port}/taskpane.html`;
    const refUrl = ref ? `http://127.0.0.1:${(ref.address() as AddressInfo).port}/taskpane.html` : null;
    const runs: { ours: Load[]; ref: Load[] } = { ours: [], ref: [] };
    // Alternated, so both see the same machine load.
    for (let i = 0; i < RUNS; i++) {
      runs.ours.push(await load(browser, oursUrl, OURS_READY, 'yot:rendered', officeJs));
      if (refUrl) runs.ref.push(await load(browser, refUrl, REF_READY, null, officeJs));
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    result.firstRenderMs = med(runs.ours.map((r) => r.visibleMs));
    result.interactiveMs = med(runs.ours.map((r) => r.interactiveMs ?? r.visibleMs));
    result.firstPaintMs = med(runs.ours.map((r) => r.fcpMs ?? Number.NaN));
    result.renderRuns = RUNS;
    if (refUrl) {
      result.reference = {
        dir: refDist!,
        visibleMs: med(runs.ref.map((r) => r.visibleMs)),
        firstPaintMs: med(runs.ref.map((r) => r.fcpMs ?? Number.NaN)),
      };
    } else {
      result.referenceNote = `Microsoft's Office-Addin-TaskPane-React template is not built at ${REF_DIST_DEFAULT}, so the comparison was not made; \`npm run bench:reference\` builds it (bench/README.md)`;
    }
  } finally {
    await browser.close();
    ours.close();
    ref?.close();
  }
  return result;
}

const RUNS = 9;

/** Ours: the Check view's button (drawn at build time into the page). */
const OURS_READY = '#panel-check button';
/** The template: its one button ("Run" / "Insert text"), drawn once Office.onReady has answered. */
const REF_READY = '#container button';

/** Where the reference template's build is looked for: BENCH_REF_DIST, else bench/out/ref/…/dist. */
const REF_DIST_DEFAULT = 'bench/out/ref/Office-Addin-TaskPane-React/dist';
export function referenceDist(): string | null {
  const dir = path.resolve(process.env['BENCH_REF_DIST'] ?? path.join(__dirname, '..', '..', '..', REF_DIST_DEFAULT));
  return existsSync(path.join(dir, 'taskpane.html')) ? dir : null;
}

interface Load {
  /** The ready element on screen: the later of the first contentful paint and the frame after it appeared. */
  visibleMs: number;
  /** The app's mark that React has committed (handlers attached), where it has one. */
  interactiveMs: number | null;
  fcpMs: number | null;
}

/**
 * One cold load in a fresh page. An init script (run before any of the page's own)
 * notes when the ready element first appears in the document and the next
 * animation frame after that; the paint timing API gives the first contentful
 * paint. Office's CDN copy of office.js and the files it loads beside itself (the
 * template's) are answered from the same office.js package ours serves; anything else
 * off this machine is refused.
 */
async function load(browser: import('playwright-core').Browser, url: string, ready: string, mark: string | null, officeJs: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
  try {
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      // office.js and the files it loads beside itself (o15apptofilemappingtable.js, the host's scripts, strings).
      const m = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([\w./-]+)$/.exec(route.request().url().split('?')[0]!);
      const file = m && !m[1]!.includes('..') ? path.join(officeJs, m[1]!) : null;
      return file && existsSync(file)
        ? route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) })
        : route.abort();
    });
    await page.addInitScript((selector: string) => {
      const w = window as unknown as { __readyAt?: number; __frameAt?: number };
      const look = (): void => {
        if (w.__readyAt !== undefined || !document.querySelector(selector)) return;
        w.__readyAt = performance.now();
        requestAnimationFrame(() => {
          w.__frameAt = performance.now();
        });
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true });
    }, ready);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __frameAt?: number }).__frameAt !== undefined, undefined, { timeout: 30_000 });
    if (mark) await page.waitForFunction((m: string) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 });
    // Let the paint entry be recorded.
    await page.waitForTimeout(50);
    return await page.evaluate((m: string | null) => {
      const w = window as unknown as { __frameAt: number };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return {
        visibleMs: Math.max(w.__frameAt, fcp ?? 0),
        interactiveMs: m ? (performance.getEntriesByName(m)[0]?.startTime ?? null) : null,
        fcpMs: fcp,
      };
    }, mark);
  } finally {
    await page.close();
  }
}
