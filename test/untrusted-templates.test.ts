// Templates are untrusted input: a template shared by a colleague or downloaded must not reach
// JavaScript internals, run script, fetch anything, or read or write files beyond its own.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../main/core/pdf';
import { TemplateError, checkTemplate, loadTemplate, parseTemplate, renderTemplate } from '../main/core/render';
import { defaultResourceLayout } from '../main/core/resources';
import { briefingModel } from './fixtures/briefing-model';
import { readPdf } from './read-pdf';

/** A 1×1 PNG. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const untrusted = (body: string) => parseTemplate({ id: 'untrusted', file: '/tmp/untrusted.hbs', source: body, builtIn: false, partials: {} });
const render = (body: string) => renderTemplate(untrusted(body), briefingModel());

describe('prototype access', () => {
  it('renders nothing for constructor and __proto__, however they are reached', () => {
    const reached = [
      '{{lookup this "constructor"}}',
      '{{lookup this "__proto__"}}',
      '{{lookup (lookup this "constructor") "name"}}',
      '{{#with (lookup this "__proto__")}}[{{lookup this "constructor"}}]{{/with}}',
      '{{#each sections}}{{lookup this "constructor"}}{{lookup topic "__proto__"}}{{/each}}',
      '{{lookup title "constructor"}}',
      '{{#with title}}{{lookup this "__defineGetter__"}}{{/with}}',
    ];
    for (const body of reached) expect(render(body), body).not.toMatch(/function|Object|\[native code\]|\[\w/);
    expect(render('{{#each (lookup this "__proto__")}}x{{/each}}')).toBe('');
  });

  it('treats them as unknown fields, in strict rendering and in the checker', () => {
    expect(() => render('{{constructor.name}}')).toThrow(TemplateError);
    // `__proto__` is "in" every object, so strict mode lets it through; prototype access is still denied.
    expect(render('[{{__proto__}}]')).toBe('[]');
    expect(checkTemplate('{{constructor}}{{sections.constructor}}{{title.constructor}}', 'x.hbs').map((p) => p.severity)).toEqual(['error', 'error', 'error']);
  });

  it('leaves Object.prototype as it was', () => {
    render('{{#with (lookup this "__proto__")}}{{#with (lookup this "toString")}}{{/with}}{{/with}}');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('scripts', () => {
  // The HTML is parsed by parse5 into a read-only tree (main/core/pdf/light-dom.ts): there is no
  // script engine to run them, so what is left to check is that nothing of them is printed.
  it('never run, and their text does not reach the PDF', async () => {
    const body = `<p>{{title}}</p><script>window.ran = true; document.title = "owned"</script><img src="data:image/png;base64,${PIXEL}" onerror="window.ran = true"><p onclick="window.ran = true">Text</p>`;
    const { bytes } = await exportPdf(briefingModel(), untrusted(body));
    const pdf = await readPdf(bytes);
    expect(pdf.pages.join(' ')).not.toMatch(/window|owned/);
    expect(pdf.pages.join(' ')).toContain('Text');
  });
});

describe('remote resources', () => {
  let server: ReturnType<typeof createServer>;
  const requests: string[] = [];
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('are never fetched, whichever way a template names them', async () => {
    const bodies = [
      `<img src="${base}/img.png">`,
      `<img src="data:," data-pdfmake='{"image": "${base}/data-pdfmake.png"}'>`,
      `<link rel="stylesheet" href="${base}/style.css"><p>x</p>`,
      `<iframe src="${base}/frame"></iframe><p>x</p>`,
      `<p style="background-image: url(${base}/background.png)">x</p>`,
      `<svg width="10" height="10"><image href="${base}/svg.png" width="10" height="10"/></svg>`,
      `<p data-pdfmake='{"attachment": "${base}/attachment.bin"}'>x</p>`,
    ];
    for (const body of bodies) {
      // Each either exports without the resource or is refused; neither may fetch.
      await exportPdf(briefingModel(), untrusted(body)).catch(() => undefined);
    }
    // Let any request that was started arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });

  it('are reported by the checker before export', () => {
    const problems = checkTemplate(`<img src="${base}/img.png">\n<link href="${base}/style.css">`, 'x.hbs');
    expect(problems.map((p) => [p.line, p.severity])).toEqual([[1, 'error'], [2, 'error']]);
  });
});

describe('files', () => {
  it('a partial name cannot reach outside the partial folders', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-untrusted-'));
    await mkdir(path.join(dir, 'templates', 'partials'), { recursive: true });
    await writeFile(path.join(dir, 'secret.hbs'), 'SECRET');
    await writeFile(path.join(dir, 'templates', 'secret.hbs'), 'SECRET');
    for (const call of ['{{> ../secret}}', '{{> ../../secret}}', `{{> ${path.join(dir, 'secret')}}}`, '{{> "../secret"}}']) {
      await writeFile(path.join(dir, 'templates', 'sneaky.hbs'), `<p>${call}</p>`);
      const error = await loadTemplate('sneaky', defaultResourceLayout(), path.join(dir, 'templates')).catch((caught: unknown) => caught);
      expect(error, call).toBeInstanceOf(TemplateError);
      // Refused when the template loads: a name is looked up among the partials, never as a path.
      expect((error as TemplateError).reason, call).toMatch(/^(unknown partial|syntax error)/);
    }
    // A computed name finds only registered partials.
    await writeFile(path.join(dir, 'templates', 'computed.hbs'), '<p>{{> (lookup this "title")}}</p>');
    const computed = await loadTemplate('computed', defaultResourceLayout(), path.join(dir, 'templates'));
    expect(() => renderTemplate(computed, briefingModel({ title: '../secret' }))).toThrow(/could not be found|unknown partial/);
  });

  it('a template cannot make export read a local file', async () => {
    for (const body of ['<img src="/etc/hostname">', `<img src="data:," data-pdfmake='{"image": "/etc/hostname"}'>`, '<img src="file:///etc/hostname">']) {
      await expect(exportPdf(briefingModel(), untrusted(body)), body).rejects.toThrow(/denied by resource access policy|may not|not/);
    }
  });
});
