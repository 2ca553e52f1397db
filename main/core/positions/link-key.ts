/** One spelling of an unordered pair of record ids, for sets and maps of links. */
export function linkKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
