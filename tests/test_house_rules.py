"""The direction of dependencies, checked on every file's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

QT_ALLOWED = ("omsdesk/ui/", "omsdesk/app.py")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(folder: str) -> list[Path]:
    return sorted((REPO_ROOT / folder).rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(REPO_ROOT).as_posix()


@pytest.mark.parametrize("path", python_files("omsdesk"), ids=relative)
def test_only_the_ui_imports_pyside6(path: Path) -> None:
    if relative(path).startswith(QT_ALLOWED):
        return
    qt = {name for name in imported_modules(path) if name.split(".")[0] in ("PySide6", "shiboken6")}
    assert not qt, f"{relative(path)} imports {sorted(qt)}; only omsdesk/ui/ and omsdesk/app.py may"


@pytest.mark.parametrize("path", python_files("connectors"), ids=relative)
def test_connectors_never_import_omsdesk_qt_or_the_database(path: Path) -> None:
    forbidden = {"omsdesk", "PySide6", "sqlalchemy", "alembic"}
    found = {name for name in imported_modules(path) if name.split(".")[0] in forbidden}
    assert not found, f"{relative(path)} imports {sorted(found)}"


def test_the_rule_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport omsdesk.db\n")
    assert {"PySide6.QtCore", "omsdesk.db"} <= imported_modules(sample)


def test_the_woocommerce_connector_is_registered_as_an_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="omsdesk.connectors")}
    assert "woocommerce" in names, "install the package (pip install -e .) to register its entry points"
