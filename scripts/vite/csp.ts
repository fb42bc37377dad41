/**
 * The built page carries a Content-Security-Policy that forbids inline script, eval and any
 * other origin, except the data origins the build allows (VITE_DATA_ORIGINS, the same list
 * `?data=` is checked against in data-url.ts): without them in connect-src, an allowed dataset
 * would be blocked by the browser and the reader told only "Failed to fetch". Dev mode needs
 * Vite's inline client, so the policy is for the build only.
 */
import type { Plugin } from 'vite';

export function cspDirectives(dataOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // data: for the pictures the page draws itself (a chart's PNG, an embed's fallback picture):
    // their SVG carries its fonts as data: URLs, and the image is held to this policy.
    "font-src 'self' data:",
    ["connect-src 'self'", ...dataOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function contentSecurityPolicy(dataOrigins: readonly string[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspDirectives(dataOrigins) }, injectTo: 'head-prepend' }],
  };
}
