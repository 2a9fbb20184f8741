// The page's one event client for chat, for the event an element names (data-event,
// data-context-path): connect() keeps one client per event, so the chat shares the socket of the
// event template and of every other feature on the page.
import { connect } from '../realtime/client.js';

export function clientFor(element) {
  const { event, contextPath } = element.dataset;
  return event ? connect(event, contextPath || '/') : null;
}
