/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' only in the benchmark build (`vite build --mode bench`), which adds `?bench=<n>`. */
  readonly VITE_BENCH?: string;
}
