// A chat message's text as the page shows it: always plain text (never HTML), with http/https links
// made clickable safely (rel="noopener noreferrer nofollow", new tab). Nothing else becomes a link.

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence more often than a link.
const TRAILING = /[.,;:!?)\]}]+$/;

/** The text split into {text} and {text, href} parts; only absolute http(s) URLs become links. */
export function parts(text) {
  const out = [];
  let last = 0;
  for (const match of String(text).matchAll(URL_PATTERN)) {
    let candidate = match[0];
    const trailing = candidate.match(TRAILING);
    if (trailing) {
      candidate = candidate.slice(0, -trailing[0].length);
    }
    const href = safeHref(candidate);
    if (!href) {
      continue;
    }
    if (match.index > last) {
      out.push({ text: text.slice(last, match.index) });
    }
    out.push({ text: candidate, href });
    last = match.index + candidate.length;
  }
  if (last < text.length) {
    out.push({ text: text.slice(last) });
  }
  return out;
}

/** The URL as an href when its protocol is http or https, else null. */
export function safeHref(candidate) {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

/** Fills `element` with the text: text nodes and safe anchors only. */
export function render(element, text, doc = document) {
  element.replaceChildren();
  for (const part of parts(text)) {
    if (part.href) {
      const a = doc.createElement('a');
      a.href = part.href;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      a.textContent = part.text;
      element.append(a);
    } else {
      element.append(doc.createTextNode(part.text));
    }
  }
}
