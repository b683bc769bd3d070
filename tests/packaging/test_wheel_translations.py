"""A wheel built from the sources alone — no `make` before it — carries the compiled Japanese catalogue, and
the app installed from it speaks Japanese under a Japanese system locale."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "app", "ui", "resources")

# Run by the installed package's Python: the first frame of `coretime --smoke` under the system's locale,
# and the New client action's text as that frame shows it.
SCRIPT = """
import ui, ui.i18n
from ui.main import main
from ui.main_window import MainWindow
seen = []
painted = MainWindow._first_frame_painted
def spy(self):
    seen.append(self.new_client.text())
    painted(self)
MainWindow._first_frame_painted = spy
code = main(["--smoke"])
print(ui.__file__)
print(sorted(p.name for p in ui.i18n.TRANSLATIONS.glob("*.qm")))
print(code, seen)
"""


def _copy_sources(into: Path) -> None:
    """The files a source archive holds, without anything a build or `make` left in the checkout."""
    skip = shutil.ignore_patterns("__pycache__", "*.qm", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=skip)
        else:
            shutil.copy2(source, into / name)


def test_a_wheel_built_without_make_speaks_japanese(tmp_path: Path) -> None:
    project, wheels, env_dir, home = (tmp_path / n for n in ("src", "wheels", "venv", "home"))
    project.mkdir()
    home.mkdir()
    _copy_sources(project)
    assert not list(project.rglob("*.qm"))
    # Nothing of the checkout's own environment (PYTHONPATH) reaches the build or the installed app.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE", "PYTHON"))}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(project)],
        check=True,
        capture_output=True,
        env=clean,
        timeout=300,
    )
    (wheel,) = wheels.glob("coretime-*.whl")

    # A fresh environment holding only the wheel; Qt, Babel and the rest come from the running tests' own
    # site-packages through a path file, added after the install (pip would take the Coretime it finds
    # there for this one). A path file does not run that folder's .pth files: an editable Coretime stays out.
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        env=clean,
        timeout=120,
    )
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {**clean, "LANG": "ja_JP.UTF-8", "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env["XDG_DATA_HOME"] = str(home)
    done = subprocess.run(
        [str(python), "-c", SCRIPT],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    where, catalogues, result = done.stdout.splitlines()
    assert Path(where).is_relative_to(purelib), "the installed package, not the checkout"
    assert catalogues == "['coretime_ja.qm']"
    assert result == "0 ['新しいクライアント…']"
