// The event template's connection indicator: connects the page's one event socket and shows its
// state — live, connecting, "Reconnecting in N s… Retry now", or closed for good with the reason.
import { eventClient } from './client.js';

const box = document.getElementById('realtime-connection');
if (box) {
  const label = box.querySelector('.realtime-state');
  const retry = box.querySelector('.realtime-retry');
  const client = eventClient();
  retry.addEventListener('click', () => client.retryNow());
  client.onState((state, detail) => {
    let text;
    let shown = state;
    if (state === 'open') {
      text = 'Live';
    } else if (state === 'connecting') {
      text = 'Connecting…';
    } else if (detail && detail.refused) {
      text = detail.refused;
      shown = 'refused';
    } else if (detail && detail.retryIn) {
      text = 'Reconnecting in ' + detail.retryIn + ' s…';
    } else {
      text = 'Offline';
    }
    label.textContent = text;
    label.dataset.state = shown;
    retry.hidden = !(state === 'closed' && detail && detail.retryIn);
  });
}
