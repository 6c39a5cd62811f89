// The elderly-friendly mode: larger text, higher contrast, bigger targets. A toggle button with
// aria-pressed; the choice lives in the page's address (?mode=large), never in storage.
const button = document.getElementById('mode-toggle');
const url = new URL(location.href);
const apply = (on) => {
  document.documentElement.classList.toggle('large-mode', on);
  button?.setAttribute('aria-pressed', String(on));
};
apply(url.searchParams.get('mode') === 'large');
button?.addEventListener('click', () => {
  const on = button.getAttribute('aria-pressed') !== 'true';
  apply(on);
  if (on) url.searchParams.set('mode', 'large');
  else url.searchParams.delete('mode');
  history.replaceState(null, '', url);
  for (const a of document.querySelectorAll('nav a')) {
    const target = new URL(a.href);
    if (on) target.searchParams.set('mode', 'large');
    else target.searchParams.delete('mode');
    a.href = target.pathname + target.search;
  }
});
