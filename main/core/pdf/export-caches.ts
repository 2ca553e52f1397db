import { defaultResourceLayout, type ResourceLayout } from '../resources';
import { sharedDeflatedStreams } from './deflated-streams';
import { embeddedFontFiles } from './fonts';
import { sharedBlocks } from './html-to-content';
import { sharedMeasuredLeaves } from './measured-leaves';
import { sharedLayoutCacheOf } from './shared-layout-caches';

/**
 * Empties every cache this thread's exports keep of what earlier documents held: converted
 * HTML blocks, measured text, words shaped by each embedded font, deflated streams. What is
 * left is what any export needs whatever its content: the fonts' files read and parsed, the
 * templates compiled, the code warmed up.
 *
 * The next export then does all its work, as a warm process would for a briefing it has never
 * seen; its results are kept again, so exports after it reuse them as before. The benchmark
 * empties the caches before each *full* export, as Typst's memoisation cache is emptied before
 * each of its full compiles.
 */
export function emptyExportCaches(layout: ResourceLayout = defaultResourceLayout()): void {
  sharedBlocks.empty();
  sharedMeasuredLeaves.empty();
  sharedDeflatedStreams.clear();
  for (const file of embeddedFontFiles(layout)) {
    const shapedWords = sharedLayoutCacheOf(file);
    // Emptied in place: the fonts of documents already made hold this very object.
    for (const word of Object.keys(shapedWords)) delete shapedWords[word];
  }
}
