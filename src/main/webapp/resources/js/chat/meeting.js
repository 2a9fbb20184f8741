// The networking call's partner card: the meeting's chat beside the video (mounted while a meeting
// is shown, on the page's event client) and the "Message" link to a private conversation with the
// partner. It follows the networking app's public state (window.hallway.meetingId) and the meeting
// view's visibility, so the networking modules need not know about chat.
import { clientFor } from './client.js';
import { mountChat } from './panel.js';

const view = document.getElementById('meeting-view');
const root = document.getElementById('meeting-chat');
const message = document.getElementById('partner-message');
const client = root ? clientFor(root) : null;
if (view && root && client) {
  let mounted = null; // { id, unmount }
  const follow = () => {
    const id = !view.hidden && window.hallway ? window.hallway.meetingId : null;
    if (mounted && mounted.id === id) {
      return;
    }
    if (mounted) {
      mounted.unmount();
      mounted = null;
    }
    if (message) {
      message.hidden = !id;
      if (id) {
        message.href = message.dataset.base + '&partnerOf=' + id;
      }
    }
    if (id) {
      mounted = { id, unmount: mountChat(root, client, 'meeting:' + id, Number(root.dataset.me)) };
    }
  };
  new MutationObserver(follow).observe(view, { attributes: true, attributeFilter: ['hidden'] });
  follow();
}
