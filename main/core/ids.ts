/**
 * Ids made from names: the readable part of every id the app makes (sources, topics,
 * templates), so a name gives the same words whichever kind of id it becomes.
 *
 * Spelling any script in Latin letters is @sindresorhus/transliterate's job: Russian names
 * and Russian-language sources are normal here ("Мирный диалог" → `mirniy-dialog`, "Щука" →
 * `schuka`), and so are accented Latin names ("Łódź" → `lodz`). Ids already stored are never
 * re-derived, so a change of spelling here only affects ids made afterwards.
 */
import transliterate from '@sindresorhus/transliterate';

/**
 * The words of `text`, lowercase, in Latin letters and digits: "Мирный диалог" gives
 * `mirniy`, `dialog`. Words in `leaveOut` (as written) and words with nothing left in Latin
 * letters (e.g. Chinese) are dropped.
 */
function idWords(text: string, leaveOut: ReadonlySet<string> = new Set()): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !leaveOut.has(word))
    .map((word) => transliterate(word).toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** Lowercase Latin words joined by dashes: "Записка для директора" gives `zapiska-dlya-direktora`. */
export function slug(text: string): string {
  return idWords(text).join('-');
}

/** `base`, or `base-2`, `base-3`... whichever is not yet in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Words left out of source and topic ids, in English and Russian: they make ids longer without telling things apart. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'with', 'и', 'в', 'на', 'о', 'по', 'для', 'с']);
/** Source and topic ids name things in a few words (a source's year tells its meetings apart). */
const SHORT_WORDS = 4;

/** The first few words of `text` that tell it apart, filler words left out. */
function shortSlug(text: string): string {
  return idWords(text, FILLER).slice(0, SHORT_WORDS).join('-');
}

/**
 * A readable id for a source: the dialogue's name (or the title's first words) and the year,
 * e.g. `elbe-group-2019`, `eln-2021` for "ELN". Lowercase letters, digits and dashes only.
 */
export function sourceIdFor(source: { title: string; dialogue: string; date: string }): string {
  const name = shortSlug(source.dialogue) || shortSlug(source.title) || 'source';
  return `${name}-${source.date.slice(0, 4)}`;
}

/** A topic's id: its label's first words (`arctic-high-north` for "The Arctic and the High North"), unique among `taken`. */
export function topicIdFor(label: string, taken: ReadonlySet<string>): string {
  return uniqueId(shortSlug(label) || 'topic', taken);
}

/** A position's id: its label's first words (`russian-liaison-cell-shape`), unique among `taken`. */
export function positionIdFor(label: string, taken: ReadonlySet<string>): string {
  return uniqueId(shortSlug(label) || 'position', taken);
}

/**
 * A template's id: its name's words cut to `maxLength` (with room for "-2", "-3"… when the id
 * is taken): "Записка" gives `zapiska`, a name with no letters or digits `template`.
 */
export function templateIdFor(name: string, taken: ReadonlySet<string>, maxLength: number): string {
  const base = slug(name).slice(0, maxLength - 4).replace(/-+$/, '') || 'template';
  return uniqueId(base, taken);
}
