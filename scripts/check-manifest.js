#!/usr/bin/env node
/**
 * Offline checks of the add-in manifest, the mistakes that otherwise only show
 * up when Excel refuses to load the add-in:
 *
 *   - the XML is well-formed;
 *   - Id is a GUID, DefaultLocale is en-GB, SupportUrl is given;
 *   - the SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 requirement sets are listed, and
 *     an ExcelApi set with a MinVersion (the least the task pane needs; anything above it is
 *     guarded in the code, see test/unit/excel-api-sets.test.ts);
 *   - every resid used is defined once in Resources;
 *   - the shared runtime is wired up: Runtime (lifetime="long"), the custom
 *     functions' Page and the FunctionFile all use the same resid;
 *   - the custom functions have a Script, Metadata and a Namespace;
 *   - every URL is https;
 *   - every icon URL names a PNG file that exists in assets/.
 *
 * Usage: node scripts/check-manifest.js [manifest.xml] [--assets <dir>] [--deployable]
 * (defaults: ./manifest.xml, and the assets/ folder beside the manifest).
 * --deployable also refuses any localhost URL: for a manifest built for real
 * hosting (ADDIN_BASE_URL=https://… npm run build).
 * Prints one plain sentence per problem and exits 1, or prints OK and exits 0.
 * `checkManifest` and `checkManifestFile` are exported for the unit test.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const REQUIRED_SETS = [
  ['SharedRuntime', '1.1'],
  ['CustomFunctionsRuntime', '1.1'],
];

/**
 * @typedef {{ name: string, attrs: Record<string, string>, children: Node[], text: string, path: string }} Node
 */

/** The local part of a qualified name: 'bt:Image' → 'Image'. */
function local(name) {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** fast-xml-parser's ordered output → a small element tree. */
function toNodes(items, parentPath) {
  /** @type {Node[]} */
  const nodes = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined || name.startsWith('#') || name.startsWith('?')) continue;
    const elementPath = parentPath ? `${parentPath} > ${local(name)}` : local(name);
    const children = toNodes(item[name], elementPath);
    const text = item[name]
      .filter((c) => Object.prototype.hasOwnProperty.call(c, '#text'))
      .map((c) => String(c['#text']))
      .join('')
      .trim();
    const attrs = {};
    for (const [k, v] of Object.entries(item[':@'] || {})) attrs[k] = String(v);
    nodes.push({ name: local(name), attrs, children, text, path: elementPath });
  }
  return nodes;
}

