import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** A folder's import boundary: libraries and sibling folders under src/ it may not import. */
function boundary(files, { libraries = [], folders, why }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(libraries.length ? [{ group: libraries, message: why }] : []),
            { group: folders.flatMap((f) => [`../${f}/*`, `**/src/${f}/*`]), message: why },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'public', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Text from data must never become HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text, never as HTML.' },
        { property: 'setHTML', message: 'Render data as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render data as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text, never as HTML.',
        },
      ],
    },
  },
  // Boundaries between folders (see ARCHITECTURE.md): each folder names what it may not import.
  boundary(['src/data/**', 'src/i18n/**', 'src/geometry/**', 'src/symbology/**'], {
    libraries: ['react', 'react-dom', 'zustand', '@vis.gl/*', 'maplibre-gl'],
    folders: ['state', 'map', 'panels', 'ui', 'app'],
    why: 'Pure modules know no React and no UI folder.',
  }),
  boundary(['src/state/**'], {
    libraries: ['@vis.gl/*', 'maplibre-gl'],
    folders: ['map', 'panels', 'ui', 'app'],
    why: 'The store knows no UI folder.',
  }),
  boundary(['src/map/**'], {
    folders: ['panels', 'ui', 'app'],
    why: 'The map meets the panels only through the store.',
  }),
  boundary(['src/panels/**'], {
    libraries: ['@vis.gl/*', 'maplibre-gl'],
    folders: ['map', 'app'],
    why: 'The panels meet the map only through the store.',
  }),
  boundary(['src/ui/**'], {
    libraries: ['@vis.gl/*', 'maplibre-gl'],
    folders: ['map', 'panels', 'app'],
    why: 'Shared presentational pieces know no feature folder.',
  }),
  {
    files: ['tests/e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/*'], message: 'End-to-end specs use the app as a person does.' }] },
      ],
    },
  },
);
