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

/** The hidden frame office.js opens to a Microsoft telemetry server when it finds no Office host. */
const TELEMETRY_FRAME = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

interface OfficeLoggerEndpoint {
  loadProxyFrame?: () => void;
}

/**
 * Standalone mode makes no request outside the server the page came from. Opened
 * in a plain browser, office.js (finding no host) starts a hidden telemetry frame
 * on a Microsoft server three seconds after it loads; this stops it, and any
 * other frame from elsewhere, with a Content-Security-Policy for the rest of the
 * page's life. Called only once the page knows it is not inside Office; inside
 * Excel nothing is touched.
 */
export function keepStandalonePageLocal(win: Window & typeof globalThis = window): void {
  const meta = win.document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "frame-src 'self' blob: data:; child-src 'self' blob: data:";
  win.document.head.appendChild(meta);
  const silence = (): boolean => {
    const endpoint = (win as unknown as { OSF?: { Logger?: { ulsEndpoint?: OfficeLoggerEndpoint | null } } }).OSF?.Logger?.ulsEndpoint;
    if (endpoint) endpoint.loadProxyFrame = () => undefined;
    for (const frame of Array.from(win.document.querySelectorAll('iframe'))) if (TELEMETRY_FRAME.test(frame.src)) frame.remove();
    return Boolean(endpoint);
  };
  // office.js may still be loading its host table (which makes the endpoint): look again for a while.
  if (!silence()) {
    let tries = 0;
    const timer = win.setInterval(() => {
      if (silence() || ++tries > 50) win.clearInterval(timer);
    }, 100);
  }
}
