"""`export-customers`: the customer list, searched and filtered as on the Customers page, to a file.

The same service as the page's Export… button, so the file and its audit entry are the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.domain.enums import CustomerKind, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.display import count_text


def _options(parser: argparse.ArgumentParser) -> None:
    from desktop_app.services.customer_list import SortKey
    from desktop_app.services.customer_list_export import COLUMNS, DEFAULT_COLUMNS

    parser.add_argument(
        "-o", "--output", required=True, help=say(QT_TRANSLATE_NOOP("Cli", "the .xlsx or .csv file to write"))
    )
    parser.add_argument(
        "--search",
        default="",
        help=say(QT_TRANSLATE_NOOP("Cli", "only customers found by this search, as on the Customers page")),
    )
    parser.add_argument(
        "--columns",
        help=say(QT_TRANSLATE_NOOP("Cli", "columns, comma-separated (default: {default}; all: {known})"),
                 default=",".join(DEFAULT_COLUMNS), known=",".join(COLUMNS)),
    )  # fmt: skip
    parser.add_argument(
        "--status",
        choices=[CustomerStatus.ACTIVE.value, CustomerStatus.RESTRICTED.value],
        help=say(QT_TRANSLATE_NOOP("Cli", "only active or only restricted customers")),
    )
    parser.add_argument(
        "--kind",
        choices=[k.value for k in CustomerKind],
        help=say(QT_TRANSLATE_NOOP("Cli", "only consumers or only businesses")),
    )
    parser.add_argument(
        "--sort",
        choices=[k.value for k in SortKey],
        default=SortKey.NAME.value,
        help=say(QT_TRANSLATE_NOOP("Cli", "order of the rows (default: name)")),
    )
    parser.add_argument(
        "--descending", action="store_true", help=say(QT_TRANSLATE_NOOP("Cli", "sort in descending order"))
    )


@command(
    "export-customers",
    QT_TRANSLATE_NOOP(
        "Cli", "export the customer list (search and filters as on the Customers page) to .xlsx or .csv"
    ),
    _options,
)
def cmd_export_customers(args: argparse.Namespace) -> int:
    from desktop_app.cli.campaigns import _progress
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.campaign_export import run_to_end
    from desktop_app.services.customer_list import CustomerFilter, SortKey
    from desktop_app.services.customer_list_export import (
        DEFAULT_COLUMNS,
        CustomerExportRequest,
        check_columns,
        export_customers,
    )

    if not args.output.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Name the file to write: -o FILE.xlsx or -o FILE.csv."))
    columns = check_columns([c.strip() for c in args.columns.split(",")]) if args.columns else DEFAULT_COLUMNS
    flt = CustomerFilter(
        text=args.search,
        status=CustomerStatus(args.status) if args.status else None,
        kind=CustomerKind(args.kind) if args.kind else None,
        sort=SortKey(args.sort),
        descending=args.descending,
    )
    path = Path(args.output).expanduser().absolute()
    with opened(args) as db:
        steps = export_customers(db, current_actor(), CustomerExportRequest(path, flt, columns))
        result = run_to_end(steps, _progress(args))
    line = say(
        QT_TRANSLATE_NOOP(
            "Cli", "Written: {path} ({rows} customers, SHA-256 {sha}); recorded in the audit trail."
        ),
        path=str(result.path),
        rows=count_text(result.rows),
        sha=result.sha256[:16],
    )
    payload = {
        "file": str(result.path),
        "rows": result.rows,
        "sha256": result.sha256,
        "columns": list(columns),
    }
    emit(args, payload, [line])
    return 0
