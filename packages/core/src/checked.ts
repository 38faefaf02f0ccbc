import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * `<input ${checked(on)}>`: sets the input's `checked` property, as `.checked=${on}` would. Lit's
 * server renderer writes a `.checked` binding as the attribute `checked="false"`, and any
 * `checked` attribute checks the box, so a pre-rendered radio group would show its last choice
 * chosen until the script arrives (or for good, without it). An element binding writes nothing on
 * the server. It compares with the live state, so it also corrects what a click changed. To show
 * a box ticked before the script runs, add `?checked=${on}` beside it (the attribute).
 */
class Checked extends Directive {
  // Declares what the binding takes; an element binding renders nothing, update() does the work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_on: boolean): unknown {
    return noChange;
  }

  override update(part: ElementPart, [on]: [boolean]): unknown {
    const input = part.element;
    if (input instanceof HTMLInputElement && input.checked !== on) input.checked = on;
    return noChange;
  }
}

export const checked = directive(Checked);
