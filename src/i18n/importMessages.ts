/**
 * Import problems in plain words, in Japanese and English: where (a line and column, or a feature
 * and the path inside it) and what is wrong, with the numbers a person needs to fix it.
 */
import type { ImportProblem, ImportProblemCode } from '../data/importLayer';
import type { Lang } from './strings';

type Values = Record<string, string | number>;
type Message = Record<Lang, (v: Values) => string>;

/** Megabytes to one decimal, rounded up, so a file just over the limit never reads as the limit. */
const megabytes = (bytes: string | number) =>
  `${(Math.ceil((Number(bytes) / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

const MESSAGES: Record<ImportProblemCode, Message> = {
  empty: { ja: () => 'ファイルが空です。', en: () => 'The file is empty.' },
  'too-large': {
    ja: (v) =>
      `ファイルが大きすぎます(${megabytes(v.size!)})。読み込めるのは${megabytes(v.limit!)}までです。`,
    en: (v) => `The file is too large (${megabytes(v.size!)}). The limit is ${megabytes(v.limit!)}.`,
  },
  'bad-encoding': {
    ja: () =>
      '文字コードを読み取れません(UTF-8・UTF-16・Shift_JIS・EUC-JP のどれでもない並びのバイトがあります)。UTF-8 で保存し直してください(GeoJSON の標準は UTF-8 です)。',
    en: () =>
      'The text cannot be read: it has bytes that are not UTF-8, UTF-16, Shift_JIS or EUC-JP. Save the file again as UTF-8 (the GeoJSON standard).',
  },
  'not-json': {
    ja: (v) =>
      v.found
        ? `JSONとして読めません。ここで「${v.found}」は予期しない文字です(カンマや括弧、引用符の過不足がないか確認してください)。`
        : 'JSONとして読めません。ファイルが途中で終わっています(閉じ括弧が足りない可能性があります)。',
    en: (v) =>
      v.found
        ? `This is not valid JSON: “${v.found}” is unexpected here (check for a missing or extra comma, bracket or quote).`
        : 'This is not valid JSON: the text ends too early (a closing bracket may be missing).',
  },
  'not-geojson': {
    ja: (v) =>
      `JSONですがGeoJSONではありません。最上位は FeatureCollection、Feature またはジオメトリである必要があります(見つかったもの: ${v.found})。`,
    en: (v) =>
      `This is JSON but not GeoJSON: the top level must be a FeatureCollection, a Feature or a geometry (found ${v.found}).`,
  },
  'no-features': {
    ja: (v) =>
      v.unlocated
        ? `地図に描ける地物がありません(${v.unlocated}件はジオメトリが null です)。`
        : '地物が1件もありません。',
    en: (v) =>
      v.unlocated
        ? `There is nothing to draw (${v.unlocated} features have a null geometry).`
        : 'The file has no features.',
  },
  'too-many-features': {
    ja: (v) => `地物が${v.n}件あります。読み込めるのは${v.limit}件までです。`,
    en: (v) => `The file has ${v.n} features. The limit is ${v.limit}.`,
  },
  'not-a-feature': {
    ja: (v) => `"type": "Feature" ではありません(見つかったもの: ${v.found})。`,
    en: (v) => `This is not a Feature (found type ${v.found}).`,
  },
  'no-geometry': {
    ja: () => '"geometry" がありません(場所のない地物は "geometry": null と書きます)。',
    en: () => 'There is no "geometry" (a feature with no place has "geometry": null).',
  },
  'bad-geometry-type': {
    ja: (v) => `GeoJSONのジオメトリではありません(見つかったもの: ${v.found})。`,
    en: (v) => `This is not a GeoJSON geometry (found ${v.found}).`,
  },
  'bad-coordinates': {
    ja: (v) => `座標は配列である必要があります(見つかったもの: ${v.found})。`,
    en: (v) => `Coordinates must be a list (found ${v.found}).`,
  },
  'bad-position': {
    ja: (v) => `位置は [経度, 緯度] の数値2つ(高さを含めて3つまで)です(見つかったもの: ${v.found})。`,
    en: (v) => `A position is two numbers, [longitude, latitude], or three with a height (found ${v.found}).`,
  },
  'out-of-range': {
    ja: (v) => `[${v.lng}, ${v.lat}] は範囲外です(経度 −180〜180、緯度 −90〜90)。`,
    en: (v) => `[${v.lng}, ${v.lat}] is out of range (longitude −180 to 180, latitude −90 to 90).`,
  },
  swapped: {
    ja: (v) =>
      `[${v.lng}, ${v.lat}] は範囲外です。緯度と経度が逆になっているようです(GeoJSONは経度が先です)。`,
    en: (v) =>
      `[${v.lng}, ${v.lat}] is out of range: latitude and longitude look swapped (GeoJSON puts longitude first).`,
  },
  'too-few-positions': {
    ja: (v) => `位置が${v.n}個しかありません。少なくとも${v.min}個必要です。`,
    en: (v) => `There ${v.n === 1 ? 'is 1 position' : `are ${v.n} positions`}; at least ${v.min} are needed.`,
  },
  'ring-not-closed': {
    ja: () => 'ポリゴンの輪が閉じていません(最後の位置を最初の位置と同じにしてください)。',
    en: () => 'A polygon ring must end where it starts (make the last position equal the first).',
  },
  'too-many-layers': {
    ja: (v) => `自分のレイヤーはすでに${v.limit}件あります。追加するには、どれかを削除してください。`,
    en: (v) => `You already have ${v.limit} layers of your own. Remove one to add another.`,
  },
  'bad-properties': {
    ja: (v) => `"properties" はオブジェクトか null である必要があります(見つかったもの: ${v.found})。`,
    en: (v) => `"properties" must be an object or null (found ${v.found}).`,
  },
};

/** Where a problem is, or null when it concerns the whole file. */
export function problemLocation(lang: Lang, problem: ImportProblem): string | null {
  if (problem.line !== undefined)
    return lang === 'ja'
      ? `${problem.line}行目、${problem.column}文字目`
      : `Line ${problem.line}, column ${problem.column}`;
  const parts: string[] = [];
  if (problem.feature !== undefined)
    parts.push(lang === 'ja' ? `${problem.feature}番目の地物` : `Feature ${problem.feature}`);
  if (problem.path) parts.push(problem.path);
  return parts.length ? parts.join(lang === 'ja' ? '、' : ', ') : null;
}

export function problemMessage(lang: Lang, problem: ImportProblem): string {
  return MESSAGES[problem.code][lang](problem.values ?? {});
}

/** A record kept in this browser that is not a layer (damaged, or no longer passes the checker). */
export const KEPT_UNREADABLE = {
  ja: 'この地図に前回保存したレイヤーを読み込めませんでした。ほかのレイヤーは読み込んであります。このブラウザーから削除できます。',
  en: 'A layer kept in this browser from an earlier visit could not be read back. Your other layers are loaded; you can remove this one from this browser.',
};

/** What the reader is told when this browser would not keep a change to their layers. */
export function storageFailure(
  kind: 'toggle' | 'remove' | 'remove-kept',
  file: string,
  reason: string,
): { ja: string; en: string } {
  if (kind === 'toggle')
    return {
      ja: `「${file}」の表示の切り替えをこのブラウザーに保存できませんでした(${reason})。`,
      en: `Could not keep the change to “${file}” in this browser (${reason}).`,
    };
  if (kind === 'remove')
    return {
      ja: `「${file}」をこのブラウザーから削除できませんでした(${reason})。次に開くとまた表示されます。`,
      en: `Could not remove “${file}” from this browser (${reason}); it will show again next time.`,
    };
  return {
    ja: `保存されたレイヤーを削除できませんでした(${reason})。`,
    en: `Could not remove the kept layer (${reason}).`,
  };
}
