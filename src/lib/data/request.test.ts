import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendRequest, takeRequest } from './request';

describe('the data request sent before the app runs', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = () => {
    const fetch = vi.fn((url: string, _init?: RequestInit) => Promise.resolve(new Response(`{"url":"${url}"}`)));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('is taken by the app for the same address instead of a second request', async () => {
    const fetch = stubFetch();
    const sent = sendRequest('https://news.example/data/talks.json');
    const taken = takeRequest('https://news.example/data/talks.json');
    expect(taken).toBe(sent);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][1]).toMatchObject({ credentials: 'same-origin', signal: sent.controller.signal });
    expect(await (await taken.response).json()).toEqual({ url: 'https://news.example/data/talks.json' });
  });

  it('is taken once: a later load of the same address sends its own', () => {
    const fetch = stubFetch();
    const sent = sendRequest('https://news.example/data/talks.json');
    expect(takeRequest('https://news.example/data/talks.json')).toBe(sent);
    expect(takeRequest('https://news.example/data/talks.json')).not.toBe(sent);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is not used for another address (a page whose data= names another file)', () => {
    const fetch = stubFetch();
    const sent = sendRequest('https://news.example/data/talks.json');
    const other = takeRequest('https://news.example/data/other.json');
    expect(other).not.toBe(sent);
    expect(other.url).toBe('https://news.example/data/other.json');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['https://news.example/data/talks.json', 'https://news.example/data/other.json']);
  });
});
