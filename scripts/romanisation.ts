/**
 * Checks the Hepburn romanisation of the English names in geodata/ (part of `npm run
 * check:geodata`), against two references:
 *
 * - **Municipalities** against OpenStreetMap's English names of Japan's municipalities (the
 *   `detect-location-jp` package's copy of OSM's admin_level 7 relations, ODbL): each `municipality.en`
 *   (split at ", " as its `ja` is at ・) must be OSM's name for the `ja` municipality in the same
 *   prefecture, up to the spelling variants of Hepburn (long vowels written or not, n or m before
 *   b/p/m, the suffix -shi/-chō/-son left off). A municipality OSM does not list is counted as not
 *   checked, not failed.
 * - **Feature names** against the feature's own `reading` (the kana of its Japanese name), converted
 *   by the `hepburn` package: each word of `name.en` is an English word (ENGLISH_WORDS), a Japanese
 *   word found in that reading (or in another feature's, for a name that refers to another place:
 *   "Futenma Replacement Facility"), or an exception listed with its reason (SPELLED_OTHERWISE).
 *
 * It would have caught 王城寺原 romanised "Ojojibara" (its reading おうじょうじはら is Ōjōjihara).
 */
import { fromKana } from 'hepburn';
import { createRequire } from 'node:module';
import type { GeodataProblem } from '../src/data/validate';

/** One municipality as OSM names it (the fields of detect-location-jp's japan_cities.json used here). */
export interface OsmMunicipality {
  state_ja: string;
  city_ja: string;
  city_en: string;
}

export function osmMunicipalities(): OsmMunicipality[] {
  const require = createRequire(import.meta.url);
  return require('detect-location-jp/dist/data/japan_cities.json') as OsmMunicipality[];
}

/**
 * A romanisation reduced to what Hepburn's variants share: lower case, no macrons, no spaces or
 * hyphens, long vowels written once (ō, ou, oo → o; ū, uu → u), n for m before b/p/m (Gotemba,
 * Gotenba), and ぢ/づ as ji/zu however written (Nihon-shiki du/di, the hepburn package's dzu/dji).
 */
export function hepburnKey(latin: string): string {
  return latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/dz/g, 'z')
    .replace(/dj/g, 'j')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/m(?=[bpm])/g, 'n')
    .replace(/du/g, 'zu')
    .replace(/di/g, 'ji');
}

/** OSM's English municipality name without its suffix ("Okinawa-shi" → "Okinawa"). */
function osmBaseName(name: string): string {
  return name.replace(/[-\s](shi|chō|cho|machi|son|mura|ku)$/i, '');
}

/**
 * Words of English names that are English (or the English forms of foreign names), so not
 * romanised Japanese. Lower case.
 */
