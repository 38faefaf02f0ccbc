import { defineElement } from '@nvr-widgets/core';
import { NvrSitInPlanner } from './nvr-sit-in-planner.js';

defineElement('nvr-sit-in-planner', NvrSitInPlanner);
