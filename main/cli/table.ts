/** Prints left-aligned columns; the last column runs on, so long text stays readable. */
export function printTable(print: (line: string) => void, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  print(line(header));
  for (const row of rows) print(line(row));
}
