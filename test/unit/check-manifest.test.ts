/** scripts/check-manifest.js: passes the real manifest, and catches each problem in broken copies. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkManifest, checkManifestFile } from '../../scripts/check-manifest';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ASSETS = path.join(ROOT, 'assets');
const SCRIPT = path.join(ROOT, 'scripts/check-manifest.js');
const real = fs.readFileSync(MANIFEST, 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The real manifest with one text replaced (the text must be there). */
function broken(from: string | RegExp, to: string): string {
  const out = real.replace(from, to);
  if (out === real) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return out;
}

/** Write a manifest to the temp folder and check it there, with the real icons. */
function checkCopy(name: string, xml: string): string[] {
  const file = path.join(tmp, `${name}.xml`);
  fs.writeFileSync(file, xml);
  return checkManifestFile(file, { assetsDir: ASSETS });
}

describe('the real manifest', () => {
  it('passes every check', () => {
    expect(checkManifestFile(MANIFEST)).toEqual([]);
  });

  it('passes from the command line (exit 0)', () => {
    expect(execFileSync(process.execPath, [SCRIPT, MANIFEST], { encoding: 'utf8' })).toMatch(/OK/);
  });
});

describe('broken copies', () => {
  it.each<[string, () => string, RegExp]>([
    ['not well-formed XML', () => broken('</DefaultSettings>', '</DefaultSetting>'), /not well-formed XML: .*line \d+/],
    ['a resid with no resource', () => broken('<Label resid="Group.Label" />', '<Label resid="Group.Missing" />'), /resid "Group\.Missing" .* is not defined in <Resources>/],
    ['a resource defined twice', () => broken('<bt:String id="Group.Label"', '<bt:String id="GetStarted.Title"'), /"GetStarted\.Title" is defined twice/],
    ['Runtime on a different resid', () => broken('<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"'), /same resid; found <Runtime> "Functions\.Script\.Url"/],
    ['FunctionFile on a different resid', () => broken('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Functions.Script.Url" />'), /same resid.*<FunctionFile> "Functions\.Script\.Url"/],
    ['a short-lived runtime', () => broken('resid="Taskpane.Url" lifetime="long"', 'resid="Taskpane.Url" lifetime="short"'), /lifetime="long"/],
    ['no shared runtime', () => broken(/<Runtimes>[\s\S]*?<\/Runtimes>/, ''), /no <Runtimes>/],
    ['no custom functions namespace', () => broken('<Namespace resid="Functions.Namespace" />', ''), /no <Namespace/],
    ['an empty namespace', () => broken('<bt:String id="Functions.Namespace" DefaultValue="YOT" />', '<bt:String id="Functions.Namespace" DefaultValue="" />'), /namespace "" must be letters/],
    ['an http URL', () => broken('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), /http:\/\/localhost:3000\/functions\.js .* is not an https URL/],
    ['an icon that does not exist', () => broken('assets/icon-80.png', 'assets/icon-81.png'), /there is no assets[/\\]icon-81\.png/],
    ['an icon outside assets/', () => broken('https://localhost:3000/assets/icon-64.png', 'https://localhost:3000/icon-64.png'), /must be a file in assets\//],
    ['an Id that is not a GUID', () => broken(/<Id>[^<]*<\/Id>/, '<Id>yot-governance</Id>'), /<Id> must be a GUID/],
    ['the wrong DefaultLocale', () => broken('<DefaultLocale>en-GB</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'), /DefaultLocale> must be en-GB; found "en-US"/],
    ['no SupportUrl', () => broken(/<SupportUrl [^>]*\/>/, ''), /SupportUrl .* is missing/],
    ['no SharedRuntime requirement', () => broken('<Set Name="SharedRuntime" MinVersion="1.1" />', ''), /SharedRuntime 1\.1 requirement set/],
    ['no CustomFunctionsRuntime requirement', () => broken('<Set Name="CustomFunctionsRuntime" MinVersion="1.1" />', ''), /CustomFunctionsRuntime 1\.1 requirement set/],
    ['no ExcelApi requirement', () => broken('<Set Name="ExcelApi" MinVersion="1.4" />', ''), /must list the ExcelApi requirement set/],
    ['not an Excel add-in', () => broken('<Host Name="Workbook" />', '<Host Name="Document" />'), /Host Name="Workbook"/],
  ])('%s', (name, make, expected) => {
    const problems = checkCopy(name.replace(/\W+/g, '-'), make());
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('an icon file that is not a PNG', () => {
    const assets = path.join(tmp, 'fake-assets');
    fs.mkdirSync(assets, { recursive: true });
    for (const f of fs.readdirSync(ASSETS)) fs.copyFileSync(path.join(ASSETS, f), path.join(assets, f));
    fs.writeFileSync(path.join(assets, 'icon-16.png'), 'not a png');
    expect(checkManifest(real, { assetsDir: assets })).toEqual([expect.stringMatching(/assets[/\\]icon-16\.png, is not a PNG file/)]);
  });

  it('--deployable refuses the development manifest’s localhost URLs, and passes it once they are replaced', () => {
    const file = path.join(tmp, 'deployable.xml');
    fs.writeFileSync(file, real);
    const problems = checkManifestFile(file, { assetsDir: ASSETS, deployable: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /is a localhost URL/.test(p))).toBe(true);
    fs.writeFileSync(file, real.replace(/https:\/\/localhost:3000/g, 'https://intranet.example.org/yot'));
    expect(checkManifestFile(file, { assetsDir: ASSETS, deployable: true })).toEqual([]);
  });

  it('the command line lists each problem and exits 1', () => {
    const file = path.join(tmp, 'two-problems.xml');
    fs.writeFileSync(file, real.replace('<DefaultLocale>en-GB', '<DefaultLocale>en-US').replace('resid="Taskpane.Url" lifetime="long"', 'resid="Taskpane.Url" lifetime="short"'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [SCRIPT, file, '--assets', ASSETS], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const failed = e as { status: number; stderr: string };
      status = failed.status;
      stderr = failed.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/2 problems/);
    expect(stderr).toMatch(/- <DefaultLocale> must be en-GB/);
    expect(stderr).toMatch(/- <Runtime> must have lifetime="long"/);
  });
});
