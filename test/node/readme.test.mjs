// The README's API tables are written by hand for readers; this keeps them in step with
// custom-elements.json, which the analyzer generates from the element's JSDoc.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement);

/** The first-column code names of the table that follows a `## heading`, up to the next heading. */
function firstColumn(heading, header) {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading));
  assert.ok(section, `README has a "${heading}" section`);
  const table = section.slice(section.indexOf(`| ${header}`));
  const lines = table.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  const rows = lines.slice(2, end === -1 ? undefined : end);
  return rows.map((line) => /^\| `([^`]+)`/.exec(line)?.[1]).filter(Boolean);
}

const sorted = (names) => [...names].sort();

test('README documents exactly the attributes in the manifest', () => {
  assert.deepEqual(sorted(firstColumn('Attributes and properties', 'attribute')), sorted(element.attributes.map((a) => a.name)));
});

test('README documents exactly the events in the manifest', () => {
  assert.deepEqual(sorted(firstColumn('Events and methods', 'event')), sorted(element.events.map((e) => e.name)));
});

test('README documents exactly the parts and custom properties in the manifest', () => {
  assert.deepEqual(sorted(firstColumn('Styling', 'part')), sorted(element.cssParts.map((p) => p.name)));
  assert.deepEqual(sorted(firstColumn('Styling', 'custom property')), sorted(element.cssProperties.map((p) => p.name)));
});

test('README documents the public methods in the manifest', () => {
  const methods = element.members.filter((m) => m.kind === 'method' && m.privacy !== 'private').map((m) => m.name);
  const documented = firstColumn('Events and methods', 'method').map((name) =>
    name.replace(/^FxTicker\./, '').replace(/\(.*$/, ''),
  );
  assert.deepEqual(sorted(documented), sorted(methods));
});
