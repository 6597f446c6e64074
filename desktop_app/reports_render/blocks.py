"""Writes the blocks of a report into a QTextDocument, one writer function per block type.

Adding a block type: a function `_write_<name>(writer, block)` and an entry in WRITERS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from desktop_app.reports_render import lists
from desktop_app.reports_render.page import (
    A4,
    MUTED_COLOR,
    RULE_COLOR,
    TEXT_COLOR,
    PageGeometry,
    font,
    mm,
    pt,
)
from desktop_app.services.reports import model

_LINE_BREAK = "\u2028"  # a line break inside one paragraph (QTextDocument's "\n" starts a new block)
_HEADER_FILL = QColor("#e9ecef")
_LABEL_FILL = QColor("#f4f5f7")
_BOX_IMAGE = "consentdesk-checkbox"
_BOX_MM = 4.4
_BOX_CANVAS = 1.25  # canvas height / box height
_SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid
_NO_BORDER = QTextFrameFormat.BorderStyle.BorderStyle_None
_STYLES = {  # size in pt, bold, italic, colour
    "body": (9.5, False, False, TEXT_COLOR),
    "strong": (9.5, True, False, TEXT_COLOR),
    "small": (8, False, False, MUTED_COLOR),
    "note": (8.5, False, True, MUTED_COLOR),
}
_HEADINGS = {1: 13.0, 2: 11.0, 3: 10.0}


def char_format(
    size: float, *, bold: bool = False, italic: bool = False, color: QColor = TEXT_COLOR
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(
        font(size, bold=bold, italic=italic),
        QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll,
    )
    fmt.setForeground(QBrush(color))
    return fmt


def block_format(*, before: float = 0, after: float = mm(2), line_height: int = 120) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(before)
    fmt.setBottomMargin(after)
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


# Tables with at most this many rows are moved whole to the next page rather than split.
SHORT_TABLE_ROWS = lists.SHORT_TABLE_ROWS


@dataclass(frozen=True)
class Keep:
    """Something pagination should not tear apart, in document order (see reports_render.keep).

    `heading`: block number of a heading, kept with the first lines after it. `table`: a short table,
    kept on one page, together with the heading directly above it (its block number in `heading`).
    """

    heading: int | None
    table: QTextTable | None = None


class Writer:
    """Appends paragraphs and tables at the end of a document and remembers what to keep together."""

    def __init__(self, document: QTextDocument, geometry: PageGeometry = A4) -> None:
        self.document = document
        self.geometry = geometry
        self.cursor = QTextCursor(document)
        self.keeps: list[Keep] = []
        self._fresh = True  # the cursor stands in an empty block that the next paragraph may use
        self._break_next = False
        self._heading_above: int | None = None  # the last thing written was this heading

    @property
    def fresh(self) -> bool:
        """The cursor stands in an empty block that the next paragraph will use."""
        return self._fresh

    @fresh.setter
    def fresh(self, value: bool) -> None:
        self._fresh = value

    @property
    def heading_above(self) -> int | None:
        """Block number of the heading directly above what is written next (notes in between allowed)."""
        return self._heading_above

    def paragraph(
        self, text: str, chars: QTextCharFormat, blocks: QTextBlockFormat, *, keep_heading: bool = False
    ) -> None:
        """`keep_heading`: a short note between a heading and its table belongs to both; the table then
        still counts as directly below the heading (a short table moves with heading and note)."""
        heading_above = self._heading_above
        if self._break_next:
            blocks.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self._break_next = False
        if self._fresh:
            self.cursor.setBlockFormat(blocks)
            self.cursor.setBlockCharFormat(chars)
            self._fresh = False
        else:
            self.cursor.insertBlock(blocks, chars)
        self.cursor.insertText(text.replace("\n", _LINE_BREAK), chars)
        self._heading_above = heading_above if keep_heading else None

    def heading(self, text: str, level: int) -> None:
        size = _HEADINGS.get(level, _HEADINGS[3])
        before = mm(6) if level == 1 else mm(4)
        self.paragraph(text, char_format(size, bold=True), block_format(before=before, after=mm(2)))
        number = self.cursor.block().blockNumber()
        self.keeps.append(Keep(heading=number))
        self._heading_above = number

    def page_break(self) -> None:
        self._break_next = True

    def table(self, rows: int, columns: int, fmt: QTextTableFormat) -> QTextTable:
        if self._break_next:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self._break_next = False
        if not self._fresh:
            self.cursor.insertBlock(block_format(after=0), char_format(2))
        table = self.cursor.insertTable(rows, columns, fmt)
        if rows <= SHORT_TABLE_ROWS:
            self.keeps.append(Keep(heading=self._heading_above, table=table))
        self._heading_above = None
        # Tables are always followed by an empty block; continue there.
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._fresh = True
        return table

    def cell_text(self, table: QTextTable, row: int, column: int, text: str, chars: QTextCharFormat) -> None:
        cursor = table.cellAt(row, column).firstCursorPosition()
        cursor.setBlockFormat(block_format(after=0, line_height=115))
        cursor.insertText(text.replace("\n", _LINE_BREAK), chars)


def table_format(widths: tuple[float, ...], *, header_rows: int = 0, border: bool = True) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
    fmt.setHeaderRowCount(header_rows)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(mm(1.3))
    fmt.setBorderCollapse(True)
    fmt.setBorder(pt(0.5) if border else 0)
    fmt.setBorderBrush(QBrush(RULE_COLOR))
    fmt.setBorderStyle(_SOLID if border else _NO_BORDER)
    fmt.setTopMargin(mm(1))
    # The block after a table does not get its own top margin applied, so the table keeps the distance.
    fmt.setBottomMargin(mm(4.5))
    return fmt


def _fill(table: QTextTable, row: int, column: int, color: QColor) -> None:
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    fmt.setBackground(QBrush(color))
    cell.setFormat(fmt)


def _write_paragraph(writer: Writer, block: model.Paragraph) -> None:
    size, bold, italic, color = _STYLES[block.style]
    writer.paragraph(
        block.text,
        char_format(size, bold=bold, italic=italic, color=color),
        block_format(after=mm(2.2)),
        keep_heading=block.style in ("small", "note"),
    )


def _write_bullets(writer: Writer, block: model.BulletList) -> None:
    for item in block.items:
        fmt = block_format(after=mm(1.5))
        fmt.setIndent(0)
        fmt.setLeftMargin(mm(5))
        fmt.setTextIndent(-mm(4))
        writer.paragraph(f"•\u2002{item}", char_format(9.5), fmt)


def _write_key_values(writer: Writer, block: model.KeyValues) -> None:
    table = writer.table(len(block.rows), 2, table_format((30, 70)))
    label, value = char_format(8.5, bold=True), char_format(8.5)
    for row, (key, text) in enumerate(block.rows):
        writer.cell_text(table, row, 0, key, label)
        writer.cell_text(table, row, 1, text, value)
        _fill(table, row, 0, _LABEL_FILL)


def _write_table(writer: Writer, block: model.Table) -> None:
    lists.TableWriter(writer, writer.geometry).write(block)


def checkbox_image() -> QImage:
    """An empty box, drawn large so it stays sharp in print; laid out at a fixed size in the text.

    The canvas is taller than the box: centred on the line, the box then sits level with the capitals
    instead of hanging below the baseline.
    """
    size = 240
    image = QImage(size, round(size * _BOX_CANVAS), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    pen = QPen(TEXT_COLOR)
    pen.setWidthF(size * 0.06)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor("white")))
    inset = size * 0.05
    painter.drawRect(QRectF(QPointF(inset, inset), QPointF(size - inset, size - inset)))
    painter.end()
    return image


def _write_checkboxes(writer: Writer, block: model.CheckBoxes) -> None:
    document = writer.document
    if document.resource(QTextDocument.ResourceType.ImageResource, QUrl(_BOX_IMAGE)) is None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_BOX_IMAGE), checkbox_image())
    for item in block.items:
        chars = char_format(11)
        writer.paragraph("", chars, block_format(before=mm(1), after=mm(2.5)))
        box = QTextImageFormat()
        box.setName(_BOX_IMAGE)
        box.setWidth(mm(_BOX_MM))
        box.setHeight(mm(_BOX_MM * _BOX_CANVAS))
        box.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        writer.cursor.insertImage(box)
        writer.cursor.insertText("\u2003" + item, chars)


def _write_fill_in(writer: Writer, block: model.FillInFields) -> None:
    table = writer.table(len(block.labels), 2, table_format((32, 68), border=False))
    label = char_format(9)
    for row, text in enumerate(block.labels):
        writer.cell_text(table, row, 0, text, label)
        cell = table.cellAt(row, 0)
        fmt = cell.format().toTableCellFormat()
        fmt.setTopPadding(mm(4.5))
        fmt.setLeftPadding(0)
        fmt.setBottomPadding(mm(0.8))
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBottom)
        cell.setFormat(fmt)
        _underline_cell(table, row, 1, top_padding=mm(4.5))


def _underline_cell(table: QTextTable, row: int, column: int, *, top_padding: float) -> None:
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    fmt.setTopPadding(top_padding)
    fmt.setBottomPadding(mm(0.8))
    fmt.setBottomBorder(pt(0.75))
    fmt.setBottomBorderStyle(_SOLID)
    fmt.setBottomBorderBrush(QBrush(TEXT_COLOR))
    cell.setFormat(fmt)


def _write_signatures(writer: Writer, block: model.SignatureLines) -> None:
    count = len(block.captions)
    gap = 8.0
    width = (100 - gap * (count - 1)) / count
    widths: list[float] = []
    for index in range(count):
        widths += [width] if index == 0 else [gap, width]
    fmt = table_format(tuple(widths), border=False)
    fmt.setTopMargin(mm(4))
    table = writer.table(2, len(widths), fmt)
    caption = char_format(8, color=MUTED_COLOR)
    for index, text in enumerate(block.captions):
        column = index * 2
        _underline_cell(table, 0, column, top_padding=mm(12))
        writer.cell_text(table, 1, column, text, caption)


def _write_bar_chart(writer: Writer, block: model.BarChart) -> None:
    """Title and image in one borderless cell: a short table is kept whole, so the title never stays
    behind at the bottom of a page while the chart moves on."""
    from desktop_app.reports_render.chart import bar_chart_image, chart_height

    frame = writer.document.rootFrame().frameFormat()
    fmt = table_format((100,), border=False)
    width = writer.document.pageSize().width() - frame.leftMargin() - frame.rightMargin()
    width -= 2 * fmt.cellPadding()
    # One resource per chart; the position in the document makes the name unique.
    name = f"consentdesk-chart-{writer.document.characterCount()}"
    writer.document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl(name), bar_chart_image(block, width)
    )
    table = writer.table(1, 1, fmt)
    writer.cell_text(table, 0, 0, block.title, char_format(9.5, bold=True))
    cursor = table.cellAt(0, 0).lastCursorPosition()
    cursor.insertBlock(block_format(before=mm(1.5), after=0, line_height=100), char_format(2))
    image = QTextImageFormat()
    image.setName(name)
    image.setWidth(width)
    image.setHeight(chart_height(block))
    cursor.insertImage(image)


def _write_section(writer: Writer, block: model.Section, level: int = 1) -> None:
    writer.heading(block.title, level)
    write_blocks(writer, block.blocks, level + 1)


def _write_page_break(writer: Writer, block: model.PageBreak) -> None:
    writer.page_break()


WRITERS: dict[type, Callable[[Writer, Any], None]] = {
    model.Paragraph: _write_paragraph,
    model.BulletList: _write_bullets,
    model.KeyValues: _write_key_values,
    model.Table: _write_table,
    model.CheckBoxes: _write_checkboxes,
    model.FillInFields: _write_fill_in,
    model.SignatureLines: _write_signatures,
    model.BarChart: _write_bar_chart,
    model.PageBreak: _write_page_break,
}


def write_blocks(writer: Writer, blocks: tuple[model.Block, ...], level: int = 1) -> None:
    for block in blocks:
        if isinstance(block, model.Section):
            _write_section(writer, block, level)
        else:
            WRITERS[type(block)](writer, block)
