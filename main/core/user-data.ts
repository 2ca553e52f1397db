import os from 'node:os';
import path from 'node:path';

/** The product name Electron uses for the user data folder; the CLI uses the same folder. */
export const PRODUCT_NAME = 'Briefbook';

/**
 * The per-user folder holding the analyst's library and templates: the same folder Electron's
 * `app.getPath('userData')` returns, so the app and the CLI share one library.
 * `BRIEFBOOK_HOME` overrides it (tests, portable installs).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.BRIEFBOOK_HOME) return path.resolve(env.BRIEFBOOK_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** Where the user's own library lives (created from the shipped seed on first use). */
export function userLibraryFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'library.json');
}

/**
 * Where the user's own templates live: `<user data>/templates/*.hbs`, never inside the app
 * bundle (which is read-only and replaced on update). Deleted ones wait in `.trash/` inside it.
 */
export function userTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'templates');
}
