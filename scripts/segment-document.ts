/**
 * Writes geodata/document/parts.json from geodata/document/source.ja.txt.
 * Run after the source changes (it never should: the sha256 guards it): `npm run segment`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { segment } from './document/segment';
import { DOCUMENT_PARTS_PATH, DOCUMENT_SOURCE_PATH } from './paths';

const source = readFileSync(DOCUMENT_SOURCE_PATH, 'utf8');
const sha256 = createHash('sha256').update(source, 'utf8').digest('hex');
writeFileSync(DOCUMENT_PARTS_PATH, JSON.stringify({ sha256, parts: segment(source) }, null, 2) + '\n');
console.log(`wrote ${DOCUMENT_PARTS_PATH}`);
