import { defaultResourceLayout, type ResourceLayout } from '../resources';
import { embeddedFontFiles } from './fonts';
import { preparePdfmake } from './pdfmake-setup';
import { ShapedWords } from './shaped-words';
import { sharedLayoutCacheOf } from './shared-layout-caches';

/**
 * Gives the embedded fonts of `layout` the words shaped in earlier processes (kept in `dir`
 * under `build`, see ShapedWords) before a one-off export; `save()` on the result keeps the
 * words this process shaped. For a process that exports once and exits (the CLI): a long-lived
 * one keeps its shaped words in memory anyway.
 */
export async function restoreShapedWords(dir: string, build: string, layout: ResourceLayout = defaultResourceLayout()): Promise<ShapedWords> {
  const pdfmake = await preparePdfmake(layout);
  const shapedWords = new ShapedWords(dir, build, sharedLayoutCacheOf);
  const files = embeddedFontFiles(layout);
  await shapedWords.restore(files.map((file) => ({ file, bytes: pdfmake.virtualfs.readFileSync(file) })));
  return shapedWords;
}
