// Configuration of `cem analyze` (run by scripts/build.mjs). The manifest is for tools that
// read the package as users install it (editors, Storybook, docs generators), so it names
// the files that ship in dist/ and lists only the public API.

/**
 * Where each analysed source module ships. src/fx-ticker.ts has no file of its own in dist/
 * (the ES build puts it in a shared chunk, and dist/fx-ticker.js is the script-tag build,
 * which exports nothing), so its class is documented at the entry that exports it.
 */
const SHIPPED_AS = {
  'src/fx-ticker.ts': 'dist/index.js',
  'src/index.ts': 'dist/index.js',
  'src/define.ts': 'dist/define.js',
};

/** Modules that register a class when imported: module → exported class name. */
const REGISTERS = {
  'dist/define.js': 'FxTicker',
};

export default {
  globs: Object.keys(SHIPPED_AS),
  litelement: true,
  outdir: '.',
  // package.json declares `customElements` itself; the analyzer must not rewrite the file.
  packagejson: false,
  plugins: [publicApiOnly(), shippedModulePaths(SHIPPED_AS, REGISTERS)],
};

/**
 * Removes what is not public API: private members (TypeScript `private` is kept by the
 * analyzer with `privacy: "private"`), attributes that only back such members (Lit's
 * `state: true` entries in `static properties`), events inferred from a `dispatchEvent`
 * whose name is a variable (documented events come from `@fires` and have a description),
 * and module-level declarations the module does not export.
 */
function publicApiOnly() {
  return {
    name: 'fx-ticker-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((entry) => entry.declaration?.name ?? entry.name));
        mod.declarations = (mod.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        for (const declaration of mod.declarations) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set((declaration.members ?? []).filter((member) => isHidden(member)).map((member) => member.name));
          declaration.members = declaration.members?.filter((member) => !hidden.has(member.name));
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !hidden.has(attribute.fieldName ?? attribute.name),
          );
          declaration.events = declaration.events?.filter((event) => event.description);
          fillFieldDescriptions(declaration);
        }
      }
    },
  };
}

// Protected members stay: subclassing the exported class is supported, and tools list them apart.
const isHidden = (member) => member.privacy === 'private';

/** A public field without its own doc comment borrows its attribute's `@attr` description. */
function fillFieldDescriptions(declaration) {
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
    if (field && !field.description && attribute.description) field.description = attribute.description;
  }
}

/**
 * Rewrites every module path and module reference from src/…ts to the dist/…js file that
 * ships it, merges modules that ship as one file, and records which module registers the tag.
 */
function shippedModulePaths(shippedAs, registers) {
  const shipped = (path) => shippedAs[path] ?? path;
  const relink = (value) => {
    if (Array.isArray(value)) return value.forEach(relink);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value.module = shipped(child);
      else relink(child);
    }
  };
  return {
    name: 'fx-ticker-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      const byPath = new Map();
      for (const mod of customElementsManifest.modules) {
        relink(mod);
        const path = shipped(mod.path);
        const target = byPath.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
        target.declarations.push(...(mod.declarations ?? []));
        for (const entry of mod.exports ?? []) {
          if (!target.exports.some((known) => known.kind === entry.kind && known.name === entry.name)) {
            target.exports.push(entry);
          }
        }
        byPath.set(path, target);
      }
      // A re-export names the module it came through; point it at the module that declares
      // the class instead, and drop re-exports of TypeScript-only names (interfaces and
      // types), which are not JavaScript exports and have no declaration in the manifest.
      const declaredIn = new Map();
      for (const mod of byPath.values()) for (const d of mod.declarations) declaredIn.set(d.name, mod.path);
      for (const mod of byPath.values()) {
        mod.exports = mod.exports.filter((entry) => {
          const home = declaredIn.get(entry.declaration?.name);
          if (home) entry.declaration.module = home;
          return home !== undefined;
        });
      }
      for (const [path, className] of Object.entries(registers)) {
        const home = [...byPath.values()].find((mod) => mod.declarations.some((d) => d.name === className));
        const element = home?.declarations.find((d) => d.name === className);
        const module = byPath.get(path);
        if (!element?.tagName || !module) {
          throw new Error(`custom-elements manifest: cannot record that ${path} registers ${className}`);
        }
        module.exports.push({
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: className, module: home.path },
        });
      }
      customElementsManifest.modules = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
