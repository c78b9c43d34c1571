"""What an X display shows, read as it changes: whole-screen grabs (MIT-SHM) whenever anything
is drawn (DAMAGE), and taps (XTest)."""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import time
import zlib
from dataclasses import dataclass

Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
IPC_PRIVATE, IPC_CREAT, IPC_RMID = 0, 0o1000, 0
DAMAGE_NON_EMPTY = 3  # XDamageReportNonEmpty: one event each time damage stops being empty
XEVENT_SIZE = 192  # sizeof(XEvent): a union of 24 longs


class XImage(ctypes.Structure):
    """The first fields of Xlib's XImage: the ones read here (it is only ever pointed at)."""

    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class ShmSegmentInfo(ctypes.Structure):
    _fields_ = [
        ("shmseg", ctypes.c_ulong),
        ("shmid", ctypes.c_int),
        ("shmaddr", ctypes.c_void_p),
        ("readOnly", ctypes.c_int),
    ]


def _library(name: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name)
    if path is None:
        raise RuntimeError(f"lib{name} is not installed (.ci/setup installs it)")
    return ctypes.CDLL(path)


@dataclass(frozen=True)
class Grab:
    at: float  # perf_counter seconds: the middle of the grab request
    picture: int  # CRC-32 of every byte of the screen


def _declare(lib: dict[str, ctypes.CDLL]) -> None:
    """The C signatures of the calls used (ctypes would pass 64-bit pointers as int)."""
    display, integer, unsigned = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint
    xid = ctypes.c_ulong  # a window, a damage object; also a plane mask
    image, segment = ctypes.POINTER(XImage), ctypes.POINTER(ShmSegmentInfo)
    pointer, out = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    signatures: list[tuple[str, str, object, list[object]]] = [
        ("X11", "XOpenDisplay", display, [ctypes.c_char_p]),
        ("X11", "XDefaultScreen", integer, [display]),
        ("X11", "XRootWindow", xid, [display, integer]),
        ("X11", "XDefaultVisual", pointer, [display, integer]),
        ("X11", "XDefaultDepth", integer, [display, integer]),
        ("X11", "XDisplayWidth", integer, [display, integer]),
        ("X11", "XDisplayHeight", integer, [display, integer]),
        ("X11", "XConnectionNumber", integer, [display]),
        ("X11", "XPending", integer, [display]),
        ("X11", "XNextEvent", integer, [display, pointer]),
        ("X11", "XSync", integer, [display, integer]),
        ("X11", "XFlush", integer, [display]),
        ("X11", "XCloseDisplay", integer, [display]),
        ("Xext", "XShmQueryExtension", integer, [display]),
        ("Xext", "XShmCreateImage", image, [
            display, pointer, unsigned, integer, pointer, segment, unsigned, unsigned,
        ]),
        ("Xext", "XShmAttach", integer, [display, segment]),
        ("Xext", "XShmGetImage", integer, [display, xid, image, integer, integer, xid]),
        ("Xdamage", "XDamageQueryExtension", integer, [display, out, out]),
        ("Xdamage", "XDamageCreate", xid, [display, xid, integer]),
        ("Xdamage", "XDamageSubtract", None, [display, xid, xid, xid]),
        ("Xtst", "XTestFakeMotionEvent", integer, [display, integer, integer, integer, xid]),
        ("Xtst", "XTestFakeButtonEvent", integer, [display, unsigned, integer, xid]),
        ("c", "shmget", integer, [integer, ctypes.c_size_t, integer]),
        ("c", "shmat", pointer, [integer, pointer, integer]),
        ("c", "shmctl", integer, [integer, integer, pointer]),
        ("c", "memcmp", integer, [pointer, pointer, ctypes.c_size_t]),
    ]  # fmt: skip
    for library, name, result, arguments in signatures:
        function = getattr(lib[library], name)
        function.restype, function.argtypes = result, arguments


