// Fetches a text file with the manners and limits the loader needs: no credentials,
// no referrer, a time limit, and a size cap enforced while the body streams in.
import { joinBytes } from '../lib/join-bytes';
import { formatBytes } from './limits';
import { problem, type LoaderMessage, type Problem } from './problems';

export interface FetchOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** For tests: the fetch to use. */
  readonly fetch?: typeof fetch;
  /**
   * Only for the app's own files: 'same-origin' lets the request take the response of
   * index.html's preload hint (a `crossorigin` preload cannot ask to omit credentials).
   * Links to other sites always go without credentials.
   */
  readonly credentials?: 'same-origin';
}

export type FetchResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** Where the text came from in the end, after any redirects. */
      readonly url: string;
    }
  | { readonly ok: false; readonly problem: Problem };

/** The body as bytes: a spreadsheet is not text. */
export type FetchBytesResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly url: string }
  | { readonly ok: false; readonly problem: Problem };

function fail(message: LoaderMessage, code: Problem['code'] = 'fetch-failed') {
  return { ok: false, problem: problem(code, '', message) } as const;
}

async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return joinBytes(chunks, received);
}

export async function fetchText(url: string, options: FetchOptions): Promise<FetchResult> {
  const fetched = await fetchBytes(url, options);
  return fetched.ok
    ? { ok: true, text: new TextDecoder().decode(fetched.bytes), url: fetched.url }
    : fetched;
}

/** Where the first bytes say "web page": a saved page or an error page, not a debate. */
function isHtml(bytes: Uint8Array): boolean {
  return /^\uFEFF?\s*<(!doctype|html)/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));
}

/** Fetches any debate file (JSON, text formats, a spreadsheet) as bytes, with the same manners. */
export async function fetchBytes(url: string, options: FetchOptions): Promise<FetchBytesResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      credentials: options.credentials ?? 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { Accept: 'application/json, text/*;q=0.9, */*;q=0.8' },
    });
    if (!response.ok)
      return fail(
        /*i18n*/ {
          id: 'fetch.status',
          message: '{url} answered {status}',
          values: { url, status: `${response.status} ${response.statusText}`.trim() },
        },
      );
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html/i.test(type))
      return fail(
        /*i18n*/ {
          id: 'fetch.html',
          message: '{url} sent a web page (HTML), not a JSON debate file.',
          values: { url },
        },
        'html-not-json',
      );
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) {
      return fail(
        /*i18n*/ {
          id: 'fetch.too-large',
          message: '{url} is {size}; a debate may be at most {max}.',
          values: { url, size: formatBytes(declared), max: formatBytes(options.maxBytes) },
        },
        'too-large',
      );
    }
    const bytes = response.body
      ? await readCapped(response.body, options.maxBytes)
      : new Uint8Array(await response.arrayBuffer());
    if (bytes === null)
      return fail(
        /*i18n*/ {
          id: 'fetch.larger-than',
          message: '{url} is larger than {max}, the most a debate may be.',
          values: { url, max: formatBytes(options.maxBytes) },
        },
        'too-large',
      );
    if (isHtml(bytes))
      return fail(
        /*i18n*/ {
          id: 'fetch.html',
          message: '{url} sent a web page (HTML), not a JSON debate file.',
          values: { url },
        },
        'html-not-json',
      );
    return { ok: true, bytes, url: response.url || url };
  } catch (error) {
    if (controller.signal.aborted)
      return fail(
        /*i18n*/ {
          id: 'fetch.timeout',
          message: '{url} did not answer within {seconds} seconds.',
          values: { url, seconds: options.timeoutMs / 1000 },
        },
      );
    return fail(
      /*i18n*/ {
        id: 'fetch.failed',
        message: '{url} could not be fetched ({reason}).',
        values: { url, reason: error instanceof Error ? error.message : String(error) },
      },
    );
  } finally {
    clearTimeout(timer);
  }
}
