"""A copy of this tree with extraction compiled to C by mypyc, to measure what compiling gains.

    python bench/compile_extract.py DEST [--opt-level 2]
    SUCESOS_BUILD_CACHE=off python DEST/bench/bench_extract.py --compare .   # compiled vs source
    SUCESOS_BUILD_CACHE=off python DEST/bench/same_output.py .              # byte-identical?

Copies `sucesos/`, `bench/` and `pyproject.toml` to DEST (a new folder) and compiles every module of
`sucesos/extract/` and `sucesos/models.py` there with mypyc (`mypy` of the dev dependencies and
a C compiler); the extension modules land beside their sources in DEST, which then import
instead of them. Nothing is compiled in this tree: a compiled module left beside an edited
source would shadow it. The build cache stores objects by pickle, which the compiled classes
do not all support: run the copy with the cache off (the first article then builds the
lexicons and the gazetteer index, which the benchmarks leave out of their figures).
Compiling takes some ten minutes of CPU.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Modules that stay Python in the copy: the build cache (pickles), and text.py, which
# compiles but was not in the measured build.
KEEP_PYTHON = frozenset({"sucesos/extract/build_cache.py", "sucesos/extract/text.py"})

SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

modules = sys.argv.pop(1).split(",")
setup(
    name="sucesos-compiled-extract",
    packages=[],
    ext_modules=mypycify(modules, opt_level=sys.argv.pop(1), debug_level="0", multi_file=True),
)
"""


def modules(tree: Path) -> list[str]:
    """The modules to compile, as paths relative to `tree`."""
    found = sorted(p.relative_to(tree).as_posix() for p in (tree / "sucesos/extract").rglob("*.py"))
    return [m for m in found if m not in KEEP_PYTHON] + ["sucesos/models.py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="a new folder for the compiled copy")
    parser.add_argument("--opt-level", default="2", help="the C compiler's -O level")
    args = parser.parse_args(argv)
    dest = args.dest.resolve()
    if dest.exists() and any(dest.iterdir()):
        parser.error(f"{dest} exists and is not empty")
    skip = shutil.ignore_patterns("__pycache__", "*.so", "build")
    for folder in ("sucesos", "bench"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=skip)
    shutil.copy2(ROOT / "pyproject.toml", dest)  # mypy's settings, which mypyc reads
    (dest / "setup_compiled.py").write_text(SETUP, encoding="utf-8")
    command = [sys.executable, "setup_compiled.py", ",".join(modules(dest)), args.opt_level]
    done = subprocess.run([*command, "build_ext", "--inplace"], cwd=dest, check=False)
    if done.returncode == 0:
        print(f"compiled copy in {dest}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
