import { plural } from '../core/render/helpers';

/** A count with its noun in the right number, as the templates print it: "1 topic", "3 topics". */
export function counted(count: number, singular: string, pluralForm?: string): string {
  return `${count} ${plural(count, singular, pluralForm)}`;
}
