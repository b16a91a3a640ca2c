// Lazy heavy libraries (issue 10, fast start). Each library below is bundled once into
// dist/electron/vendor/<name>.cjs; the app's bundles get, in its place, a stand-in whose exports are getters
// that require the real bundle on first use. A process that never builds a PDF, a DOCX or a workbook never
// parses those megabytes, and no service has to change how it imports them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Library → how the stand-in reaches it at run time (a vendor bundle, or node_modules for native ones). */
export const LAZY_LIBRARIES = Object.freeze({
  exceljs: 'vendor',
  docx: 'vendor',
  'pdf-lib': 'vendor',
  '@pdf-lib/fontkit': 'vendor',
  'node-forge': 'vendor',
  pkijs: 'vendor',
  asn1js: 'vendor',
  // Not @peculiar/x509: it needs a Reflect metadata polyfill loaded before it (whoever adds it decides).
  ics: 'vendor',
  // Native modules stay in node_modules (unpacked from the asar); loading them is still deferred.
  'better-sqlite3': 'native',
  pkcs11js: 'native',
});

export const vendorFile = (name) => `${name.replace(/^@/, '').replace(/\//g, '-')}.cjs`;

/** Bundles each vendor library into `<outDir>/vendor/` and returns the export names of every lazy library. */
export async function buildVendors(root, outDir) {
  const vendorDir = join(root, outDir, 'vendor');
  mkdirSync(vendorDir, { recursive: true });
  const requireHere = createRequire(join(root, 'package.json'));
  const names = Object.entries(LAZY_LIBRARIES);
  const exportsOf = {};
  await Promise.all(
    names.map(async ([name, kind]) => {
      if (kind !== 'vendor') return;
      await build({
        stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
        outfile: join(vendorDir, vendorFile(name)),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        // Some of these libraries look classes up by name (ASN.1 schemas, dependency injection).
        keepNames: true,
        legalComments: 'none',
        logLevel: 'warning',
      });
    }),
  );
  for (const [name, kind] of names) {
    // The export names are read once here, at build time, so the stand-in can list them without loading.
    let real;
    try {
      real = kind === 'vendor' ? requireHere(join(vendorDir, vendorFile(name))) : requireHere(name);
    } catch (error) {
      // Not lazy then (bundled as usual), rather than a broken build.
      console.warn(`lazy-vendor: ${name} stays eager: ${String(error).split('\n')[0].slice(0, 200)}`);
      continue;
    }
    exportsOf[name] = {
      names: Object.getOwnPropertyNames(real).filter((k) => k !== '__esModule'),
      esModule: real.__esModule === true,
      callable: typeof real === 'function',
    };
  }
  return exportsOf;
}

/** The stand-in module's source: a getter per export; the real module is required on the first get. */
function standIn(name, kind, shape) {
  const target = kind === 'vendor' ? `./vendor/${vendorFile(name)}` : name;
  const lines = ['let real;', `const load = () => (real ??= require(${JSON.stringify(target)}));`];
  if (shape.callable) {
    // A module that is itself a function (better-sqlite3's Database): a forwarding function and class.
    lines.push(
      'function lazy(...args) {',
      '  if (!new.target) return load()(...args);',
      '  return new.target === lazy ? Reflect.construct(load(), args) : Reflect.construct(load(), args, new.target);',
      '}',
      'Object.defineProperty(lazy, Symbol.hasInstance, { value: (value) => value instanceof load() });',
      'module.exports = lazy;',
    );
  }
  if (shape.esModule) lines.push("Object.defineProperty(module.exports, '__esModule', { value: true });");
  for (const key of shape.names) {
    if (shape.callable && ['length', 'name', 'prototype', 'arguments', 'caller'].includes(key)) continue;
    lines.push(
      `Object.defineProperty(module.exports, ${JSON.stringify(key)}, { enumerable: true, get: () => load()[${JSON.stringify(key)}] });`,
    );
  }
  return lines.join('\n');
}

/** esbuild plugin: imports of a lazy library resolve to its stand-in; the stand-in's require stays external. */
export function lazyVendorPlugin(exportsOf) {
  const escaped = Object.keys(exportsOf).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const filter = new RegExp(`^(${escaped.join('|')})$`);
  return {
    name: 'lazy-vendor',
    setup(b) {
      b.onResolve({ filter }, (args) => {
        if (args.namespace === 'lazy-vendor') return { path: args.path, external: true };
        // One stand-in per importing file, defining only the names that file imports: esbuild copies
        // every export of a CommonJS module into each importer (__toESM), and pdf-lib or docx have
        // hundreds; copying them all at every start would cost more than the laziness saves.
        const names = namedImports(args.importer, args.path);
        const known = exportsOf[args.path].names;
        const picked = names ? known.filter((n) => names.includes(n)) : known;
        return { path: `${args.path}|${picked.join(',')}`, namespace: 'lazy-vendor' };
      });
      b.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-vendor' }, (args) => {
        const [name = '', picked = ''] = args.path.split('|');
        const shape = { ...exportsOf[name], names: picked ? picked.split(',') : [] };
        return { contents: standIn(name, LAZY_LIBRARIES[name], shape), loader: 'js' };
      });
    },
  };
}

/**
 * The names `file` imports from `library` when it only uses named imports (`import { a, b as c }`), or
 * null when it takes the whole module (default or namespace import): then every export is defined.
 */
function namedImports(file, library) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const quoted = library.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`import\\s+(type\\s+)?([^;]*?)\\s+from\\s+['"]${quoted}['"]`, 'g');
  // Re-exports and dynamic imports of the library: take it whole (the names cannot be listed here).
  if (new RegExp(`(export\\s[^;]*?from|import\\()\\s*['"]${quoted}['"]`).test(source)) return null;
  const names = new Set();
  let matched = false;
  for (const match of source.matchAll(pattern)) {
    matched = true;
    if (match[1]) continue;
    const clause = (match[2] ?? '').trim();
    if (!clause.startsWith('{')) return null;
    for (const part of clause.slice(1, -1).split(',')) {
      const item = part.trim();
      if (!item || item.startsWith('type ')) continue;
      names.add(item.split(/\s+as\s+/)[0]?.trim());
    }
  }
  return matched ? [...names] : null;
}

export function writeVendorManifest(root, outDir, exportsOf) {
  writeFileSync(
    join(root, outDir, 'vendor', 'manifest.json'),
    `${JSON.stringify(Object.keys(exportsOf), null, 2)}\n`,
  );
}

/**
 * zod's `locales` namespace pulls all of its ~50 translations into every bundle (most of zod's weight
 * here), though the app only ever uses English messages (it writes its own Vietnamese ones, see
 * electron/app/dispatch.ts). The namespace is answered with English and Vietnamese only.
 */
export function zodLocalesPlugin() {
  return {
    name: 'zod-locales',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer)
          ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-locales' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: 'export { default as en } from "./en.js";\nexport { default as vi } from "./vi.js";\n',
        resolveDir: join(args.path, '..'),
        loader: 'js',
      }));
    },
  };
}
