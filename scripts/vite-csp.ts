// Adds the strict Content-Security-Policy to the built index.html. Only to the build:
// the dev server injects an inline React Refresh preamble that the policy forbids.
import type { Plugin } from 'vite';

export interface PolicyOptions {
  /**
   * Lets `?data=` reach plain http on this machine (`VITE_ALLOW_LOOPBACK_DATA=1`, for
   * authors trying a file out). Off by default: a shared link must never make a reader's
   * browser send requests to their own computer.
   */
  readonly allowLoopback?: boolean;
}

/** The policy of a build; see docs/hosting.md for each directive. */
export function policyFor({ allowLoopback = false }: PolicyOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // No 'unsafe-inline': every style is in a stylesheet, or set through the CSSOM
    // (React's style props), which the policy does not restrict.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Debates may be loaded from any https: host with ?data=.
    `connect-src 'self' https:${allowLoopback ? ' http://localhost:* http://127.0.0.1:*' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Script URLs only through the app's one policy (src/app/trusted-types.ts).
    "require-trusted-types-for 'script'",
    // …and the copy template's HTML through its own (src/features/offline/make-copy.ts).
    'trusted-types default classroom-copy',
  ].join('; ');
}

/** The policy of a default build. */
export const CONTENT_SECURITY_POLICY = policyFor();

export function contentSecurityPolicy(options: PolicyOptions = {}): Plugin {
  return {
    name: 'stancemap-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(options) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
