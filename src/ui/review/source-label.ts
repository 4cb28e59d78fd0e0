/**
 * A readable, link-free name for a source in print. The report's footnotes are stored as
 * "ISW, …, footnote 39" with the cited page's address as the citation; for those, the site and the
 * words of the page's address make a better name ("bloomberg.com: War ate up almost a quarter of
 * Russia s liquid assets in 2024"). Pure.
 */
import { interpolate, uiWords } from '../../text';

/**
 * The site and title words of the first address a citation starts with ("… and 2 more" when it
 * lists several), or null when the citation does not start with an http(s) address.
 */
export function addressWords(citation: string): string | null {
  // Some citations spell the dots of their hosts out ("rfa dot org") and list several addresses.
  const text = citation.trim().replace(/\s+dot\s+/gi, '.');
  const addresses = text.match(/https?:\/\/[^\s;]+/g) ?? [];
  const first = addresses[0];
  if (!first || !text.startsWith(first)) return null;
  let url: URL;
  try {
    url = new URL(first);
  } catch {
    return null;
  }
  const site = url.hostname.replace(/^www\./, '');
  const segments = url.pathname
    .split('/')
    .map((p) => p.replace(/\.[a-z0-9]{2,5}$/i, ''))
    .filter((p) => /[a-z]{3,}/i.test(p) && /[-_]/.test(p));
  const slug = segments.at(-1);
  const more =
    addresses.length > 1
      ? interpolate(uiWords().review.sourceMore, { count: String(addresses.length - 1) })
      : '';
  if (!slug) return `${site}${more}`;
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return `${site}: ${words.charAt(0).toUpperCase()}${words.slice(1)}${more}`;
}

/** The name to print for a source: its title, or for a bare report footnote the words of its address. */
export function printableSourceName(entry: { readonly title: string; readonly citation: string }): string {
  if (/footnote \d+\s*$/i.test(entry.title)) {
    const words = addressWords(entry.citation);
    if (words) return words;
  }
  return entry.title;
}
