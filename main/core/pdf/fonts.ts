import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FontDescriptor } from 'pdfmake';
import type { FontFamily } from '../model';
import type { ResourceLayout } from '../resources';

/** Where each embedded family's files are: its folder in the resource layout and file prefix. */
const FAMILIES: Record<FontFamily, { folder: keyof ResourceLayout['fonts']; prefix: string }> = {
  'PT Serif': { folder: 'ptSerif', prefix: 'PTSerif' },
  'PT Sans': { folder: 'ptSans', prefix: 'PTSans' },
};

/** File name suffix of each style, as the @expo-google-fonts packages name them. */
const STYLES: Record<keyof FontDescriptor, string> = {
  normal: '400Regular',
  bold: '700Bold',
  italics: '400Regular_Italic',
  bolditalics: '700Bold_Italic',
};

/** Every embedded font file of `layout`, once each. */
export function embeddedFontFiles(layout: ResourceLayout): string[] {
  return [...new Set(Object.values(fontDescriptors(layout)).flatMap((descriptor) => Object.values(descriptor) as string[]))];
}

/**
 * The TTF files of every embedded family, keyed by the names templates may use.
 *
 * Each family is also registered without its space ("PTSans"), because html-to-pdfmake turns
 * CSS `font-family: "PT Sans"` into that name. A file may sit in a per-style subfolder (as in
 * the npm packages) or directly in the family's folder (as a packaged app may ship it).
 */
export function fontDescriptors(layout: ResourceLayout): Record<string, FontDescriptor> {
  const descriptors: Record<string, FontDescriptor> = {};
  for (const [family, { folder, prefix }] of Object.entries(FAMILIES)) {
    const dir = layout.fonts[folder];
    const files = Object.fromEntries(
      Object.entries(STYLES).map(([style, suffix]) => [style, findFontFile(dir, suffix, `${prefix}_${suffix}.ttf`)]),
    ) as unknown as FontDescriptor;
    descriptors[family] = files;
    descriptors[family.replace(/ /g, '')] = files;
  }
  return descriptors;
}

function findFontFile(dir: string, subfolder: string, name: string): string {
  const candidates = [path.join(dir, subfolder, name), path.join(dir, name)];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`font file ${name} not found in ${dir}`);
  return found;
}
