import { TEMPLATE_ID } from '../render/templates';

/** Longest id; ids are file names, and a picker shows names, not ids. */
const MAX_ID_LENGTH = 60;
/** Longest display name. */
const MAX_NAME_LENGTH = 100;

/**
 * Checks an id that came from outside (the renderer, the command line) before it becomes a
 * file name: lowercase letters, digits and dashes only, so it cannot name another folder
 * (`..`, `/`, `\`), a hidden file or a draft.
 */
export function assertTemplateId(id: string): string {
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !TEMPLATE_ID.test(id)) {
    throw new Error(`"${String(id)}" is not a template id (lowercase letters, digits and dashes, at most ${MAX_ID_LENGTH})`);
  }
  return id;
}

/** A display name as given, trimmed, on one line; an empty or overlong name is refused. */
export function cleanTemplateName(name: string): string {
  const clean = String(name).replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('a template needs a name');
  if (clean.length > MAX_NAME_LENGTH) throw new Error(`a template name has at most ${MAX_NAME_LENGTH} characters`);
  return clean;
}

/**
 * A fresh id for a template called `name`: the name in lowercase Latin letters, digits and
 * dashes (Cyrillic transliterated, so "Записка" gives "zapiska"), with "-2", "-3"… added when
 * the id is taken.
 */
export function templateIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = slug(name).slice(0, MAX_ID_LENGTH - 4).replace(/-+$/, '') || 'template';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Russian letters in Latin, after the common BGN/PCGN-style simplification. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

function slug(name: string): string {
  // Transliterate before decomposing, or "й" would lose its breve and become "i".
  return [...name.normalize('NFC').toLowerCase()]
    .map((char) => CYRILLIC[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
