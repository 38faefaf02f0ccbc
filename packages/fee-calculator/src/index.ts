/** @nvr-widgets/fee-calculator — side-effect free: import `./define.js` to register `<nvr-fee-calculator>`. */
export { NvrFeeCalculator } from './nvr-fee-calculator.js';
