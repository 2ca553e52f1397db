/**
 * What bin/briefbook.js tells the bundle it runs (bin/code-cache.js): the key of this bundle
 * and Node, and where the CLI keeps the words it shaped. Undefined when the CLI runs any other
 * way (the sources under tsx, a test calling `main`): such a process keeps nothing on disk.
 */
export interface Launch {
  build: string;
  shapedWordsDir: string;
}

export function launch(): Launch | undefined {
  const given = (globalThis as { briefbookLaunch?: Partial<Launch> }).briefbookLaunch;
  return typeof given?.build === 'string' && typeof given.shapedWordsDir === 'string' ? { build: given.build, shapedWordsDir: given.shapedWordsDir } : undefined;
}
