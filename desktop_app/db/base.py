"""Declarative base shared by all models.

Its metadata (with the naming convention) comes from core_tables, which defines the tables the
customer list reads before the ORM is loaded.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, mapped_column

from desktop_app.db.core_tables import METADATA
from desktop_app.db.core_tables import NAMING_CONVENTION as NAMING_CONVENTION
from desktop_app.db.core_tables import utcnow as utcnow
from desktop_app.db.types import UTCDateTime as UTCDateTime

intpk = Annotated[int, mapped_column(primary_key=True)]
required_str = Annotated[str, mapped_column(String(200))]
optional_str = Annotated[str | None, mapped_column(String(200))]
long_text = Annotated[str, mapped_column(String, default="")]
created_at = Annotated[dt.datetime, mapped_column(UTCDateTime(), default=utcnow)]


class Base(DeclarativeBase):
    metadata = METADATA
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        str: String(200),
    }
