/**
 * Standalone mode only (a plain browser, no Office host): loaded with the file
 * host once the page knows it is not inside Excel, so the first script does not
 * carry it. No React here.
 */

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
