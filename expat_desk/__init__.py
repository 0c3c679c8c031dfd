"""Expat Desk: the case desk of the AIFC Expat Centre's personal managers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("expat-desk")
except PackageNotFoundError:  # running from a PyInstaller bundle or a bare checkout
    __version__ = "0.1.0"
