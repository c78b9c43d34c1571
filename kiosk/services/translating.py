"""One lock between changing the app's translators and Qt code that translates in the
speech thread.

Qt asks each installed translator while it holds a lock of its own, and our translators are
Python objects: Qt's first call into each needs the interpreter lock. The GUI thread holds
the interpreter lock all through installTranslator and removeTranslator, waiting there for
Qt's lock; Qt code that runs in the speech thread's event loop (starting or destroying an
engine, both of which translate their errors) holds Qt's lock and waits for the interpreter
lock. Taking this lock first, on both sides, keeps them apart: waiting for it lets the
interpreter lock go.
"""

from __future__ import annotations

import threading

# Reentrant: installing a translator sends the app an event, and a handler may switch too.
TRANSLATORS = threading.RLock()
