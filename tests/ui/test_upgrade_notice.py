"""Opening a database of an earlier version shows a notice while it is backed up and upgraded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.ui.app import open_context
from desktop_app.ui.upgrade_notice import UpgradeNotice

GOLDEN = sorted((Path(__file__).parents[1] / "db" / "golden").glob("schema-*.sqlite3"))[0]


@pytest.mark.sqlite_only
def test_notice_is_on_screen_during_the_upgrade_and_gone_after(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[bool, str]] = []
    original = UpgradeNotice.show

    def show(self: UpgradeNotice) -> None:
        original(self)
        assert self.splash is not None
        shown.append((self.splash.isVisible(), self.splash.message()))
        notices.append(self)

    notices: list[UpgradeNotice] = []
    monkeypatch.setattr(UpgradeNotice, "show", show)
    copy = tmp_path / GOLDEN.name
    shutil.copyfile(GOLDEN, copy)
    for _ in range(2):  # the second time the database is current: no notice
        ctx = open_context(str(copy), "en")
        ctx.db.dispose()
    assert shown == [(True, UpgradeNotice().text())]
    assert "updating the database" in shown[0][1]
    assert notices[0].splash is None  # closed once the upgrade was done
