"""Files by kind: a device, a pipe or a name for an open stream is written in place and never replaced;
a link is followed and stays a link; a people file that is a pipe, a device or too large is refused at
once, with a notice, instead of hanging or filling the memory."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.atomic import FileTooLarge, NotRegularFile, read_limited
from app.profiles import Profile, ProfileStore, load, save

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
ICS = ["ics", "--at", "2026-03-10T13:00:00Z", "--duration", "30", "--title", "Call"]
PEOPLE = [
    Profile(id="me", name="Aiko", zone="Asia/Tokyo", hours="mon-fri 19:00-24:00", is_me=True),
    Profile(id="acme", name="Acme", zone="Europe/Berlin", hours="mon-fri 09:00-17:00"),
]
PRIVATE_DEV = " && ".join(
    [
        "mount -t tmpfs -o mode=0755 none /dev",
        "mknod -m 666 /dev/null c 1 3",
        "ln -s /proc/self/fd/1 /dev/stdout",
    ]
)


def cli(*args: str, timeout: float = 60, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **options,  # type: ignore[call-overload]
    )


def in_private_dev(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` where ``/dev`` is a fresh tmpfs holding only a ``null`` device and a ``stdout`` link,
    in a mount namespace of its own: what happens there cannot touch the machine's ``/dev``."""
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs none /mnt"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount in a private mount namespace here: {probe.stderr.decode().strip()}")
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", f"{PRIVATE_DEV} && {script}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux's")
def test_ics_out_dev_null_leaves_the_device_a_device() -> None:
    done = in_private_dev(
        f"{sys.executable} -m app {' '.join(ICS)} --out /dev/null && stat -c '%F %a' /dev/null"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "character special file 666"


@pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux's")
def test_ics_out_dev_stdout_prints_the_calendar_and_keeps_the_link() -> None:
    done = in_private_dev(
        f"{sys.executable} -m app {' '.join(ICS)} --out /dev/stdout && stat -c '%F' /dev/stdout"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BEGIN:VCALENDAR")
    assert done.stdout.rstrip().endswith("symbolic link")


@pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd is Linux's")
def test_a_link_to_the_standard_output_is_written_to_it(tmp_path: Path) -> None:
    out = tmp_path / "out.ics"
    out.symlink_to("/proc/self/fd/1")
    done = cli(*ICS, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BEGIN:VCALENDAR")
    assert out.is_symlink()
    assert os.readlink(out) == "/proc/self/fd/1"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_ics_out_to_a_pipe_writes_into_it(tmp_path: Path) -> None:
    pipe = tmp_path / "calendar"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        done = cli(*ICS, "--out", str(pipe))
        received = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert done.returncode == 0, done.stderr
    assert received.startswith(b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_ics_out_to_a_pipe_nobody_reads_is_an_error_not_a_wait(tmp_path: Path) -> None:
    pipe = tmp_path / "calendar"
    os.mkfifo(pipe)
    done = cli(*ICS, "--out", str(pipe), timeout=20)
    assert done.returncode == 2
    assert "cannot write" in done.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_linked_people_file_is_saved_through_the_link(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    (synced / "coretime.json").write_text("{}", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    link = data / "profiles.json"
    link.symlink_to(synced / "coretime.json")
    save(link, PEOPLE)
    save(link, PEOPLE[:1])
    assert link.is_symlink(), "the link stays a link"
    assert sorted(p.name for p in synced.iterdir()) == ["coretime.json"]
    loaded = load(link, system_zone="UTC", now=NOW)
    assert loaded.problems == ()
    assert [p.name for p in loaded.profiles] == ["Aiko"]
    assert [p.name for p in load(data / "profiles.json.bak", system_zone="UTC", now=NOW).profiles] == [
        "Aiko",
        "Acme",
    ]
    assert stat.S_IMODE((synced / "coretime.json").stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_as_the_people_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    os.mkfifo(path)
    done = cli("people", "--store", str(path), timeout=20)
    assert done.returncode == 0, done.stderr
    assert "it is a named pipe (FIFO), not a regular file" in done.stderr
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("profiles.unreadable-")]
    assert len(kept) == 1, "the pipe is set aside, as it was"
    assert stat.S_ISFIFO(os.lstat(kept[0]).st_mode)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFile, match="character device"):
        read_limited(path)
    loaded = ProfileStore(path).load(system_zone="UTC", now=NOW)
    assert "it is a character device, not a regular file" in loaded.problems[0]
    assert [p.name for p in loaded.profiles] == ["Me", "Sample client"]
    assert Path("/dev/zero").is_char_device()


def test_a_people_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(b" " * (16 * 1024 * 1024 + 1))
    with pytest.raises(FileTooLarge):
        read_limited(path)
    loaded = load(path, system_zone="UTC", now=NOW)
    assert "larger than the 16 MB Coretime reads" in loaded.problems[0]
    assert [p.name for p in loaded.profiles] == ["Me", "Sample client"]
    small = tmp_path / "small"
    small.write_bytes(b"0123456789")
    assert read_limited(small, limit=10) == b"0123456789"
    with pytest.raises(FileTooLarge):
        read_limited(small, limit=9)
