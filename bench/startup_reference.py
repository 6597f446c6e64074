"""What any PySide6 + SQLAlchemy program pays to show 100 customers: the reference for bench/startup.py.

Imports both libraries, opens the database, runs one SELECT ... LIMIT 100 in the app's default order
and shows a bare QMainWindow; prints the same marker as the app once the event loop has run.

    python bench/startup_reference.py DATABASE_FILE
"""

import sys
import time

# SQLAlchemy before PySide6, as the app does: PySide6's import hook reads the source of every module
# imported after it, and the reference should be the cheapest honest way to do the same.
from sqlalchemy import create_engine, text  # isort: skip

from PySide6.QtCore import QTimer  # isort: skip
from PySide6.QtWidgets import QApplication, QMainWindow  # isort: skip

MARKER = "CONSENTDESK_FIRST_PAGE"


def run(path: str) -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, customer_no, first_name, last_name, company, email, phone, postcode, city, "
                "status FROM customers WHERE status != 'erased' ORDER BY last_name, first_name, id "
                "LIMIT 100"
            )
        ).all()
    window = QMainWindow()
    window.setWindowTitle(f"{len(rows)} customers")
    window.resize(1280, 800)
    window.show()

    def done() -> None:
        print(MARKER, len(rows), f"cpu={time.process_time():.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)
    code = app.exec()
    engine.dispose()
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
