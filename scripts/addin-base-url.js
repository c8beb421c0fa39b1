/**
 * Where the add-in is hosted: ADDIN_BASE_URL for a real deployment
 * (https://intranet.example.org/yot/), https://localhost:3000/ for development.
 * webpack.config.js writes every URL of the built manifest on this base.
 *
 * A base that Office could not load the add-in from is refused with one
 * sentence: not https, not a URL, or carrying a query, fragment or password.
 */
'use strict';

const DEV_BASE = 'https://localhost:3000/';

/**
 * @param {string | undefined} raw ADDIN_BASE_URL as given ('' or undefined: development)
 * @returns {{ base: string, origin: string, dev: boolean }} base ends with '/'
 * @throws {Error} one plain sentence
 */
function addinBaseUrl(raw) {
  const given = (raw ?? '').trim();
  if (given === '') return { base: DEV_BASE, origin: new URL(DEV_BASE).origin, dev: true };
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${given}" is not a web address; give the https address the dist/ folder will be served from, such as https://intranet.example.org/yot/.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL "${given}" must start with https:// because Office loads add-ins only over https.`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '' || given.includes('?') || given.includes('#')) {
    throw new Error(`ADDIN_BASE_URL "${given}" must be a plain folder address with no ?query, #fragment or user name, such as https://intranet.example.org/yot/.`);
  }
  if (/[\s"'<>&]/.test(decodeURI(url.pathname))) {
    throw new Error(`ADDIN_BASE_URL "${given}" has a space, quote or <>& in its path, which cannot go into the manifest; choose a folder name without them.`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin, dev: false };
}

/**
 * The manifest with every development URL moved onto `base` (icons,
 * SupportUrl, SourceLocation, the functions' script, metadata and page, the
 * runtime) and the AppDomain onto its origin. Throws if a localhost URL would
 * be left in a manifest meant for deployment.
 * @param {string} xml manifest.xml as written for development
 * @param {{ base: string, origin: string, dev: boolean }} site from addinBaseUrl
 */
function manifestFor(xml, site) {
  if (site.dev) return xml;
  const out = xml.replaceAll(DEV_BASE, site.base).replaceAll('<AppDomain>https://localhost:3000</AppDomain>', `<AppDomain>${site.origin}</AppDomain>`);
  const left = /https?:\/\/localhost[^"<\s]*/.exec(out);
  if (left) throw new Error(`manifest.xml still has ${left[0]} after moving it to ${site.base}: every URL in it must start with ${DEV_BASE}.`);
  return out;
}

module.exports = { addinBaseUrl, manifestFor, DEV_BASE };
