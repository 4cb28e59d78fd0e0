import { describe, expect, it } from 'vitest';
import { hasMoreBelow } from '../../src/ui/scroll-cue';

describe('hasMoreBelow', () => {
  it('is true while content lies below the visible part', () => {
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 300, scrollHeight: 500 })).toBe(true);
    expect(hasMoreBelow({ scrollTop: 199, clientHeight: 300, scrollHeight: 500 })).toBe(false);
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 300, scrollHeight: 300 })).toBe(false);
  });
});
