// Mounts every chat panel the page renders with a channel (the chat include), on the page's one
// event client. Panels without a channel yet (a meeting's chat) are mounted by their page later.
import { eventClient } from '../realtime/client.js';
import { mountChat } from './panel.js';

const client = eventClient();
if (client) {
  document.querySelectorAll('.chat-panel[data-channel]').forEach((root) => {
    if (root.dataset.channel) {
      mountChat(root, client, root.dataset.channel, Number(root.dataset.me));
    }
  });
}
