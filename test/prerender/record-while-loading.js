// Runs right after a parser-blocking fx-ticker.js, while the page is still loading: what the
// prerendered ticker shows at that moment.
{
  const root = document.querySelector('fx-ticker').shadowRoot;
  window.whileLoading = {
    readyState: document.readyState,
    defined: customElements.get('fx-ticker') !== undefined,
    items: root.querySelectorAll('[role="list"] > [role="listitem"]').length,
    strips: root.querySelectorAll('.ticker').length,
  };
}
