// Mounts every chat panel the page renders with a channel (the chat include), on the page's one
// event client. Panels without a channel yet (a meeting's chat) are mounted by their page later.
import { clientFor } from './client.js';
import { mountChat } from './panel.js';

document.querySelectorAll('.chat-panel[data-channel]').forEach((root) => {
  const client = clientFor(root);
  if (client && root.dataset.channel) {
    mountChat(root, client, root.dataset.channel, Number(root.dataset.me));
  }
});
