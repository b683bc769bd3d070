"""Writing a file so that a crash at any moment leaves the old file or the whole new one, never a mix.

Every file Coretime writes (the people store, exported ``.ics`` files) goes through
:func:`write_atomically`: the data goes to a temporary file in the same folder, is flushed to the
disk (``fsync``), and is renamed over the target in one step (``os.replace``); then the folder
itself is flushed so the rename survives a power cut. With ``keep_backup`` the current file is
first copied, the same way, to ``NAME.bak``.

A temporary file carries the writer's process id in its name
(``.NAME.<pid>.<random>.tmp``), so :func:`remove_stale_temporaries` can tell the leftovers of a
killed writer from the work of a live one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_AFTER_SECONDS = 3600
"""A temporary file whose writer cannot be identified is left alone for an hour: long enough that
no live save can still be using it."""


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`write_atomically` keeps the previous version of ``path``."""
    target = Path(path)
    return target.with_name(target.name + BACKUP_SUFFIX)


def _default_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the mode of the file being replaced
    except FileNotFoundError:
        # mkstemp makes 0600 files; a plain new file would get 0666 less the umask, which can
        # only be read by setting it (there is no getter), so set it back at once.
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # The rename lives in the folder; sync it too where the platform can (Windows cannot open a folder).
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _replace(target: Path, data: bytes, mode: int) -> None:
    # mkstemp creates the file readable by its owner only (0600) before any data is in it, so a
    # private file is never readable by others, not even for a moment.
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX
    )
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


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, mode: int | None = None, keep_backup: bool = False
) -> None:
    """Write ``data`` to ``path`` so that, whenever the process dies, ``path`` holds either its old
    content or all of ``data``.

    ``mode`` sets the permission bits of the new file; by default it keeps those of the file it
    replaces (or 0666 less the umask for a new file), as a plain ``open`` would. With
    ``keep_backup`` the current content of ``path`` is first copied, atomically too, to
    ``path.bak`` (with the same mode), so the previous version survives the save. On any error
    ``path`` is untouched and no temporary file is left behind.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomically(folder / "a.txt", b"one", mode=0o600)
    >>> write_atomically(folder / "a.txt", b"two", mode=0o600, keep_backup=True)
    >>> (folder / "a.txt").read_bytes(), (folder / "a.txt.bak").read_bytes()
    (b'two', b'one')
    """
    target = Path(path)
    new_mode = _default_mode(target) if mode is None else mode
    if keep_backup:
        try:
            previous = target.read_bytes()
        except FileNotFoundError:
            pass
        else:
            _replace(backup_path(target), previous, new_mode)
    _replace(target, data, new_mode)
    _fsync_folder(target.parent)


def _writer_is_gone(pid: int) -> bool | None:
    """Whether process ``pid`` has ended; ``None`` where that cannot be asked safely."""
    if sys.platform == "win32":
        return None  # os.kill there terminates the process instead of probing it
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists but belongs to someone else
        return False
    return False


def remove_stale_temporaries(path: str | os.PathLike[str], *, now: float | None = None) -> list[Path]:
    """Delete the temporary files that writes to ``path`` (or its backup) left when their process was
    killed; return what was removed. A temporary whose writer still runs is left alone."""
    target = Path(path)
    pattern = re.compile(rf"^\.{re.escape(target.name)}(?:\.bak)?\.(?:(\d+)\.)?\w+(?:\.bak)?\.tmp$")
    clock = time.time() if now is None else now
    removed: list[Path] = []
    for entry in target.parent.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        gone = _writer_is_gone(int(match[1])) if match[1] else None
        if gone is None:
            gone = clock - entry.stat().st_mtime > STALE_AFTER_SECONDS
        if gone:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed
