/**
 * A production build for a real host, as README "Deploying to your organisation" tells an
 * administrator to make it: ADDIN_BASE_URL=https://… webpack --mode production. Built once, into a
 * temporary folder (without Terser, `--env minify=false`: what is checked here does not depend on
 * minifying, and it keeps this test's cost down); then:
 *   - no localhost URL is left in its manifest.xml, and every URL in it is on the base;
 *   - the manifest passes the project's offline check (scripts/check-manifest.js --deployable);
 *   - no .map file is in the deployable folder, and no script points at one; the maps are beside it;
 *   - SupportUrl is the support page shipped in the folder (help, contact, privacy).
 * And a base that is not https, or not an address at all, is refused in one sentence.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { checkManifestFile } from '../../scripts/check-manifest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const WEBPACK = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
const BASE = 'https://intranet.justice.example.org/yot-governance/';

jest.setTimeout(600_000);

let tmp: string;
let out: string;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yot-deploy-'));
  out = path.join(tmp, 'site');
  await run(process.execPath, [WEBPACK, '--mode', 'production', '--env', `out=${out}`, '--env', 'minify=false'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE.replace(/\/$/, '') },
    maxBuffer: 64 * 1024 * 1024,
  });
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a production build for a real host', () => {
  it('puts every manifest URL on the base, and none on localhost', () => {
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    // Icons (5), SupportUrl, SourceLocation, the task pane / runtime page, functions script and metadata, Learn more.
    expect(urls.length).toBeGreaterThanOrEqual(11);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html" />`);
    expect(xml).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${BASE}functions.js" />`);
    expect(xml).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${BASE}functions.json" />`);
    expect(xml).toContain(`<AppDomain>https://intranet.justice.example.org</AppDomain>`);
    // Every URL names a file that is in the folder.
    for (const u of urls) expect(fs.existsSync(path.join(out, decodeURIComponent(u.slice(BASE.length))))).toBe(true);
  });

  it('passes the offline manifest check, localhost refused', () => {
    expect(checkManifestFile(path.join(out, 'manifest.xml'), { deployable: true })).toEqual([]);
  });

  it('keeps source maps out of the deployable folder', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Our bundles end without a sourceMappingURL comment (nothing points at a file that is not deployed).
    for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.js'))) {
      const tail = fs.readFileSync(path.join(out, f), 'utf8').trimEnd().split('\n').pop() ?? '';
      expect({ f, tail: /sourceMappingURL/.test(tail) }).toEqual({ f, tail: false });
    }
    // They are kept beside it, for whoever debugs a report.
    const maps = fs.readdirSync(`${out}-maps`);
    expect(maps).toEqual(expect.arrayContaining(['taskpane.js.map', 'functions.js.map']));
  });

  it('ships the support page SupportUrl points at: help, a contact, and privacy', () => {
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}support.html" />`);
    const page = fs.readFileSync(path.join(out, 'support.html'), 'utf8');
    expect(page).toMatch(/<h2 id="help">Help<\/h2>/);
    expect(page).toMatch(/<h2 id="contact">Contact<\/h2>/);
    expect(page).toMatch(/<h2 id="privacy">Privacy<\/h2>/);
    expect(page).toContain('No data leaves your machine.');
  });

  it('refuses a base that is not https, in one sentence', async () => {
    let failure: { code?: number; stdout?: string; stderr?: string } = {};
    try {
      await run(process.execPath, [WEBPACK, '--mode', 'production', '--env', `out=${path.join(tmp, 'refused')}`], { cwd: ROOT, env: { ...process.env, ADDIN_BASE_URL: 'http://intranet.example.org/yot/' } });
    } catch (e) {
      failure = e as typeof failure;
    }
    expect(failure.code).toBe(1);
    const said = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim();
    expect(said).toBe('ADDIN_BASE_URL "http://intranet.example.org/yot/" must start with https:// because Office loads add-ins only over https.');
    expect(fs.existsSync(path.join(tmp, 'refused'))).toBe(false);
  });
});
