import { describe, expect, it } from 'vitest';
import { searchWithoutGame } from '../../src/app/share-link';

describe('the address after a shared game is opened', () => {
  it('drops only the game parameter', () => {
    expect(searchWithoutGame('?game=L1.abc')).toBe('');
    expect(searchWithoutGame('?a=1&game=L1.abc&b=2')).toBe('?a=1&b=2');
  });
});
