"""Fleet health: what one kiosk reports about itself for IT's monitoring (Qt-free)."""
