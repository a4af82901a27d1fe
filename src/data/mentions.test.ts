/**
 * The mention index against the real document and data: every place name in the text links to a
 * feature (or is a listed, justified exception), and every feature is named somewhere (or says why not).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from './layers';
import { buildMentionIndex, featuresOfPart, prominence } from './mentions';
import { DocumentSchema, LayerFileSchema } from './schema';

const document = DocumentSchema.parse(JSON.parse(readFileSync('geodata/document/parts.json', 'utf8')));
const features = LAYER_IDS.flatMap(
  (id) => LayerFileSchema.parse(JSON.parse(readFileSync(`geodata/layers/${id}.geojson`, 'utf8'))).features,
);
const index = buildMentionIndex(document.parts, features);
const fullText = document.parts.map((p) => p.text).join(' ');

/** Every place name in the document, as printed, read from the text by hand (reviewed fixture). */
const PLACE_NAMES = [
  '普天間飛行場',
  'グアム',
  '沖縄',
  '東京',
  'ワシントンD.C.',
  '尖閣諸島',
  'ワイオミング州',
  'F・E・ウォーレン空軍基地',
  '熊本県',
  '陸上自衛隊健軍駐屯地',
  '辺(へ)野古',
  '辺野古',
  '北部訓練場',
  'キャンプ瑞慶覧(ずけらん)',
  'キャンプ瑞慶覧',
  '施設技術部地区',
  'ロウワー・プラザ住宅地区',
  'ニューヨーク',
  '岩国飛行場',
  '橫田飛行場',
  'キャンプ桑江',
  '横須賀海軍施設',
  'キャンプ座間',
  '三沢飛行場',
  '佐世保海軍施設',
  '横須賀米軍基地',
  '神奈川県横須賀市',
  '山口県岩国市',
  '沖縄県',
  'ジョージタウン大学',
  '沖縄県宜野湾市',
  'ソウル(韓国)',
  '横田飛行場',
  '嘉手納(かでな)飛行場',
  'ホワイトビーチ地区',
];

/** Names in the text that link to no feature, and why. */
const EXCEPTIONS: Record<string, string> = {
  横須賀市立ろう学校: 'the column author’s school, in his byline: no sourced point (only its district)',
  在京各国大使館: 'no embassy is named',
  日本全土: 'all of Japan: not a place to mark',
  インド太平洋地域: 'a region',
  北朝鮮: 'named only as the flag of ships (footnote 7)',
  米国: 'the country, named as an actor throughout',
  日本: 'the country, named as an actor throughout',
  '高校生・大学': 'part of 高校生・大学生 (students), not a place',
  豪: 'Australia, as 豪 in 日米豪: a partner, not a place to mark',
};

function linkedAt(text: string, partId: string): string[] {
  const part = document.parts.find((p) => p.id === partId)!;
  return (index.byPart.get(partId) ?? [])
    .filter((m) => m.start !== undefined && part.text.slice(m.start, m.end).length > 0)
    .filter(
      (m) => text.includes(part.text.slice(m.start, m.end)) || part.text.slice(m.start, m.end).includes(text),
    )
    .map((m) => m.featureId);
}

describe('the places not on the map', () => {
  it('are each named in the README, with why', () => {
    const readme = readFileSync('README.md', 'utf8');
    const listed = readme.slice(readme.indexOf('Places the document names that are not on the map'));
    for (const name of Object.keys(EXCEPTIONS).filter((n) => n !== '高校生・大学'))
      expect(listed.slice(0, 900), name).toContain(name);
  });
});

