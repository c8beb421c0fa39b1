/**
 * The CSS drawn at build time, adopted by the page's style engine (Griffel) before the
 * first draw, so the page does not insert again, one rule at a time, the rules its head
 * already has (about 1,300 of them: most of React's first draw in the browser went on
 * those insertions and the style recalculation they cause).
 *
 * The build (prerender.tsx) writes each of Griffel's <style> elements with one rule per
 * line; here each line becomes an entry of the renderer's cache of inserted rules, and
 * each element the sheet its bucket's later rules go into, in the order Griffel keeps.
 * This is what Griffel's own `rehydrateRendererCache` does, without its CSS parser
 * (stylis, which the page no longer carries): the build already knows where each rule
 * ends. A page without these elements (a test's, or an older build) changes nothing.
 * No React here.
 */
import type { createDOMRenderer } from '@fluentui/react-components';

type Renderer = ReturnType<typeof createDOMRenderer>;
type StyleSheet = Renderer['stylesheets'][string];
type Bucket = StyleSheet['bucketName'];

/** Between two rules in a prerendered <style> element (CSS reads it as white space). */
export const RULE_SEPARATOR = '\n';

/** The attribute Griffel marks its <style> elements with (its bucket: d, h, f, m, …). */
const BUCKET = 'data-make-styles-bucket';

/** Griffel's key for a bucket's sheet: bucket and priority, with the condition for @media and @container buckets. */
function sheetKey(bucket: string, el: HTMLStyleElement): string {
  const priority = el.getAttribute('data-priority') ?? '0';
  if (bucket === 'm' || bucket === 'x') return bucket + (el.getAttribute('data-container') ?? (el.media || '0')) + priority;
  return bucket + priority;
}

function sheetOf(el: HTMLStyleElement, bucket: Bucket): StyleSheet {
  const elementAttributes: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) elementAttributes[a.name] = a.value;
  return {
    elementAttributes,
    element: el,
    bucketName: bucket,
    insertRule: (rule: string) => (el.sheet ? el.sheet.insertRule(rule, el.sheet.cssRules.length) : 0),
    cssRules: () => (el.sheet ? Array.from(el.sheet.cssRules, (r) => r.cssText) : []),
  };
}

/** Registers every prerendered rule and sheet in `doc`'s head with `renderer`; returns how many rules. */
export function adoptPrerenderedStyles(renderer: Renderer, doc: Document): number {
  let rules = 0;
  for (const el of Array.from(doc.head.querySelectorAll<HTMLStyleElement>(`style[${BUCKET}]`))) {
    const bucket = el.getAttribute(BUCKET) as Bucket;
    const key = sheetKey(bucket, el);
    renderer.stylesheets[key] ??= sheetOf(el, bucket);
    for (const rule of (el.textContent ?? '').split(RULE_SEPARATOR)) {
      if (rule === '') continue;
      renderer.insertionCache[rule] = bucket;
      rules++;
    }
  }
  return rules;
}
