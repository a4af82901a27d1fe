import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
  {
    // The pure layers: no React, no UI folders (see ARCHITECTURE.md).
    files: ['src/data/**', 'src/state/**', 'src/i18n/**', 'src/geometry/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@vis.gl/*', 'maplibre-gl'],
              message: 'Pure modules do not import UI libraries.',
            },
            {
              group: ['**/map/*', '**/panels/*', '**/app/*'],
              message: 'Pure modules do not import UI folders.',
            },
          ],
        },
      ],
    },
  },
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
