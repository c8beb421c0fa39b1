/** scripts/addin-base-url.js: the hosting base for a production build, and the manifest moved onto it. */
import * as fs from 'fs';
import * as path from 'path';
import { addinBaseUrl, manifestFor } from '../../scripts/addin-base-url';

const manifest = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('ADDIN_BASE_URL', () => {
  it('defaults to the development server', () => {
    expect(addinBaseUrl(undefined)).toEqual({ base: 'https://localhost:3000/', origin: 'https://localhost:3000', dev: true });
    expect(addinBaseUrl('  ')).toEqual(expect.objectContaining({ dev: true }));
  });

  it.each([
    ['https://example.org/yot/', 'https://example.org/yot/', 'https://example.org'],
    ['https://example.org/yot', 'https://example.org/yot/', 'https://example.org'],
    ['https://example.org', 'https://example.org/', 'https://example.org'],
    ['https://Example.ORG:8443/a/b/', 'https://example.org:8443/a/b/', 'https://example.org:8443'],
  ])('%s → base %s', (given, base, origin) => {
    expect(addinBaseUrl(given)).toEqual({ base, origin, dev: false });
  });

  it.each([
    ['http://example.org/yot/', /must start with https:\/\//],
    ['example.org/yot', /is not a web address/],
    ['ftp://example.org/', /must start with https:\/\//],
    ['https://example.org/yot/?v=2', /no \?query, #fragment/],
    ['https://example.org/yot/#x', /no \?query, #fragment/],
    ['https://user:pw@example.org/yot/', /no \?query, #fragment or user name/],
    ['https://example.org/my%20yot/', /space, quote/],
  ])('refuses %s in one sentence', (given, expected) => {
    let message = '';
    try {
      addinBaseUrl(given);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(expected);
    expect(message.split(/(?<=\.) (?=[A-Z])/).length).toBe(1);
  });
});

describe('the manifest for a host', () => {
  it('is unchanged for development', () => {
    expect(manifestFor(manifest, addinBaseUrl(undefined))).toBe(manifest);
  });

  it('moves every localhost URL onto the base', () => {
    const out = manifestFor(manifest, addinBaseUrl('https://example.org/yot'));
    expect(out).not.toMatch(/localhost/);
    expect(out.match(/https:\/\/example\.org\/yot\//g)?.length).toBe(manifest.match(/https:\/\/localhost:3000\//g)?.length);
  });

  it('refuses a manifest with a localhost URL it cannot move', () => {
    const odd = manifest.replace('https://localhost:3000/support.html', 'https://localhost:3001/support.html');
    expect(() => manifestFor(odd, addinBaseUrl('https://example.org/yot/'))).toThrow(/still has https:\/\/localhost:3001\/support\.html/);
  });
});
