/**
 * A minimal PMTiles v3 writer (spec: github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * The `pmtiles` npm package (4.5.0) only reads archives, and no maintained npm package writes them,
 * so this ~130-line writer builds one in memory: tiles are de-duplicated by content, run-length
 * encoded by Hilbert tile id, stored clustered (in tile-id order), with gzip-compressed directories
 * and leaf directories when the root would not fit in the first 16 KiB.
 * Archives written here are read back with the `pmtiles` package by scripts/basemap/checkCoast.ts
 * and scripts/check-budgets.ts (and by the app).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** Tile payloads are gzipped already (tileCompression = gzip). */
  tilesGzipped: boolean;
  metadata: Record<string, unknown>;
}

function writeVarint(out: number[], value: number) {
  // Values can exceed 2^32 (tile ids at z14 stay below 2^29, offsets below 2^32 here, but be safe).
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    if (i > 0 && previous && e.offset === previous.offset + previous.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/** Root directory, or root + leaves when the root alone would not fit in 16 KiB with the header. */
function buildDirectories(entries: Entry[]) {
  const root = serializeDirectory(entries);
  if (root.length + 127 <= 16384) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let leafOffset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = serializeDirectory(chunk);
      rootEntries.push({ tileId: chunk[0]!.tileId, offset: leafOffset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      leafOffset += leaf.length;
    }
    const rootBytes = serializeDirectory(rootEntries);
    if (rootBytes.length + 127 <= 16384) return { root: rootBytes, leaves: Buffer.concat(leafParts) };
  }
}

export class PMTilesWriter {
  private readonly tiles: { tileId: number; hash: string }[] = [];
  private readonly blobs = new Map<string, Uint8Array>();

  add(z: number, x: number, y: number, data: Uint8Array) {
    const hash = createHash('sha1').update(data).digest('hex');
    if (!this.blobs.has(hash)) this.blobs.set(hash, data);
    this.tiles.push({ tileId: zxyToTileId(z, x, y), hash });
  }

  finish(options: ArchiveOptions): { bytes: Buffer; addressed: number; entries: number; contents: number } {
    this.tiles.sort((a, b) => a.tileId - b.tileId);
    const offsets = new Map<string, number>();
    const dataParts: Uint8Array[] = [];
    let dataLength = 0;
    const entries: Entry[] = [];
    for (const { tileId, hash } of this.tiles) {
      const last = entries[entries.length - 1];
      let offset = offsets.get(hash);
      if (offset === undefined) {
        offset = dataLength;
        offsets.set(hash, offset);
        const blob = this.blobs.get(hash)!;
        dataParts.push(blob);
        dataLength += blob.length;
      }
      const length = this.blobs.get(hash)!.length;
      if (last && last.offset === offset && last.tileId + last.runLength === tileId) last.runLength++;
      else entries.push({ tileId, offset, length, runLength: 1 });
    }
    const { root, leaves } = buildDirectories(entries);
    const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
    const header = Buffer.alloc(127);
    const rootOffset = 127;
    const metadataOffset = rootOffset + root.length;
    const leavesOffset = metadataOffset + metadata.length;
    const dataOffset = leavesOffset + leaves.length;
    header.write('PMTiles', 0, 'ascii');
    header.writeUInt8(3, 7);
    const u64 = (value: number, at: number) => header.writeBigUInt64LE(BigInt(value), at);
    u64(rootOffset, 8);
    u64(root.length, 16);
    u64(metadataOffset, 24);
    u64(metadata.length, 32);
    u64(leavesOffset, 40);
    u64(leaves.length, 48);
    u64(dataOffset, 56);
    u64(dataLength, 64);
    u64(this.tiles.length, 72);
    u64(entries.length, 80);
    u64(offsets.size, 88);
    header.writeUInt8(1, 96); // clustered
    header.writeUInt8(2, 97); // internal compression: gzip
    header.writeUInt8(options.tilesGzipped ? 2 : 1, 98);
    header.writeUInt8(1, 99); // MVT
    header.writeUInt8(options.minZoom, 100);
    header.writeUInt8(options.maxZoom, 101);
    const e7 = (value: number, at: number) => header.writeInt32LE(Math.round(value * 1e7), at);
    e7(options.bounds[0], 102);
    e7(options.bounds[1], 106);
    e7(options.bounds[2], 110);
    e7(options.bounds[3], 114);
    header.writeUInt8(options.center[2], 118);
    e7(options.center[0], 119);
    e7(options.center[1], 123);
    const bytes = Buffer.concat([header, root, metadata, leaves, ...dataParts]);
    return { bytes, addressed: this.tiles.length, entries: entries.length, contents: offsets.size };
  }
}
