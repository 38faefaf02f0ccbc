/** The planner as its tests drive it: find, fill, click and wait, like a parent would. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NvrSitInPlanner, SitInPlan } from '../src/index.js';
import { until } from '../../../test/helpers.js';

export const KEY = 'nvr-sit-in-plan';

export const $ = <T extends HTMLElement = HTMLElement>(el: NvrSitInPlanner, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = (el: NvrSitInPlanner, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const heading = (el: NvrSitInPlanner) => $(el, '#heading').textContent!.trim();
export const active = (el: NvrSitInPlanner) => el.shadowRoot!.activeElement as HTMLElement | null;
export const button = (el: NvrSitInPlanner, text: string | RegExp) =>
  $$(el, 'button').find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!),
  )!;
export const saved = (key = KEY) =>
  JSON.parse(localStorage.getItem(key) ?? 'null')?.value as SitInPlan | undefined;
export const seed = (plan: Partial<SitInPlan>, key = KEY, stamp = 1) =>
  localStorage.setItem(key, JSON.stringify({ stamp, value: plan }));

export async function render(template = html`<nvr-sit-in-planner></nvr-sit-in-planner>`) {
  const el = await fixture<NvrSitInPlanner>(template);
  await settled(el);
  return el;
}

/** The planner inside an <nvr-provider>, its step loaded. */
export async function inProvider(template: ReturnType<typeof html>) {
  const provider = await fixture(template);
  const el = provider.querySelector('nvr-sit-in-planner')!;
  await settled(el);
  return el;
}

/** Waits for the lazily loaded steps (1–8) to render their fields. */
export async function settled(el: NvrSitInPlanner) {
  await el.updateComplete;
  await until(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the step to load');
  await el.updateComplete;
}

/** Chooses an answer on step 1 as a user would (a click on the radio). */
export async function answer(el: NvrSitInPlanner, question: string, value: 'yes' | 'no' | 'unsure') {
  $<HTMLInputElement>(el, `#${question}-${value}`).click();
  await el.updateComplete;
}

export const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Types into a field as a user would (value + input event), then commits it (change event). */
export async function fill(el: NvrSitInPlanner, id: string, value: string) {
  const field = $<HTMLInputElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function click(el: NvrSitInPlanner, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  await settled(el);
}

/** Presses Tab until `match` has focus (fails after 40 presses). */
export async function tabTo(el: NvrSitInPlanner, match: (e: HTMLElement) => boolean, what: string) {
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && match(focused)) return focused;
  }
  throw new Error(`Tab never reached ${what}`);
}
export const byId = (id: string) => (e: HTMLElement) => e.id === id;
export const byText = (text: string) => (e: HTMLElement) => e.textContent!.trim() === text;

/** The status or alert notice at the top, once it is shown (a status fills its region late). */
export const notice = (el: NvrSitInPlanner) =>
  until(() => el.shadowRoot!.querySelector<HTMLElement>('[part="notice"]'), 'the notice');

/**
 * What the browser does in every other tab after a write to localStorage: a storage event (it
 * never fires in the tab that wrote).
 */
export const tellOtherTabs = () =>
  window.dispatchEvent(
    new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY), storageArea: localStorage }),
  );
