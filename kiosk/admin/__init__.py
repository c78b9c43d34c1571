"""kiosk-admin: the staff and IT command line (Qt-free)."""
