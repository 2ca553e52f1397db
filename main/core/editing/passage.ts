import type { TextLocation } from '../model';
import { EditError } from './errors';
import { locatePassage } from './locate-passage';

/**
 * The location of a record's passage in its source's text, checked: either the location the
 * analyst selected (which must hold exactly `statement`), or the one place the statement is
 * found. Throws an `EditError` on the `statement` field otherwise. The statement to store is
 * always `text.slice(start, end)`, the source's own words.
 */
export function resolvePassage(text: string, statement: string, location: TextLocation | undefined): TextLocation {
  if (location) {
    if (location.end <= text.length && text.slice(location.start, location.end) === statement) return location;
    throw new EditError('invalid', 'The passage does not match the source text where it was selected; select it again.', 'statement');
  }
  const search = locatePassage(text, statement);
  if ('found' in search) return search.found;
  if (search.problem === 'ambiguous') {
    throw new EditError(
      'invalid',
      `These words occur ${search.count} times in the source text; select the passage you mean in the text.`,
      'statement',
    );
  }
  throw new EditError(
    'invalid',
    search.problem === 'blank'
      ? 'Choose the passage: select it in the source text, or type it as the source has it.'
      : 'These words are not in the source text. Select the passage in the text, or type it exactly as the source has it.',
    'statement',
  );
}
