/**
 * What the planner does to the page outside itself: leave it, save a file, load its later steps.
 * Objects with replaceable methods, so tests (and unusual hosts) can observe them without leaving
 * the page.
 */
export const pageActions = {
  /** Replaces the current page, so Back does not return to the planner. */
  leave(url: string): void {
    window.location.replace(url);
  },

  /** Saves `blob` as a file through a temporary object URL: nothing goes over the network. */
  save(filename: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },

  /** Loads the steps and the exports: a separate file (chunk) beside the script, fetched once. */
  loadSteps: () => import('./lazy/steps.js'),
};

export { DEFAULT_EXIT_URL } from '../model/attributes.js';
