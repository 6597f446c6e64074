"""Runs every benchmark in bench/ (each *.py with a top-level main()), one after the other.

    python bench/run_all.py [NAME ...]    # e.g. `startup`; no names: all of them

Exit status 1 if any benchmark missed its target or failed.
"""

from __future__ import annotations

import ast
import importlib
import sys
import traceback
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def benchmark_modules() -> list[str]:
    names = []
    for path in sorted(BENCH_DIR.glob("*.py")):
        if path.stem == "run_all":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body):
            names.append(path.stem)
    return names


def main(argv: list[str] | None = None) -> int:
    wanted = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(BENCH_DIR))
    failed = []
    for name in benchmark_modules():
        if wanted and name not in wanted:
            continue
        print(f"\n== {name}", flush=True)
        try:
            code = importlib.import_module(name).main([])
        except Exception:
            traceback.print_exc()
            code = 1
        if code:
            failed.append(name)
    if failed:
        print(f"\nmissed or failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
