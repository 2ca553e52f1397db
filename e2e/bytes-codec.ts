/**
 * Binary values across a Playwright binding. Bindings carry JSON-like values only, so a
 * Uint8Array (the preview PDF, a dropped file's content) travels as base64 in a tagged object
 * and is rebuilt on the other side. Used by the harness in Node and by the page bridge in the
 * browser, in both directions.
 */

const TAG = '__briefbookBytes';

interface EncodedBytes {
  [TAG]: string;
}

/** A copy of `value` with every Uint8Array replaced by its base64 form. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [TAG]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  return value;
}

/** The inverse of `encodeBytes`. */
export function decodeBytes(value: unknown): unknown {
  if (isEncoded(value)) return fromBase64(value[TAG]);
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function isEncoded(value: unknown): value is EncodedBytes {
  return isPlainObject(value) && typeof value[TAG] === 'string' && Object.keys(value).length === 1;
}

// atob/btoa exist in both Node 20 and the browser; chunks keep String.fromCharCode's argument list short.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
