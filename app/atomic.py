"""Writing a file so that it is either the old file or the whole new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _new_file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the mode of the file being replaced
    except FileNotFoundError:
        # mkstemp makes 0600 files; a plain new file would get 0666 less the umask, which can
        # only be read by setting it (there is no getter), so set it back at once.
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path``: a temporary file in the same folder, flushed to disk, then
    renamed over ``path`` in one step (``os.replace``). On any error ``path`` is untouched and
    the temporary file is gone."""
    target = Path(path)
    folder = target.parent
    mode = _new_file_mode(target)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    # The rename itself lives in the folder; sync it too where the platform can (not Windows).
    with contextlib.suppress(OSError):
        folder_handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_handle)
        finally:
            os.close(folder_handle)
