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

/**
 * Whether the page is certainly not inside an Office host: the real office.js has
 * loaded (its OSF global is there) and none of the ways a host tells office.js about
 * itself is present: no `_host_Info` in the address, no window name, not framed (Office
 * on the web) or opened by another window (a dialog), no host object from a desktop
 * webview (window.external's GetHostInfo/GetContext, agaveHost, WebView2's
 * chrome.webview, WKWebView's message handlers) and no host info office.js kept from
 * an earlier page. Then Office.onReady has nothing to wait for, and file mode starts at
 * once instead of when office.js gives up (a few hundred milliseconds on a busy
 * machine). Any doubt, and the page waits for Office.onReady as before.
 */
export function certainlyOutsideOffice(): boolean {
  if (typeof window === 'undefined') return false;
  try {
    // Hosts' globals, read loosely: each is present only in its own host.
    const w = window as unknown as Record<string, unknown> & { external?: object; chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown } };
    if (w['OSF'] === undefined) return false;
    if (window.parent !== window || window.opener) return false;
    if (/_host_info/i.test(window.location.search + window.location.hash) || window.name !== '') return false;
    if (w['agaveHost'] !== undefined || w.chrome?.webview !== undefined || w.webkit?.messageHandlers !== undefined) return false;
    if (w.external && ('GetHostInfo' in w.external || 'GetContext' in w.external)) return false;
    if (window.sessionStorage?.getItem('hostInfoValue')) return false;
    return true;
  } catch {
    return false;
  }
}

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Where> {
  const office = officeGlobal();
  if (!office || certainlyOutsideOffice()) return 'standalone';
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
