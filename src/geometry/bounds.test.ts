import { describe, expect, it } from 'vitest';
import { boundsOfPoints } from './bounds';

describe('boundsOfPoints', () => {
  it('frames points in one region as they are', () => {
    expect(
      boundsOfPoints([
        [127.7, 26.2],
        [139.3, 35.7],
      ]),
    ).toEqual([127.7, 26.2, 139.3, 35.7]);
  });

  it('goes across the Pacific when the points span Japan and the U.S.', () => {
    expect(
      boundsOfPoints([
        [139.7, 35.7],
        [-77.0, 38.9],
      ]),
    ).toEqual([139.7, 35.7, 283, 38.9]);
  });

  it('returns null for no points', () => {
    expect(boundsOfPoints([])).toBeNull();
  });
});
