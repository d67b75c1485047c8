"""The map of docs/architecture.md as a test: imports inside desktop/ point down the layers,
form no circle, and the Qt-free modules never import Qt.

Imports are read with ast, at module level and inside functions alike (a lazy import is still
an arrow). ``from package import name`` points at the submodule when ``name`` is one, else at
the package; a submodule's own parent packages are not counted (Python imports them first).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"

# Lower numbers sit lower; a module may import its own layer or any below it.
LAYERS: dict[str, int] = {
    "desktop": 0,  # the package itself: the version
    "desktop.i18n": 0,
    "desktop.paths": 0,
    "desktop.files": 0,
    "desktop.resources": 0,
    "desktop.records": 0,
    "desktop.records_people": 0,
    "desktop.records_process": 0,
    "desktop.records_measures": 0,
    "desktop.records_deadlines": 0,
    "desktop.records_dates": 0,
    "desktop.records_patient": 0,
    "desktop.records_base": 0,
    "desktop.palette": 0,
    "desktop.diagnostics": 0,
    "desktop.cryptodome_backend": 0,
    "desktop.store": 1,
    "desktop.reports": 2,
    "desktop.exchange": 2,
    "desktop.demo": 2,
    "desktop.demo_names": 2,
    "desktop.demo_people": 2,
    "desktop.demo_process": 2,
    "desktop.demo_measures": 2,
    "desktop.commands": 3,
    "desktop.models": 3,
    "desktop.language": 3,
    "desktop.views": 4,
    "desktop.cli": 5,
    "desktop.app": 5,
}

QT_FREE = ("desktop.i18n", "desktop.paths", "desktop.files", "desktop.resources",
           "desktop.cryptodome_backend",
           "desktop.records", "desktop.records_people", "desktop.records_process",
           "desktop.records_measures", "desktop.records_deadlines", "desktop.records_dates",
           "desktop.records_patient", "desktop.records_base", "desktop.palette",
           "desktop.diagnostics", "desktop.store", "desktop.reports", "desktop.exchange",
           "desktop.demo", "desktop.demo_names", "desktop.demo_people", "desktop.demo_process",
           "desktop.demo_measures",
           "desktop.commands")  # cli.py may open the window (desktop.app)
QT_PACKAGES = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


MODULES = _modules()


def imports_of(name: str, path: Path) -> set[str]:
    """Every module ``name`` imports, anywhere in the file (desktop's own and others)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in MODULES else source)
    return found


GRAPH: dict[str, set[str]] = {
    name: {target for target in imports_of(name, path)
           if target in MODULES and target != name and not name.startswith(target + ".")}
    for name, path in MODULES.items()}


def layer(name: str) -> int:
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if name == prefix or name.startswith(prefix + "."):
            return LAYERS[prefix]
    raise AssertionError(f"{name} has no layer in tests/test_architecture.py: give it one")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_has_a_layer():
    for name in MODULES:
        layer(name)


def test_no_import_circle_inside_desktop():
    assert cycles(GRAPH) == []


def test_imports_point_down_the_layers():
    upward = [f"{name} (layer {layer(name)}) imports {target} (layer {layer(target)})"
              for name, targets in sorted(GRAPH.items()) for target in sorted(targets)
              if layer(target) > layer(name)]
    assert upward == []


@pytest.mark.parametrize("package", QT_FREE)
def test_qt_free_modules_never_import_qt(package: str):
    offending = [f"{name} imports {target}"
                 for name, path in MODULES.items()
                 if name == package or name.startswith(package + ".")
                 for target in sorted(imports_of(name, path))
                 if target.split(".")[0] in QT_PACKAGES
                 or (target in MODULES and not target.startswith(QT_FREE) and target != "desktop")]
    assert offending == []


def test_the_checks_see_a_circle_and_an_upward_import():
    """The checks are not vacuous: a made-up circle and a made-up upward arrow are found."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer("desktop.store.log") < layer("desktop.views.main_window")
    assert "desktop.store.log" in GRAPH["desktop.store.access"]
    assert "PySide6.QtWidgets" in imports_of("desktop.app", MODULES["desktop.app"])
