"""``open_workbook``: from a path to the right reader, after the safety checks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from desktop_app.errors import UserError
from desktop_app.excel.book import Workbook
from desktop_app.excel.calamine_book import CalamineWorkbook, XlsxWorkbook
from desktop_app.excel.csv_book import CsvWorkbook
from desktop_app.excel.detect import FileKind, detect_kind
from desktop_app.excel.ods_parts import check_ods
from desktop_app.excel.xlsx_parts import workbook_parts
from desktop_app.excel.zip_safety import check_xml_parts, check_zip_limits, open_zip, require_defusedxml

Engine = Literal["auto", "openpyxl"]


def open_workbook(path: str | os.PathLike[str], engine: Engine = "auto") -> Workbook:
    """Open a spreadsheet or CSV file for reading; a :class:`UserError` says why not.

    ``engine="openpyxl"`` reads xlsx/xlsm with openpyxl only (the tests compare both readers);
    the default uses calamine and falls back to openpyxl for sheets calamine cannot hold.
    """
    require_defusedxml()
    file = Path(path)
    kind = detect_kind(file)
    if kind is FileKind.CSV:
        return CsvWorkbook(file)
    if kind is FileKind.XLS:
        return CalamineWorkbook(file, kind)
    archive = open_zip(file)
    try:
        check_zip_limits(archive, file.name)
        check_xml_parts(archive, file.name)
        if kind is FileKind.ODS:
            check_ods(archive, file.name)
            archive.close()
            return CalamineWorkbook(file, kind)
        if engine == "openpyxl":
            from desktop_app.excel.openpyxl_book import OpenpyxlWorkbook  # half a second to import

            archive.close()
            return OpenpyxlWorkbook(file, kind)
        return XlsxWorkbook(file, kind, archive, workbook_parts(archive, file.name))
    except UserError:
        archive.close()
        raise
