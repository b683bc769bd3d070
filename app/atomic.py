"""Writing a file so that a crash at any moment leaves the old file or the whole new one, never a mix;
and reading one without hanging on a pipe or filling the memory from a device.

Every file Coretime writes (the people store, exported ``.ics`` files, reminders) goes through
:func:`write_atomically`, which writes by the kind of file found at the path:

- a regular file, or no file: the data goes to a temporary file in the same folder, is flushed to
  the disk (``fsync``), and is renamed over the target in one step (``os.replace``); then the folder
  itself is flushed so the rename survives a power cut. With ``keep_backup`` the previous content is
  written, the same way, to ``NAME.bak`` once the new file is safely in place.
- a symbolic link: the same, at the file the link points to; the link stays a link.
- a character device (``/dev/null``, a terminal), a named pipe, or a name for one of the process's
  open files (``/dev/stdout``): written directly, never replaced.
- anything else (a folder, a socket, a block device): refused with an error.

Every file Coretime reads goes through :func:`read_limited`: only regular files, at most
:data:`MAX_READ` bytes, and opening never waits for a pipe's writer.

A temporary file carries the writer's process id in its name
(``.NAME.<pid>.<random>.tmp``), so :func:`remove_stale_temporaries` can tell the leftovers of a
killed writer from the work of a live one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path

from app.messages import Message, message

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_AFTER_SECONDS = 3600
"""A temporary file whose writer cannot be identified is left alone for an hour: long enough that
no live save can still be using it."""
MAX_READ = 16 * 1024 * 1024
"""The most :func:`read_limited` reads: ten thousand clients with long notes fit many times over."""
MAX_LINKS = 40
"""How many symbolic links a path may pass through, as the kernel allows."""
_KINDS = {
    stat.S_IFIFO: "file.kind_fifo",
    stat.S_IFCHR: "file.kind_char_device",
    stat.S_IFBLK: "file.kind_block_device",
    stat.S_IFSOCK: "file.kind_socket",
    stat.S_IFDIR: "file.kind_folder",
}
_STANDARD_STREAMS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


class NotRegularFile(OSError):
    """A path Coretime reads or writes is something other than a plain file; ``message`` says what."""

    def __init__(self, path: str | os.PathLike[str], mode: int) -> None:
        kind = message(_KINDS.get(stat.S_IFMT(mode), "file.kind_other"))
        self.message: Message = message("file.not_regular", kind=kind)
        super().__init__(errno.EINVAL, self.message.english(), str(path))


class FileTooLarge(OSError):
    """A file Coretime reads is larger than it reads at most (:data:`MAX_READ`)."""

    def __init__(self, path: str | os.PathLike[str], limit: int) -> None:
        self.message: Message = message("file.too_large", limit=limit // (1024 * 1024))
        super().__init__(errno.EFBIG, self.message.english(), str(path))


def check_readable(path: str | os.PathLike[str], *, limit: int = MAX_READ) -> None:
    """Raise what :func:`read_limited` would raise for ``path`` (no permission, not a regular file,
    too large, missing), without reading it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    handle = os.open(path, flags)
    try:
        found = os.fstat(handle)
    finally:
        os.close(handle)
    if stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(found.st_mode):
        raise NotRegularFile(path, found.st_mode)
    if found.st_size > limit:
        raise FileTooLarge(path, limit)


