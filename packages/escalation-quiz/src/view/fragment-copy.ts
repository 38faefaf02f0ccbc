import { Directive, directive } from 'lit/directive.js';

/**
 * Renders a copy of a sanitised fragment, made once per place it is shown. Appending a fragment
 * empties it, and the same editor question appears twice (question, then review); a fresh copy
 * on every render would rebuild the text under a screen reader's cursor at each click.
 */
export class FragmentCopy extends Directive {
  private _source?: DocumentFragment;
  private _copy?: Node;

  render(source: DocumentFragment): Node {
    if (source !== this._source || !this._copy) {
      this._source = source;
      this._copy = source.cloneNode(true);
    }
    return this._copy;
  }
}

export const fragmentCopy = directive(FragmentCopy);
