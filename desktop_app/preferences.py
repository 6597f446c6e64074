"""This user's own preferences on this PC (not the shared database): for now the program's language.

A small JSON file in the config folder. A damaged or unreadable file reads as "no preference" (the
system language then applies), so a bad file can never stop the program from starting.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop_app import paths
from desktop_app.atomic import write_atomically
from desktop_app.i18n import SUPPORTED_LANGUAGES

_log = logging.getLogger(__name__)


def preferences_file() -> Path:
    return paths.config_dir() / "preferences.json"


def _read() -> dict[str, object]:
    try:
        data = json.loads(preferences_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        _log.warning("Ignoring unreadable preferences %s: %s", preferences_file(), exc)
        return {}
    return data if isinstance(data, dict) else {}


def stored_language() -> str | None:
    """'de' or 'en' as chosen in the Settings dialog; None: follow the system language."""
    value = _read().get("language")
    return value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else None


def store_language(language: str | None) -> None:
    """Remembers the choice for the next start; None forgets it. OSError is the caller's to report."""
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    data = _read()
    if language is None:
        data.pop("language", None)
    else:
        data["language"] = language
    encoded = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    write_atomically(preferences_file(), lambda stream: stream.write(encoded))
