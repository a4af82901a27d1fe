/** Every word of the interface, in Japanese and English. Document text is never here: it is data. */
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export const STRINGS = {
  appTitle: { ja: 'ブルーブック・アトラス', en: 'Bluebook Atlas' },
  appSubtitle: {
    ja: '外交青書2025「日米安全保障(安保)体制」の地図',
    en: 'A map of the Diplomatic Bluebook 2025 on Japan–U.S. security arrangements',
  },
  skipToLayers: { ja: 'レイヤー一覧へ移動', en: 'Skip to the layer list' },
  mapRegion: { ja: '地図', en: 'Map' },
  layers: { ja: 'レイヤー', en: 'Layers' },
  placesCount: { ja: '{n}件', en: '{n} places' },
  showPlaces: { ja: '場所の一覧', en: 'List of places' },
  noLayers: {
    ja: '表示中のレイヤーがありません。上のチェックで表示してください。',
    en: 'No layer is shown. Tick one above to see its places.',
  },
  loading: { ja: 'データを読み込み中…', en: 'Loading the data…' },
  loadFailed: { ja: 'データを読み込めませんでした。', en: 'The data could not be loaded.' },
  retry: { ja: '再読み込み', en: 'Try again' },
  mapFailed: {
    ja: '地図を表示できません(WebGLが使えない可能性があります)。左の一覧から場所を選ぶと、文書の記述を読めます。',
    en: 'The map cannot start (WebGL may be unavailable). Choose a place from the list to read what the document says.',
  },
  basemap: { ja: '背景地図', en: 'Basemap' },
  basemapOffline: { ja: 'オフライン地図(標準)', en: 'Offline map (default)' },
  basemapGsi: { ja: '地理院地図(オンライン・詳細)', en: 'GSI map (online, detailed)' },
  basemapGsiNote: { ja: '国土地理院のサーバーに接続します', en: 'Connects to the GSI tile server' },
  gsiUnreachable: {
    ja: '地理院地図に接続できないため、オフライン地図に戻しました。',
    en: 'The GSI map could not be reached, so the offline map is shown again.',
  },
  dismiss: { ja: '閉じる', en: 'Dismiss' },
  language: { ja: '言語', en: 'Language' },
  close: { ja: '閉じる', en: 'Close' },
  closeHint: { ja: 'Escキーでも閉じられます', en: 'Esc also closes' },
  placesHere: { ja: 'この地点に{n}件あります', en: '{n} places here' },
  choosePlace: { ja: '読む場所を選んでください', en: 'Choose one to read about' },
  whatTheDocumentSays: { ja: '文書の記述', en: 'What the document says' },
  notNamed: { ja: 'この段落はこの場所の名を挙げていません', en: 'This paragraph does not name this place' },
  quoteLanguageNote: {
    ja: '',
    en: 'Quoted in the original Japanese; highlighted words refer to this place.',
  },
  citedAs: { ja: '出典', en: 'Source' },
  paragraph: { ja: '段落', en: 'paragraph' },
  japaneseText: { ja: '原文(外務省)', en: 'Japanese text (MOFA)' },
  englishEdition: { ja: '英語版(外務省)', en: 'Official English edition (MOFA)' },
  facts: { ja: '基本情報', en: 'Key facts' },
  kind: { ja: '種類', en: 'Kind' },
  location: { ja: '所在地', en: 'Location' },
  facilityNumber: { ja: '施設番号', en: 'Facility number' },
  service: { ja: '管理する軍', en: 'Service' },
  area: { ja: '面積', en: 'Area' },
  asOf: { ja: '時点', en: 'as of' },
  status: { ja: '状況', en: 'Status' },
  planTarget: { ja: '返還予定', en: 'Planned return' },
  planCategory: { ja: '区分', en: 'Category' },
  condition: { ja: '条件', en: 'Condition' },
  timeline: { ja: '年表', en: 'Dates' },
  documentDate: { ja: '文書の日付', en: 'the document’s date' },
  point: { ja: '地点', en: 'Point' },
  pointStandIn: { ja: '代用の地点', en: 'stand-in point' },
  confidence: { ja: '確からしさ', en: 'confidence' },
  source: { ja: '出典', en: 'Source' },
  notes: { ja: '注記', en: 'Note' },
  related: { ja: '関連する場所', en: 'Related places' },
  featureNotFound: {
    ja: 'リンクの場所「{id}」は見つかりませんでした。',
    en: 'The place “{id}” in the link was not found.',
  },
  legendShared: {
    ja: '同じ地点の施設と重なるため、記号を少しずらして描いています',
    en: 'Drawn slightly offset where it shares a facility’s point',
  },
  linkProblem: {
    ja: 'リンクの一部({keys})を読めなかったため、既定の表示を使っています。',
    en: 'Part of the link ({keys}) could not be read, so defaults are used.',
  },
  goTo: { ja: '表示する地域', en: 'Go to' },
  showLayers: { ja: 'レイヤー', en: 'Layers' },
  hideLayers: { ja: '地図に戻る', en: 'Back to the map' },
  about: { ja: 'この地図について', en: 'About this atlas' },
  aboutText: {
    ja: '各地点をクリック(またはレイヤー一覧から選択)すると、文書の該当段落を原文のまま引用して表示します。座標・面積・日付にはそれぞれ出典があります。代用の地点はその旨を表示します。',
    en: 'Click a place (or choose it from the layer list) to read the paragraph of the document that mentions it, quoted verbatim. Every coordinate, area and date carries its source; stand-in points say so.',
  },
  attributionOffline: { ja: '背景: Natural Earth', en: 'Basemap: Natural Earth' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? `{${name}}`));
}
