"""ResCompare (决议对照): compare two versions of a UN resolution."""
from __future__ import annotations

from pathlib import Path


def _read_version() -> str:
    """The version written once, in pyproject.toml.

    A source checkout reads pyproject.toml itself (right even when an editable install's
    metadata is stale); an installed wheel and the PyInstaller bundle (which ships a
    ``rescompare-<version>.dist-info``, see packaging/bundle_assets.py) read the metadata.
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        with open(pyproject, "rb") as fh:
            project = tomllib.load(fh).get("project", {})
        if project.get("name") == "rescompare" and project.get("version"):
            return str(project["version"])
    except (OSError, ValueError):  # no checkout here, or an unreadable file: ask the metadata
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("rescompare")
    except PackageNotFoundError:
        return "0+unknown"  # neither a checkout nor installed: say so rather than guess


__version__ = _read_version()

__all__ = ["__version__"]
