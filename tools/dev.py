"""One entry point for newcomers and CI: makes `.venv`, installs the project into it, then runs.

    python3 tools/dev.py start [app arguments]   # install and open ConsentDesk
    python3 tools/dev.py test [pytest arguments] # install with the test extra and run the tests
    python3 tools/dev.py lint                    # ruff and mypy, as CI runs them

Works the same on Windows (`py tools\\dev.py start`), macOS and Linux, and never touches the system
Python's packages (Debian and Homebrew refuse `pip install` outside a virtual environment).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_installed(extra: str | None) -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    target = f".[{extra}]" if extra else "."
    marker = VENV / f".installed-{extra or 'app'}"
    stamp = str((ROOT / "pyproject.toml").stat().st_mtime_ns)
    if not marker.exists() or marker.read_text() != stamp:
        print(f"Installing ConsentDesk{f' with {extra} tools' if extra else ''} into {VENV} ...", flush=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True, cwd=ROOT)
        subprocess.run([python, "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT)
        marker.write_text(stamp)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "lint"}:
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if action == "start":
        python = ensure_installed(None)
        return subprocess.call([python, str(ROOT / "main.py"), *rest], cwd=ROOT)
    python = ensure_installed("test")
    if action == "test":
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT)
    for command in (["-m", "ruff", "check", "."], ["-m", "mypy"]):
        code = subprocess.call([python, *command], cwd=ROOT)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
