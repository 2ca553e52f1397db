import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import { sizeAgainstLimit } from '../byte-size';
import { FileAccessError } from '../file-access-error';

/**
 * Largest logo file taken. The logo is embedded in the template's front matter as base64 (a
 * third larger), and a template is at most 1 MB; a sharp logo is a few tens of kilobytes.
 */
export const MAX_LOGO_BYTES = 256 * 1024;

/** Most pixels a logo may have on its longer side: far more than 180 points ever print. */
export const MAX_LOGO_PIXELS_PER_SIDE = 4000;

/** A logo read from a file the analyst picked, ready for a template's `logo:` key. */
export interface LogoImage {
  /** The image as a `data:` URI, as the front matter holds it. */
  dataUri: string;
  /** The file's name (not its folder), to say what was chosen. */
  name: string;
  type: 'png' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

const TYPES: Record<string, LogoImage['type']> = { png: 'png', jpg: 'jpeg' };

/**
 * Reads a logo for a template: a PNG or JPEG (told by its content, not its name) of at most
 * {@link MAX_LOGO_BYTES} and {@link MAX_LOGO_PIXELS_PER_SIDE} pixels a side. Anything else is a
 * {@link FileAccessError} that names the file and says what to do.
 */
export async function readLogoImage(file: string): Promise<LogoImage> {
  const name = path.basename(file);
  const refuse = (problem: string, hint: string, cause?: unknown) => new FileAccessError(file, problem, hint, { cause });
  const info = await stat(file).catch((error: unknown) => {
    throw refuse(`${name} could not be read.`, 'Choose the logo again, from a folder you can open.', error);
  });
  if (!info.isFile()) throw refuse(`${name} is not a file.`, 'Choose a PNG or JPEG image.');
  if (info.size > MAX_LOGO_BYTES) {
    throw refuse(`${name} ${sizeAgainstLimit(info.size, MAX_LOGO_BYTES)} for a logo.`, 'Save a smaller image (a few hundred pixels wide prints sharp) and choose it again.');
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw refuse(`${name} could not be read.`, 'Choose the logo again, from a folder you can open.', error);
  });
  let size: ReturnType<typeof imageSize> | undefined;
  try {
    size = imageSize(bytes);
  } catch {
    size = undefined; // not an image image-size knows: said below like any other wrong type
  }
  const type = size?.type ? TYPES[size.type] : undefined;
  if (!size || !type) {
    const found = size?.type ? ` (it is ${size.type.toUpperCase()})` : '';
    throw refuse(`${name} is not a PNG or JPEG image${found}.`, 'Save the logo as PNG or JPEG and choose it again.');
  }
  if (Math.max(size.width, size.height) > MAX_LOGO_PIXELS_PER_SIDE) {
    throw refuse(
      `${name} is ${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} pixels; a logo may have at most ${MAX_LOGO_PIXELS_PER_SIDE.toLocaleString('en-US')} a side.`,
      'Save a smaller image (a few hundred pixels wide prints sharp) and choose it again.',
    );
  }
  return {
    dataUri: `data:image/${type};base64,${bytes.toString('base64')}`,
    name,
    type,
    width: size.width,
    height: size.height,
    bytes: bytes.length,
  };
}
