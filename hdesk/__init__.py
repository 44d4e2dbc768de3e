"""hdesk — humanitarian diplomacy desk for Red Cross and Red Crescent National Societies.

The version is stamped once, in pyproject.toml. A source checkout reads it from there (so an editable
install never shows a stale number); a wheel or a PyInstaller bundle reads the installed metadata.
About, `hdesk --version` and the PDF footer all show `hdesk.__version__`, read on first use
(parsing pyproject.toml or the package metadata is a noticeable part of starting the window).
"""

from pathlib import Path


def _version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text("utf-8")).get("project", {})
        except (OSError, ValueError):
            project = {}
        if project.get("name") == "hdesk" and isinstance(project.get("version"), str):
            return str(project["version"])
    from importlib import metadata  # only here: importing it costs ~0.1 s of every start

    try:
        return metadata.version("hdesk")
    except metadata.PackageNotFoundError:
        return "0+unknown"


_cached: list[str] = []


def __getattr__(name: str) -> str:
    if name == "__version__":
        if not _cached:
            _cached.append(_version())
        return _cached[0]
    raise AttributeError(f"module 'hdesk' has no attribute {name!r}")
