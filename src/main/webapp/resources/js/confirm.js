// Asks before a destructive button's form is sent: <button data-confirm="Delete this?">.
// A file rather than inline onclick handlers, so the Content-Security-Policy allows no inline script.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
