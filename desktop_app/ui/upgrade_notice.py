"""The notice on screen while an existing database is upgraded to this version's schema at start.

The main window can only open once the database is upgraded, and on a large database the integrity
check, the backup copy and the upgrade take a minute: without a notice the program would seem not to
start, and a second click would start it twice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from desktop_app.i18n import QT_TRANSLATE_NOOP

MESSAGE = QT_TRANSLATE_NOOP(
    "UpgradeNotice",
    "ConsentDesk is updating the database to this version.\nOn a large database this takes a minute.",
)


class UpgradeNotice:
    def __init__(self) -> None:
        self.splash: QSplashScreen | None = None

    def text(self) -> str:
        return QCoreApplication.translate("UpgradeNotice", MESSAGE)

    def show(self) -> None:
        pixmap = QPixmap(720, 140)
        pixmap.fill(QColor("#1f2a37"))
        self.splash = QSplashScreen(pixmap)
        self.splash.showMessage(self.text(), Qt.AlignmentFlag.AlignCenter, QColor("#ffffff"))
        self.splash.show()
        QApplication.processEvents()  # paint it now: the upgrade blocks the event loop until done

    def close(self) -> None:
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
