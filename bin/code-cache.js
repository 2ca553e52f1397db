// Runs a CommonJS bundle with a V8 code cache: the bytecode V8 compiled for it in an earlier
// process, so that a new process neither parses the bundle nor compiles the functions it runs.
// Node 20 has no `module.enableCompileCache` (Node 22.1+); `vm.Script` takes and produces the
// same data (`cachedData`, `createCachedData`). BENCHMARKS.md ("Cold start") has the figures.
const { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { debuglog } = require('node:util');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');

/** `NODE_DEBUG=briefbook briefbook …` tells on stderr whether the cache was used, refused or written. */
const debug = debuglog('briefbook');

const MAGIC = Buffer.from('BBV8CC01');
/** Magic, then the CRC-32 of the key (bundle, Node, V8, platform), then the CRC-32 of the V8 data. */
const HEADER_BYTES = MAGIC.length + 8;

/**
 * Where the CLI keeps its code caches: `BRIEFBOOK_HOME/code-cache` when that is set (tests,
 * portable installs), otherwise the platform's per-user cache folder, which the system may clear.
 */
function codeCacheDir(env = process.env, platform = process.platform) {
  if (env.BRIEFBOOK_HOME) return path.join(path.resolve(env.BRIEFBOOK_HOME), 'code-cache');
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Briefbook', 'code-cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Briefbook', 'code-cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'Briefbook', 'code-cache');
}

/** How Node wraps a CommonJS module, so the bundle gets its own `require`, `module` and `__dirname`. */
const MODULE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * Runs `bundleFile` (CommonJS, as Node would `require` it, or already wrapped as Node wraps it)
 * from the cache file `cacheFile`, and writes that file when the process exits if it was
 * missing, stale or refused. The bundle finds `launch` and its build's key in
 * `globalThis.briefbookLaunch`.
 *
 * Each cache is keyed by the bundle's bytes (their CRC-32, remembered between runs beside the
 * caches: `bundleChecksum`) and the Node, V8 and platform that compiled it: V8
 * itself only compares the source's length and its own version and flags, and accepting bytecode
 * compiled for other source would run the wrong code. A cache that is torn, corrupt, made for
 * another bundle or refused by V8 is ignored (the bundle compiles from source, as without a
 * cache) and replaced. A cache that cannot be read or written never stops the command: it only
 * costs the time it would have saved.
 */
function runWithCodeCache(bundleFile, cacheFile, launch = {}) {
  // Its identity and change times are taken before its bytes are read: a bundle rewritten while
  // it is read has other times next run, so its checksum is never taken from this run's memo.
  const fd = openSync(bundleFile, 'r');
  let stats, bytes;
  try {
    stats = fstatSync(fd, { bigint: true });
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  debug('bundle %s', bundleFile);
  // One memo per bundle file name: the export command and the others run different bundles.
  const { checksum, ascii } = bundleChecksum(bundleFile, bytes, stats, path.join(path.dirname(cacheFile), `${path.basename(bundleFile)}.checksum`));
  const key = crc32(`${checksum}:${bytes.length}:${process.version}:${process.versions.v8}:${process.platform}:${process.arch}`);
  // What the bundle learns of how it was launched: `launch`, and this key as the name of its
  // build, so that caches of its own (shaped words) are never read by another bundle or Node.
  globalThis.briefbookLaunch = { ...launch, build: key.toString(16) };
  const { cachedData, state } = readCache(cacheFile, key);
  // The build makes the bundle ASCII (scripts/ascii-bundle.mjs): decoded as Latin-1 it is a
  // one-byte string, made in half the time and memory of the two-byte one UTF-8 would give.
  const text = ascii ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  // The build writes the bundle already wrapped (scripts/build.mjs); any other CommonJS file is
  // wrapped here, which costs a copy of its text.
  const source = text.startsWith(MODULE_WRAPPER) ? text : `${MODULE_WRAPPER}${text}\n})`;
  const script = new vm.Script(source, { filename: bundleFile, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  debug('code cache %s: %s', cacheFile, cachedData === undefined ? state : accepted ? 'used' : 'refused by V8');
  // After the command ran, the script holds the bytecode of every function it ran, not only the top level.
  if (!accepted) process.once('exit', () => writeCache(cacheFile, key, script.createCachedData()));
  const module = { exports: {}, filename: bundleFile };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
}

/**
 * The bundle's CRC-32 and whether it is all ASCII, remembered in `memoFile` with the bundle's
 * path, device, inode, size and modification and change times (to the nanosecond, as the file
 * system keeps them): reading the 3-6 MB bundle through for them costs every run 15-30 ms, and
 * an unchanged file keeps both. Writing the file changes its change time, which no one can set
 * back, so a rebuilt or edited bundle is read through again, even at the same size. A memo that
 * is missing, torn or made for another file only costs the reading, and is rewritten.
 */
function bundleChecksum(bundleFile, bytes, stats, memoFile) {
  const identity = `${bundleFile}\0${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
  try {
    const [remembered, checksum, ascii] = readFileSync(memoFile, 'latin1').split('\n');
    if (remembered === identity && /^\d{1,10}$/.test(checksum) && /^(ascii|other)$/.test(ascii)) {
      debug('bundle checksum: remembered');
      return { checksum: Number(checksum), ascii: ascii === 'ascii' };
    }
  } catch {
    // No memo yet, or it cannot be read: read the bundle through.
  }
  const checksum = crc32(bytes);
  const ascii = isAscii(bytes);
  debug('bundle checksum: computed');
  writeAtomically(memoFile, Buffer.from(`${identity}\n${checksum}\n${ascii ? 'ascii' : 'other'}\n`, 'latin1'));
  return { checksum, ascii };
}

/** The V8 data of a cache file that is whole and was made for this bundle and Node, or why there is none. */
function readCache(cacheFile, key) {
  let file;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return { cachedData: undefined, state: 'none' };
  }
  const data = file.subarray(HEADER_BYTES);
  const valid =
    file.length > HEADER_BYTES &&
    file.subarray(0, MAGIC.length).equals(MAGIC) &&
    file.readUInt32LE(MAGIC.length) === key &&
    file.readUInt32LE(MAGIC.length + 4) === crc32(data);
  return valid ? { cachedData: data } : { cachedData: undefined, state: 'ignored (torn, corrupt, or made for another bundle or Node)' };
}

/**
 * Written beside its final name and renamed over it, so another process never reads half a
 * cache. Not synced to disk: a file torn by a crash fails its CRC and is compiled anew.
 */
function writeCache(cacheFile, key, data) {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header);
  header.writeUInt32LE(key, MAGIC.length);
  header.writeUInt32LE(crc32(data), MAGIC.length + 4);
  const error = writeAtomically(cacheFile, Buffer.concat([header, data]));
  if (error) debug('code cache %s: not written: %s', cacheFile, error);
  else debug('code cache %s: written (%d bytes)', cacheFile, data.length);
}

/**
 * Writes `bytes` beside `file` and renames them over it, so another process never reads half a
 * file. Returns why it could not, or nothing: a cache that is not written only costs time.
 */
function writeAtomically(file, bytes) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either.
    }
    return error instanceof Error ? error.message : String(error);
  }
}

module.exports = { codeCacheDir, runWithCodeCache };
