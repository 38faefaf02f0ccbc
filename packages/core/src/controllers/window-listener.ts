import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * A listener on `window` for as long as the element is in the page (`hashchange`, `pageshow`,
 * `keydown`…), removed when it leaves, so a detached widget never acts on the page.
 */
export class WindowListener<K extends keyof WindowEventMap> implements ReactiveController {
  constructor(
    host: ReactiveElement,
    private readonly _type: K,
    private readonly _listener: (event: WindowEventMap[K]) => void,
    private readonly _options: AddEventListenerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(this._type, this._listener, this._options);
  }

  hostDisconnected(): void {
    window.removeEventListener(this._type, this._listener, this._options);
  }
}
