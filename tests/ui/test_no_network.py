"""The desktop app works offline: ``coretime --smoke`` opens no internet connection at all.

Two independent witnesses watch one start-up: ``strace`` records every ``connect``/``sendto``/
``sendmsg`` the process and its threads make at the system-call level (Qt's C++ included), and a
Python audit hook fails the run on any socket use from Python. Local sockets (``AF_UNIX``: D-Bus,
fontconfig) are allowed; ``AF_INET``/``AF_INET6`` are not. Qt's network module must not even load.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUARD = """
import sys
def guard(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
        sys.stderr.write(f"network use: {event} {args!r}\\n")
        sys.stderr.flush()
        import os
        os._exit(3)
sys.addaudithook(guard)
"""
SMOKE = (
    GUARD
    + "from ui.main import main\ncode = main(['--smoke'])\n"
    + "print('QtNetwork loaded' if 'PySide6.QtNetwork' in sys.modules else 'QtNetwork not loaded')\n"
    + "raise SystemExit(code)\n"
)
STRACE = shutil.which("strace")  # installed by packaging/system-deps.sh, which `make` runs first


def traced(code: str, home: Path, trace: Path) -> subprocess.CompletedProcess[str]:
    assert STRACE, "strace is missing: run packaging/system-deps.sh"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home)}
    return subprocess.run(
        [STRACE, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-e", "signal=none", "-o", str(trace),
         sys.executable, "-c", code],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def internet_calls(trace: Path) -> list[str]:
    return [line for line in trace.read_text().splitlines() if "AF_INET" in line]


def test_the_app_starts_without_touching_the_network(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "trace.txt"
    result = traced(SMOKE, home, trace)
    assert result.returncode == 0, result.stderr
    assert "first frame after" in result.stderr, "the window really started and painted"
    assert "network use" not in result.stderr
    assert result.stdout.strip().endswith("QtNetwork not loaded")
    assert internet_calls(trace) == []


def test_the_witness_sees_a_connection(tmp_path: Path) -> None:
    probe = (
        "import socket\ns = socket.socket(socket.AF_INET6 if socket.has_ipv6 else socket.AF_INET)\n"
        "s.settimeout(0.2)\ntry:\n    s.connect(('::1' if socket.has_ipv6 else '127.0.0.1', 9))\n"
        "except OSError:\n    pass\n"
    )
    trace = tmp_path / "trace.txt"
    traced(probe, tmp_path, trace)
    assert len(internet_calls(trace)) == 1
