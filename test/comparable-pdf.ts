/**
 * A PDF's bytes as text with its creation and modification dates and its file id blanked: two
 * exports of the same briefing compare equal byte for byte (structure tree, streams and all)
 * when they differ only in when they were made.
 */
export function comparablePdf(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d{14}[^)]*\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/gi, '/ID []')
    .replace(/<xmp:(\w+)Date>[^<]*</g, '<xmp:$1Date><');
}
