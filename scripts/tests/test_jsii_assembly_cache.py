"""scripts/node/jsii-assembly-cache.cjs: jsii's kernel reads the big AWS provider assembly from a cache of the types runs
looked up, run with the real node against assemblies made here (and the kernel of the build for the routing)."""
import json
import os
import subprocess
import tempfile
import unittest

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(SCRIPTS)
MODULE = os.path.join(SCRIPTS, "node", "jsii-assembly-cache.cjs")
PADDING = 17 * 1024 * 1024  # over the 16 MB below which assemblies load as before

TYPES = {f"big.T{i}": {"assembly": "big", "fqn": f"big.T{i}", "kind": "class", "name": f"T{i}"} for i in range(5)}

# Loads the package twice in one process as the kernel would (`original` counts its calls), reads the types asked for
# on the command line, and reports what the kernel would see.
PROBE = """
const cache = require(process.argv[1]);
const spec = { calls: 0, load(dir) { this.calls++; return JSON.parse(require('fs').readFileSync(dir + '/.jsii', 'utf8')); } };
const original = (dir, validate) => spec.load(dir, validate);
const validate = process.argv[4] === 'validate';
const assembly = globalThis[Symbol.for('glue-platform.jsii-assembly-cache')](original, process.argv[2], validate);
const read = JSON.parse(process.argv[3]).map((fqn) => assembly.types[fqn]);
if (process.argv[5]) {  // another JVM keeps a type in the cache meanwhile
  const file = process.argv[5];
  const cache = JSON.parse(require('fs').readFileSync(file, 'utf8'));
  cache.types['big.T0'] = JSON.parse(require('fs').readFileSync(process.argv[2] + '/.jsii', 'utf8')).types['big.T0'];
  require('fs').writeFileSync(file, JSON.stringify(cache));
}
console.log(JSON.stringify({
  order: Object.keys(assembly), plain: ['toString' in assembly.types, Object.getPrototypeOf(assembly.types) === Object.prototype,
    assembly.types.__proto__ === Object.prototype],
  calls: spec.calls, name: assembly.name, readme: assembly.readme.markdown.length, read,
  keys: Object.keys(assembly.types), has: ['big.T0' in assembly.types, 'big.Nope' in assembly.types],
  nope: assembly.types['big.Nope'] === undefined,
}));
"""


