/**
 * Every channel of the real handler table, called with random and hostile payloads and from an
 * untrusted sender, the way a compromised page would call them.
 *
 * What must hold after every call: a refused call leaves every byte of the user data folder as
 * it was; nothing outside that folder (the canary files) is read back to the window, opened or
 * revealed; a hostile payload never pollutes Object.prototype. Payloads come from fast-check
 * with a fixed seed, so a failure names a payload that reproduces it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { readPdf } from '../../../test/read-pdf';
import { channels as table, type Channel } from '../../api';
import { LibraryStore } from '../../core/library';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHandlers } from '../handlers';

const SEED = 20261207;
const CANARY = `canary-${randomUUID()}`;

let dir: string;
let userData: string;
let canaryFiles: string[];
let handlers: HandlerTable;
/** Every path the app asked the OS to open or show in its folder. */
const shellCalls: string[] = [];

/** path -> sha256 (or "dir") of everything under the user data folder. */
function snapshot(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) {
        found.set(path.relative(root, file), 'dir');
        walk(file);
      } else {
        found.set(path.relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
      }
    }
  };
  walk(root);
  return found;
}

/** Strings a compromised page would try where main expects an id, a name or text. */
function hostileStrings(): string[] {
  return [
    ...canaryFiles,
    canaryFiles[0]!.replace(/\.hbs$/, ''),
    path.relative(userData, canaryFiles[0]!),
    '../../../../../../etc/passwd',
    '/etc/passwd',
    '/proc/self/environ',
    '..\\..\\..\\Windows\\win.ini',
    'C:\\Windows\\win.ini',
    'file:///etc/passwd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'templates/../../library.json',
    '../library.json',
    'memo/../../x',
    'memo\u0000.hbs',
    '__proto__',
    'constructor',
    '{{#each this}}{{#each this}}{{/each}}{{/each}}',
    '<img src="file:///etc/passwd">',
    '',
    ' ',
    'x'.repeat(100_000),
  ];
}

const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hostileStrings()) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, [], {}, new Uint8Array([0x25, 0x50, 0x44, 0x46])) },
    { weight: 1, arbitrary: fc.constantFrom(JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown, { constructor: { prototype: { polluted: 'yes' } } }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );

/** A payload shaped like the channel's request, with hostile values in some or all fields. */
function shapedPayload(channel: Channel): fc.Arbitrary<unknown> {
  const schema = table[channel].request as z.ZodType;
  const base = validSample(channel);
  if (!(schema instanceof z.ZodObject)) return hostileValue();
  const keys = Object.keys(schema.shape as object);
  return fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue()]))).chain((hostile) =>
    fc.subarray(keys, { minLength: 1 }).map((chosen) => ({
      ...(typeof base === 'object' && base !== null ? base : {}),
      ...Object.fromEntries(chosen.map((k) => [k, hostile[k]])),
    })),
  );
}

/** A valid request for channels whose hostile variants are worth building from a real one. */
function validSample(channel: Channel): unknown {
  const briefing = makeBriefing('kept');
  const samples: Partial<Record<Channel, unknown>> = {
    'briefing:save': briefing,
    'briefing:compose': briefing,
    'briefing:preview': briefing,
    'briefing:export': briefing,
    'template:preview': { id: 'memo', text: '<p>{{title}}</p>', briefing },
    'template:check': { id: 'memo', text: '<p>{{title}}</p>' },
    'template:save': { id: 'mine', text: '<p>{{title}}</p>' },
    'template:save-draft': { id: 'mine', text: '<p>{{title}}</p>' },
    'template:create': { name: 'Mine', from: 'memo' },
    'template:rename': { id: 'mine', name: 'Renamed' },
    'source:update': { id: 'elbe-2019', fields: {} },
    'record:update': { id: 'elbe-2019-01', fields: {} },
    'topic:merge': { from: 'crisis-management', into: 'arms-control' },
    'import:open-dropped': { name: 'article.txt', bytes: new TextEncoder().encode('We recommend talks.') },
  };
  return samples[channel] ?? { id: 'kept' };
}

/** Fields through which a request names something main looks up: ids, template ids, names. */
const NAMING_FIELDS = ['id', 'templateId', 'from', 'into', 'trashId', 'draftId'];

