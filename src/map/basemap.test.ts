import { describe, expect, it } from 'vitest';
import { GSI_ORIGIN } from '../state/onlinePage';
import { GSI_TILES } from './basemap';

describe('GSI_TILES', () => {
  it('come from the origin the online page allows', () => {
    expect(new URL(GSI_TILES.replace(/[{}]/g, '')).origin).toBe(GSI_ORIGIN);
  });
});
