/**
 * Where the task pane is running: inside Excel (Office.onReady reports the
 * Excel host), or in a plain browser (office.js reports no host, never answers,
 * or did not load at all). No React here.
 */

/** How long to wait for office.js before deciding there is no Office around the page. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

export type Where = 'excel' | 'standalone';

/** The Office object if office.js loaded, else undefined (a page opened straight from disk, or the script blocked). */
function officeGlobal(): typeof Office | undefined {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function' ? Office : undefined;
}

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Where> {
  const office = officeGlobal();
  if (!office) return 'standalone';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
    // Office.HostType.Excel is 'Excel'; compared as text so a half-loaded office.js can't break the check.
    return info !== null && String(info.host) === 'Excel' ? 'excel' : 'standalone';
  } finally {
    clearTimeout(timer);
  }
}
