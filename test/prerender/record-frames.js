// Loaded before the deferred fx-ticker.js: what each frame shows of the first ticker, until the
// element has rendered: `prerendered` (the declarative root, with rates), `element` or `none`.
window.framesShown = [];
(function sample() {
  requestAnimationFrame(() => {
    const el = document.querySelector('fx-ticker');
    const prerendered = el?.shadowRoot?.querySelector('[role="listitem"]') && !el.hasUpdated;
    window.framesShown.push(el?.hasUpdated ? 'element' : prerendered ? 'prerendered' : 'none');
    if (!el?.hasUpdated) sample();
  });
})();
