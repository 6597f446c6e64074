"""Refresh resources/translations/consentdesk_de.ts from the sources with pyside6-lupdate.

Usage (from the repository root, with the project's venv)::

    python tools/update_translations.py            # update the .ts, print unfinished count
    python tools/update_translations.py --list     # ... and list the unfinished messages
    python tools/update_translations.py --check    # ... exit 1 if anything is unfinished

Then translate the new (``type="unfinished"``) entries, e.g. with
``pyside6-linguist resources/translations/consentdesk_de.ts`` (mark them
finished) or by editing the XML, and commit the .ts.  No .qm file is needed:
``desktop_app.i18n`` reads the .ts at run time.

What it does: runs ``pyside6-lupdate`` over every ``desktop_app/**/*.py``
(passed through an ``@list`` file) into the .ts with ``-no-obsolete`` (strings
that vanished from the sources are dropped, existing translations are kept)
and ``-locations relative`` (fewer merge conflicts than absolute line
numbers), then counts messages without a finished, non-empty translation.
See the ``desktop_app.i18n`` docstring for the call forms lupdate extracts.

Options: ``--ts PATH`` writes another .ts file (the tests use a temporary
copy), ``--lupdate PATH`` selects the lupdate executable (default: the one
next to the running Python, then ``pyside6-lupdate`` on PATH).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = REPO_ROOT / "desktop_app"
TS_FILE = REPO_ROOT / "resources" / "translations" / "consentdesk_de.ts"
# English is the source language; its .ts holds only the plural forms ("1 customer" / "2 customers").
EN_TS_FILE = REPO_ROOT / "resources" / "translations" / "consentdesk_en.ts"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app.i18n import TsMessage, read_ts  # noqa: E402 - needs REPO_ROOT on sys.path


def find_lupdate() -> str | None:
    """``pyside6-lupdate`` of the running interpreter's environment, else from PATH."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        candidate = scripts / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lupdate")


def source_files(root: Path = SOURCE_ROOT) -> list[Path]:
    """All Python sources lupdate scans, sorted."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(
    ts_file: Path,
    sources: Iterable[Path] | None = None,
    *,
    lupdate: str | None = None,
    target_language: str = "de",
    plural_only: bool = False,
) -> str:
    """Run lupdate over ``sources`` into ``ts_file``; return its output. Raises on failure."""
    executable = lupdate or find_lupdate()
    if executable is None:
        raise FileNotFoundError("pyside6-lupdate not found (pip install PySide6-Essentials)")
    files = list(source_files() if sources is None else sources)
    with tempfile.TemporaryDirectory() as tmp:
        list_file = Path(tmp) / "sources.lst"
        list_file.write_text("".join(f"{os.fspath(p)}\n" for p in files), encoding="utf-8")
        command = [
            executable,
            *(["-pluralonly"] if plural_only else []),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            target_language,
            f"@{list_file}",
            "-ts",
            os.fspath(ts_file),
        ]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed with exit code {completed.returncode}:\n"
            f"{completed.stdout}{completed.stderr}"
        )
    return completed.stdout + completed.stderr


def unfinished(messages: Iterable[TsMessage]) -> list[TsMessage]:
    """Messages without a finished, non-empty translation."""
    return [m for m in messages if not m.finished]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file to update")
    parser.add_argument("--lupdate", help="path of the lupdate executable")
    parser.add_argument("--list", action="store_true", help="list the unfinished messages")
    parser.add_argument("--check", action="store_true", help="exit with 1 if messages are unfinished")
    args = parser.parse_args(argv)

    args.ts.parent.mkdir(parents=True, exist_ok=True)
    output = run_lupdate(args.ts, lupdate=args.lupdate)
    print(output.strip())
    if args.ts == TS_FILE:
        print(run_lupdate(EN_TS_FILE, lupdate=args.lupdate, target_language="en", plural_only=True).strip())
        missing_en = unfinished(read_ts(EN_TS_FILE))
        print(f"{len(missing_en)} unfinished plural form(s) in {EN_TS_FILE}")
    missing = unfinished(read_ts(args.ts))
    print(f"{len(missing)} unfinished message(s) in {args.ts}")
    if args.list:
        for message in missing:
            note = f" [{message.disambiguation}]" if message.disambiguation else ""
            print(f"  {message.context}: {message.source!r}{note}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
