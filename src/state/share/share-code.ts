/**
 * Share codes: a whole game in a short, URL-safe string, for a link (`?game=CODE`), a class seed or
 * a team's result. Format: "L1." + base64url(deflate(compact JSON of the record)) + "." + CRC-32
 * of everything before the last dot, as 8 hex digits. Pure (no DOM); decoding never throws and
 * answers a bad code with one plain sentence: too long, not a Leverage code, an unknown version,
 * cut short, changed (the checksum), unreadable, or for a scenario this game does not have.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { crc32Hex, fromBase64Url, toBase64Url } from './code-bytes';
import { MAX_SHARE_TURNS, packRecord, unpackRecord, type ShareRecord } from './share-record';

/** The record a code holds and its quarter limit (see share-record.ts). */
export { MAX_SHARE_TURNS, type ShareRecord } from './share-record';

/** The version this build writes; codes of other versions are refused by name. */
export const SHARE_CODE_VERSION = 'L1';
/** Longest code accepted, in characters. */
export const MAX_SHARE_CODE_CHARS = 8000;
/** Largest decompressed payload accepted, in bytes (far above any real game). */
const MAX_PAYLOAD_BYTES = 512 * 1024;

/** A decoded code, or why it cannot be used. */
export type ShareDecoding =
  { readonly ok: true; readonly record: ShareRecord } | { readonly ok: false; readonly error: string };

/** What decodeShareCode may ask about a scenario id: its name and version, or null when unknown. */
export type ScenarioLookup = (id: string) => { readonly name: string; readonly version: string } | null;

/** The share code of a record. The code may be longer than MAX_SHARE_CODE_CHARS for a huge record. */
export function encodeShareCode(record: ShareRecord): string {
  const json = JSON.stringify(packRecord(record));
  const body = `${SHARE_CODE_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
  return `${body}.${crc32Hex(body)}`;
}

const error = (sentence: string): ShareDecoding => ({ ok: false, error: sentence });

/**
 * The value of the `game` parameter in a link or a query string ('?game=CODE&…'), decoded, or null
 * when there is none or it is empty. The one reader of `?game=`: the page's address, a pasted link
 * and a team's file all go through it. A malformed escape is left as it is, so that the decoder
 * then says what is wrong with the code.
 */
export function gameParamIn(text: string): string | null {
  const match = /[?&#]game=([^&#\s]*)/.exec(text);
  const raw = match?.[1] ?? '';
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The code inside a pasted text: the `game` parameter of a link, else the text with all white
 * space removed (codes never contain any, and a code pasted from an e-mail may be broken across lines).
 */
export function codeFromText(text: string): string {
  return gameParamIn(text) ?? text.replace(/\s+/g, '');
}

/** The record inside the checked payload, or the sentence saying it cannot be read. */
function readPayload(payload: string): ShareDecoding {
  const unreadable = (what: string): ShareDecoding =>
    error(`The code passed its checksum, but ${what} is not valid: it was not made by this game.`);
  const bytes = fromBase64Url(payload);
  if (!bytes) return unreadable('its text');
  let value: unknown;
  try {
    const json = inflateSync(bytes, { out: new Uint8Array(MAX_PAYLOAD_BYTES + 1) });
    if (json.length > MAX_PAYLOAD_BYTES) return unreadable('its size');
    value = JSON.parse(strFromU8(json));
  } catch {
    return unreadable('its compressed contents');
  }
  const record = unpackRecord(value);
  if (typeof record === 'string') {
    return record.startsWith('the list of quarters (')
      ? error(`The code holds more than ${MAX_SHARE_TURNS} quarters, more than any game can have.`)
      : unreadable(record);
  }
  return { ok: true, record };
}

/** The sentence for a code whose scenario this game lacks or has in another version; null when fine. */
export function scenarioProblem(record: ShareRecord, scenarios: ScenarioLookup): string | null {
  const scenario = scenarios(record.scenarioId);
  if (!scenario) {
    return `The code is for the scenario "${record.scenarioId}", which this version of the game does not include.`;
  }
  if (scenario.version !== record.scenarioVersion) {
    return `The code was made with version ${record.scenarioVersion} of the scenario "${scenario.name}", and this game has version ${scenario.version}; the scenario version differs, so its replay would not be the same game.`;
  }
  return null;
}

/**
 * Decodes a share code (or a link holding one). With `scenarios`, also refuses a code for a
 * scenario this game does not have or has in another version. Never throws.
 */
export function decodeShareCode(code: unknown, scenarios?: ScenarioLookup): ShareDecoding {
  if (typeof code !== 'string' || code.trim() === '')
    return error('This is not a Leverage code: it is empty.');
  const text = codeFromText(code);
  if (text.length > MAX_SHARE_CODE_CHARS) {
    return error(`The code is too long: ${text.length} characters, where a Leverage code has at most 8,000.`);
  }
  const head = /^L(\d{1,6})\./.exec(text);
  if (!head)
    return error(`This is not a Leverage code: a Leverage code starts with "${SHARE_CODE_VERSION}.".`);
  if (`L${head[1]}` !== SHARE_CODE_VERSION) {
    return error(
      `The code is of an unknown version "L${head[1]}": this game reads "${SHARE_CODE_VERSION}" codes only.`,
    );
  }
  const lastDot = text.lastIndexOf('.');
  const checksum = text.slice(lastDot + 1);
  if (lastDot < head[0].length || (checksum.length < 8 && /^[0-9a-f]*$/.test(checksum))) {
    return error('The code is truncated: its end is missing, so it was cut short when copied.');
  }
  if (checksum !== crc32Hex(text.slice(0, lastDot))) {
    return error(
      'The code has been tampered with or mistyped: it does not match its checksum, so a character was changed.',
    );
  }
  const decoded = readPayload(text.slice(head[0].length, lastDot));
  if (!decoded.ok || !scenarios) return decoded;
  const problem = scenarioProblem(decoded.record, scenarios);
  return problem === null ? decoded : error(problem);
}
