/** Where the scripts read and write, relative to the repository root (scripts run from there). */
export const GEODATA_DIR = 'geodata';
export const DOCUMENT_SOURCE_PATH = `${GEODATA_DIR}/document/source.ja.txt`;
export const DOCUMENT_PARTS_PATH = `${GEODATA_DIR}/document/parts.json`;
export const LAYERS_DIR = `${GEODATA_DIR}/layers`;
export const PUBLIC_DATA_DIR = 'public/data';
export const PUBLIC_BASEMAP_DIR = 'public/basemap';
export const PLANS_PATH = `${GEODATA_DIR}/plans.json`;
export const COMPARISONS_PATH = `${GEODATA_DIR}/comparisons.json`;
export const SUMMARIES_PATH = `${GEODATA_DIR}/document/summaries.en.json`;
export const OFFICIAL_TOTALS_PATH = `${GEODATA_DIR}/official-totals.json`;
export const DEFINITIONS_PATH = `${GEODATA_DIR}/definitions.json`;
