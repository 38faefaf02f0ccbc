/**
 * Stories from a widget's examples (`packages/<dir>/examples.ts`): one story per example, named
 * and described by it, rendered the way the shared widget suite renders it (test/examples.ts),
 * and brought to its state by its `reach` as the story's `play`. The example's attributes become
 * the story's args, so the controls work in every story.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { buildExample, type WidgetExample } from '../test/examples.js';

type Arg = string | number | boolean | undefined;

export interface ExampleStoryOptions<Args> {
  tag: string;
  examples: WidgetExample[];
  /** The element's events, each logged in the Actions panel. */
  events: string[];
  /** The args controlled as boolean attributes (present or absent). */
  booleans?: (keyof Args & string)[];
  /** Adjusts an example for Storybook on each render, e.g. to keep each story's saved data apart. */
  adapt?: (example: WidgetExample, name: string) => WidgetExample;
}

/** Returns `story(name)`: the story for the example called `name`. */
export function exampleStories<Args extends Record<string, Arg>>(options: ExampleStoryOptions<Args>) {
  const { tag, examples, events, booleans = [], adapt = (e) => e } = options;
  const isBoolean = (name: string) => (booleans as string[]).includes(name);

  /** Attributes from args: a boolean arg is present or absent, an empty one is left out. */
  const attributesOf = (args: Args): Record<string, string> =>
    Object.fromEntries(
      Object.entries(args)
        .filter(([, value]) => value !== undefined && value !== '' && value !== false)
        .map(([name, value]) => [name, value === true ? '' : String(value)]),
    );

  return (name: string): StoryObj<Args> => {
    const found = examples.find((e) => e.name === name);
    if (!found) throw new Error(`<${tag}> has no example called "${name}"`);
    const example = adapt(found, name);
    const args = Object.fromEntries(
      Object.entries(example.attributes).map(([attr, value]) => [attr, isBoolean(attr) ? true : value]),
    ) as Partial<Args>;
    return {
      name,
      args,
      parameters: { docs: { description: { story: example.description } } },
      render: (current) => {
        const fresh = adapt(found, name);
        const { el, outer } = buildExample(tag, { ...fresh, attributes: attributesOf(current as Args) });
        for (const event of events) el.addEventListener(event, action(event));
        return outer;
      },
      play: example.reach
        ? async ({ canvasElement }) => {
            const el = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
            await el.updateComplete;
            await example.reach!(el);
          }
        : undefined,
    };
  };
}
