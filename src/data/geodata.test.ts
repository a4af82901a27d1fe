/** The real geodata/ passes the checker; a test here fails with the checker's own messages. */
import { describe, expect, it } from 'vitest';
import { checkGeodata } from '../../scripts/check-geodata';
import { formatProblem } from './validate';

describe('geodata/', () => {
  it('is valid and canonical', () => {
    expect(checkGeodata(false).map(formatProblem)).toEqual([]);
  });
});
