// The live dashboard of a networking session: follows floor:<session> on the page's event socket and
// shows every floor-stats the server pushes (docs/protocol.md, "Live dashboard"). No polling.
import { eventClient } from '../realtime/client.js';

const box = document.getElementById('floor');
const client = eventClient();
if (box && client) {
  const state = box.querySelector('.dashboard-state');
  client.subscribe(`floor:${box.dataset.sessionId}`, (data) => {
    for (const dd of box.querySelectorAll('[data-figure]')) {
      const value = data[dd.dataset.figure];
      dd.textContent = value === null || value === undefined ? '–'
        : dd.dataset.figure === 'serverTime' ? new Date(value).toLocaleTimeString() : String(value);
    }
    box.dataset.updates = String(Number(box.dataset.updates || 0) + 1);
    state.textContent = '';
  }, (error) => {
    state.textContent = 'The live figures are not available: ' + error.message;
  });
}
