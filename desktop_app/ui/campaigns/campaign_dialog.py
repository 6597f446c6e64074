"""Create or edit a campaign: name, purpose, channel, date, owner, notes and the segment filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel, CustomerKind
from desktop_app.errors import UserError
from desktop_app.services import campaigns
from desktop_app.services.campaign_segment import Segment, segment_choices
from desktop_app.services.campaigns import CampaignInput, CampaignView
from desktop_app.services.catalog import PurposeView, list_purposes
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.dates import OptionalDateEdit
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class SegmentEditor(QGroupBox):
    """The segment as form fields; lists are typed comma-separated, as staff write them in Excel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Segment: who is addressed (every filled-in line must match)"))
        with ctx.db.read_session() as session:
            tag_names, source_rows = segment_choices(session)
        self.tags = QLineEdit(self)
        example = ", ".join(tag_names[:3]) or "VIP"
        self.tags.setPlaceholderText(self.tr("any of these tags, e.g. %1").replace("%1", example))
        self.postcodes = QLineEdit(self)
        self.postcodes.setPlaceholderText(self.tr("e.g. 10000-14999, 20095"))
        self.cities = QLineEdit(self)
        self.cities.setPlaceholderText(self.tr("e.g. Berlin, Potsdam"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Consumers and businesses"), None)
        self.kind.addItem(self.tr("Consumers only"), CustomerKind.CONSUMER.value)
        self.kind.addItem(self.tr("Businesses only"), CustomerKind.BUSINESS.value)
        self.sources = QListWidget(self)
        self.sources.setMaximumHeight(90)
        for source_id, name in source_rows:
            item = QListWidgetItem(name, self.sources)
            item.setData(Qt.ItemDataRole.UserRole, source_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.existing = QCheckBox(self.tr("Existing customers only"), self)
        self.since_from = OptionalDateEdit(self.tr("any"), self)
        self.since_to = OptionalDateEdit(self.tr("any"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("words as in the customer search"))
        since = QHBoxLayout()
        since.addWidget(self.since_from)
        since.addWidget(QLabel(self.tr("to"), self))
        since.addWidget(self.since_to)
        since.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Postcodes"), self.postcodes)
        form.addRow(self.tr("Cities"), self.cities)
        form.addRow(self.tr("Customer type"), self.kind)
        form.addRow(self.tr("Data sources"), self.sources)
        form.addRow("", self.existing)
        form.addRow(self.tr("Customer since"), since)
        form.addRow(self.tr("Search"), self.text)

    def set_segment(self, segment: Segment) -> None:
        self.tags.setText(", ".join(segment.tags))
        self.postcodes.setText(", ".join(segment.postcodes))
        self.cities.setText(", ".join(segment.cities))
        self.kind.setCurrentIndex(max(self.kind.findData(segment.kind.value if segment.kind else None), 0))
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in segment.source_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.existing.setChecked(segment.existing_customers_only)
        self.since_from.set_value(segment.customer_since_from)
        self.since_to.set_value(segment.customer_since_to)
        self.text.setText(segment.text)

    def segment(self) -> Segment:
        """Checked by the service's own rules, so the dialog and --segment JSON refuse the same things."""
        checked = [
            int(self.sources.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sources.count())
            if self.sources.item(i).checkState() == Qt.CheckState.Checked
        ]
        since_from, since_to = self.since_from.value(), self.since_to.value()
        return Segment.from_dict(
            {
                "tags": list(_split(self.tags.text())),
                "postcodes": list(_split(self.postcodes.text())),
                "cities": list(_split(self.cities.text())),
                "kind": self.kind.currentData(),
                "source_ids": checked,
                "existing_customers_only": self.existing.isChecked(),
                "customer_since_from": since_from.isoformat() if since_from else None,
                "customer_since_to": since_to.isoformat() if since_to else None,
                "text": self.text.text(),
            }
        )


class CampaignDialog(QDialog):
    def __init__(
        self, ctx: AppContext, campaign: CampaignView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = campaign
        self.saved: CampaignView | None = None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.setMinimumWidth(620)
        with ctx.db.read_session() as session:
            self.purposes: list[PurposeView] = list_purposes(session)
        self.name = QLineEdit(self)
        self.purpose = QComboBox(self)
        for view in self.purposes:
            self.purpose.addItem(view.name(ctx.language), view.id)
        self.channel = QComboBox(self)
        self.planned = OptionalDateEdit(self.tr("not set"), self)
        self.owner = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.segment = SegmentEditor(ctx, self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Planned for"), self.planned)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.segment)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.purpose.currentIndexChanged.connect(self._fill_channels)
        if campaign is not None:
            self.name.setText(campaign.name)
            self.purpose.setCurrentIndex(max(self.purpose.findData(campaign.purpose_id), 0))
            self.planned.set_value(campaign.planned_on)
            self.owner.setText(campaign.owner)
            self.notes.setPlainText(campaign.notes)
            self.segment.set_segment(campaign.segment)
        else:
            self.owner.setText(ctx.actor)
        self._fill_channels()
        if campaign is not None:
            self.channel.setCurrentIndex(max(self.channel.findData(campaign.channel.value), 0))

    def _fill_channels(self) -> None:
        """Only the channels the purpose is used on: the service refuses the others anyway."""
        current = self.channel.currentData()
        self.channel.clear()
        view = next((p for p in self.purposes if p.id == self.purpose.currentData()), None)
        for channel in Channel:
            policy = view.policy.channels.get(channel) if view else None
            if policy is not None and policy.enabled:
                self.channel.addItem(labels.label(labels.CHANNELS, channel), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))

    def input(self) -> CampaignInput:
        return CampaignInput(
            name=self.name.text(),
            purpose_id=int(self.purpose.currentData()),
            channel=Channel(self.channel.currentData()),
            planned_on=self.planned.value(),
            owner=self.owner.text(),
            notes=self.notes.toPlainText(),
            segment=self.segment.segment(),
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        if self.channel.currentData() is None:
            self._show_error(self.tr("This purpose is not used over any channel."))
            return
        try:
            data = self.input()
            with self.ctx.db.session() as session:
                if self.campaign is None:
                    self.saved = campaigns.create_campaign(session, self.ctx.actor, data)
                else:
                    self.saved = campaigns.update_campaign(session, self.ctx.actor, self.campaign.id, data)
        except UserError as error:
            self._show_error(error.message())
            return
        self.accept()
