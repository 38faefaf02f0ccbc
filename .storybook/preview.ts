import type { Preview } from '@storybook/web-components-vite';
import { extractArgTypes, noControlsOnDocumentation } from './arg-types.js';
import { LOCALES, withLocaleAndDirection } from './decorators.js';
// Registers the manifests (API tables on the Docs pages); imported for that side effect.
import './manifest.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every attribute, property, event, slot, part and custom property in its own row (arg-types.ts).
    docs: { extractArgTypes },
    // Report a11y violations as failures (the default, 'todo', only lists them).
    a11y: { test: 'error' },
  },
  argTypesEnhancers: [noControlsOnDocumentation],
  decorators: [withLocaleAndDirection],
  globalTypes: {
    locale: {
      description: 'The page language (lang) around the story',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    direction: {
      description: 'Text direction (dir) around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'locale', title: 'Direction from the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', direction: 'locale' },
  tags: ['autodocs'],
};

export default preview;
