"""What the main window loads at start: every module imported before the first page shows costs start-up
time on every launch (bench/startup.py), so the features behind menus and other pages load on first use."""

from __future__ import annotations

import subprocess
import sys

# Loaded by a feature when it is used, never by opening the window.
LATER = (
    "alembic",
    "openpyxl",
    "xlsxwriter",
    "python_calamine",
    "phonenumbers",
    "desktop_app.services.campaign_export",
    "desktop_app.services.merge",
    "desktop_app.services.governance",
    "desktop_app.services.importing",
    "desktop_app.services.reports",
    "desktop_app.reports_render",
    "desktop_app.ui.importing",
    "desktop_app.ui.campaigns",
    "desktop_app.ui.customer.editor",
    "desktop_app.ui.customer.list_export",
    "desktop_app.ui.customer.merge_dialog",
    "desktop_app.ui.pages.governance",
    "desktop_app.ui.pages.campaigns",
)


def test_opening_the_window_loads_only_what_the_customer_list_needs() -> None:
    code = (
        "import sys\n"
        "import desktop_app.services.bootstrap, desktop_app.ui.app, desktop_app.ui.main_window\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    early = sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in LATER))
    assert early == []
    assert "desktop_app.ui.pages.customers" in loaded  # the probe does see the window's imports