describe('mention index', () => {
  it('links every place name in the text to a feature wherever it occurs', () => {
    const unlinked: string[] = [];
    for (const name of PLACE_NAMES) {
      let found = false;
      for (const part of document.parts) {
        if (part.kind === 'title' || !part.text.includes(name)) continue;
        found = true;
        if (linkedAt(name, part.id).length === 0) unlinked.push(`${name} in ${part.id}`);
      }
      expect(found, `${name} is in the text`).toBe(true);
    }
    expect(unlinked).toEqual([]);
  });

  it('finds no facility-like name in the text that is neither listed nor an exception', () => {
    const pattern =
      /(?:キャンプ[\u30a0-\u30ff\u4e00-\u9fff]+|[\u30a0-\u30ff\u4e00-\u9fff]+(?:飛行場|海軍施設|基地|住宅地区|訓練場|駐屯地|諸島|大学))/g;
    const known = [...PLACE_NAMES, ...Object.keys(EXCEPTIONS)];
    const unknown = [...new Set(fullText.match(pattern) ?? [])].filter(
      (m) => !known.some((k) => k.includes(m) || m.includes(k.replace(/\([ぁ-ん]+\)/g, ''))),
    );
    expect(unknown).toEqual([]);
  });

  it('lists exceptions that really are in the text', () => {
    for (const name of Object.keys(EXCEPTIONS)) expect(fullText, name).toContain(name);
  });

  it('names every feature somewhere, unless it is only covered (with a note) or scoped to its citations', () => {
    const unexplained = features
      .filter((f) => {
        const named = (index.byFeature.get(f.properties.id) ?? []).some((pid) =>
          index.byPart.get(pid)!.some((m) => m.featureId === f.properties.id && m.start !== undefined),
        );
        const onlyCovered = f.properties.citations.every((c) => c.mention === 'covers' && c.note);
        return !named && !onlyCovered && f.properties.mentionScope !== 'cited' && !f.properties.move;
      })
      .map((f) => f.properties.id);
    expect(unexplained).toEqual([]);
  });

  it('finds a move of the realignment in the paragraphs it cites, leaving the names to its places', () => {
    expect(featuresOfPart(index, 's3-p1')).toContain('move-futenma-henoko');
    const marked = index.byPart
      .get('s3-p1')!
      .filter((m) => m.start !== undefined)
      .map((m) => m.featureId);
    expect(marked).toContain('futenma');
    expect(marked).not.toContain('move-futenma-henoko');
  });

  it('prefers the features that cite a paragraph when several share a name', () => {
    expect(featuresOfPart(index, 's5-col-p1')).toContain('seed-yokota');
    expect(featuresOfPart(index, 's5-col-p1')).not.toContain('unc-yokota');
    expect(featuresOfPart(index, 's6-p1')).toContain('unc-yokota');
    expect(featuresOfPart(index, 's6-p1')).not.toContain('seed-yokota');
  });

  it('matches the document’s own spellings: 橫 for 横 and bracketed readings', () => {
    const p = document.parts.find((x) => x.id === 's5-col-p1')!;
    const yokota = index.byPart.get('s5-col-p1')!.find((m) => m.featureId === 'yokota')!;
    expect(p.text.slice(yokota.start, yokota.end)).toBe('橫田飛行場');
    const s31 = document.parts.find((x) => x.id === 's3-p1')!;
    const henoko = index.byPart.get('s3-p1')!.find((m) => m.featureId === 'henoko-frf')!;
    expect(s31.text.slice(henoko.start, henoko.end)).toBe('辺(へ)野古');
  });

  it('links 外務省 only where the ministry is the venue, not where it acts', () => {
    expect(index.byFeature.get('ctx-mofa')).toEqual(['s2a-p8']);
    expect(index.byPart.get('s2a-p8')!.some((m) => m.featureId === 'ctx-mofa' && m.start !== undefined)).toBe(
      true,
    );
  });

  it('does not mistake the carrier George Washington for the city', () => {
    expect(featuresOfPart(index, 's3-p2')).not.toContain('tofu-washington');
  });
});

describe('prominence', () => {
  const scores = prominence(index);
  /** Every place but the context layer's (regions and cities), most prominent first. */
  const ranked = features
    .filter((f) => !f.properties.id.startsWith('ctx-'))
    .sort((a, b) => (scores.get(b.properties.id) ?? 0) - (scores.get(a.properties.id) ?? 0));
  const rankOf = (id: string) => ranked.findIndex((f) => f.properties.id === id);

  it('ranks a place a paragraph is about above one a long list names', () => {
    expect(scores.get('futenma')!).toBeGreaterThan(scores.get('hansen')!);
    expect(scores.get('kadena')!).toBeGreaterThan(scores.get('kin-blue')!);
  });

  it('puts the bases the document speaks about among its most prominent places', () => {
    for (const id of ['futenma', 'henoko-frf', 'yokosuka', 'iwakuni', 'yokota', 'sasebo', 'camp-zama'])
      expect(rankOf(id), id).toBeLessThan(20);
  });
});
