"""What the main window loads at start: every module imported before the first page shows costs start-up
time on every launch (bench/startup.py), so the features behind menus and other pages load on first use."""

from __future__ import annotations

import datetime as dt
import os
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


# Loaded only after the customer list has painted its first page (MainWindow.finish_start).
AFTER_FIRST_PAGE = ("sqlalchemy.orm", "desktop_app.db.models", "desktop_app.services.catalog")

_START = """
import json, sys
from PySide6.QtWidgets import QApplication
from desktop_app.ui.app import create_main_window, open_context
app = QApplication([])
seen = {}
def first_page():
    seen["rows"] = window.customers_page.model.rowCount()
    seen["early"] = sorted(m for m in sys.modules if m.startswith(tuple(json.loads(sys.argv[2]))))
def finished():
    box = window.customers_page.contactable_filter
    seen["choices"] = [box.itemText(i) for i in range(box.count())]
    app.quit()
window = create_main_window(open_context(sys.argv[1], "en"), first_page)
window.firstPageShown.connect(finished)  # after finish_start
window.show()
app.exec()
print(json.dumps(seen))
"""


def test_the_first_page_shows_before_the_orm_loads_and_the_start_finishes_after(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On a new database, too, the list paints (empty), then the default catalog is made and the
    purposes appear among the list's filters."""
    import json

    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.demo import generate_demo

    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    db = open_database(url)
    generate_demo(db, customers=40, seed=3, today=dt.date(2026, 11, 29))
    db.dispose()
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    for database, rows in ((url, 40), (fresh, 0)):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", _START, database, json.dumps(AFTER_FIRST_PAGE)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert out.returncode == 0, out.stderr
        seen = json.loads(out.stdout.splitlines()[-1])
        assert seen["rows"] == rows
        if database == url:  # a new database is made by the migrations, which load the models
            assert seen["early"] == []
        assert "Contactable for Newsletter · E-mail" in seen["choices"], seen["choices"]
