"""The customer list model and page: a correct Qt model while its ids arrive in chunks; search and count."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.domain.normalise import search_text
from desktop_app.services import customer_list
from desktop_app.services.customer_list import CustomerFilter, SortKey
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.customer_table import CustomerTableModel
from desktop_app.ui.pages.customers import CustomersPage

LAST_NAMES = ["Müller", "Schmidt", "Mueller", "Özdemir", "Weiß", "Bauer", "Keller"]


def _add_customers(db: Database, n: int) -> None:
    rows = []
    for i in range(n):
        last = LAST_NAMES[i % len(LAST_NAMES)]
        first = f"Vorname{i:03d}"
        number = f"K-{i:05d}"
        city = "Köln" if i % 2 else "Berlin"
        rows.append(
            {
                "customer_no": number,
                "first_name": first,
                "last_name": last,
                "city": city,
                "status": "erased" if i % 23 == 22 else "active",
                "search_text": search_text(number, first, last, city),
            }
        )
    with db.session() as s:
        s.execute(insert(Customer), rows)


def _all_ids(db: Database, flt: CustomerFilter) -> list[int]:
    with db.read_session() as s:
        return customer_list.customer_ids(s, flt)


@pytest.fixture
def chunked(ctx: AppContext) -> Iterator[CustomerTableModel]:
    """A model over 100 customers that reads 10 ids at once and then 7 per turn of the event loop."""
    _add_customers(ctx.db, 100)
    model = CustomerTableModel(ctx, first_ids=10, id_chunk=7)
    yield model
    model.stop_loading()
    assert not model.is_loading()


def test_model_passes_qt_model_checks_while_ids_arrive_in_chunks(qtbot, qtmodeltester, chunked) -> None:  # type: ignore[no-untyped-def]
    model = chunked
    model.reload()
    assert model.is_loading() and model.rowCount() == 10
    qtmodeltester.check(model)  # stays attached: every later insert is checked too
    with qtbot.waitSignal(model.idsLoaded, timeout=5000):
        pass
    assert not model.is_loading()
    expected = _all_ids(model._ctx.db, CustomerFilter())
    assert [model.id_at(r) for r in range(model.rowCount())] == expected
    assert model.count() == len(expected) == 100 - 4  # four are erased
    assert model.data(model.index(len(expected) - 1, 0)) is not None  # the last row can be shown


def test_count_is_known_before_the_ids_have_arrived(qtbot, chunked) -> None:  # type: ignore[no-untyped-def]
    counts: list[int] = []
    chunked.countChanged.connect(counts.append)
    chunked.reload()
    assert counts == [96] and chunked.rowCount() < 96
    qtbot.waitSignal(chunked.idsLoaded, timeout=5000).wait()
    assert counts == [96] and chunked.rowCount() == 96


def test_sorting_or_filtering_during_loading_restarts_the_list(qtbot, qtmodeltester, chunked) -> None:  # type: ignore[no-untyped-def]
    chunked.reload()
    qtmodeltester.check(chunked)
    chunked.sort(0, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(chunked.idsLoaded, timeout=5000):
        pass
    flt = CustomerFilter(sort=SortKey.CUSTOMER_NO, descending=True)
    assert [chunked.id_at(r) for r in range(chunked.rowCount())] == _all_ids(chunked._ctx.db, flt)
    assert chunked.data(chunked.index(0, 0)) == "K-00099"


def test_search_is_unicode_case_insensitive_and_updates_the_count(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _add_customers(ctx.db, 30)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    assert page.count_label.text().startswith("29 customer")
    page.search.setText("MÜLLER")
    page.apply_filter()
    names = {page.model.row_at(r).display_name.split(",")[0] for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert names == {"Müller"}  # not "Mueller": a spelling is not a case
    assert page.model.rowCount() == 5
    assert page.count_label.text().startswith("5 customer")
    page.search.setText("weiss")  # casefold: ß matches ss
    page.apply_filter()
    assert page.model.rowCount() == 4 and page.count_label.text().startswith("4 customer")
    assert not page.model.is_loading()


def test_opening_the_page_queries_the_list_once(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The view sorts when sorting is enabled and again for the name column; that must not reload."""
    _add_customers(ctx.db, 5)
    calls: list[CustomerFilter] = []
    count = customer_list.count_customers

    def counting(session, flt):  # type: ignore[no-untyped-def]
        calls.append(flt)
        return count(session, flt)

    monkeypatch.setattr(customer_list, "count_customers", counting)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    assert calls == [CustomerFilter()]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # once open, sorting does reload
    assert [c.sort for c in calls] == [SortKey.NAME, SortKey.CUSTOMER_NO]


def test_source_filter_offers_the_sources_as_the_sources_page_lists_them(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import sources
    from desktop_app.services.demo import generate_demo

    generate_demo(ctx.db, customers=20, seed=2)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    offered = [
        (page.source_filter.itemData(i), page.source_filter.itemText(i))
        for i in range(1, page.source_filter.count())
    ]
    with ctx.db.read_session() as s:
        listed = [(v.id, v.name) for v in sources.list_sources(s)]
    assert offered == listed and len(listed) >= 5


def test_the_count_groups_thousands_as_the_reader_writes_them(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from desktop_app.ui.pages.customers import CustomersPage

    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.model.countChanged.emit(1234567)
    assert page.count_label.text().startswith("1,234,567 customer")
    page.ctx = dataclasses.replace(ctx, language="de")
    page.model.countChanged.emit(1234567)
    assert page.count_label.text().startswith("1.234.567 ")
