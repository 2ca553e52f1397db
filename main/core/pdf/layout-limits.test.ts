// Templates that would make pdfmake decode a huge image or lay out endless content fail at once
// with a TemplateError naming the template, in this thread as in the export worker.
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { parseTemplate } from '../render/parse-template';
import { TemplateError } from '../render/template-error';
import { exportPdf } from './export-pdf';

const untrusted = (body: string) =>
  parseTemplate({ id: 'hostile', file: path.join('/user/templates', 'hostile.hbs'), source: body, builtIn: false, partials: {} });

async function exportError(body: string): Promise<TemplateError> {
  const error = await exportPdf(briefingModel(), untrusted(body)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A small PNG that declares `width` × `height` RGBA pixels: decoding it whole takes width × height × 4 bytes. */
function pngDeclaring(width: number, height: number): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The start of a baseline JPEG that declares `width` × `height` pixels. */
function jpegDeclaring(width: number, height: number): string {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, frame, Buffer.from([0xff, 0xd9])]);
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

describe('layout limits', () => {
  it('refuses a PNG or JPEG that declares more pixels than Briefbook lays out, naming the template', async () => {
    const png = await exportError(`<p>{{title}}</p><img width="100" src="${pngDeclaring(30_000, 30_000)}">`);
    expect(png.message).toBe(
      'hostile.hbs: an image in the briefing is 30,000 × 30,000 pixels, more than the 25 million pixels Briefbook lays out; scale it down before putting it in the template',
    );
    const jpeg = await exportError(`<img src="${jpegDeclaring(60_000, 60_000)}">`);
    expect(jpeg.message).toMatch(/^hostile\.hbs: an image in the briefing is 60,000 × 60,000 pixels/);
    // data-pdfmake reaches the same property.
    const data = await exportError(`<img src="data:," data-pdfmake='{"image": "${pngDeclaring(20_000, 20_000)}"}'>`);
    expect(data.message).toMatch(/20,000 × 20,000 pixels/);
    const unreadable = await exportError(`<img src="data:image/png;base64,${Buffer.from('not an image').toString('base64')}">`);
    expect(unreadable.message).toBe('hostile.hbs: an image in the briefing is not a PNG or JPEG whose size can be read; save it again as PNG or JPEG');
  });

  it('refuses content too large to lay out before pdfmake starts on it', { timeout: 60_000 }, async () => {
    // Every record under every record, five levels deep, a dozen short paragraphs each: some
    // 90,000 paragraphs from the six records of the test briefing, within the render's limits.
    const body = `${'{{#each @root.sections}}{{#each records}}'.repeat(5)}${'<p>{{@index}}</p>'.repeat(12)}${'{{/each}}{{/each}}'.repeat(5)}`;
    const error = await exportError(body);
    expect(error.message).toMatch(/^hostile\.hbs: the briefing lays out as more than 200,000 pieces of content/);
  });

  it('names the template when its HTML nests too deeply to lay out', { timeout: 60_000 }, async () => {
    const error = await exportError(`${'<div>'.repeat(100_000)}{{title}}${'</div>'.repeat(100_000)}`);
    expect(error.message).toBe('hostile.hbs: its HTML nests elements too deeply to lay out');
  });
});
