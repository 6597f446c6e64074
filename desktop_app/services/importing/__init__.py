"""Importing customer lists from Excel/CSV: mapping, profiles, dry run, commit, undo.

The reading (file types, safety, header detection) is ``desktop_app.excel``; this package turns the rows
into customers and provable consents.

Use (the GUI wizard and the CLI do exactly this)::

    shown = excel.preview(path)                        # sheets, headings, first rows
    mapping = auto_profile(shown.headers)              # first guess; mapping.problems() for the user
    profile = replace(mapping.profile, merge_policy=MergePolicy.FILL_EMPTY,
                      source=SourceSpec("Messe Hannover 2025"))       # the user's choices
    plan = make_plan(path, profile, shown)             # checks the profile against the sheet
    for step in dry_run(db, plan, actor, cancel):      # always first; writes nothing
        ...                                            # step.rows_done / step.rows_total
    report = step.report                               # counts, issues, changes to existing customers
    save_issues_xlsx(out, report.issues)               # optional
    for step in run_import(db, plan, actor, cancel):   # one transaction; cancel -> ImportCancelled
        ...
    list_batches(session); undo_batch(session, actor, batch_id)   # later, inside db.session()
    preview_undo(session, batch_id)    # what the undo would do, nothing written

Profiles are JSON (``dump_profile`` / ``parse_profile``; format in docs/IMPORT_PROFILES.md).
"""

from __future__ import annotations

from desktop_app.services.importing.automap import AutoMapping, auto_profile
from desktop_app.services.importing.batches import BatchView, batch_profile, list_batches
from desktop_app.services.importing.issues_xlsx import save_issues_xlsx
from desktop_app.services.importing.profile import (
    ColumnRule,
    ConsentColumn,
    Defaults,
    ImportProfile,
    MergePolicy,
    NoMeans,
    ProfileError,
    SourceSpec,
    dump_profile,
    parse_profile,
)
from desktop_app.services.importing.report import Counts, ExistingChange, ImportReport, Progress
from desktop_app.services.importing.rows import RowIssue
from desktop_app.services.importing.run import (
    ImportCancelled,
    ImportPlan,
    dry_run,
    import_file,
    make_plan,
    preview_import,
    run_import,
)
from desktop_app.services.importing.targets import Target, label, suggest
from desktop_app.services.importing.undo import Kept, UndoReport, preview_undo, undo_batch

__all__ = [
    "AutoMapping",
    "BatchView",
    "ColumnRule",
    "ConsentColumn",
    "Counts",
    "Defaults",
    "ExistingChange",
    "ImportCancelled",
    "ImportPlan",
    "ImportProfile",
    "ImportReport",
    "Kept",
    "MergePolicy",
    "NoMeans",
    "ProfileError",
    "Progress",
    "RowIssue",
    "SourceSpec",
    "Target",
    "UndoReport",
    "auto_profile",
    "batch_profile",
    "dry_run",
    "dump_profile",
    "import_file",
    "label",
    "list_batches",
    "make_plan",
    "parse_profile",
    "preview_import",
    "preview_undo",
    "run_import",
    "save_issues_xlsx",
    "suggest",
    "undo_batch",
]