class AssemblyCache(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.package = os.path.join(self.tmp.name, "node_modules", "big")
        os.makedirs(self.package)
        with open(os.path.join(self.package, "package.json"), "w", encoding="utf-8") as handle:
            json.dump({"name": "@scope/big", "version": "1.2.3"}, handle)
        self.write_assembly()
        self.cache_dir = os.path.join(self.tmp.name, "cache")
        self.cache_file = os.path.join(self.cache_dir, "@scope__big@1.2.3.json")

    def tearDown(self):
        self.tmp.cleanup()

    def write_assembly(self, padding=PADDING, types=TYPES):
        # `types` between other fields, as in a real assembly, whose field order the kernel must see unchanged
        with open(os.path.join(self.package, ".jsii"), "w", encoding="utf-8") as handle:
            json.dump({"name": "@scope/big", "types": types, "version": "1.2.3", "readme": {"markdown": "x" * padding}},
                      handle)

    def load(self, *fqns, validate=False, neighbour=False):
        env = {k: v for k, v in os.environ.items() if k != "NODE_OPTIONS"}
        env["PLATFORM_JSII_ASSEMBLY_CACHE_DIR"] = self.cache_dir
        result = subprocess.run(["node", "-e", PROBE, MODULE, self.package, json.dumps(list(fqns)),
                                 "validate" if validate else "", self.cache_file if neighbour else ""],
                                capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(0, result.returncode, result.stderr)
        return json.loads(result.stdout)

    def cached(self):
        with open(self.cache_file, encoding="utf-8") as handle:
            return json.load(handle)

    def test_the_first_run_parses_the_assembly_and_keeps_the_types_it_looked_up(self):
        seen = self.load("big.T1", "big.T3")
        self.assertEqual(1, seen["calls"])
        self.assertEqual([TYPES["big.T1"], TYPES["big.T3"]], seen["read"])
        self.assertEqual(sorted(TYPES), sorted(seen["keys"]))
        cache = self.cached()
        self.assertEqual({"big.T1", "big.T3"}, set(cache["types"]))
        self.assertEqual(sorted(TYPES), sorted(cache["fqns"]))
        self.assertEqual(PADDING, len(cache["assembly"]["readme"]["markdown"]), "the other fields as they are")
        self.assertEqual(["name", "types", "version", "readme"], list(cache["assembly"]), "in their order")
        self.assertIsNone(cache["assembly"]["types"])

    def test_a_later_run_reads_kept_types_without_parsing_and_sees_the_same(self):
        first = self.load("big.T1", "big.T3")
        later = self.load("big.T3", "big.T1")
        self.assertEqual(0, later["calls"], "the 17 MB file is not parsed")
        self.assertEqual([TYPES["big.T3"], TYPES["big.T1"]], later["read"])
        self.assertEqual(first["keys"], later["keys"], "every type name, in the assembly's order")
        self.assertEqual([True, False], later["has"])
        self.assertTrue(later["nope"])
        self.assertEqual(("@scope/big", PADDING), (later["name"], later["readme"]))
        self.assertEqual(first["order"], later["order"])
        self.assertEqual(["name", "types", "version", "readme"], later["order"])
        self.assertEqual([True, True, True], later["plain"], "types behaves as the plain object it stands for")

    def test_a_type_not_kept_is_read_from_the_whole_assembly_and_kept_for_the_next_run(self):
        self.load("big.T1")
        missed = self.load("big.T1", "big.T4")
        self.assertEqual(1, missed["calls"])
        self.assertEqual([TYPES["big.T1"], TYPES["big.T4"]], missed["read"])
        self.assertEqual({"big.T1", "big.T4"}, set(self.cached()["types"]))
        self.assertEqual(0, self.load("big.T4")["calls"])

    def test_types_kept_by_a_run_beside_this_one_are_kept_too(self):
        self.load("big.T1")
        self.load("big.T2", neighbour=True)  # adds T2 while another run adds T0 to the file
        self.assertEqual({"big.T0", "big.T1", "big.T2"}, set(self.cached()["types"]))

    def test_temporary_files_of_runs_killed_while_writing_are_removed_later(self):
        os.makedirs(self.cache_dir)
        abandoned = self.cache_file + ".4242.tmp"
        recent = self.cache_file + ".4343.tmp"
        for name in (abandoned, recent):
            with open(name, "w", encoding="utf-8") as handle:
                handle.write("{")
        os.utime(abandoned, (0, 0))
        self.load("big.T1")
        self.assertFalse(os.path.exists(abandoned))
        self.assertTrue(os.path.exists(recent), "a run may be writing it now")

    def test_a_damaged_cache_is_replaced(self):
        self.load("big.T1")
        with open(self.cache_file, "w", encoding="utf-8") as handle:
            handle.write('{"format": 1, "size": ')
        again = self.load("big.T2")
        self.assertEqual(1, again["calls"])
        self.assertEqual([TYPES["big.T2"]], again["read"])
        self.assertEqual({"big.T2"}, set(self.cached()["types"]))

    def test_an_assembly_of_another_size_is_not_served_from_the_cache(self):
        self.load("big.T1")
        changed = dict(TYPES, **{"big.T1": dict(TYPES["big.T1"], name="Changed")})
        self.write_assembly(types=changed)
        again = self.load("big.T1")
        self.assertEqual(1, again["calls"])
        self.assertEqual("Changed", again["read"][0]["name"])

    def test_small_assemblies_and_validated_loads_go_to_jsii_unchanged(self):
        self.load("big.T1", validate=True)
        self.assertFalse(os.path.exists(self.cache_file))
        self.write_assembly(padding=10)
        self.load("big.T1")
        self.load("big.T1")
        self.assertFalse(os.path.exists(self.cache_file))


class KernelRouting(unittest.TestCase):
    def route(self, source):
        script = "const m = require(process.argv[1]); const out = m.routeKernelLoad(require('fs').readFileSync(0, 'utf8'));" \
                 "console.log(JSON.stringify(out));"
        result = subprocess.run(["node", "-e", script, MODULE], input=source, capture_output=True, text=True, timeout=60)
        self.assertEqual(0, result.returncode, result.stderr)
        return json.loads(result.stdout)

    def test_the_kernel_of_the_build_has_the_call_once_and_only_it_changes(self):
        with open(os.path.join(REPO, "target", "jsii-runtime", "software", "amazon", "jsii", "lib", "program.js"),
                  encoding="utf-8") as handle:
            kernel = handle.read()
        routed = self.route(kernel)
        self.assertIsNotNone(routed)
        call = "spec.loadAssemblyFromPath(packageDir, this.validateAssemblies)"
        before, after = kernel.split(call)
        self.assertTrue(routed.startswith(before) and routed.endswith(after))
        self.assertIn("Symbol.for(\"glue-platform.jsii-assembly-cache\")](spec.loadAssemblyFromPath, packageDir,"
                      " this.validateAssemblies)", routed)
        self.assertEqual(kernel.count("\n"), routed.count("\n"), "line numbers stay those of the file")

    def test_a_kernel_started_through_a_symbolic_link_is_routed(self):
        with tempfile.TemporaryDirectory() as tmp:
            real = os.path.join(tmp, "real")
            os.makedirs(real)
            with open(os.path.join(real, "program.js"), "w", encoding="utf-8") as handle:
                handle.write("function load(spec, packageDir) {"
                             " return spec.loadAssemblyFromPath(packageDir, this.validateAssemblies); }\n"
                             "console.log(String(load).includes('glue-platform.jsii-assembly-cache'));\n")
            os.symlink(real, os.path.join(tmp, "link"))
            result = subprocess.run(["node", "--require", MODULE, os.path.join(tmp, "link", "program.js")],
                                    capture_output=True, text=True, timeout=60)
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("true", result.stdout.strip())

    def test_a_kernel_without_the_call_or_with_it_twice_is_left_as_it_is(self):
        call = "spec.loadAssemblyFromPath(packageDir, this.validateAssemblies)"
        self.assertIsNone(self.route("function load() { return other(packageDir); }"))
        self.assertIsNone(self.route(f"a = {call}; b = {call};"))


if __name__ == "__main__":
    unittest.main()
