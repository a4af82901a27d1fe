import { describe, expect, it } from 'vitest';
import { hashWithGsi, onlinePageFor, policyAllowsGsi } from './onlinePage';

const OFFLINE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const ONLINE =
  "default-src 'self'; script-src 'self'; img-src 'self' data: blob: https://cyberjapandata.gsi.go.jp; connect-src 'self' https://cyberjapandata.gsi.go.jp";

describe('policyAllowsGsi', () => {
  it('reads img-src and connect-src, falling back to default-src', () => {
    expect(policyAllowsGsi(null)).toBe(true);
    expect(policyAllowsGsi(OFFLINE)).toBe(false);
    expect(policyAllowsGsi(ONLINE)).toBe(true);
    expect(policyAllowsGsi("default-src 'self' https://cyberjapandata.gsi.go.jp")).toBe(true);
    expect(policyAllowsGsi("img-src https://cyberjapandata.gsi.go.jp; connect-src 'self'")).toBe(false);
    expect(policyAllowsGsi("script-src 'self'")).toBe(true);
  });
});

describe('hashWithGsi', () => {
  it('sets basemap=gsi and keeps the rest of the link', () => {
    expect(hashWithGsi('')).toBe('#basemap=gsi');
    expect(hashWithGsi('#')).toBe('#basemap=gsi');
    expect(hashWithGsi('#map=9/26.3/127.8&feature=kadena&lang=en')).toBe(
      '#map=9/26.3/127.8&feature=kadena&lang=en&basemap=gsi',
    );
    expect(hashWithGsi('#lang=en&basemap=offline&q=%E8%BE%BA')).toBe('#lang=en&q=%E8%BE%BA&basemap=gsi');
    expect(hashWithGsi('#basemap=gsi&lang=ja')).toBe('#lang=ja&basemap=gsi');
  });
});

describe('onlinePageFor', () => {
  it('sends the GSI choice on a strict page to online.html beside it, with the same link', () => {
    expect(onlinePageFor('https://example.org/atlas/#lang=en', OFFLINE, 'gsi')).toBe(
      'https://example.org/atlas/online.html#lang=en&basemap=gsi',
    );
    expect(onlinePageFor('https://example.org/atlas/index.html?x=1#feature=kadena', OFFLINE, 'gsi')).toBe(
      'https://example.org/atlas/online.html?x=1#feature=kadena&basemap=gsi',
    );
    expect(onlinePageFor('http://127.0.0.1:4173/', OFFLINE, 'gsi')).toBe(
      'http://127.0.0.1:4173/online.html#basemap=gsi',
    );
  });

  it('stays where the page can show the choice', () => {
    expect(onlinePageFor('https://example.org/atlas/#lang=en', OFFLINE, 'offline')).toBeNull();
    expect(onlinePageFor('https://example.org/atlas/online.html#lang=en', ONLINE, 'gsi')).toBeNull();
    expect(onlinePageFor('https://example.org/atlas/online.html', ONLINE, 'offline')).toBeNull();
    expect(onlinePageFor('https://example.org/atlas/online.html#lang=en', OFFLINE, 'gsi')).toBeNull();
    // The dev server's page has no policy: the tiles load there.
    expect(onlinePageFor('http://127.0.0.1:5173/#basemap=gsi', null, 'gsi')).toBeNull();
  });
});

describe('a GSI map other than the pale one', () => {
  it('goes to online.html with that map named in the link', () => {
    expect(onlinePageFor('https://example.org/atlas/#map=5/35/135', OFFLINE, 'gsi-photo')).toBe(
      'https://example.org/atlas/online.html#map=5/35/135&basemap=gsi-photo',
    );
    expect(onlinePageFor('https://example.org/atlas/#map=5/35/135', OFFLINE, 'offline')).toBeNull();
  });
});