class Screen:
    """One connection to `display`, told by the X Damage extension whenever anything is drawn
    on the screen, so it grabs only then: drawing is seen within about a millisecond, and the
    programs measured are not slowed by a poller (Xvfb serves every grab in the thread that
    draws for them).

    Each grab copies the whole root window (every pixel, the windows on it included) into
    shared memory, taking turns between two segments: the new picture is compared with the
    last one (memcmp, about 0.1 ms for 1280x800) and checksummed only when it differs."""

    def __init__(self, display: str) -> None:
        lib = self._lib = {name: _library(name) for name in ("X11", "Xext", "Xdamage", "Xtst", "c")}
        _declare(lib)
        x11 = lib["X11"]
        self._dpy = x11.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        base, error = ctypes.c_int(), ctypes.c_int()
        if not lib["Xext"].XShmQueryExtension(self._dpy) or not lib[
            "Xdamage"
        ].XDamageQueryExtension(self._dpy, ctypes.byref(base), ctypes.byref(error)):
            raise RuntimeError(f"X display {display} lacks MIT-SHM or DAMAGE")
        number = x11.XDefaultScreen(self._dpy)
        self.root = x11.XRootWindow(self._dpy, number)
        self.size = (x11.XDisplayWidth(self._dpy, number), x11.XDisplayHeight(self._dpy, number))
        self._segments = [self._segment(number), self._segment(number)]
        self._latest = 0  # the segment holding the last grab
        self._picture: int | None = None
        self._damage = lib["Xdamage"].XDamageCreate(self._dpy, self.root, DAMAGE_NON_EMPTY)
        self._event = ctypes.create_string_buffer(XEVENT_SIZE)
        x11.XSync(self._dpy, 0)

    def _segment(self, number: int) -> tuple[ctypes._Pointer[XImage], ShmSegmentInfo]:
        x11, xext, libc = self._lib["X11"], self._lib["Xext"], self._lib["c"]
        shm = ShmSegmentInfo()
        image = xext.XShmCreateImage(
            self._dpy, x11.XDefaultVisual(self._dpy, number), x11.XDefaultDepth(self._dpy, number),
            Z_PIXMAP, None, ctypes.byref(shm), *self.size,
        )  # fmt: skip
        self._length = image.contents.bytes_per_line * image.contents.height
        shm.shmid = libc.shmget(IPC_PRIVATE, self._length, IPC_CREAT | 0o600)
        if shm.shmid < 0:
            raise RuntimeError("shmget failed")
        shm.shmaddr = image.contents.data = libc.shmat(shm.shmid, None, 0)
        xext.XShmAttach(self._dpy, ctypes.byref(shm))
        x11.XSync(self._dpy, 0)
        libc.shmctl(shm.shmid, IPC_RMID, None)  # freed once both sides detach
        return image, shm

    def wait(self, seconds: float) -> bool:
        """Wait at most `seconds` for something to be drawn; True if it was."""
        x11 = self._lib["X11"]
        if not x11.XPending(self._dpy):
            select.select([x11.XConnectionNumber(self._dpy)], [], [], max(0.0, seconds))
        drawn = False
        while x11.XPending(self._dpy):  # only damage is asked for: every event is one
            x11.XNextEvent(self._dpy, self._event)
            drawn = True
        return drawn

    def grab(self) -> Grab:
        """The whole screen now. What is drawn from here on is reported again by `wait`."""
        new = 1 - self._latest
        image, shm = self._segments[new]
        before = time.perf_counter()
        self._lib["Xdamage"].XDamageSubtract(self._dpy, self._damage, 0, 0)
        self._lib["Xext"].XShmGetImage(self._dpy, self.root, image, 0, 0, ALL_PLANES)
        after = time.perf_counter()
        last = self._segments[self._latest][1].shmaddr
        if self._picture is None or self._lib["c"].memcmp(shm.shmaddr, last, self._length):
            pixels = (ctypes.c_char * self._length).from_address(shm.shmaddr)
            self._picture = zlib.crc32(pixels)
        self._latest = new
        return Grab((before + after) / 2, self._picture)

    def tap(self, x: int, y: int) -> float:
        """Press and release the first button at (x, y), as a finger would; returns when the
        press went to the server (perf_counter seconds)."""
        x11, xtst = self._lib["X11"], self._lib["Xtst"]
        xtst.XTestFakeMotionEvent(self._dpy, -1, x, y, 0)
        x11.XSync(self._dpy, 0)
        xtst.XTestFakeButtonEvent(self._dpy, 1, 1, 0)
        x11.XFlush(self._dpy)
        pressed = time.perf_counter()
        xtst.XTestFakeButtonEvent(self._dpy, 1, 0, 0)
        x11.XSync(self._dpy, 0)
        return pressed

    def close(self) -> None:
        self._lib["X11"].XCloseDisplay(self._dpy)
