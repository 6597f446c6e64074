"""Purposes and consent texts pages driven through their real dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.enums import Channel
from desktop_app.services import catalog
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.consent_text_dialog import ConsentTextDialog
from desktop_app.ui.dialogs.purpose_dialog import PurposeDialog
from desktop_app.ui.pages.consent_texts import ConsentTextsPage
from desktop_app.ui.pages.purposes import PurposesPage


def test_purposes_page_shows_policy_per_channel(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = PurposesPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 6
    codes = [page.table.item(r, 1).text() for r in range(6)]
    offers = codes.index("offers")
    email_column = 3 + list(Channel).index(Channel.EMAIL)
    assert "existing customers" in page.table.item(offers, email_column).text()


def test_purpose_dialog_only_offers_legal_bases_and_saves(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.read_session() as s:
        survey = catalog.purpose_by_code(s, "survey")
    assert survey is not None
    dialog = PurposeDialog(ctx, survey.id)
    qtbot.addWidget(dialog)
    assert not dialog.grid_boxes[(Channel.SMS, "allow_existing_customer")].isEnabled()
    assert not dialog.grid_boxes[(Channel.EMAIL, "allow_legitimate_interest")].isEnabled()
    assert dialog.grid_boxes[(Channel.POST, "allow_legitimate_interest")].isEnabled()
    dialog.grid_boxes[(Channel.POST, "allow_legitimate_interest")].setChecked(False)
    dialog.name_de.setText("Zufriedenheitsumfrage")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None
    assert dialog.saved.name_de == "Zufriedenheitsumfrage"
    assert not dialog.saved.policy.channels[Channel.POST].allow_legitimate_interest


def test_profiling_with_legitimate_interest_is_refused_in_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.read_session() as s:
        offers = catalog.purpose_by_code(s, "offers")
    assert offers is not None
    dialog = PurposeDialog(ctx, offers.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profiling.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "profiling" in dialog.error.text()


def test_write_a_consent_text_and_see_it_listed(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ConsentTextsPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    dialog = ConsentTextDialog(ctx, page.purposes)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Newsletter-Anmeldung")
    dialog.body.setPlainText(
        "Ja, ich möchte den Newsletter der Muster GmbH per E-Mail erhalten. Widerruf jederzeit per Link."
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None and dialog.saved.label == "newsletter-de-v1"
    page.refresh()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "newsletter-de-v1"
    assert page.table.item(0, 4).text() == "not in use"
