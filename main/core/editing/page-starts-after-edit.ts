/**
 * Where a PDF source's pages begin (`Source.pageStarts`) once its text has been edited.
 *
 * An edit changes one stretch of the text (what differs between the common beginning and the
 * common end of the two texts). A page starting in the unchanged text before that stretch keeps
 * its place; one starting after it moves by the change in length. A page starting inside it can
 * no longer be placed, so all page starts are dropped and citations give the paragraph alone:
 * no page is better than a wrong one.
 */
export function pageStartsAfterEdit(starts: readonly number[], before: string, after: string): number[] | undefined {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const moved: number[] = [];
  for (const start of starts) {
    if (start <= prefix) moved.push(start);
    else if (start >= before.length - suffix) moved.push(start + after.length - before.length);
    else return undefined;
  }
  return moved;
}
