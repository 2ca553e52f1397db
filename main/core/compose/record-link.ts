/** The fragment that marks a source address as leading to one record: `#briefbook-record=ID`. */
export const RECORD_FRAGMENT = 'briefbook-record=';
/** The scheme of a record link for a source without an address: `briefbook:record/ID`. */
export const RECORD_SCHEME = 'briefbook:record/';

/**
 * The link a printed record carries. With a source address: the address, with a fragment naming
 * the record, so any PDF reader opens the source and Briefbook's reader, which reads the
 * fragment, opens the library at the record instead. Without one: a `briefbook:` link, which
 * only Briefbook's reader follows. Neither makes Briefbook's reader reach the network.
 */
export function recordLink(recordId: string, sourceUrl: string): string {
  if (!/^https?:\/\//i.test(sourceUrl)) return `${RECORD_SCHEME}${recordId}`;
  const [address] = sourceUrl.split('#');
  return `${address}#${RECORD_FRAGMENT}${recordId}`;
}

/** The record id a link printed by `recordLink` names, or undefined for any other link. */
export function recordIdOfLink(link: string): string | undefined {
  const match = link.startsWith(RECORD_SCHEME)
    ? link.slice(RECORD_SCHEME.length)
    : link.includes(`#${RECORD_FRAGMENT}`)
      ? link.slice(link.indexOf(`#${RECORD_FRAGMENT}`) + RECORD_FRAGMENT.length + 1)
      : undefined;
  return match && /^[a-z0-9][a-z0-9-]*$/.test(match) ? match : undefined;
}