def read_limited(path: str | os.PathLike[str], *, limit: int = MAX_READ) -> bytes:
    """The bytes of the regular file at ``path`` (through links), at most ``limit`` of them.

    A named pipe, a device, a socket or a folder raises :class:`NotRegularFile` (or
    :class:`IsADirectoryError`) without a byte read: opening does not wait for a pipe's writer, and a
    link to ``/dev/zero`` is not read until the memory runs out. A file over ``limit`` bytes (or
    growing past it while read) raises :class:`FileTooLarge`.
    """
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    )
    handle = os.open(path, flags)
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, mode)
        chunks: list[bytes] = []
        size = 0
        for _ in range(limit // 65536 + 2):  # one read more than the limit needs, to see the end
            chunk = os.read(handle, 65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                break
        raise FileTooLarge(path, limit)
    finally:
        os.close(handle)


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`write_atomically` keeps the previous version of ``path``."""
    target = Path(path)
    return target.with_name(target.name + BACKUP_SUFFIX)


NEW_FILE_MODE = 0o600
"""A new file Coretime writes (an export, a reminder) is its owner's alone, whatever the umask: it
names clients and meeting times."""


def _default_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the mode of the file being replaced
    except FileNotFoundError:
        return NEW_FILE_MODE


def _open_file_number(path: Path) -> int | None:
    """The descriptor number when ``path`` (or a link it passes through) names one of this process's
    open files (``/dev/stdout``, ``/dev/fd/3``, ``/proc/self/fd/1``); ``None`` for any other path."""
    if sys.platform == "win32":
        return None
    own = re.compile(rf"/(?:dev/fd|proc/self/fd|proc/{os.getpid()}/fd)/(\d+)")
    current = os.path.abspath(path)
    for _ in range(MAX_LINKS):
        if current in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[current]
        match = own.fullmatch(current)
        if match:
            return int(match[1])
        try:
            pointed = os.readlink(current)
        except OSError:
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), pointed))
    return None


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # each write takes at least one byte, or raises
        view = view[os.write(handle, view) :]


def _write_in_place(path: Path, mode: int, data: bytes) -> None:
    """Write ``data`` to a character device or a named pipe, which must stay what it is. A pipe
    nobody reads from is an error at once (``ENXIO``), not a wait."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISFIFO(mode):
        flags |= os.O_NONBLOCK
    handle = os.open(path, flags)
    try:
        if stat.S_ISFIFO(mode):
            os.set_blocking(handle, True)  # a reader is there: let it take the data at its pace
        _write_all(handle, data)
    finally:
        os.close(handle)


def _link_target(path: Path) -> Path:
    """The file a symbolic link at ``path`` finally names (which may not exist yet); ``path`` itself
    when it is no link."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


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
    content or all of ``data``; a special file is written directly instead (see the module's text).

    ``mode`` sets the permission bits of the new file; by default it keeps those of the file it
    replaces (or 0600 for a new file). With ``keep_backup`` the previous content of ``path`` is
    written, atomically too, to ``path.bak`` (with the same mode) once the new content is safely in
    place, so the previous version survives the save and a failed save leaves the backup as it was.
    On any error ``path`` is untouched and no temporary file is left behind.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomically(folder / "a.txt", b"one", mode=0o600)
    >>> write_atomically(folder / "a.txt", b"two", mode=0o600, keep_backup=True)
    >>> (folder / "a.txt").read_bytes(), (folder / "a.txt.bak").read_bytes()
    (b'two', b'one')
    """
    given = Path(path)
    number = _open_file_number(given)
    if number is not None:
        _write_all(number, data)
        return
    try:
        found = os.stat(given).st_mode
    except FileNotFoundError:
        found = None
    if found is not None and not stat.S_ISREG(found):
        if stat.S_ISDIR(found):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(given))
        if not (stat.S_ISCHR(found) or stat.S_ISFIFO(found)):
            raise NotRegularFile(given, found)
        _write_in_place(given, found, data)
        return
    target = _link_target(given)
    new_mode = _default_mode(target) if mode is None else mode
    previous = None
    if keep_backup and found is not None:
        previous = read_limited(target)  # an unreadable file is an error here, never replaced
    _replace(target, data, new_mode)
    _fsync_folder(target.parent)
    if previous is not None:
        backup = backup_path(given)
        _replace(backup, previous, new_mode)
        _fsync_folder(backup.parent)


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
    killed; return what was removed. A temporary whose writer still runs is left alone. For a link,
    the folder of the file it points to is cleared too (the writes happen there)."""
    given = Path(path)
    removed: list[Path] = []
    for target in dict.fromkeys([given, _link_target(given)]):
        removed += _remove_stale(target, now)
    return removed


def _remove_stale(target: Path, now: float | None) -> list[Path]:
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
