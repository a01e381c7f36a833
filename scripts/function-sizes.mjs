// The longest classes and functions (every function, method and arrow) under a folder, in lines,
// as the TypeScript parser sees them: node scripts/function-sizes.mjs [src]
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[2] ?? 'src';
const files = [];
(function walk(d) {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(p) && files.push(p);
  }
})(root);
const rows = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = (n) =>
    sf.getLineAndCharacterOfPosition(n.getEnd()).line - sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n) => {
    if (ts.isFunctionLike(n) && n.body)
      rows.push([
        lines(n),
        'fn',
        file,
        n.name?.getText?.() ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText() : '<arrow>'),
      ]);
    if (ts.isClassLike(n)) rows.push([lines(n), 'class', file, n.name?.getText() ?? '<class>']);
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
rows.sort((a, b) => b[0] - a[0]);
console.log('classes:');
for (const r of rows.filter((r) => r[1] === 'class')) console.log(' ', r[0], r[2], r[3]);
console.log('longest functions:');
for (const r of rows.filter((r) => r[1] === 'fn').slice(0, 12)) console.log(' ', r[0], r[2], r[3]);
