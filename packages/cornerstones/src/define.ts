import { defineElement } from '@nvr-widgets/core';
import { NvrCornerstones } from './nvr-cornerstones.js';

defineElement('nvr-cornerstones', NvrCornerstones);
