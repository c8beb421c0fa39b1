/** Types for scripts/addin-base-url.js (a plain Node script used by webpack.config.js), for the unit test. */
export interface AddinSite {
  readonly base: string;
  readonly origin: string;
  readonly dev: boolean;
}
export const DEV_BASE: string;
/** ADDIN_BASE_URL → where the add-in is hosted; throws one plain sentence for a base Office could not use. */
export function addinBaseUrl(raw: string | undefined): AddinSite;
/** manifest.xml with every development URL moved onto the site. */
export function manifestFor(xml: string, site: AddinSite): string;
