import { describe, expect, it } from 'vitest';
import { newId } from './tokens';

describe('newId', () => {
  it('gives 22 base64url characters, never the same twice, across many refills of its pool', () => {
    const ids = Array.from({ length: 5_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every bit: each of the 128 positions is sometimes 0 and sometimes 1', () => {
    let ones = 0n;
    let zeros = 0n;
    for (let i = 0; i < 600; i += 1) {
      const bits = BigInt(`0x${Buffer.from(newId(), 'base64url').toString('hex')}`);
      ones |= bits;
      zeros |= ~bits & ((1n << 128n) - 1n);
    }
    expect(ones).toBe((1n << 128n) - 1n);
    expect(zeros).toBe((1n << 128n) - 1n);
  });
});
