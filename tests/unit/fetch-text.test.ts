// Fetching a debate from a link: manners (no credentials, no referrer) and limits (time,
// size while streaming, HTML refused), each through a fake fetch.
import { describe, expect, it } from 'vitest';
import { fetchText } from '../../src/loader/fetch-text';

const URL_ = 'https://example.org/debate.json';
const OPTIONS = { maxBytes: 1000, timeoutMs: 10_000 };

function fakeFetch(response: Response | (() => Promise<Response>), seen: RequestInit[] = []) {
  return (async (_url: RequestInfo | URL, init?: RequestInit) => {
    seen.push(init ?? {});
    return typeof response === 'function' ? response() : response;
  }) as typeof fetch;
}

describe('fetchText', () => {
  it('asks without credentials or referrer and returns the text and where it came from', async () => {
    const seen: RequestInit[] = [];
    const result = await fetchText(URL_, {
      ...OPTIONS,
      fetch: fakeFetch(
        new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
        seen,
      ),
    });
    expect(result).toEqual({ ok: true, text: '{"a":1}', url: URL_ });
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('says what a 404 answered', async () => {
    const result = await fetchText(URL_, {
      ...OPTIONS,
      fetch: fakeFetch(new Response('nope', { status: 404, statusText: 'Not Found' })),
    });
    expect(!result.ok && result.problem).toMatchObject({
      code: 'fetch-failed',
      message: `${URL_} answered 404 Not Found`,
    });
  });

  it('refuses HTML, by its type or by its first bytes', async () => {
    for (const response of [
      new Response('{}', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      new Response('  <!DOCTYPE html><p>login</p>', { headers: { 'content-type': 'text/plain' } }),
    ]) {
      const result = await fetchText(URL_, { ...OPTIONS, fetch: fakeFetch(response) });
      expect(!result.ok && result.problem.code).toBe('html-not-json');
      expect(!result.ok && result.problem.message).toMatch(/web page \(HTML\), not a JSON/);
    }
  });

  it('refuses a declared size over the cap before reading', async () => {
    const result = await fetchText(URL_, {
      ...OPTIONS,
      fetch: fakeFetch(new Response('x', { headers: { 'content-length': '40000000' } })),
    });
    expect(!result.ok && result.problem.code).toBe('too-large');
  });

  it('stops reading once the stream passes the cap, without a declared size', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(300));
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await fetchText(URL_, { ...OPTIONS, fetch: fakeFetch(new Response(endless)) });
    expect(!result.ok && result.problem.code).toBe('too-large');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('gives up after the time limit, even on a server that never answers', async () => {
    const never = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )) as typeof fetch;
    const result = await fetchText(URL_, { ...OPTIONS, timeoutMs: 30, fetch: never });
    expect(!result.ok && result.problem.message).toBe(
      `${URL_} did not answer within 0.03 seconds.`,
    );
  });

  it('reports a network or CORS failure in words', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await fetchText(URL_, { ...OPTIONS, fetch: failing });
    expect(!result.ok && result.problem).toMatchObject({
      code: 'fetch-failed',
      message: `${URL_} could not be fetched (Failed to fetch).`,
    });
  });
});
