import { readFile } from 'node:fs/promises';
import pdfmake from 'pdfmake';
import type { ResourceLayout } from '../resources';
import { fontDescriptors } from './fonts';
import { installDeflatedStreams } from './deflated-streams';
import { installMeasuredLeaves } from './measured-leaves';
import { assertPatchedLibraries } from './patched-libraries';

const colorProfiles = new Map<string, Promise<Buffer>>();

/** The sRGB profile a PDF/A export embeds, read once per location. */
export function colorProfile(layout: ResourceLayout): Promise<Buffer> {
  let profile = colorProfiles.get(layout.colorProfile);
  if (!profile) {
    profile = readFile(layout.colorProfile);
    // A missing file is not remembered: the next export tries again and says what is missing.
    profile.catch(() => colorProfiles.delete(layout.colorProfile));
    colorProfiles.set(layout.colorProfile, profile);
  }
  return profile;
}

let prepared: { fontsKey: string; ready: Promise<typeof pdfmake> } | undefined;

/**
 * Configures the pdfmake singleton once per font location and returns it.
 *
 * Font files are read once into pdfmake's virtual file system, so an export reads nothing
 * from disk. Both resource policies are set, because templates are untrusted and html-to-pdfmake
 * turns `<img src>` and `data-pdfmake` attributes into resources pdfmake would fetch: no URL is
 * ever downloaded, and no local file but the embedded fonts is ever read. Fails unless pdfmake,
 * PDFKit and fontkit carry Briefbook's patches (see docs/pdf-patches.md).
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
  const fontFiles = await installFonts(pdfmake, layout);
  assertPatchedLibraries(fontFiles[0]!);
  // Unchanged paragraphs are not measured again in the next export (the preview after an edit).
  installMeasuredLeaves();
  // Nor are its font subsets and unchanged pages deflated again.
  installDeflatedStreams();
  return pdfmake;
}

/**
 * Reads the embedded fonts into a pdfmake's virtual file system and registers them, and
 * forbids every other resource. Returns the fonts' bytes.
 */
export async function installFonts(instance: typeof pdfmake, layout: ResourceLayout): Promise<Buffer[]> {
  const descriptors = fontDescriptors(layout);
  const fontFiles = new Set(Object.values(descriptors).flatMap((descriptor) => Object.values(descriptor)));
  const contents = await Promise.all(
    [...fontFiles].map(async (file) => {
      const content = await readFile(file);
      if (!instance.virtualfs.existsSync(file)) instance.virtualfs.writeFileSync(file, content);
      return content;
    }),
  );
  instance.addFonts(descriptors);
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => fontFiles.has(file));
  return contents;
}
