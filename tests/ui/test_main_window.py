"""The main window as a user meets it: pages in the sidebar, search, menus, About."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.domain.enums import Channel
from desktop_app.services.demo import generate_demo
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow


def test_window_starts_on_customers_and_search_narrows_the_list(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx.db, customers=300, seed=5, today=dt.date(2026, 11, 29))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.customers_page
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == 300
    assert "300" in page.count_label.text()

    first = page.model.row_at(0)
    assert first is not None
    qtbot.keyClicks(page.search, first.email.upper())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.data(page.model.index(0, 3)) == first.email
    assert "1 customer" in page.count_label.text()

    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 300


def test_sidebar_lists_only_working_areas_and_switches_pages(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:2] == ["Customers", "Data sources"]
    assert window.sidebar.count() == window.pages.count()
    window.sidebar.setCurrentRow(1)
    assert window.pages.currentWidget() is window.sources_page


def test_each_page_is_built_when_first_shown_and_refreshed_when_shown_again(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.enums import SourceKind
    from desktop_app.services.sources import SourceInput, create_source
    from desktop_app.ui.pages.governance import GovernancePage
    from desktop_app.ui.pages.sources import SourcesPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    # Only the customers are loaded at start: the other pages count over the whole base.
    assert not hasattr(window, "governance_page") and not hasattr(window, "sources_page")
    shown = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        shown.append(type(window.pages.currentWidget()).__name__)
    assert shown == [
        "CustomersPage", "SourcesPage", "PurposesPage", "ConsentTextsPage", "RequestsPage",
        "GovernancePage", "CampaignsPage",
    ]  # fmt: skip
    assert isinstance(window.governance_page, GovernancePage)
    assert window.sidebar.count() == window.pages.count()

    window.sidebar.setCurrentRow(0)
    with ctx.db.session() as s:
        create_source(s, ctx.actor, SourceInput(name="Messe Leipzig", kind=SourceKind.TRADE_FAIR))
    window.sidebar.setCurrentRow(1)
    page = window.sources_page
    assert isinstance(page, SourcesPage) and window.pages.currentWidget() is page
    texts = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert "Messe Leipzig" in texts


def test_about_names_version_and_database_location(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    text = window.about_text()
    assert "0.1.0" in text and ctx.db.display_location() in text
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Help"]


def test_filters_by_source_and_contactability(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import customer_list
    from desktop_app.services.customer_list import CustomerFilter

    generate_demo(ctx.db, customers=200, seed=6, today=dt.date(2026, 11, 29))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.customers_page
    page.source_filter.setCurrentIndex(1)
    by_source = page.model.rowCount()
    assert 0 < by_source < 200
    page.source_filter.setCurrentIndex(0)
    index = next(
        i for i in range(page.contactable_filter.count())
        if page.contactable_filter.itemData(i) and page.contactable_filter.itemData(i)[1] == "email"
    )  # fmt: skip
    page.contactable_filter.setCurrentIndex(index)
    # The rules engine runs over every customer off the UI thread: the list says so meanwhile.
    assert page.count_label.text() == "Checking who may be contacted…" and page.model.rowCount() == 0
    assert not page.export_button.isEnabled()  # nothing to export until the list is known
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=20_000)
    assert page.export_button.isEnabled()
    purpose_id, channel = page.contactable_filter.itemData(index)
    with ctx.db.read_session() as s:
        from desktop_app.services.evaluation import contactable_ids

        expected = set(contactable_ids(s, purpose_id, Channel(channel), dt.date.today()))
        ordered = customer_list.customer_ids(s, CustomerFilter(contactable_for=(purpose_id, channel)))
    shown = set(ordered)
    assert page.model.rowCount() == len(expected) == len(shown) and shown == expected
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == ordered  # in name order
    assert page.count_label.text().startswith(f"{len(expected)} customer")
    # Changed again while a check runs: only the newest answer is shown.
    page.contactable_filter.setCurrentIndex(0)
    page.contactable_filter.setCurrentIndex(index)
    page.contactable_filter.setCurrentIndex(0)
    page.model.wait()
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=20_000)
    assert page.model.rowCount() == 200 and page.count_label.text().startswith("200 customer")


def test_window_fits_a_1280_by_800_screen_in_german(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import i18n
    from desktop_app.services.sources import SourceInput, create_source

    with ctx.db.session() as s:  # a long source name must not widen the filter row
        create_source(s, ctx.actor, SourceInput(name="Gewinnspiel Sommerfest Stadtwerke Musterstadt 2026"))
    i18n.install_qt_translator(qapp, "de")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.customers_page.new_button.text() == "Neuer Kunde…"
        hint = window.minimumSizeHint()
    finally:
        i18n.uninstall_qt_translator(qapp)
        i18n.set_language("en")
    assert hint.width() <= 1280 and hint.height() <= 800


def test_when_the_rest_of_the_start_fails_the_user_is_told_and_the_window_closes(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.errors import UserError
    from desktop_app.i18n import QT_TRANSLATE_NOOP
    from desktop_app.services import bootstrap

    def locked(_db: object) -> None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The database at {location} cannot be opened: {detail}"),
            location="office.sqlite3",
            detail="database is locked",
        )

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: messages.append(text))
    monkeypatch.setattr(bootstrap, "seed_database", locked)
    window = MainWindow(ctx, first_page_first=True)
    qtbot.addWidget(window)
    window.show()
    assert window.customers_page.contactable_filter.count() == 1  # purposes come with the rest
    assert not window.finish_start()
    assert messages == ["The database at office.sqlite3 cannot be opened: database is locked"]
    assert not window.isVisible()


def test_the_rest_of_the_start_adds_the_purposes_to_the_list_filters(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, first_page_first=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPageShown, timeout=5000):
        window.show()
    assert window.finish_start()
    box = window.customers_page.contactable_filter
    assert box.count() > 1 and "Contactable for Newsletter · E-mail" in [
        box.itemText(i) for i in range(box.count())
    ]
    assert window.finish_start()  # again: nothing doubled
    assert box.count() == len({box.itemText(i) for i in range(box.count())})


def test_the_rest_of_the_start_runs_after_the_first_rows_are_on_screen_or_at_the_latest_soon_after(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, monkeypatch
) -> None:
    from desktop_app.ui import main_window

    generate_demo(ctx.db, customers=30, seed=2, today=dt.date(2026, 11, 29))
    window = MainWindow(ctx, first_page_first=True)
    qtbot.addWidget(window)
    model = window.customers_page.model
    with qtbot.waitSignal(window.firstPageShown, timeout=5000):
        window.show()
    assert model.is_cached(0)  # the first rows were painted before

    # A view that never paints its rows (say, a minimized window): the rest runs all the same.
    monkeypatch.setattr(main_window._FirstPage, "LATEST_MS", 100)
    monkeypatch.setattr(type(model), "is_cached", lambda _self, _row: False)
    second = MainWindow(ctx, first_page_first=True)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.firstPageShown, timeout=3000):
        second.show()
