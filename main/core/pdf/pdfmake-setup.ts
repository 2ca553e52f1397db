import { readFile } from 'node:fs/promises';
import pdfmake from 'pdfmake';
import type { ResourceLayout } from '../resources';
import { fontDescriptors } from './fonts';
import { shareFontLayoutCaches } from './shared-layout-cache';
import { installStyleLookups } from './style-lookup';

let prepared: { fontsKey: string; ready: Promise<typeof pdfmake> } | undefined;

/**
 * Configures the pdfmake singleton once per font location and returns it.
 *
 * Font files are read once into pdfmake's virtual file system, so an export reads nothing
 * from disk. Both resource policies are set, because templates are untrusted and html-to-pdfmake
 * turns `<img src>` and `data-pdfmake` attributes into resources pdfmake would fetch: no URL is
 * ever downloaded, and no local file but the embedded fonts is ever read.
 */
export function preparePdfmake(layout: ResourceLayout): Promise<typeof pdfmake> {
  const fontsKey = JSON.stringify(layout.fonts);
  if (prepared?.fontsKey !== fontsKey) {
    const ready = configure(layout);
    // A failed set-up (a missing font file) is not cached, so the next export tries again.
    ready.catch(() => {
      if (prepared?.ready === ready) prepared = undefined;
    });
    prepared = { fontsKey, ready };
  }
  return prepared.ready;
}

async function configure(layout: ResourceLayout): Promise<typeof pdfmake> {
  const descriptors = fontDescriptors(layout);
  const fontFiles = new Set(Object.values(descriptors).flatMap((descriptor) => Object.values(descriptor)));
  await Promise.all(
    [...fontFiles].map(async (file) => {
      if (!pdfmake.virtualfs.existsSync(file)) pdfmake.virtualfs.writeFileSync(file, await readFile(file));
    }),
  );
  shareFontLayoutCaches();
  installStyleLookups();
  pdfmake.addFonts(descriptors);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => fontFiles.has(file));
  return pdfmake;
}
