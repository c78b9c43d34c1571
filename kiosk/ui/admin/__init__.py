"""Admin mode: the hidden gesture, the PIN keypad and the staff panel."""
