/** Types for scripts/check-manifest.js (a plain Node script), for the unit test. */

/** Problems found in a manifest's text, one plain sentence each; empty when it passes. */
export function checkManifest(xml: string, options: { assetsDir: string; deployable?: boolean }): string[];

/** Problems found in a manifest file; icons are looked for in assetsDir, by default the assets/ folder beside it. */
export function checkManifestFile(file: string, options?: { assetsDir?: string; deployable?: boolean }): string[];
