import { defineElement } from '@nvr-widgets/core';
import { NvrEscalationQuiz } from './nvr-escalation-quiz.js';

defineElement('nvr-escalation-quiz', NvrEscalationQuiz);
