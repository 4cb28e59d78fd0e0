/**
 * The state's messages in words (src/text/messages-en.json): the state answers with a code and
 * values (a Message) wherever it used to write a sentence, and this turns one into the sentence,
 * the same way describe.ts words the engine's report events. Pure; never throws: an unknown code
 * gets the catalogue's safe fallback.
 */
import type { Message, OverrideTarget } from '../engine';
import type { ValueFormat } from './catalogue';
import { interpolate } from './format';
import { quarterText } from './indicators';
import messagesEn from './messages-en.json';
import { textsInActiveLanguage } from './language';
import { overrideTargetText } from './workshop';

/** When a variant of a message's text applies: the value under `key` equals, or is above or below, a number. */
export interface MessageCondition {
  readonly key: string;
  readonly equals?: string | number;
  readonly above?: number;
  readonly below?: number;
}

/** A message's text with the digits of some values and the variants that replace it when they hold. */
export interface MessageTemplate {
  readonly text: string;
  readonly formats?: Readonly<Record<string, ValueFormat>>;
  readonly variants?: readonly { readonly when: MessageCondition; readonly text: string }[];
}

/** A messages catalogue: texts by code, phrases by value, and the text of an unknown code. */
export interface MessageCatalogue {
  readonly messages: Readonly<Record<string, string | MessageTemplate>>;
  /** For a value key, the phrase of each of its values: {part} 'seed' → {partText} 'the seed'. */
  readonly phrases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** With {code}: what an unknown code says. */
  readonly unknown: string;
}

/** The English messages. */
export const MESSAGES_EN: MessageCatalogue = messagesEn;

/** The messages of the active language. */
export function currentMessages(): MessageCatalogue {
  return textsInActiveLanguage('messages', MESSAGES_EN);
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

const QUARTER_LABEL = /^\d{4}-Q[1-4]$/;

function holds(when: MessageCondition, values: Message['values']): boolean {
  const value = values[when.key];
  if (value === undefined) return false;
  if (when.equals !== undefined && value !== when.equals) return false;
  if (when.above !== undefined && !(typeof value === 'number' && value > when.above)) return false;
  if (when.below !== undefined && !(typeof value === 'number' && value < when.below)) return false;
  return true;
}

/** The values a text may use beyond the message's own: phrases, an override target's name, quarters in words. */
function wordedValues(
  values: Message['values'],
  catalogue: MessageCatalogue,
): Record<string, number | string> {
  const worded: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(values)) {
    worded[key] = typeof value === 'string' && QUARTER_LABEL.test(value) ? quarterText(value) : value;
    const phrases = has(catalogue.phrases, key) ? catalogue.phrases[key]! : null;
    if (phrases && typeof value === 'string' && has(phrases, value)) worded[`${key}Text`] = phrases[value]!;
  }
  const target = values['target'];
  if (typeof target === 'string') worded['targetLabel'] = overrideTargetText(target as OverrideTarget).label;
  return worded;
}

/** Whether the catalogue has a text for a message code. */
export function hasMessageText(code: string, catalogue: MessageCatalogue = currentMessages()): boolean {
  return has(catalogue.messages, code);
}

/** A message as a sentence: its code's text (or the first variant that holds) with its values filled in. */
export function describeMessage(message: Message, catalogue: MessageCatalogue = currentMessages()): string {
  if (!hasMessageText(message.code, catalogue)) return interpolate(catalogue.unknown, { code: message.code });
  const entry = catalogue.messages[message.code]!;
  const template: MessageTemplate = typeof entry === 'string' ? { text: entry } : entry;
  const variant = template.variants?.find((v) => holds(v.when, message.values));
  return interpolate(
    variant?.text ?? template.text,
    wordedValues(message.values, catalogue),
    template.formats ?? {},
  );
}
