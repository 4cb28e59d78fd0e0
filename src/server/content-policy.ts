/**
 * The game's Content-Security-Policy, one list for every way the game is served: the meta tag the
 * build writes into index.html, and the header of `npm run preview` and of the room server. Only
 * the game's own origin may provide scripts, styles, fonts, workers and connections (the room's
 * WebSocket is on the same origin); images may also be data: URLs (the join links' QR codes) and
 * sounds data: or blob: URLs (the audio library's unlock sample). No inline script, no eval, no
 * plugins, no <base>.
 */

/** The directives a meta tag may carry. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['media-src', "'self' data: blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** The policy as the build's meta tag carries it (frame-ancestors is not allowed in a meta tag). */
export const CONTENT_POLICY_META = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as a response header: the meta tag's, and no framing by another site. */
export const CONTENT_POLICY_HEADER = `${CONTENT_POLICY_META}; frame-ancestors 'none'`;
