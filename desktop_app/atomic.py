"""Writing a file so that it is either the old one or the complete new one, never half-written.

A temporary file in the target's own folder (so os.replace stays on one file system and is atomic),
flushed to disk, then moved over the target. OSError (missing or unwritable folder, full disk) is the
caller's to turn into a message; the temporary file never stays behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> Path:
    path = Path(target)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path
