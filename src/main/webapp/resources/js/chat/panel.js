// A chat panel on the shared event client: the channel's history (older pages on scrolling up),
// live messages, the composer (also for editing one's own message), and the message actions.
// Refusals (rate-limited, muted, ...) are shown in the panel in the server's words.
import { lineElement, fill } from './line.js';

/**
 * Mounts the chat of `channel` ("session:42", "conversation:7", "meeting:9") into `root` (the
 * include's .chat-panel). `me` is the viewer's account id. Returns a function that unmounts it.
 */
export function mountChat(root, client, channel, me) {
  const list = root.querySelector('.chat-messages');
  const notice = root.querySelector('.chat-notice');
  const form = root.querySelector('.chat-composer');
  const input = form.querySelector('textarea');
  const cancel = form.querySelector('.chat-cancel');
  const state = { channel, moderator: false, more: false, loading: false, editing: null, byId: new Map() };
  // A session room's chat (data-pinnable) lets its moderators pin a message above the stream.
  const viewer = {
    me, pinnable: root.dataset.pinnable === 'true', get moderator() { return state.moderator; }, now: () => client.serverNow(),
  };
  root.dataset.channel = channel;

  const say = (text) => {
    notice.textContent = text || '';
    notice.hidden = !text;
  };
  const refused = (error) => say(error.message || 'That did not work; try again.');

  const act = (action, message) => {
    if (action === 'edit') {
      state.editing = message.id;
      input.value = message.text;
      cancel.hidden = false;
      input.focus();
    } else if (action === 'delete') {
      if (window.confirm('Delete this message?')) {
        client.send('chat-delete', { messageId: message.id }).catch(refused);
      }
    } else if (action === 'report') {
      const reason = window.prompt('Why are you reporting this message?');
      if (reason && reason.trim()) {
        client.send('chat-report', { messageId: message.id, reason })
          .then(() => say('Thank you: the moderators will look at it.'), refused);
      }
    } else if (action === 'pin') {
      client.send('chat-pin', { messageId: message.id }).then(() => say('Pinned above the stream.'), refused);
    } else if (action === 'mute') {
      const minutes = Number(window.prompt('Mute ' + message.sender.displayName + ' in this chat for how many minutes?', '10'));
      if (minutes > 0) {
        client.send('chat-mute', { channel, accountId: message.sender.id, minutes: Math.round(minutes) })
          .then(() => say(message.sender.displayName + ' is muted here for ' + Math.round(minutes) + ' min.'), refused);
      }
    }
  };

  const show = (message, atTop = false) => {
    const known = state.byId.get(message.id);
    if (known) {
      fill(known, message, viewer, act);
      return;
    }
    const li = lineElement(message, viewer, act);
    state.byId.set(message.id, li);
    if (atTop) {
      list.prepend(li);
    } else {
      const stuck = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      list.append(li);
      if (stuck) {
        list.scrollTop = list.scrollHeight;
      }
    }
  };

  const markRead = () => {
    if (!channel.startsWith('conversation:') || document.visibilityState !== 'visible') {
      return;
    }
    const last = list.lastElementChild;
    if (last) {
      client.send('chat-read', { conversationId: Number(channel.split(':')[1]), messageId: Number(last.dataset.id) })
        .catch(() => {});
    }
  };

  const load = (before) => {
    if (state.loading) {
      return;
    }
    state.loading = true;
    const data = before ? { channel, before } : { channel };
    client.send('chat-history', data).then(({ data: page }) => {
      state.moderator = page.moderator;
      state.more = page.more;
      root.classList.toggle('moderator', page.moderator);
      const height = list.scrollHeight;
      if (before) {
        [...page.messages].reverse().forEach((m) => show(m, true));
        list.scrollTop += list.scrollHeight - height;
      } else {
        page.messages.forEach((m) => show(m));
        list.scrollTop = list.scrollHeight;
        markRead();
      }
    }, refused).finally(() => {
      state.loading = false;
    });
  };

  const unsubscribe = client.subscribe(channel, (data, envelope) => {
    if (!data.message) {
      return;
    }
    show(data.message);
    if (envelope.type === 'chat-message') {
      markRead();
    }
  }, (error) => {
    say(error.message || 'You cannot follow this chat.');
    form.hidden = true;
  });
  // After a reconnect the subscription is renewed; fetch what was missed.
  const offState = client.onState((s) => {
    if (s === 'open' && state.byId.size > 0) {
      load();
    }
  });
  load();

  list.addEventListener('scroll', () => {
    if (list.scrollTop < 30 && state.more && list.firstElementChild) {
      load(Number(list.firstElementChild.dataset.id));
    }
  });
  const onVisible = () => markRead();
  document.addEventListener('visibilitychange', onVisible);

  const stopEditing = () => {
    state.editing = null;
    input.value = '';
    cancel.hidden = true;
  };
  cancel.addEventListener('click', stopEditing);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      return;
    }
    say('');
    const request = state.editing
      ? client.send('chat-edit', { messageId: state.editing, text })
      : client.send('chat-post', { channel, text });
    request.then((answer) => {
      stopEditing();
      if (answer.type === 'chat-posted' && answer.data) {
        show(answer.data);
      }
    }, refused);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  return () => {
    unsubscribe();
    offState();
    document.removeEventListener('visibilitychange', onVisible);
    list.replaceChildren();
  };
}
