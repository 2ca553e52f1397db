/**
 * A source named as briefly as it can be recognized: its dialogue ("Elbe Group") or its
 * publisher ("European Leadership Network"), whichever is shorter.
 */
export function sourceLabel(source: { dialogue: string; publisher: string }): string {
  const names = [source.dialogue, source.publisher].filter(Boolean);
  return names.reduce((shortest, name) => (name.length < shortest.length ? name : shortest), names[0] ?? '');
}
