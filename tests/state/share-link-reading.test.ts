/**
 * The one reader of `?game=`: the page's address, a link pasted on the title screen and a team's
 * code or file all give their code through gameParamIn and codeFromText.
 */
import { describe, expect, it } from 'vitest';
import { codeFromText, gameParamIn } from '../../src/state/share/share-code';

describe('the game parameter of a link or an address', () => {
  it('finds ?game=CODE and nothing else', () => {
    expect(gameParamIn('?game=L1.abc')).toBe('L1.abc');
    expect(gameParamIn('?view=x&game=L1.abc')).toBe('L1.abc');
    expect(gameParamIn('?game=')).toBeNull();
    expect(gameParamIn('?view=x')).toBeNull();
    expect(gameParamIn('')).toBeNull();
  });

  it('is decoded, and a malformed escape is left for the decoder to reject', () => {
    expect(gameParamIn('?game=L1.q%2Ew#top')).toBe('L1.q.w');
    expect(gameParamIn('/?game=L1.%E0%A4%A')).toBe('L1.%E0%A4%A');
  });
});

describe('the code in a pasted text', () => {
  it('takes the code out of a ?game= link', () => {
    expect(codeFromText('https://example.org/leverage/?game=L1.xyz&lang=en')).toBe('L1.xyz');
    expect(codeFromText('https://example.org/leverage/?game=L1abc-_9&x=1')).toBe('L1abc-_9');
    expect(codeFromText('  see http://localhost:4173/?game=L1%2Bq  ')).toBe('L1+q');
  });

  it('takes a bare code with its white space removed', () => {
    expect(codeFromText('  L1.abc_DEF-123  ')).toBe('L1.abc_DEF-123');
    expect(codeFromText(' L1abc\n def \n')).toBe('L1abcdef');
    expect(codeFromText('   ')).toBe('');
  });
});
