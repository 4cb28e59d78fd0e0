/**
 * Share codes: a whole game in a short, URL-safe string, for a link (`?game=CODE`), a class seed or
 * a team's result. Format: "L1." + base64url(deflate(compact JSON of the record)) + "." + CRC-32
 * of everything before the last dot, as 8 hex digits. Pure (no DOM); decoding never throws and
 * answers a bad code with one message (a 'share.*' code the text layer words): too long, not a
 * Leverage code, an unknown version, cut short, changed (the checksum), unreadable, or for a
 * scenario this game does not have.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { crc32Hex, fromBase64Url, toBase64Url } from './code-bytes';
import { MAX_SHARE_TURNS, packRecord, unpackRecord, type ShareRecord } from './share-record';
import { message, type MessageCode, type RecordPart, type StateMessage } from '../store/message-codes';

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
  { readonly ok: true; readonly record: ShareRecord } | { readonly ok: false; readonly error: StateMessage };

/** What decodeShareCode may ask about a scenario id: its name and version, or null when unknown. */
export type ScenarioLookup = (id: string) => { readonly name: string; readonly version: string } | null;

/** The share code of a record. The code may be longer than MAX_SHARE_CODE_CHARS for a huge record. */
export function encodeShareCode(record: ShareRecord): string {
  const json = JSON.stringify(packRecord(record));
  const body = `${SHARE_CODE_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
  return `${body}.${crc32Hex(body)}`;
}

const error = (code: MessageCode, values: StateMessage['values'] = {}): ShareDecoding => ({
  ok: false,
  error: message(code, values),
});

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

/** The record inside the checked payload, or the message saying it cannot be read. */
function readPayload(payload: string): ShareDecoding {
  const unreadable = (part: RecordPart): ShareDecoding => error('share.unreadable', { part });
  const bytes = fromBase64Url(payload);
  if (!bytes) return unreadable('text');
  let value: unknown;
  try {
    const json = inflateSync(bytes, { out: new Uint8Array(MAX_PAYLOAD_BYTES + 1) });
    if (json.length > MAX_PAYLOAD_BYTES) return unreadable('size');
    value = JSON.parse(strFromU8(json));
  } catch {
    return unreadable('compressed');
  }
  const record = unpackRecord(value);
  if (record === 'tooManyQuarters') return error('share.tooManyQuarters', { max: MAX_SHARE_TURNS });
  if (typeof record === 'string') return unreadable(record);
  return { ok: true, record };
}

/** The message for a code whose scenario this game lacks or has in another version; null when fine. */
export function scenarioProblem(record: ShareRecord, scenarios: ScenarioLookup): StateMessage | null {
  const scenario = scenarios(record.scenarioId);
  if (!scenario) return message('share.unknownScenario', { scenarioId: record.scenarioId });
  if (scenario.version !== record.scenarioVersion) {
    return message('share.scenarioVersion', {
      codeVersion: record.scenarioVersion,
      name: scenario.name,
      version: scenario.version,
    });
  }
  return null;
}

/**
 * Decodes a share code (or a link holding one). With `scenarios`, also refuses a code for a
 * scenario this game does not have or has in another version. Never throws.
 */
export function decodeShareCode(code: unknown, scenarios?: ScenarioLookup): ShareDecoding {
  if (typeof code !== 'string' || code.trim() === '') return error('share.empty');
  const text = codeFromText(code);
  if (text.length > MAX_SHARE_CODE_CHARS) {
    return error('share.tooLong', { length: text.length, max: MAX_SHARE_CODE_CHARS });
  }
  const head = /^L(\d{1,6})\./.exec(text);
  if (!head) return error('share.notLeverage', { version: SHARE_CODE_VERSION });
  if (`L${head[1]}` !== SHARE_CODE_VERSION) {
    return error('share.unknownVersion', { found: `L${head[1]}`, version: SHARE_CODE_VERSION });
  }
  const lastDot = text.lastIndexOf('.');
  const checksum = text.slice(lastDot + 1);
  if (lastDot < head[0].length || (checksum.length < 8 && /^[0-9a-f]*$/.test(checksum))) {
    return error('share.truncated');
  }
  if (checksum !== crc32Hex(text.slice(0, lastDot))) {
    return error('share.tampered');
  }
  const decoded = readPayload(text.slice(head[0].length, lastDot));
  if (!decoded.ok || !scenarios) return decoded;
  const problem = scenarioProblem(decoded.record, scenarios);
  return problem === null ? decoded : { ok: false, error: problem };
}
