// The session room page: plays the content, counts down to the start, shows local times on hover.
import { play } from './player.js';
import { start as countdown } from './countdown.js';
import { annotate } from '../local-time.js';

for (const video of document.querySelectorAll('video[data-src]')) {
    play(video);
}
const clock = document.getElementById('countdown');
if (clock) {
    countdown(clock);
}
annotate();
