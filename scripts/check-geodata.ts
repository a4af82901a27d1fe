/**
 * `npm run check:geodata` — validates everything in geodata/ and fails with one line per problem,
 * naming file, feature and field. `npm run check:geodata -- --fix` rewrites the layer files in
 * canonical form (schema key order, coordinates rounded) and the document parts from the source.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { LAYER_IDS } from '../src/data/layers';
import type { LayerFile } from '../src/data/schema';
import {
  canonicalLayerText,
  checkLayers,
  checkComparisons,
  checkOfficialTotals,
  checkPlans,
  checkSummaries,
  formatProblem,
  parseDocument,
  parseLayer,
  type GeodataProblem,
  checkCopiedSources,
  checkEnglishFields,
  checkDefinitions,
} from '../src/data/validate';
import { OfficialTotalsSchema } from '../src/data/prefectureTotals';
import { join, segment } from './document/segment';
import { checkRomanisation } from './romanisation';
import {
  COMPARISONS_PATH,
  DOCUMENT_PARTS_PATH,
  DOCUMENT_SOURCE_PATH,
  LAYERS_DIR,
  OFFICIAL_TOTALS_PATH,
  DEFINITIONS_PATH,
  PLANS_PATH,
  SUMMARIES_PATH,
} from './paths';

/** The sha256 of the Bluebook text as published; guards the copy in geodata/ against any edit. */
export const SOURCE_SHA256 = '111d2e89a7bf39269bef01d7e49253cd4d7eedff0bfe7c64700a2dda782dd71f';

/** Reads a geodata file, and checks that its English texts are English (checkEnglishFields). */
function readJson(file: string, problems: GeodataProblem[]): unknown {
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    problems.push(...checkEnglishFields(file, raw), ...checkCopiedSources(file, raw));
    return raw;
  } catch (error) {
    problems.push({ file, message: `cannot read as JSON: ${(error as Error).message}` });
    return undefined;
  }
}

export function checkGeodata(fix: boolean): GeodataProblem[] {
  const problems: GeodataProblem[] = [];
  const source = readFileSync(DOCUMENT_SOURCE_PATH, 'utf8');
  const sha = createHash('sha256').update(source, 'utf8').digest('hex');
  if (sha !== SOURCE_SHA256) {
    problems.push({
      file: DOCUMENT_SOURCE_PATH,
      message: `sha256 ${sha} is not the published text's ${SOURCE_SHA256}`,
    });
  }
  const expectedParts = JSON.stringify({ sha256: sha, parts: segment(source) }, null, 2) + '\n';
  if (fix) writeFileSync(DOCUMENT_PARTS_PATH, expectedParts);
  const { document, problems: documentProblems } = parseDocument(
    DOCUMENT_PARTS_PATH,
    readJson(DOCUMENT_PARTS_PATH, problems),
  );
  problems.push(...documentProblems);
  if (!document) return problems;
  if (document.sha256 !== SOURCE_SHA256) {
    problems.push({ file: DOCUMENT_PARTS_PATH, field: 'sha256', message: 'does not match the source text' });
  }
  if (join(document.parts) !== source) {
    problems.push({
      file: DOCUMENT_PARTS_PATH,
      field: 'parts',
      message: 'joining the parts does not give back the source text',
    });
  }
  if (readFileSync(DOCUMENT_PARTS_PATH, 'utf8') !== expectedParts) {
    problems.push({
      file: DOCUMENT_PARTS_PATH,
      message: 'differs from the segmentation of the source (run check:geodata --fix)',
    });
  }

  const layers: { id: (typeof LAYER_IDS)[number]; file: string; layer: LayerFile }[] = [];
  for (const id of LAYER_IDS) {
    const file = `${LAYERS_DIR}/${id}.geojson`;
    const raw = readJson(file, problems);
    if (raw === undefined) continue;
    const { layer, problems: layerProblems } = parseLayer(file, raw);
    problems.push(...layerProblems);
    if (!layer) continue;
    const canonical = canonicalLayerText(layer);
    if (fix) writeFileSync(file, canonical);
    else if (readFileSync(file, 'utf8') !== canonical) {
      problems.push({ file, message: 'not in canonical form (run check:geodata --fix)' });
    }
    layers.push({ id, file, layer: fix ? (JSON.parse(canonical) as LayerFile) : layer });
  }
  const romanisation = checkRomanisation(
    layers.map(({ file, layer }) => ({ file, features: layer.features.map((f) => f.properties) })),
  );
  problems.push(...romanisation.problems);
  if (!fix)
    console.log(
      `check:geodata: Hepburn romanisation of ${romanisation.municipalities.checked} municipality names checked against OpenStreetMap's (${romanisation.municipalities.notListed.length} it does not list: ${romanisation.municipalities.notListed.join(' ')}), and of ${romanisation.names.checked} names against their readings`,
    );
  const totals = readJson(OFFICIAL_TOTALS_PATH, problems);
  const listDate = OfficialTotalsSchema.safeParse(totals).data?.asOf;
  problems.push(...checkLayers(document, layers, listDate));
  const plans = readJson(PLANS_PATH, problems);
  if (plans !== undefined) problems.push(...checkPlans(PLANS_PATH, plans, layers));
  const summaries = readJson(SUMMARIES_PATH, problems);
  if (summaries !== undefined) problems.push(...checkSummaries(SUMMARIES_PATH, summaries, document));
  const comparisons = readJson(COMPARISONS_PATH, problems);
  if (comparisons !== undefined) problems.push(...checkComparisons(COMPARISONS_PATH, comparisons));
  const facilities = layers.find((l) => l.id === 'us-facilities')?.layer.features ?? [];
  if (totals !== undefined) problems.push(...checkOfficialTotals(OFFICIAL_TOTALS_PATH, totals, facilities));
  const definitions = readJson(DEFINITIONS_PATH, problems);
  if (definitions !== undefined) problems.push(...checkDefinitions(DEFINITIONS_PATH, definitions));
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkGeodata(process.argv.includes('--fix'));
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) {
    console.error(`check:geodata: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('check:geodata: geodata/ is valid and canonical');
}
