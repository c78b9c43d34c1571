"""`python -m kiosk.catalogapp` runs the Catalog application."""

import sys

from kiosk.catalogapp.app import main

sys.exit(main())
