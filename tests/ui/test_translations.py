"""Every text the interface shows is marked for translation, and the Japanese catalogue is complete and
up to date with the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("coretime_*.ts"))
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

SINKS = {
    # Qt setters and constructors whose text argument the user reads (or a screen reader reads out).
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "addAction", "addItem", "insertItem",
    "setItemText", "addRow", "addTab", "setTitle", "setSuffix", "setPrefix", "setSpecialValueText",
    "setLabelText", "getSaveFileName", "getOpenFileName", "information", "warning", "question",
    "critical", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton", "QAction", "QMenu",
    "QToolBar", "QGroupBox", "QMessageBox", "QListWidgetItem",
    # Coretime's own: notices across the window, and labels painted on the timeline.
    "show_notices", "Label",
}  # fmt: skip
TRANSLATORS = {"tr", "translate"}
NOT_WORDS = {"Coretime"}
"""The product's name reads the same in every language."""
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _untranslated(node: ast.expr) -> list[ast.expr]:  # noqa: PLR0911 — one return per kind of expression
    """The literals in ``node`` that hold words and do not pass through ``tr()`` or ``translate()``."""
    if isinstance(node, ast.Constant):
        text = node.value
        has_words = isinstance(text, str) and any(ch.isalpha() for ch in text) and text not in NOT_WORDS
        return [node] if has_words else []
    if isinstance(node, ast.JoinedStr):
        return [node] if any(_untranslated(part) for part in node.values) else []
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATORS:
            return []
        # "…".format(…) and its kin: what matters is the text they start from.
        return _untranslated(node.func.value) if isinstance(node.func, ast.Attribute) else []
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [found for element in node.elts for found in _untranslated(element)]
    return []


def untranslated_texts(source: str, filename: str = "<source>") -> list[str]:
    """``file:line: text`` for each literal with words passed to a Qt text setter without ``tr()``."""
    found = []
    for call in ast.walk(ast.parse(source, filename)):
        if isinstance(call, ast.Call) and _name(call.func) in SINKS:
            arguments = [*call.args, *(k.value for k in call.keywords)]
            if _name(call.func) == "Label":  # Label(rect, text, kind, align): only the text is read
                arguments = call.args[1:2] + [k.value for k in call.keywords if k.arg == "text"]
            for argument in arguments:
                found += [f"{filename}:{n.lineno}: {ast.unparse(n)}" for n in _untranslated(argument)]
    return found


def test_the_scan_finds_texts_that_skip_translation() -> None:
    source = """
label.setText("Hello")
button = QPushButton(f"Remove {name}", self)
form.addRow("&Name:" if a else self.tr("&Other:"), field)
window.setWindowTitle("Coretime")
label.setText(self.tr("Hello {name}").format(name=name))
label.setText(QCoreApplication.translate("Context", "Hello"))
label.setText(f"{name} · {place}")
label.setText("→ " + key)
close.setText("×")
labels.append(Label(rect, "now", Kind.NOW, "left"))
labels.append(Label(rect, text, Kind.NOW, "left"))
"""
    found = untranslated_texts(source)
    assert [f.split(": ", 1)[1] for f in found] == ["'Hello'", "f'Remove {name}'", "'&Name:'", "'now'"]


def test_every_text_in_ui_is_marked_for_translation() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        found += untranslated_texts(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) → ``<message>``, leaving out messages no longer in the code."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def test_there_is_a_japanese_catalogue() -> None:
    assert [p.name for p in CATALOGUES] == ["coretime_ja.ts"]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_translated(catalogue: Path) -> None:
    problems = []
    for (context, source, _comment), message in _messages(catalogue).items():
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if not context:
            problems.append(f"{where} has no context: call self.tr() on the widget, not an alias")
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{where} is not translated")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: {form!r} does not keep the placeholders")
            if ("&" in source) != ("&" in form):
                problems.append(f"{where}: {form!r} does not keep the keyboard accelerator")
            if "ddd" in source and "ddd" not in form:
                problems.append(f"{where}: {form!r} is a date format without the weekday")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_the_catalogue_is_up_to_date_with_the_code(catalogue: Path, tmp_path: Path) -> None:
    fresh = tmp_path / catalogue.name
    sources = [str(p) for p in sorted(UI.glob("*.py"))]
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code, in_catalogue = set(_messages(fresh)), set(_messages(catalogue))
    assert in_code - in_catalogue == set(), "new texts: run `make lupdate` and translate them"
    assert in_catalogue - in_code == set(), "texts gone from the code: run `make lupdate`"
