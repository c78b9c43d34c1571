"""`kiosk-catalog`: the career-center staff's window onto their catalog workbook (open it, see
its problems), on the same Qt-free core as `kiosk-admin`."""
