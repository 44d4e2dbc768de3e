"""hdesk — humanitarian diplomacy desk for Red Cross and Red Crescent National Societies."""

from importlib import metadata

try:
    __version__ = metadata.version("hdesk")
except metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.1.0"
