import { defineElement } from '@nvr-widgets/core';
import { NvrFeeCalculator } from './nvr-fee-calculator.js';

defineElement('nvr-fee-calculator', NvrFeeCalculator);