export const ENGLISH_WORDS = new Set(
  `a access activities additional adjacent affairs air airfield along and area army auxiliary base
  beach c camp center city command communication compound construction corps corridor course d depot east
  elements engineering facilities facility farm fleet force foreign gate golf headquarters housing
  in including industrial islands japan jgsdf jungle korea land laundry lower majority marine mcas
  military ministry most naval nations near new no north northern of on part plant plaza pol port
  rear remainder remaining replacement republic return returned river road route s service side site
  south station storage strip summit the training u under united university warehouse warfare west
  white york
  airport ammunition annex areas arms barracks blue combined communications depots dock dry family
  field forces garrison general ground hills jasdf jmsdf maneuver navy ordnance pier point press range
  rest rifle ripsaw supply to transmitter us
  foster kinser lester schwab warren washington georgetown seoul
  courtney hardy mctureous shields`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Japanese words of English names spelled otherwise than the Hepburn of any reading in the
 * atlas, each with its reason. Keyed by feature id, then word.
 */
export const SPELLED_OTHERWISE: Record<string, Record<string, string>> = {
  'return-gesaji': {
    Gesaji:
      'the English name as published (reference okinawa_returns.csv, OR27: “Gesaji Communication Site”); the Hepburn of its reading げさし would be Gesashi',
  },
  iwojima: {
    Iwo: 'the island’s name as English has long written it (Iwo Jima); the Hepburn of the reading いおうじま would be Iōjima',
  },
  sofu: {
    Sofu: 'the facility’s English name as recorded in the research table (reference us_facilities_japan.csv, yam_sofu: “Sofu Communication Site”); its reading そお (Chugoku Shimbun) would be Sō',
  },
  maebata: {
    Maebata:
      'the district 前畑 where the depot lies, as the research table glosses it (reference us_facilities_japan.csv, nag_maebata); not part of the Japanese name, and no source read gives its reading',
  },
  itazuke: {
    Fukuoka:
      'the airport the airfield is now, 福岡空港 (the article the reading was read in), not part of the facility’s name',
  },
  kobisho: {
    Kuba: 'the island’s other name 久場島, read くばじま in 角川日本地名大辞典 (JLogos); the range’s full name is 久場島黄尾嶼射爆撃場',
  },
  sekibisho: {
    Taisho:
      'the island’s other name 大正島, read たいしょうじま in 角川日本地名大辞典 (JLogos); the range’s full name is 大正島赤尾嶼射爆撃場',
  },
  'return-futenma-samashita': {
    Samashita:
      'the gate is named for the district 佐真下 (reference okinawa_returns.csv, OR18: “near Samashita Gate”), which is not part of the facility’s reading',
  },
};

/** U.S. facilities with no reading, because no source read gives one: what was searched. */
export const READING_NOT_FOUND: Record<string, string> = {
  iorizaki:
    'no source found for the reading of 庵崎 (searched 庵崎貯油所 佐世保, 庵崎 いおりざき, 庵崎 読み, 庵浦); the neighbouring 庵浦 is read いおのうら',
  tategami:
    'no reliable source found for the reading of 立神 in Sasebo (searched 立神港区, 立神 たてがみ 佐世保, 立神岸壁); the only page found, a personal blog, writes たてかみ',
};

interface NamedFeature {
  id: string;
  /** Set for U.S. facilities, which must each have a reading. */
  useType?: string | undefined;
  readingSource?: string | undefined;
  name: { ja: string; en: string };
  reading?: string | undefined;
  prefecture?: { ja: string; en: string } | null | undefined;
  municipality?: { ja: string; en: string } | null | undefined;
}

export interface RomanisationReport {
  problems: GeodataProblem[];
  /** Municipality names compared with OSM's, and those OSM does not list. */
  municipalities: { checked: number; notListed: string[] };
  /** Feature names compared with their readings. */
  names: { checked: number };
}

export function checkRomanisation(
  layers: { file: string; features: NamedFeature[] }[],
  osm: OsmMunicipality[] = osmMunicipalities(),
): RomanisationReport {
  const problems: GeodataProblem[] = [];
  const notListed = new Set<string>();
  let municipalitiesChecked = 0;
  let namesChecked = 0;
  const readings = layers
    .flatMap((l) => l.features)
    .filter((f) => f.reading)
    .map((f) => ({ id: f.id, key: hepburnKey(fromKana(f.reading!)) }));

  for (const { file, features } of layers) {
    for (const f of features) {
      // Municipalities: the Japanese and English lists side by side, brackets left off.
      const m = f.municipality;
      const prefectures = f.prefecture?.ja.split('・') ?? [];
      if (m && prefectures.length) {
        // A ward of a designated city (熊本市東区) is named ward first in English ("Higashi-ku, Kumamoto").
        const ja = m.ja
          .replace(/[(（][^)）]*[)）]/g, '')
          .replace(/ほか$/, '')
          .split('・')
          .filter(Boolean)
          .flatMap((name) => /^(.+市)(.+区)$/.exec(name)?.slice(1).reverse() ?? [name]);
        const en = m.en
          .replace(/\s*\([^)]*\)/g, '')
          .replace(/ and others$/, '')
          .split(', ')
          .filter(Boolean);
        if (ja.length !== en.length) {
          problems.push({
            file,
            feature: f.id,
            field: 'municipality.en',
            message: `names ${en.length} municipalities where municipality.ja names ${ja.length}`,
          });
        } else {
          ja.forEach((name, i) => {
            const listed = osm.filter((o) => o.city_ja === name && prefectures.includes(o.state_ja));
            if (listed.length === 0) {
              notListed.add(name);
              return;
            }
            municipalitiesChecked++;
            // "Okinawa City" is how English tells the city from the prefecture of the same name.
            const english = en[i]!.replace(/ City$/, '');
            if (!listed.some((o) => hepburnKey(osmBaseName(o.city_en)) === hepburnKey(english))) {
              problems.push({
                file,
                feature: f.id,
                field: 'municipality.en',
                message: `“${en[i]}” for ${name} is not its Hepburn romanisation (OpenStreetMap: ${listed
                  .map((o) => `“${o.city_en}”`)
                  .join(', ')})`,
              });
            }
          });
        }
      }

      // Feature names: each Japanese word from the feature's reading, or from another feature's.
      if (f.useType && f.reading && !f.readingSource)
        problems.push({
          file,
          feature: f.id,
          field: 'readingSource',
          message: `where is the reading ${f.reading} written? A U.S. facility’s reading needs its source`,
        });
      if (!f.reading) {
        if (f.useType && !READING_NOT_FOUND[f.id])
          problems.push({
            file,
            feature: f.id,
            field: 'reading',
            message:
              'a U.S. facility needs its reading (with readingSource), so that search finds it in kana and its English name is checked; if no source gives one, say what was searched in READING_NOT_FOUND (scripts/romanisation.ts)',
          });
        continue;
      }
      namesChecked++;
      const own = hepburnKey(fromKana(f.reading));
      for (const word of f.name.en.match(/[A-Za-zĀ-ž]+/g) ?? []) {
        if (ENGLISH_WORDS.has(word.toLowerCase())) continue;
        const key = hepburnKey(word);
        if (own.includes(key)) continue;
        if (key.length >= 4 && readings.some((r) => r.id !== f.id && r.key.includes(key))) continue;
        if (SPELLED_OTHERWISE[f.id]?.[word]) continue;
        problems.push({
          file,
          feature: f.id,
          field: 'name.en',
          message: `“${word}” is neither an English word nor the Hepburn romanisation of the name’s reading ${f.reading} (${fromKana(f.reading).toLowerCase()}); if it is spelled so on purpose, say why in scripts/romanisation.ts`,
        });
      }
    }
  }
  // An exception for a word no longer in its feature's name is stale.
  const names = new Map(layers.flatMap((l) => l.features.map((f) => [f.id, f.name.en] as const)));
  for (const [id, words] of Object.entries(SPELLED_OTHERWISE)) {
    for (const word of Object.keys(words)) {
      const name = names.get(id);
      if (name !== undefined && !name.split(/[^A-Za-zĀ-ž]+/).includes(word))
        problems.push({
          file: 'scripts/romanisation.ts',
          feature: id,
          field: 'SPELLED_OTHERWISE',
          message: `“${word}” is no longer in the feature’s English name: remove the exception`,
        });
    }
  }
  return {
    problems,
    municipalities: { checked: municipalitiesChecked, notListed: [...notListed] },
    names: { checked: namesChecked },
  };
}
