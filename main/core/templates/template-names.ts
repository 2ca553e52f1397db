import { templateIdFor as templateIdUpTo } from '../ids';
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

/** A fresh id for a template called `name`: "Записка" gives `zapiska`, then `zapiska-2`… when taken. */
export function templateIdFor(name: string, taken: ReadonlySet<string>): string {
  return templateIdUpTo(name, taken, MAX_ID_LENGTH);
}
