/**
 * The map's place names in the active language. assets/map/theatre.json names each place in
 * English, and the code keys sectors and cities by those names; only what the player reads is
 * translated (src/text/places-uk.json, registered with the language's other texts).
 */
import { textsInActiveLanguage } from './language';

/** A place's name as the active language writes it ('Kyiv', 'Київ'); an unknown name as it is. */
export function placeName(name: string): string {
  const names = textsInActiveLanguage<Readonly<Record<string, string>>>('places', {});
  return Object.hasOwn(names, name) && name !== '$comment' ? names[name]! : name;
}
