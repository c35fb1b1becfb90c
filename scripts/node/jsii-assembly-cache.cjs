'use strict';
// Loaded by scripts/node/jsii-runtime before jsii's kernel (lib/program.js). Why: on every start the kernel reads and
// parses the AWS provider's whole type catalogue, a 134 MB `.jsii` of 28 636 types, though the platform's synths look
// up ≈ 150 of them: ≈ 0.7 s of every JVM that uses jsii. This keeps the types runs looked up in target/jsii-assemblies/
// and serves a later run's assembly from there: its other fields as they are, every type name (so counts and key
// listings stay what they were) and the kept types. A type not kept (new code using a resource the cache has not
// seen) makes that run parse the whole file after all, with the same result, and the types it looked up are kept for
// the next run. The kernel sees the same values under the same names.
//
// The kernel loads an assembly in one call, `spec.loadAssemblyFromPath(packageDir, this.validateAssemblies)`; as Node
// compiles program.js, that call is routed through loadAssembly below. A jsii version without that call runs without
// the cache (slower, same result), and scripts/tests/test_jsii_assembly_cache.py fails on the kernel of the build.
// Assemblies under 16 MB, and every one when jsii validates assemblies (JSII_VALIDATE_ASSEMBLIES), load as before.
const fs = require('fs');
const path = require('path');
const { rewriteMainModuleOnCompile } = require('./rewrite-on-compile.cjs');

const KERNEL_LOAD_CALL = 'spec.loadAssemblyFromPath(packageDir, this.validateAssemblies)';
const HOOK = Symbol.for('glue-platform.jsii-assembly-cache');
const MIN_BYTES = 16 * 1024 * 1024;
const FORMAT = 2;
const CACHE_DIR = process.env.PLATFORM_JSII_ASSEMBLY_CACHE_DIR
  || path.join(__dirname, '..', '..', 'target', 'jsii-assemblies');

/** program.js with its assembly load routed through loadAssembly, or null when the call is not there exactly once. */
function routeKernelLoad(source) {
  const first = source.indexOf(KERNEL_LOAD_CALL);
  if (first < 0 || source.indexOf(KERNEL_LOAD_CALL, first + 1) >= 0) {
    return null;
  }
  return source.replace(KERNEL_LOAD_CALL,
    `globalThis[Symbol.for(${JSON.stringify(HOOK.description)})](spec.loadAssemblyFromPath, packageDir, this.validateAssemblies)`);
}

/** The kernel's load of `packageDir` (`original`), served from the cache when the assembly is big enough to matter. */
function loadAssembly(original, packageDir, validate) {
  const file = path.join(packageDir, '.jsii');
  let size;
  try {
    size = fs.statSync(file).size;
  } catch {
    return original(packageDir, validate); // a redirect or another layout: jsii reports what is wrong
  }
  if (validate || size < MIN_BYTES) {
    return original(packageDir, validate);
  }
  const { name, version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const cacheFile = path.join(CACHE_DIR, `${name.replace(/[^\w.@-]+/g, '__')}@${version}.json`);
  const kept = readCache(cacheFile, size);
  let full = null;
  const fullTypes = () => {
    if (full === null) {
      full = original(packageDir, validate);
    }
    return full.types;
  };
  const lookedUp = new Set();
  process.on('exit', () => writeCache(cacheFile, size, kept, full, lookedUp));
  if (kept === null) {
    const assembly = original(packageDir, validate);
    full = assembly;
    return { ...assembly, types: typesView(Object.keys(assembly.types), (fqn) => assembly.types[fqn], lookedUp) };
  }
  // The kept assembly has `types: null` where the whole one has its types, so the fields keep their order.
  return { ...kept.assembly, types: typesView(kept.fqns, (fqn) => fullTypes()[fqn], lookedUp, kept.types) };
}

/**
 * The `types` object the kernel reads: every name listed, each value read once through `typeOf` (and remembered in
 * `lookedUp`), then served from a map: the kernel reads types on every value it passes, so the common path is one
 * map lookup.
 */
function typesView(fqns, typeOf, lookedUp, known = {}) {
  const names = new Set(fqns);
  const values = new Map(Object.entries(known));
  const read = (fqn) => {
    let value = values.get(fqn);
    if (value === undefined && names.has(fqn)) {
      value = typeOf(fqn);
      lookedUp.add(fqn);
      values.set(fqn, value);
    }
    return value;
  };
  return new Proxy({}, {
    get: (target, key, receiver) => values.get(key)
      ?? (typeof key === 'string' && names.has(key) ? read(key) : Reflect.get(target, key, receiver)),
    has: (target, key) => (typeof key === 'string' && names.has(key)) || Reflect.has(target, key),
    ownKeys: () => [...fqns],
    // Listing keys asks for each one's descriptor: an accessor, so that listing reads no type and reading reads one.
    getOwnPropertyDescriptor: (target, key) => (typeof key === 'string' && names.has(key)
      ? { get: () => read(key), set: undefined, enumerable: true, configurable: true } : undefined),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function readCache(cacheFile, size) {
  let cache;
  try {
    cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  } catch {
    return null; // none yet, or damaged: this run parses the assembly and writes it anew
  }
  const valid = cache && cache.format === FORMAT && cache.size === size && cache.assembly && Object.hasOwn(cache.assembly, 'types')
    && Array.isArray(cache.fqns) && cache.types && typeof cache.types === 'object';
  return valid ? cache : null;
}

/**
 * Keeps what this run looked up, when that adds to the cache, together with what runs beside it kept meanwhile (the
 * test JVMs exit side by side); written to a temporary file and renamed, so that no run ever reads half of one.
 */
function writeCache(cacheFile, size, kept, full, lookedUp) {
  const known = kept === null ? {} : kept.types;
  const added = [...lookedUp].filter((fqn) => !Object.hasOwn(known, fqn));
  if (added.length === 0 || full === null) {
    return;
  }
  const current = readCache(cacheFile, size);
  const types = { ...(current === null ? {} : current.types), ...known };
  for (const fqn of added) {
    types[fqn] = full.types[fqn];
  }
  const assembly = { ...full, types: null };
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    removeAbandoned(path.dirname(cacheFile));
    fs.writeFileSync(temporary, JSON.stringify({ format: FORMAT, size, assembly, fqns: Object.keys(full.types), types }));
    fs.renameSync(temporary, cacheFile);
  } catch {
    fs.rmSync(temporary, { force: true }); // an unwritable target/ costs the next run time, never its result
  }
}

/** Temporary files of runs killed while writing (an hour old: no run writes for that long). */
function removeAbandoned(directory) {
  const hourAgo = Date.now() - 3600 * 1000;
  for (const name of fs.readdirSync(directory)) {
    const file = path.join(directory, name);
    if (name.endsWith('.tmp') && fs.statSync(file).mtimeMs < hourAgo) {
      fs.rmSync(file, { force: true });
    }
  }
}

globalThis[HOOK] = loadAssembly;

rewriteMainModuleOnCompile('routeAssemblyLoads', routeKernelLoad);

module.exports = { routeKernelLoad, loadAssembly, KERNEL_LOAD_CALL };
