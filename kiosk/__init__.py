"""CTE Career Kiosk: explore tuition-free Career Technical Education courses."""

# The one place the version is written; pyproject.toml reads it from here. (Asking
# importlib.metadata at run time costs about 35 ms of every launch.)
__version__ = "0.1.0"
