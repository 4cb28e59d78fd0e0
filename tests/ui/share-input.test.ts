import { describe, expect, it } from 'vitest';
import { shareCodeFrom } from '../../src/ui/share/share-input';

describe('shareCodeFrom', () => {
  it('takes a bare code, trimmed', () => {
    expect(shareCodeFrom('  L1.abc_DEF-123  ')).toBe('L1.abc_DEF-123');
  });
  it('takes the game parameter of a pasted link', () => {
    expect(shareCodeFrom('https://example.org/leverage/?game=L1.xyz&lang=en')).toBe('L1.xyz');
    expect(shareCodeFrom('?game=L1.q%2Ew#top')).toBe('L1.q.w');
  });
  it('leaves a malformed escape for the store to reject', () => {
    expect(shareCodeFrom('/?game=L1.%E0%A4%A')).toBe('L1.%E0%A4%A');
  });
  it('gives an empty string for nothing pasted', () => {
    expect(shareCodeFrom('   ')).toBe('');
  });
});
