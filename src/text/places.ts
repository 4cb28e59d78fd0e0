/**
 * The map's place names in the active language. assets/map/theatre.json names each place in
 * English, and the code keys sectors and cities by those names; only what the player reads is
 * translated here (src/text/places-uk.json).
 */
import placesUk from './places-uk.json';
import { activeLanguage } from './language';

const UK: Readonly<Record<string, string>> = placesUk;

/** A place's name as the active language writes it ('Kyiv', 'Київ'); an unknown name as it is. */
export function placeName(name: string): string {
  if (activeLanguage() === 'en') return name;
  return Object.hasOwn(UK, name) && name !== '$comment' ? UK[name]! : name;
}
