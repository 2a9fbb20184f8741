// Pages listing times (agenda, matches): the viewer's local time on hover.
import { annotate } from './local-time.js';

annotate();
