import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageSize } from 'image-size';
import { jpegHeader, solidPng } from '../../../test/fixtures/images';
import { FileAccessError } from '../file-access-error';
import { MAX_LOGO_BYTES, readLogoImage } from './logo-image';

describe('readLogoImage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-logo-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const file = async (name: string, bytes: Buffer | string) => {
    const at = path.join(dir, name);
    await writeFile(at, bytes);
    return at;
  };

  it('reads a PNG as a data URI, with its size, whatever the file is called', async () => {
    const png = solidPng(60, 20);
    const logo = await readLogoImage(await file('crest.image', png));
    expect(logo).toMatchObject({ name: 'crest.image', type: 'png', width: 60, height: 20, bytes: png.length });
    expect(logo.dataUri).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(imageSize(Buffer.from(logo.dataUri.split(',')[1]!, 'base64'))).toMatchObject({ width: 60, height: 20 });
  });

  it('reads a JPEG', async () => {
    const logo = await readLogoImage(await file('crest.jpg', jpegHeader(300, 100)));
    expect(logo).toMatchObject({ type: 'jpeg', width: 300, height: 100 });
    expect(logo.dataUri).toMatch(/^data:image\/jpeg;base64,\/9j\//);
  });

  it('refuses another image type, or no image, naming the file and what to do', async () => {
    const gif = await file('crest.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    await expect(readLogoImage(gif)).rejects.toThrow('crest.png is not a PNG or JPEG image (it is GIF). Save the logo as PNG or JPEG and choose it again.');
    const text = await file('notes.png', 'not an image at all');
    const error = await readLogoImage(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileAccessError);
    expect((error as FileAccessError).problem).toBe('notes.png is not a PNG or JPEG image.');
  });

  it('refuses a file too large to embed, before reading it', async () => {
    const big = await file('poster.png', Buffer.concat([solidPng(10, 10), Buffer.alloc(MAX_LOGO_BYTES)]));
    await expect(readLogoImage(big)).rejects.toThrow(/^poster\.png is 256\.\d+ KB; the limit is 256 KB for a logo\. Save a smaller image/);
  });

  it('refuses an image with more pixels a side than a logo needs', async () => {
    await expect(readLogoImage(await file('banner.jpg', jpegHeader(12_000, 300)))).rejects.toThrow(
      'banner.jpg is 12,000 × 300 pixels; a logo may have at most 4,000 a side.',
    );
  });

  it('says when the file cannot be read', async () => {
    await expect(readLogoImage(path.join(dir, 'gone.png'))).rejects.toThrow('gone.png could not be read. Choose the logo again');
  });
});
