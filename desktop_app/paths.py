"""Where the app keeps its files. Tests redirect these with CONSENTDESK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

from desktop_app import APP_AUTHOR, APP_NAME


def _override() -> Path | None:
    home = os.environ.get("CONSENTDESK_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    base = _override()
    path = base / "data" if base else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Kept apart from the data folder on purpose: it holds the audit anchor and the suppression key."""
    base = _override()
    path = base / "config" if base else user_config_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """What can be made again from the installed files (e.g. parsed translations); may be deleted."""
    base = _override()
    path = base / "cache" if base else user_cache_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
