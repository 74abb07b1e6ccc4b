"""Holding off Python's cyclic garbage collector while a report is built.

A 10,000-claim report makes hundreds of thousands of small objects (rows, timeline
entries, table cells) that all stay alive until its files are written. Each one counts
towards the collector's next full pass, and each full pass walks every live object:
measured on such a report, two full passes took a quarter of its time. Reports make
no reference cycles they need collected early (matplotlib's figure is one, collected
once the collector runs again), so the collector simply waits until the report is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (also as a decorator), then restore it.

    Leaves it alone when it is already off, so nested uses (``write_all`` writing each
    report) turn it back on only at the outermost level.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
