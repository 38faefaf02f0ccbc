import { emit } from './events.js';

/**
 * Reports editor mistakes in attributes, child content or JSON: one console warning per distinct
 * problem per element (re-renders must not flood the console) and an `nvr-config-error` event for
 * editors' tooling. It never throws: the widget carries on with what is valid.
 */
export class ConfigProblems {
  private readonly _seen = new Set<string>();

  constructor(private readonly _host: HTMLElement) {}

  report(field: string, problem: string): void {
    const key = `${field}\u0000${problem}`;
    if (this._seen.has(key)) return;
    this._seen.add(key);
    const widget = this._host.localName;
    console.warn(`<${widget}> ${field}: ${problem}`);
    emit(this._host, 'nvr-config-error', { widget, field, problem });
  }
}
