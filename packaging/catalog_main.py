"""Entry point of the frozen `kiosk-catalog` program."""

import sys

from kiosk.catalogapp.app import main

sys.exit(main())
