"""The JavaScript this build really runs in jsii's Node: files of the jsii packages inside the jars on the class path
(each jar carries its package as a jsii tarball, which jsii extracts as it is), and jsii's kernel as the build
extracts it. Tests of the Node hooks read them, so that an upgrade changing what a hook rewrites fails a test instead
of silently costing the time again."""
import os
import tarfile
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KERNEL = os.path.join(REPO, "target", "jsii-runtime", "software", "amazon", "jsii", "lib", "program.js")


def package_file(jar_prefix, member):
    """`member` (a path inside the package, e.g. lib/index.js) of the jar on the class path named `jar_prefix`-<version>."""
    classpath_file = os.path.join(REPO, "target", "classpath.txt")
    if not os.path.isfile(classpath_file):
        raise AssertionError(f"{classpath_file} is missing: run `make build` first (make test does)")
    with open(classpath_file, encoding="utf-8") as handle:
        jars = [j for j in handle.read().strip().split(":")
                if os.path.basename(j).startswith(jar_prefix + "-") and os.path.basename(j)[len(jar_prefix) + 1].isdigit()]
    if len(jars) != 1:
        raise AssertionError(f"expected one {jar_prefix} jar on the class path, found {jars}")
    with zipfile.ZipFile(jars[0]) as jar:
        tarballs = [n for n in jar.namelist() if n.endswith(".jsii.tgz")]
        if len(tarballs) != 1:
            raise AssertionError(f"expected one jsii tarball in {jars[0]}, found {tarballs}")
        with jar.open(tarballs[0]) as tarball, tarfile.open(fileobj=tarball, mode="r|gz") as package:
            for entry in package:
                if entry.name == "package/" + member:
                    return package.extractfile(entry).read().decode("utf-8")
    raise AssertionError(f"package/{member} not found in {tarballs[0]} of {jars[0]}")


def kernel():
    """jsii's kernel (lib/program.js) as this build extracts it from the jsii-runtime jar."""
    if not os.path.isfile(KERNEL):
        raise AssertionError(f"{KERNEL} is missing: run `make build` first (make test does)")
    with open(KERNEL, encoding="utf-8") as handle:
        return handle.read()
