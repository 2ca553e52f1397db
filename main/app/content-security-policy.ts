/**
 * The Content Security Policy of the Briefbook window, in one place.
 *
 * The renderer's index.html carries the same policy in a `<meta>` tag (for a page loaded from
 * `file://` that tag is what Chromium enforces); security.ts also sends it as a response header
 * on the session as defence in depth. This module imports nothing, so build configuration
 * (vite.config.ts) can import it too. `worker-src blob:` is for pdf.js, which renders previews
 * in a worker; `img-src data: blob:` is for page images and the PDF blob.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
