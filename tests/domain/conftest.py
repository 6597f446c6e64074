"""Makes `desktop_app` and `tests.domain.strategies` importable however pytest is started.

Why here: the package is not installed into the venv, and the bare `pytest` script (unlike
`python -m pytest`) does not put the repository root on sys.path.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
