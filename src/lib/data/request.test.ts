import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

describe('the data request sent before the app runs', () => {
  // The module keeps whether the page has asked yet: a fresh copy per test, as each page has.
  let request: typeof import('./request');
  beforeEach(async () => {
    vi.resetModules();
    request = await import('./request');
  });
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = () => {
    const fetch = vi.fn((url: string, _init?: RequestInit) => Promise.resolve(new Response(`{"url":"${url}"}`)));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('is taken by the app for the same address instead of a second request', async () => {
    const fetch = stubFetch();
    request.sendRequest('https://news.example/data/talks.json');
    const taken = request.takeRequest('https://news.example/data/talks.json');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][1]).toMatchObject({ credentials: 'same-origin', signal: taken.controller.signal });
    expect(await (await taken.response).json()).toEqual({ url: 'https://news.example/data/talks.json' });
  });

  it('is taken once: a later load of the same address sends its own', () => {
    const fetch = stubFetch();
    request.sendRequest('https://news.example/data/talks.json');
    const first = request.takeRequest('https://news.example/data/talks.json');
    expect(request.takeRequest('https://news.example/data/talks.json')).not.toBe(first);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is not used for another address (a page whose data= names another file)', () => {
    const fetch = stubFetch();
    request.sendRequest('https://news.example/data/talks.json');
    const other = request.takeRequest('https://news.example/data/other.json');
    expect(other.url).toBe('https://news.example/data/other.json');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['https://news.example/data/talks.json', 'https://news.example/data/other.json']);
  });

  it('is not sent once the app has asked (its code was kept by the browser and ran first)', () => {
    const fetch = stubFetch();
    const taken = request.takeRequest('https://news.example/data/talks.json');
    request.sendRequest('https://news.example/data/talks.json');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(taken.url).toBe('https://news.example/data/talks.json');
  });
});
