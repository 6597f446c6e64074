"""Screenshots of the main window's pages and the customer editor, in German and English, at 1280x800.

Makes a demo database in a temporary folder (nothing touches the user's data), renders offscreen and
writes PNGs to docs/screenshots (or --out). Run it after changing how a page looks and check the
pictures by eye:

    python tools/screenshots.py [--customers 2000] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ("customers", "sources", "purposes", "consent-texts", "requests", "governance", "campaigns")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="consentdesk-shots-") as home:
        os.environ["CONSENTDESK_HOME"] = home
        return _shoot(args.customers, args.out)


def _shoot(customers: int, out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n
    from desktop_app.qt_none_guard import protect_none
    from desktop_app.services.demo import generate_demo
    from desktop_app.ui.app import open_context
    from desktop_app.ui.style import apply_style

    protect_none()
    app = QApplication(sys.argv[:1])
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    ctx = open_context(None, "de")
    generate_demo(ctx.db, customers=customers, seed=7, today=dt.date.today())
    _campaigns(ctx)
    ctx.db.dispose()
    for language in ("de", "en"):
        i18n.install_qt_translator(app, i18n.set_language(language))
        ctx = open_context(None, language)
        _window(app, ctx, out, language)
        ctx.db.dispose()
        i18n.uninstall_qt_translator(app)
    print(f"Wrote screenshots to {out}")
    return 0


def _campaigns(ctx) -> None:  # type: ignore[no-untyped-def]
    """Two planned campaigns, so the Campaigns page shows a preview as an office would see it."""
    from sqlalchemy import select

    from desktop_app.db.models import Purpose
    from desktop_app.domain.enums import Channel
    from desktop_app.services.campaigns import CampaignInput, create_campaign

    with ctx.db.session() as session:
        purposes = dict(session.execute(select(Purpose.code, Purpose.id)).all())
        for name, code, channel in (
            ("Frühjahrsangebot 2027", "offers", Channel.EMAIL),
            ("Newsletter Januar", "newsletter", Channel.EMAIL),
        ):
            create_campaign(session, ctx.actor, CampaignInput(name, purposes[code], channel))


def _window(app, ctx, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.customer.editor import CustomerEditor
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    for row, name in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.pages.currentWidget()
        wait = getattr(page, "wait", None)
        if callable(wait):
            wait()
        _settle(app)
        window.grab().save(str(out / f"{language}-{row + 1}-{name}.png"))
    customer = window.customers_page.model.row_at(3)
    if customer is not None:
        editor = CustomerEditor(ctx, customer.id, window)
        editor.resize(1100, 760)
        editor.show()
        _settle(app)
        editor.grab().save(str(out / f"{language}-8-customer-editor.png"))
        editor.tabs.setCurrentIndex(1)
        _settle(app)
        editor.grab().save(str(out / f"{language}-9-consent-matrix.png"))
        editor.reject()
    for number, (name, make) in enumerate(_dialogs(ctx, window, customer), start=10):
        dialog = make()
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / f"{language}-{number}-{name}.png"))
        dialog.close()
    window.close()


def _dialogs(ctx, window, customer):  # type: ignore[no-untyped-def]
    """(name, factory) of the dialogs worth a picture; built one at a time."""
    from desktop_app.services import customers
    from desktop_app.ui.campaigns.campaign_dialog import CampaignDialog
    from desktop_app.ui.customer.record_consent import RecordConsentDialog
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.governance.retention_rules import RetentionRulesDialog
    from desktop_app.ui.importing.history import ImportHistoryDialog
    from desktop_app.ui.importing.wizard import ImportWizard

    dialogs = [
        ("import-wizard", lambda: ImportWizard(ctx, window)),
        ("import-history", lambda: ImportHistoryDialog(ctx, window)),
        ("new-campaign", lambda: CampaignDialog(ctx, None, window)),
        ("retention-rules", lambda: RetentionRulesDialog(ctx, window)),
        ("settings", lambda: SettingsDialog(ctx, window)),
    ]
    if customer is not None:
        with ctx.db.read_session() as session:
            view = customers.get_customer(session, customer.id)
        dialogs.insert(0, ("record-consent", lambda: RecordConsentDialog(ctx, view, parent=window)))
    return dialogs


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
