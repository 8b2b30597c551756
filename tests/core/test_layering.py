"""opdstudio.core stays free of Qt and of the UI (DESIGN.md, Layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "opdstudio" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "opdstudio.ui")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_the_ui() -> None:
    offenders = [
        f"{path.relative_to(CORE)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(CORE.parent.parent).with_suffix("").parts)
        for path in sorted(CORE.rglob("*.py"))
        if path.name != "__init__.py" and "migrations" not in path.parts
    ]
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules\n"
        "       if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('opdstudio.ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=CORE.parent.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
