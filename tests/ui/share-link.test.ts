import { describe, expect, it } from 'vitest';
import { gameCodeIn, searchWithoutGame } from '../../src/scenes/share-link';

describe('the share code in the address', () => {
  it('finds ?game=CODE and nothing else', () => {
    expect(gameCodeIn('?game=L1.abc')).toBe('L1.abc');
    expect(gameCodeIn('?view=x&game=L1.abc')).toBe('L1.abc');
    expect(gameCodeIn('?game=')).toBeNull();
    expect(gameCodeIn('')).toBeNull();
  });
  it('drops only the game parameter', () => {
    expect(searchWithoutGame('?game=L1.abc')).toBe('');
    expect(searchWithoutGame('?a=1&game=L1.abc&b=2')).toBe('?a=1&b=2');
  });
});
