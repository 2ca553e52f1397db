import { templateIdFor as templateIdUpTo } from '../ids';
import { MAX_TEMPLATE_ID_LENGTH as MAX_ID_LENGTH } from '../model/template';
import { TemplateChangeError } from './errors';

export { assertTemplateId } from '../render/templates';

/** Longest display name. */
const MAX_NAME_LENGTH = 100;

/** A display name as given, trimmed, on one line; an empty or overlong name is refused. */
export function cleanTemplateName(name: string): string {
  const clean = String(name).replace(/\s+/g, ' ').trim();
  if (!clean) throw new TemplateChangeError('a template needs a name');
  if (clean.length > MAX_NAME_LENGTH) throw new TemplateChangeError(`a template name has at most ${MAX_NAME_LENGTH} characters`);
  return clean;
}

/** A fresh id for a template called `name`: "Записка" gives `zapiska`, then `zapiska-2`… when taken. */
export function templateIdFor(name: string, taken: ReadonlySet<string>): string {
  return templateIdUpTo(name, taken, MAX_ID_LENGTH);
}
