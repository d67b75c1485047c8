"""The installer files, checked without building: the spec, the NSIS script (compiled with
makensis -WX against a tiny fake bundle where makensis is present), build.sh and the launcher."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "individuell-plan.spec"
NSI = INSTALLER / "individuell-plan.nsi"
BUILD = INSTALLER / "build.sh"


def test_the_installer_files_exist() -> None:
    for name in ("individuell-plan.spec", "individuell-plan.nsi", "individuell-plan.ico",
                 "launch.py", "build.sh", "ci-smoke.sh", "README.md"):
        assert (INSTALLER / name).is_file(), name
    for script in ("build.sh", "ci-smoke.sh"):
        assert os.access(INSTALLER / script, os.X_OK), f"{script} is not executable"


def test_the_spec_is_python_that_bundles_resources_and_drops_unused_qt() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)  # a syntax error would only show in the slow build
    assert '"resources"' in text and "launch.py" in text
    assert '"desktop" / "__init__.py"' in text  # the version is read from the package
    for unused in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml"):
        assert f'"{unused}"' in text
    for used in ("QtPdf", "QtPrintSupport", "QtSvg", "QtCharts", "QtWidgets"):
        assert f'"{used}"' not in text, f"{used} is used by the program and must not be excluded"


def test_the_nsis_script_installs_per_user_and_needs_the_version() -> None:
    text = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "RequestExecutionLevel admin" not in text and "HKLM" not in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in text
    assert "!ifndef VERSION\n  !error" in text
    assert "$SMPROGRAMS" in text and "WriteUninstaller" in text
    assert 'HKCU "${UNINSTALL_KEY}" "UninstallString"' in text
    assert "QuietUninstallString" in text
    assert "MessageBox" not in text  # nothing that would stop a silent (/S) roll-out


def test_build_sh_wants_a_subcommand() -> None:
    result = subprocess.run([str(BUILD)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "bundle|smoke|installer" in result.stderr


def test_the_launcher_runs_the_command_line() -> None:
    result = subprocess.run([sys.executable, str(INSTALLER / "launch.py"), "--version"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"individuell-plan {__version__}"


def _makensis(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["makensis", "-WX", "-V2", *defines, str(NSI)],
                          capture_output=True, text=True, cwd=tmp_path)


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "individuell-plan.exe").write_bytes(b"MZ fake window program")
    (bundle / "individuell-plan-cli.exe").write_bytes(b"MZ fake console program")
    (bundle / "_internal" / "resources" / "logo-default.png").write_bytes(b"\x89PNG fake")
    return bundle


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_makensis_compiles_the_script_without_warnings(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    out = tmp_path / f"individuell-plan-{__version__}-setup.exe"
    result = _makensis(tmp_path, f"-DVERSION={__version__}", f"-DBUNDLE_DIR={bundle}",
                       f"-DOUTFILE={out}", "-DFAST")
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    # The version from desktop.__version__ is in the setup's file properties.
    assert __version__.encode("utf-16-le") in data
    assert b"fake window program" in data  # stored uncompressed (-DFAST)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_makensis_refuses_without_a_version(tmp_path: Path) -> None:
    result = _makensis(tmp_path, f"-DBUNDLE_DIR={_fake_bundle(tmp_path)}",
                       f"-DOUTFILE={tmp_path / 'x-setup.exe'}")
    assert result.returncode != 0
    assert "VERSION" in result.stdout + result.stderr


def _spec_functions(root: Path, workpath: Path) -> dict:
    """The spec's resource helpers, run on their own (the spec as a whole needs PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = {"lrelease_binary", "resource_datas"}
    module = ast.Module(body=[node for node in tree.body if isinstance(node, ast.FunctionDef)
                              and node.name in wanted], type_ignores=[])
    namespace = {"Path": Path, "subprocess": subprocess, "IS_WIN": sys.platform == "win32",
                 "ROOT": root, "workpath": str(workpath)}
    exec(compile(module, str(SPEC), "exec"), namespace)
    return namespace


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context><name>main</name>
<message><source>Lagre endringene</source><translation>Lagra endringane</translation></message>
</context>
</TS>
"""


def test_the_spec_compiles_translations_and_copies_the_rest(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    root = tmp_path / "tree"
    (root / "resources" / "translations").mkdir(parents=True)
    (root / "resources" / "fonts").mkdir()
    (root / "resources" / "fonts" / "a.ttf").write_bytes(b"font")
    (root / "resources" / "translations" / "individuell-plan_nn.ts").write_text(TS, "utf-8")
    (root / "resources" / "translations" / "individuell-plan_nn.qm").write_bytes(b"stale")
    spec = _spec_functions(root, tmp_path / "work")
    if not spec["lrelease_binary"]().is_file():
        pytest.skip("this PySide6 has no lrelease")
    datas = {(Path(source).name, Path(target).as_posix())
             for source, target in spec["resource_datas"]()}
    assert datas == {("a.ttf", "resources/fonts"),
                     ("individuell-plan_nn.qm", "resources/translations")}
    compiled = tmp_path / "work" / "qm" / "translations" / "individuell-plan_nn.qm"
    assert "Lagra endringane".encode("utf-16-be") in compiled.read_bytes()