/** The channel's valid request with each naming field, one at a time, set to each path-like string. */
function pathLikeVariants(channel: Channel): unknown[] {
  const base = validSample(channel);
  if (typeof base !== 'object' || base === null) return [];
  const schema = table[channel].request as z.ZodType;
  const shape = schema instanceof z.ZodObject ? (schema.shape as object) : {};
  // A briefing's `from` is the memo's FROM line, free text, not a name main looks up.
  const isBriefing = 'title' in shape;
  const fields = NAMING_FIELDS.filter(
    (field) => (field in shape && !(isBriefing && field === 'from')) || (field === 'templateId' && 'briefing' in shape),
  );
  const pathLike = hostileStrings().filter((s) => /[\\/]|\.\.|\.hbs$/.test(s));
  return fields.flatMap((field) =>
    pathLike.map((value) =>
      field === 'templateId' && 'briefing' in base
        ? { ...base, briefing: { ...(base as { briefing: object }).briefing, templateId: value } }
        : { ...base, [field]: value },
    ),
  );
}

/** The text of any PDF in a result, so a canary rendered into a preview is seen. */
async function pdfText(value: unknown): Promise<string> {
  const pdf = (value as { pdf?: unknown } | null)?.pdf;
  if (!(pdf instanceof Uint8Array)) return '';
  return (await readPdf(pdf)).pages.join('\n');
}

/** Calls each payload, checking after every call what must hold. */
async function callAll(channel: Channel, payloads: unknown[], trusted: boolean, mustRefuse = !trusted): Promise<void> {
  for (const payload of payloads) {
    const before = snapshot(userData);
    const result = await dispatch(handlers, channel, payload, trusted);
    const said = JSON.stringify(result, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    const what = `${channel} with ${describePayload(payload)}`;
    expect(said.includes(CANARY), `${what} returned the canary's content`).toBe(false);
    if (result.ok) expect((await pdfText(result.value)).includes(CANARY), `${what} printed the canary's content`).toBe(false);
    if (!result.ok) expect(snapshot(userData), `${what} was refused but changed the user data folder`).toEqual(before);
    if (mustRefuse) expect(result.ok, `${what} was not refused`).toBe(false);
    expect(({} as Record<string, unknown>).polluted, `${what} polluted Object.prototype`).toBeUndefined();
  }
  for (const file of shellCalls) expect(canaryFiles, `the app asked the OS to open or show ${file}`).not.toContain(file);
}

function describePayload(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 200);
  } catch {
    return String(payload);
  }
}

const channels = Object.keys(table) as Channel[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-fuzz-'));
  userData = path.join(dir, 'user-data');
  const outside = path.join(dir, 'outside');
  mkdirSync(path.join(userData, 'templates'), { recursive: true });
  mkdirSync(outside);
  canaryFiles = ['secret.hbs', 'secret.pdf', 'secret.txt'].map((name) => path.join(outside, name));
  for (const file of canaryFiles) writeFileSync(file, file.endsWith('.pdf') ? `%PDF-1.7\n${CANARY}\n%%EOF\n` : `<p>${CANARY}</p>\n`);
  const library = makeLibrary();
  library.briefings.push(makeBriefing('kept'));
  const file = path.join(userData, 'library.json');
  writeFileSync(file, `${JSON.stringify(library, null, 2)}\n`);
  const store = await LibraryStore.open(file, { seedFile: file });
  // Main's own dialogs are the analyst's choice, not the page's: here the analyst cancels each.
  handlers = createHandlers(
    testHandlerContext(store, {
      openPath: async (target) => void shellCalls.push(target),
      showInFolder: (target) => void shellCalls.push(target),
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('every channel under hostile payloads', () => {
  it.each(channels)('%s: refused calls change nothing and nothing outside the user data folder is reached', async (channel) => {
    const seed = SEED + channels.indexOf(channel);
    const random = fc.sample(fc.anything({ withTypedArray: true, withNullPrototype: true, maxDepth: 3 }), { seed, numRuns: 15 });
    const shaped = fc.sample(shapedPayload(channel), { seed, numRuns: 25 });
    await callAll(channel, [undefined, null, 'x', 42, [], {}, ...random, ...shaped], true);
  }, 120_000);

  it.each(channels)('%s: a path where an id belongs is refused with nothing read', async (channel) => {
    await callAll(channel, pathLikeVariants(channel), true, true);
  }, 120_000);

  it.each(channels)('%s: an untrusted sender is refused with nothing changed', async (channel) => {
    await callAll(channel, [validSample(channel), undefined], false);
  });
});
