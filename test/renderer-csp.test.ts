import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../main/app/content-security-policy';
import { projectRoot } from '../main/core/resources';

it("the renderer page carries the app's Content Security Policy in its meta tag", () => {
  const html = readFileSync(path.join(projectRoot(), 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  // frame-ancestors is ignored in a <meta> policy (Chromium warns about it); the response header carries it.
  const expected = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  expect(meta).toBe(expected);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});
