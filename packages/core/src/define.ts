import { defineElement } from './define-element.js';
import { NvrProvider } from './nvr-provider.js';

defineElement('nvr-provider', NvrProvider);
