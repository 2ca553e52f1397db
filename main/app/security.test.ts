import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleFiles, isAppPage } from './bundle-files';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { guardSession, guardWebContents, NETWORK_URL_PATTERNS } from './security';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => undefined) }));
vi.mock('electron', () => ({ shell }));

beforeEach(() => {
  shell.openExternal.mockClear();
});

const files = bundleFiles('/opt/briefbook/dist');

type Listener = (...args: unknown[]) => unknown;

/** A web contents that records the guards installed on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => {
      windowOpenHandler = handler;
    },
  };
  return { contents: contents as unknown as WebContents, listeners, openWindow: (url: string) => windowOpenHandler!({ url }) };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function guarded() {
  const fake = fakeContents();
  guardWebContents(fake.contents, (url) => isAppPage(url, files.pageUrl));
  return { ...fake, openExternal: shell.openExternal };
}

describe('guardWebContents', () => {
  it('denies every new window and hands only https links to the OS browser', () => {
    const { openWindow, openExternal } = guarded();
    expect(openWindow('https://www.europeanleadershipnetwork.org/report')).toEqual({ action: 'deny' });
    expect(openWindow('http://example.org/')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.europeanleadershipnetwork.org/report']]);
  });

  it('cancels navigation away from the app page', () => {
    const { listeners, openExternal } = guarded();
    for (const url of ['https://example.org/', 'file:///opt/briefbook/dist/renderer/other.html', 'file:///etc/passwd', 'data:text/html,hi']) {
      const event = navigationEvent(url);
      listeners.get('will-navigate')!(event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('lets the app page navigate to itself (reload, hash routes)', () => {
    const { listeners } = guarded();
    for (const url of [files.pageUrl, `${files.pageUrl}#/briefings/b-1`]) {
      const event = navigationEvent(url);
      listeners.get('will-navigate')!(event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('cancels redirects away from the app page', () => {
    const { listeners } = guarded();
    const away = navigationEvent('https://evil.example/');
    listeners.get('will-redirect')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = navigationEvent(files.pageUrl);
    listeners.get('will-redirect')!(home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    const { listeners } = guarded();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(event, {}, { src: 'https://example.org/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('guardSession', () => {
  function guardedSession() {
    const handlers: { request?: Listener; check?: Listener; headers?: Listener; beforeRequest?: Listener; filter?: { urls: string[] } } = {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
      webRequest: {
        onHeadersReceived: (handler: Listener) => (handlers.headers = handler),
        onBeforeRequest: (filter: { urls: string[] }, handler: Listener) => {
          handlers.filter = filter;
          handlers.beforeRequest = handler;
        },
      },
    };
    guardSession(session as unknown as Session);
    return handlers;
  }

  it('denies every permission request and check', () => {
    const { request, check } = guardedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission, 'file://', {})).toBe(false);
    }
  });

  it('cancels every request that would leave the machine: http(s), websockets, ftp', () => {
    const { beforeRequest, filter } = guardedSession();
    expect(filter!.urls).toEqual(NETWORK_URL_PATTERNS);
    expect(filter!.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    beforeRequest!({ url: 'https://fonts.example.com/pt-serif.woff2' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('adds the app CSP to every response, keeping the other headers', () => {
    const { headers } = guardedSession();
    const callback = vi.fn();
    headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy the renderer page carries: nothing by default, scripts only from the app', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('isAppPage', () => {
  it('accepts the page itself, with any hash or query, and nothing else', () => {
    expect(isAppPage(files.pageUrl, files.pageUrl)).toBe(true);
    expect(isAppPage(`${files.pageUrl}?x=1#/a`, files.pageUrl)).toBe(true);
    expect(isAppPage('file:///opt/briefbook/dist/renderer/index.html.evil', files.pageUrl)).toBe(false);
    expect(isAppPage('https://opt/briefbook/dist/renderer/index.html', files.pageUrl)).toBe(false);
    expect(isAppPage('not a url', files.pageUrl)).toBe(false);
  });
});
