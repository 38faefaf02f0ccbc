import type { ArgTypesEnhancer, InputType, StrictInputType } from 'storybook/internal/types';
import { declarationFor, type Item } from './manifest.js';

/**
 * The API tables, from the manifest, with every attribute, property, event, slot, part and CSS
 * custom property of the element in its own row.
 *
 * Storybook's own extraction keys every row by its bare name, so a part named like an attribute
 * (the quiz's `feedback`, the fee calculator's `compare`) replaced the attribute, and parts, events
 * and custom properties got "Set object" controls. Here attributes and properties keep their names
 * as keys (the stories' args bind to them), the other kinds get a prefixed key (`part:feedback`)
 * and show the bare name, and only attributes and properties get a control.
 */
type Kind = 'attributes' | 'properties' | 'events' | 'slots' | 'css shadow parts' | 'css custom properties';

const KEY_PREFIX: Record<Kind, string> = {
  attributes: '',
  properties: '',
  events: 'event:',
  slots: 'slot:',
  'css shadow parts': 'part:',
  'css custom properties': 'css:',
};

/** A control for an attribute or property from its TypeScript type text, or none. */
function typeOf(text = ''): InputType['type'] {
  const types = text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'undefined' && t !== 'null');
  const literals = types.map((t) => /^'([^']*)'$|^"([^"]*)"$/.exec(t)).map((m) => m?.[1] ?? m?.[2]);
  if (types.length && literals.every((l) => l !== undefined))
    return { name: 'enum', value: literals as string[] };
  if (types.includes('string')) return { name: 'string' };
  if (types.length === 1 && (types[0] === 'boolean' || types[0] === 'number')) return { name: types[0] };
  return { name: 'other', value: text || 'unknown' };
}

function row(item: Item, kind: Kind): [string, InputType] {
  const name = item.name || (kind === 'slots' ? '(default)' : '');
  const summary = item.type?.text;
  const withControl = kind === 'attributes' || kind === 'properties';
  const type = withControl ? typeOf(summary) : undefined;
  return [
    `${KEY_PREFIX[kind]}${name}`,
    {
      name,
      description: item.description,
      ...(type && type.name !== 'other' ? { type } : {}),
      // Parts, events, slots and custom properties are documentation: nothing for a control to set.
      ...(withControl && type && type.name !== 'other' ? {} : { control: false }),
      table: {
        category: kind,
        type: summary ? { summary } : undefined,
        defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
      },
    },
  ];
}

/** `parameters.docs.extractArgTypes` for web components: the element's rows, by tag name. */
export function extractArgTypes(tagName: string): Record<string, InputType> | null {
  const d = declarationFor(tagName);
  if (!d) return null;
  const rows = (items: Item[] | undefined, kind: Kind) => (items ?? []).map((item) => row(item, kind));
  return Object.fromEntries([
    ...rows(
      d.members?.filter((m) => m.kind === 'field'),
      'properties',
    ),
    ...rows(d.attributes, 'attributes'),
    ...rows(d.events, 'events'),
    ...rows(d.slots, 'slots'),
    ...rows(d.cssParts, 'css shadow parts'),
    ...rows(d.cssProperties, 'css custom properties'),
  ]);
}

/**
 * Runs after the stories' own argTypes are merged in: a story that gives a documentation row a
 * control by mistake still gets none, so the Controls panel only sets what the story renders.
 */
export const noControlsOnDocumentation: ArgTypesEnhancer = (context) =>
  Object.fromEntries(
    Object.entries(context.argTypes).map(([key, argType]): [string, StrictInputType] => {
      const kind = argType.table?.category;
      const documentation = kind && kind !== 'attributes' && kind !== 'properties';
      return [key, documentation ? { ...argType, control: false } : argType];
    }),
  );
