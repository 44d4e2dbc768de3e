"""Build the one-folder hdesk bundle with PyInstaller: dist/hdesk/hdesk (Linux, macOS) or dist\\hdesk\\hdesk.exe.

Usage (from any folder, with the Python environment hdesk is installed in):

    python packaging/build.py                 # build, print the program's path
    python packaging/build.py --self-test     # build, then run the bundle's offscreen self-test
    python packaging/build.py --installer     # Windows: also compile packaging/hdesk.iss with Inno Setup
    python packaging/build.py --archive       # Linux: also pack dist/hdesk-<version>-linux-<arch>.tar.gz
                                              # (the bundle + install-linux.sh, for a USB stick)

The script refuses to build from an environment whose installed hdesk metadata disagrees with
pyproject.toml (the bundle's version comes from that metadata), and checks the result exists.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = sys.platform.startswith("win")
EXE_SUFFIX = ".exe" if WINDOWS else ""


def fail(message: str) -> int:
    print(f"build: {message}", file=sys.stderr)
    return 1


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def check_environment() -> str | None:
    """The problem that would make a broken or mislabelled bundle, or None."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return f"PyInstaller is not installed here; run: {sys.executable} -m pip install pyinstaller"
    try:
        installed = metadata.version("hdesk")
    except metadata.PackageNotFoundError:
        return f"hdesk is not installed here; run: {sys.executable} -m pip install -e {ROOT}"
    wanted = pyproject_version()
    if installed != wanted:
        return f"installed hdesk metadata says {installed} but pyproject.toml says {wanted}; run: pip install -e {ROOT}"
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = ROOT / "resources" / "fonts" / font
        if not path.is_file() or path.read_bytes()[:4] != b"\x00\x01\x00\x00":
            return f"{path} is missing or not a TrueType font (a Git LFS pointer?)"
    return None


def write_version_info(version: str) -> Path:
    """The Windows version resource (Explorer's Properties > Details) for hdesk.exe and hdesk-cli.exe."""
    numbers = [int(part) if part.isdigit() else 0 for part in version.split(".")[:3]]
    numbers += [0] * (4 - len(numbers))
    quad = tuple(numbers)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'hdesk contributors'),
      StringStruct('FileDescription', 'hdesk - humanitarian diplomacy desk'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'hdesk'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'hdesk.exe'),
      StringStruct('ProductName', 'hdesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    target = HERE / "build" / "version_info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    return target


def run_pyinstaller(dist: Path, work: Path) -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "hdesk.spec"),
    ]
    print("build: " + " ".join(command), flush=True)
    return subprocess.call(command, cwd=ROOT)


def run_self_test(program: Path) -> int:
    """Run the bundle's self-test offscreen, with no Python on PATH, as on an office PC."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    python_dirs = {str(Path(sys.executable).parent), str(Path(sys.executable).resolve().parent)}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p not in python_dirs)
    if WINDOWS:
        program = program.with_name("hdesk-cli.exe")  # the console program prints the check lines
    print(f"build: {program} --self-test", flush=True)
    return subprocess.call([str(program), "--self-test"], env=env, cwd=program.parent)


def find_iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or where its installer puts it (os.environ is case-insensitive on Windows)."""
    places = [
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
    ]
    if os.environ.get("LOCALAPPDATA"):
        places.append(Path(os.environ["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6")
    found = shutil.which("iscc") or next((str(p / "ISCC.exe") for p in places if (p / "ISCC.exe").is_file()), None)
    return found


def build_installer(version: str, dist: Path) -> int:
    iscc = find_iscc()
    if not iscc:
        return fail("Inno Setup 6 (ISCC.exe) not found; install it from https://jrsoftware.org/isdl.php")
    command = [iscc, f"/DAppVersion={version}", f"/DBundleDir={dist / 'hdesk'}", f"/O{dist}", str(HERE / "hdesk.iss")]
    print("build: " + " ".join(command), flush=True)
    return subprocess.call(command, cwd=HERE)


def build_archive(dist: Path, version: str) -> Path:
    """The bundle and the per-user install script in one .tar.gz (symlinks kept as symlinks)."""
    target = dist / f"hdesk-{version}-{sys.platform}-{platform.machine().lower()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(dist / "hdesk", arcname="hdesk")
        archive.add(HERE / "install-linux.sh", arcname="install-linux.sh")
        archive.add(HERE / "README.md", arcname="README.md")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the hdesk one-folder bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's --self-test after building")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the Inno Setup installer")
    parser.add_argument("--archive", action="store_true", help="Linux: also pack the bundle and install-linux.sh")
    args = parser.parse_args(argv)

    problem = check_environment()
    if problem:
        return fail(problem)
    version = pyproject_version()
    if WINDOWS:
        write_version_info(version)
    dist = args.dist.resolve()
    started = time.monotonic()
    if run_pyinstaller(dist, ROOT / "build" / "pyinstaller") != 0:
        return fail("PyInstaller failed (see above)")
    program = dist / "hdesk" / f"hdesk{EXE_SUFFIX}"
    if not program.is_file():
        return fail(f"PyInstaller finished but {program} is missing")
    if not (dist / "hdesk" / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file():
        return fail("the bundle has no resources/fonts/DejaVuSans.ttf")
    size = sum(f.stat().st_size for f in (dist / "hdesk").rglob("*") if f.is_file() and not f.is_symlink())
    print(f"build: hdesk {version} bundle: {size / 1e6:.0f} MB in {time.monotonic() - started:.0f} s", flush=True)
    if args.self_test and run_self_test(program) != 0:
        return fail("the bundle's self-test failed")
    if args.installer:
        if not WINDOWS:
            return fail("the Inno Setup installer is built on Windows only")
        if build_installer(version, dist) != 0:
            return fail("Inno Setup failed (see above)")
        print(f"build: installer {dist / f'hdesk-{version}-setup.exe'}", flush=True)
    if args.archive:
        if WINDOWS:
            return fail("on Windows use --installer")
        archive = build_archive(dist, version)
        print(f"build: archive {archive} ({archive.stat().st_size / 1e6:.0f} MB)", flush=True)
    print(program)
    return 0


if __name__ == "__main__":
    sys.exit(main())
