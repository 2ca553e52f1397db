/** The last part of a path, on Windows or POSIX. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** Everything but the last part of a path, on Windows or POSIX: `/briefings` for `/briefings/memo.pdf`. */
export function folderOf(file: string): string {
  return file.slice(0, Math.max(0, file.length - fileName(file).length - 1));
}
