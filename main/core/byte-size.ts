const UNITS: [number, string][] = [
  [1024 * 1024 * 1024, 'GB'],
  [1024 * 1024, 'MB'],
  [1024, 'KB'],
];

/** A size as people read it: `73.4 MB`, `2 KB`, `512 bytes` (binary units, up to `decimals` places). */
export function formatBytes(bytes: number, decimals = 1): string {
  const unit = UNITS.find(([size]) => bytes >= size);
  if (!unit) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const value = (bytes / unit[0]).toFixed(decimals).replace(/\.?0+$/, '');
  return `${value} ${unit[1]}`;
}

/**
 * `is 73.4 MB; the limit is 50 MB`: a size over a limit, with as many decimals as it takes for
 * the two never to read the same (a file of 50 MB and a few bytes is not "50 MB, more than the
 * 50 MB"), down to exact byte counts.
 */
export function sizeAgainstLimit(size: number, limit: number): string {
  for (let decimals = 1; decimals <= 3; decimals += 1) {
    const [shown, allowed] = [formatBytes(size, decimals), formatBytes(limit, decimals)];
    if (shown !== allowed) return `is ${shown}; the limit is ${allowed}`;
  }
  const exact = (bytes: number) => bytes.toLocaleString('en-US');
  return `is ${exact(size)} bytes; the limit is ${exact(limit)} bytes (${formatBytes(limit)})`;
}
