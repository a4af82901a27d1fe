/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' only in the benchmark build (`vite build --mode bench`), which adds `?bench=<n>`. */
  readonly VITE_BENCH?: string;
}

/** The detail tile archive's size in bytes (set by vite.config.ts from public/basemap/). */
declare const __DETAIL_ARCHIVE_BYTES__: number | null;
