"""The layer contracts hold, and none of them has been quietly removed from pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_CONTRACTS = {
    "Layers go downward only",
    "No Qt below ui",
    "No plotting or storage library in the domain",
    "Storage and interchange never plot",
    "Only the session writes: the window never reaches a writer of the journal",
    "No import cycles among the modules of any package",
    "The window goes through the session, never raw sqlite-utils",
}


def declared_contracts() -> list[str]:
    """Names of the import-linter contracts in pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        settings = tomllib.load(handle)
    return [contract["name"] for contract in settings["tool"]["importlinter"]["contracts"]]


def test_lint_imports_keeps_every_contract() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports is not None, "lint-imports is not installed in this environment"
    result = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(declared_contracts())} kept, 0 broken." in result.stdout
    for name in declared_contracts():
        assert f"{name} KEPT" in result.stdout


def test_the_layer_session_and_cycle_contracts_are_still_declared() -> None:
    missing = EXPECTED_CONTRACTS - set(declared_contracts())
    assert not missing, f"contracts removed from pyproject.toml: {sorted(missing)}"
