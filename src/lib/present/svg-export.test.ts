import { describe, expect, it } from 'vitest';
import { referencedIds } from './svg-export';

describe('referencedIds(attribute, value)', () => {
  it.each([
    ['fill', 'url(#t-hatch-us)', ['t-hatch-us']],
    ['clip-path', 'url("#t-clip-meeting")', ['t-clip-meeting']],
    ['style', 'fill:url("http://localhost/#t-hatch-text");stroke:none', ['t-hatch-text']],
    ['href', '#t-symbol', ['t-symbol']],
    ['href', 'https://example.org/#app', []],
  ])('%s="%s" refers to %j', (name, value, ids) => {
    expect(referencedIds(name, value)).toEqual(ids);
  });

  it('finds nothing in text attributes, whatever they say (an event titled url(#app))', () => {
    for (const name of ['aria-label', 'title', 'data-event', 'id', 'class']) expect(referencedIds(name, 'Meeting: url(#app) href="#app"')).toEqual([]);
  });
});
