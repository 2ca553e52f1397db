/** Latin spelling of Cyrillic letters for ids (simplified BGN/PCGN, as in passports). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
/** Words left out of ids: they make them longer without telling sources apart. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'with', 'и', 'в', 'на', 'о', 'по', 'для', 'с']);
const MAX_WORDS = 4;

/**
 * A readable id for a source: the dialogue's name (or the title's first words) and the year,
 * e.g. `elbe-group-2019`, `eln-2021` for "ELN". Lowercase letters, digits and dashes only.
 */
export function sourceIdFor(source: { title: string; dialogue: string; date: string }): string {
  const name = slug(source.dialogue) || slug(source.title) || 'source';
  return `${name}-${source.date.slice(0, 4)}`;
}

/** `base`, or `base-2`, `base-3`... whichever is not yet in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Lowercase words joined by dashes, Cyrillic spelled in Latin letters, filler words left out: the readable part of an id. */
export function slug(text: string): string {
  return (text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => [...word].map((c) => CYRILLIC[c] ?? c).join('').replace(/[^a-z0-9]/g, ''))
    .filter((word) => word && !FILLER.has(word))
    .slice(0, MAX_WORDS)
    .join('-');
}
