import type pdfmakeModule from 'pdfmake';
import { installFonts, preparePdfmake } from '../main/core/pdf/pdfmake-setup';
import { defaultResourceLayout } from '../main/core/resources';
import { unpatchedPdfLibraries } from './unpatched-pdf-libraries';

type Pdfmake = typeof pdfmakeModule;

/** Briefbook's pdfmake (patched, fonts installed) and the published one with the same fonts, for a patch's test to compare. */
export async function patchedAndPublishedPdfmake(): Promise<{ patched: Pdfmake; original: Pdfmake }> {
  const patched = await preparePdfmake(defaultResourceLayout());
  const original = unpatchedPdfLibraries()('pdfmake') as Pdfmake;
  await installFonts(original, defaultResourceLayout());
  return { patched, original };
}