/** Every element in document order. */
function* walk(nodes) {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

const child = (node, name) => (node ? node.children.find((c) => c.name === name) : undefined);
const childrenNamed = (node, name) => (node ? node.children.filter((c) => c.name === name) : []);
const xsiType = (node) => node.attrs['xsi:type'];

/**
 * Check a manifest's text. Returns a list of problems, each a plain sentence;
 * empty when the manifest passes.
 * @param {string} xml the manifest
 * @param {{ assetsDir: string, deployable?: boolean }} options where the icon files are; deployable: no localhost
 * @returns {string[]}
 */
function checkManifest(xml, options) {
  const problems = [];
  const problem = (message) => problems.push(message);

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`The manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`];
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseTagValue: false, trimValues: true });
  const roots = toNodes(parser.parse(xml), '');
  const app = roots.find((n) => n.name === 'OfficeApp');
  if (!app) return ['The manifest has no <OfficeApp> root element.'];
  const all = [...walk([app])];

  // Basic settings.
  if (xsiType(app) !== 'TaskPaneApp') problem(`OfficeApp must be xsi:type="TaskPaneApp" (a task pane add-in); found "${xsiType(app) ?? ''}".`);
  const id = child(app, 'Id');
  if (!id || !GUID.test(id.text)) problem(`<Id> must be a GUID such as 4f1c…-…; found "${id ? id.text : 'nothing'}".`);
  const locale = child(app, 'DefaultLocale');
  if (!locale || locale.text !== 'en-GB') problem(`<DefaultLocale> must be en-GB; found "${locale ? locale.text : 'nothing'}".`);
  const support = child(app, 'SupportUrl');
  if (!support || !support.attrs.DefaultValue) problem('<SupportUrl DefaultValue="https://…"> is missing: Office requires a support page.');
  const hosts = childrenNamed(child(app, 'Hosts'), 'Host').map((h) => h.attrs.Name);
  if (!hosts.includes('Workbook')) problem('<Hosts> must include <Host Name="Workbook" /> (Excel).');

  // Requirement sets.
  const sets = childrenNamed(child(child(app, 'Requirements'), 'Sets'), 'Set');
  const defaultMin = (child(child(app, 'Requirements'), 'Sets') || { attrs: {} }).attrs.DefaultMinVersion;
  for (const [name, version] of REQUIRED_SETS) {
    const set = sets.find((s) => s.attrs.Name === name);
    if (!set) problem(`<Requirements> must list the ${name} ${version} requirement set.`);
    else if ((set.attrs.MinVersion || defaultMin) !== version) problem(`The ${name} requirement set must be MinVersion ${version}; found ${set.attrs.MinVersion || defaultMin || 'none'}.`);
  }
  const excelApi = sets.find((s) => s.attrs.Name === 'ExcelApi');
  if (!excelApi) problem('<Requirements> must list the ExcelApi requirement set the task pane needs, such as <Set Name="ExcelApi" MinVersion="1.4" />.');
  else if (!/^1\.\d+$/.test(excelApi.attrs.MinVersion || '')) problem(`The ExcelApi requirement set needs a MinVersion such as 1.4; found "${excelApi.attrs.MinVersion || ''}".`);

  // Resources: every resid defined, once.
  const overrides = child(app, 'VersionOverrides');
  const resources = child(overrides, 'Resources');
  if (!overrides) problem('<VersionOverrides> is missing: the ribbon button, shared runtime and custom functions are all declared there.');
  else if (!resources) problem('<VersionOverrides> has no <Resources>: every resid must be defined there.');
  const defined = new Map();
  for (const r of resources ? walk(resources.children) : []) {
    if (r.attrs.id === undefined) continue;
    if (defined.has(r.attrs.id)) problem(`Resource id "${r.attrs.id}" is defined twice in <Resources>.`);
    else defined.set(r.attrs.id, r);
  }
  const inResources = new Set(resources ? [...walk([resources])] : []);
  for (const n of all) {
    if (n.attrs.resid === undefined || inResources.has(n)) continue;
    if (!defined.has(n.attrs.resid)) problem(`resid "${n.attrs.resid}" (used by ${n.path}) is not defined in <Resources>.`);
  }
  const resourceValue = (resid) => (defined.has(resid) ? defined.get(resid).attrs.DefaultValue : undefined);

  // Shared runtime and custom functions, for the Workbook host.
  const host = childrenNamed(child(overrides, 'Hosts'), 'Host').find((h) => xsiType(h) === 'Workbook');
  if (overrides && !host) problem('<VersionOverrides> has no <Host xsi:type="Workbook">.');
  const runtime = child(child(host, 'Runtimes'), 'Runtime');
  const customFunctions = childrenNamed(child(host, 'AllFormFactors'), 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions');
  const functionFile = child(child(host, 'DesktopFormFactor'), 'FunctionFile');
  if (host) {
    if (!runtime) problem('There is no <Runtimes><Runtime resid="…" lifetime="long" /></Runtimes>: the task pane and custom functions need a shared runtime.');
    else if (runtime.attrs.lifetime !== 'long') problem(`<Runtime> must have lifetime="long" so the custom functions keep running with the task pane closed; found "${runtime.attrs.lifetime ?? 'none'}".`);
    if (!customFunctions) problem('There is no <ExtensionPoint xsi:type="CustomFunctions"> under <AllFormFactors>.');
    if (!functionFile) problem('There is no <FunctionFile> under <DesktopFormFactor>.');
  }
  if (customFunctions) {
    const source = (name) => child(child(customFunctions, name), 'SourceLocation');
    for (const name of ['Script', 'Page', 'Metadata']) {
      if (!source(name)) problem(`The custom functions have no <${name}><SourceLocation resid="…" /></${name}>.`);
    }
    const namespace = child(customFunctions, 'Namespace');
    if (!namespace || !namespace.attrs.resid) problem('The custom functions have no <Namespace resid="…" /> (the YOT in =YOT.EXITDATE).');
    else if (defined.has(namespace.attrs.resid) && !/^[A-Za-z][A-Za-z0-9.]*$/.test(resourceValue(namespace.attrs.resid) || '')) {
      problem(`The custom functions' namespace "${resourceValue(namespace.attrs.resid) || ''}" must be letters, digits and dots, such as YOT.`);
    }
    const page = source('Page');
    const shared = [
      ['<Runtime>', runtime],
      ['the custom functions <Page>', page],
      ['<FunctionFile>', functionFile],
    ].filter(([, n]) => n);
    const resids = new Set(shared.map(([, n]) => n.attrs.resid));
    if (resids.size > 1) {
      problem(`For a shared runtime, <Runtime>, the custom functions <Page> and <FunctionFile> must use the same resid; found ${shared.map(([what, n]) => `${what} "${n.attrs.resid}"`).join(', ')}.`);
    }
  }

  // Every URL is https.
  for (const n of all) {
    const values = [...Object.entries(n.attrs).filter(([k]) => !k.startsWith('xmlns')).map(([k, v]) => [`${n.path} ${k}`, v]), [n.path, n.text]];
    for (const [where, value] of values) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value)) problem(`${value} (${where}) is not an https URL: Office loads add-ins only over https.`);
      if (options.deployable && /^https?:\/\/(localhost|127\.0\.0\.1)([:/]|$)/i.test(value)) problem(`${value} (${where}) is a localhost URL: build with ADDIN_BASE_URL=https://your.host/path/ for a manifest others can use.`);
    }
  }

  // Every icon is a PNG in assets/.
  const icons = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl']) {
    const n = child(app, name);
    if (!n || !n.attrs.DefaultValue) problem(`<${name} DefaultValue="https://…/assets/icon-….png"> is missing.`);
    else icons.push([`<${name}>`, n.attrs.DefaultValue]);
  }
  const images = child(resources, 'Images');
  for (const img of images ? images.children : []) icons.push([`image "${img.attrs.id}"`, img.attrs.DefaultValue || '']);
  for (const [what, url] of icons) {
    let file;
    try {
      file = decodeURIComponent(new URL(url).pathname);
    } catch {
      problem(`The URL of ${what}, "${url}", is not a URL.`);
      continue;
    }
    // The add-in may be hosted under a path (https://host/yot/assets/icon-32.png): assets/ is beside the manifest.
    const m = /\/assets\/([^/]+)$/.exec(file);
    if (!m) {
      problem(`The icon for ${what} (${url}) must be a file in assets/, served as <add-in address>/assets/<name>.png.`);
      continue;
    }
    const onDisk = path.join(options.assetsDir, m[1]);
    if (!fs.existsSync(onDisk)) {
      problem(`The icon for ${what} (${url}) does not exist: there is no ${path.join('assets', m[1])}.`);
      continue;
    }
    const head = Buffer.alloc(8);
    const fd = fs.openSync(onDisk, 'r');
    try {
      fs.readSync(fd, head, 0, 8, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (!head.equals(PNG_SIGNATURE)) problem(`The icon for ${what}, ${path.join('assets', m[1])}, is not a PNG file.`);
  }

  return problems;
}

/**
 * Check a manifest file. The icons are looked for in `assetsDir`, by default
 * the assets/ folder beside the manifest.
 * @param {string} file
 * @param {{ assetsDir?: string, deployable?: boolean }} [options]
 * @returns {string[]}
 */
function checkManifestFile(file, options = {}) {
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return [`Cannot read the manifest ${file}: ${e.message}`];
  }
  return checkManifest(xml, { assetsDir: options.assetsDir || path.join(path.dirname(path.resolve(file)), 'assets'), deployable: Boolean(options.deployable) });
}

function main(argv) {
  let file = 'manifest.xml';
  let assetsDir;
  let deployable = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--assets') assetsDir = argv[++i];
    else if (argv[i] === '--deployable') deployable = true;
    else file = argv[i];
  }
  const problems = checkManifestFile(file, { assetsDir, deployable });
  if (problems.length === 0) {
    console.log(`${file}: OK`);
    return 0;
  }
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { checkManifest, checkManifestFile };
