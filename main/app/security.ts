import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * Guards one web contents: it may show the app's own page and nothing else.
 *
 * Applied from `app.on('web-contents-created')`, so it covers every web contents Electron ever
 * makes, not just the main window. New windows are always denied; navigation and redirects away
 * from the app page are cancelled; `<webview>` is never attached. Links to https pages (a
 * source's address, say) go to the OS browser instead, where the analyst's own browser security
 * applies; any other scheme (file:, javascript:, custom protocol handlers) is dropped, because
 * opening those can run programs.
 */
export function guardWebContents(contents: WebContents, isAppPage: (url: string) => boolean): void {
  const openIfHttps = (url: string): void => {
    if (!isHttps(url)) return;
    // Reviewed: only https URLs get here (checked just above), never file:, smb: or an app's
    // custom scheme, which is the abuse electronegativity's openExternal check is about.
    const opened = shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    opened.catch((error: unknown) => console.warn(`Briefbook could not open ${url} in the browser:`, error));
  };

  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url)) return;
    event.preventDefault();
    openIfHttps(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every scheme that leaves the machine; the session refuses requests to any of them. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Guards a session: nothing it loads leaves the machine, no permission is ever granted, and
 * every response carries the app's CSP.
 *
 * Briefbook needs no network (its fonts, pdf.js worker, CMaps and page all ship inside it), so
 * any http(s) or websocket request is cancelled before it is sent, whatever the page asks: the
 * CSP already forbids them, and this holds even for what the CSP does not govern.
 *
 * Briefbook needs no camera, notifications, geolocation or the like, so requests and checks
 * both answer no. The header is defence in depth: the page comes from `file://`, where the
 * `<meta>` policy in index.html is the one Chromium applies, but should anything ever be
 * fetched over http(s) into this session, it arrives under the same policy.
 */
export function guardSession(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
