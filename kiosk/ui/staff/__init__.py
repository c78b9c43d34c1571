"""Admin mode, the staff side inside the kiosk: the hidden gesture, the PIN keypad and the
staff panel (the staff command line is kiosk/admin)."""
