// The elderly-friendly mode (适老化): larger text, black on white, bigger targets. A classic script in
// <head>, so the mode is on before the first paint. Remembered for the browser session in
// sessionStorage: this is the demo portal's own choice, not the library's (which stores nothing).
// `?mode=large` or `?mode=normal` in an address sets it too (a kiosk's start page, the tests).
// The switch says its state in words (开/关) and to assistive technology (role=switch,
// aria-checked); without JavaScript it stays hidden, as it could do nothing.
(function () {
  var KEY = 'jiuzhu-demo-mode';
  var root = document.documentElement;
  var stored = null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch (e) {}
  var asked = new URLSearchParams(location.search).get('mode');
  var on = asked === 'large' || (asked !== 'normal' && stored === 'large');

  function remember() {
    try {
      sessionStorage.setItem(KEY, on ? 'large' : 'normal');
    } catch (e) {}
  }

  function show() {
    root.classList.toggle('large-mode', on);
    var button = document.getElementById('mode-toggle');
    if (!button) return;
    button.setAttribute('aria-checked', String(on));
    var state = button.querySelector('.mode-state');
    if (state) state.textContent = on ? '开' : '关';
  }

  if (asked === 'large' || asked === 'normal') remember();
  show();
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('mode-toggle');
    if (!button) return;
    show();
    button.hidden = false;
    button.addEventListener('click', function () {
      on = !on;
      remember();
      show();
    });
  });
})();
