"""Getting catalogs onto a kiosk: the local store of catalog files (Qt-free)."""
