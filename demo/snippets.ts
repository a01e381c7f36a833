// Each example shows the exact markup of the ticker above it, read from the page itself,
// so a snippet can never drift from what is on screen.
for (const example of document.querySelectorAll('.example')) {
  const ticker = example.querySelector('fx-ticker');
  const code = example.querySelector('pre > code');
  if (ticker && code) code.textContent = ticker.outerHTML.replace(/=""/g, '').replace(/\n\s{10}/g, '\n');
}
