"""The import wizard: file, mapping, options, dry run, commit (services in desktop_app.services.importing)."""

from __future__ import annotations

from desktop_app.ui.importing.wizard import ImportWizard

__all__ = ["ImportWizard"]
