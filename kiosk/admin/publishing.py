"""Publishing a workbook, step by step, as data: `kiosk-admin publish` prints these steps and
the Catalog window shows them, so the two can never disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.catalog.build import BuildError
from kiosk.catalog.careerpay import WageFile, open_wage_file
from kiosk.catalog.checking import read_and_check
from kiosk.catalog.diff import CatalogDiff, Shrinkage, compare, large_removals
from kiosk.catalog.identify import folder_overlap
from kiosk.catalog.readback import read_snapshot
from kiosk.catalog.repository import CatalogError
from kiosk.catalog.snapshot import snapshot_of
from kiosk.catalog.validate import Validation
from kiosk.catalog.wording import Wording
from kiosk.catalog.workbook import WorkbookError
from kiosk.sync.keys import PrivateKey, SigningKeyError, read_private
from kiosk.sync.manifest import Manifest
from kiosk.sync.publish import PublishError, publish, published_catalog


@dataclass(frozen=True)
class Comparison:
    """The workbook against the catalog published in `folder`."""

    folder: Path
    published: Path | None = None  # the catalog file the manifest names; None: nothing yet
    diff: CatalogDiff | None = None  # None when nothing is published or it cannot be read
    unreadable: str = ""  # why the published catalog cannot be compared

    @property
    def shrinkage(self) -> tuple[Shrinkage, ...]:
        """The guarded sheets this would empty by more than a fifth."""
        return large_removals(self.diff) if self.diff is not None else ()

    @property
    def needs_yes(self) -> bool:
        # Something has been published, so a half-saved workbook could still remove most of
        # it: an unreadable catalog needs the same yes as a large removal.
        return bool(self.unreadable or self.shrinkage)


def compare_with_published(validation: Validation, folder: Path) -> Comparison:
    """What `validation` changes against `folder`'s catalog; PublishError if the folder's
    manifest cannot be read."""
    published = published_catalog(folder)
    if published is None:
        return Comparison(folder)
    try:
        old = read_snapshot(published)
    except CatalogError as exc:
        why = (
            f"the published {published.name} is missing"
            if not published.exists()
            else f"the published {exc}"
        )
        return Comparison(folder, published, unreadable=why)
    return Comparison(folder, published, compare(old, snapshot_of(validation)))


@dataclass(frozen=True)
class Attempt:
    """One publish as far as it got. The first of clash, key_problem, unreadable, an invalid
    validation, failed and held says why it stopped; with none of them, `manifest` is what
    was published (or, after `prepare` alone, it is ready to finish)."""

    source: Path
    folder: Path
    clash: str = ""  # completes "the publish folder is ..."
    key_problem: str = ""
    key: PrivateKey | None = None
    unreadable: str = ""  # why the workbook or the wage file cannot be read
    unreadable_wording: Wording | None = None  # what that was made from, to translate it
    validation: Validation | None = None
    comparison: Comparison | None = None
    failed: str = ""  # why the build or the folder refused it
    held: bool = False  # the guard stopped it: see comparison.needs_yes
    manifest: Manifest | None = None

    @property
    def valid(self) -> bool:
        return self.validation is not None and self.validation.ok

    @property
    def courses(self) -> int:
        return len(self.validation.records.get("courses", [])) if self.validation else 0


def prepare(
    source: Path,
    folder: Path,
    key_path: Path | None,
    *,
    wages: Path | None = None,
    wage_area: str | None = None,
    open_wages: Callable[[Path], WageFile] = open_wage_file,
) -> Attempt:
    """Everything before signing: the folder, the key (skipped without `key_path`, to show
    what would change), the checked workbook and what it changes."""
    attempt = Attempt(source, folder)
    clash = folder_overlap(folder, source)
    if clash is not None:
        return replace(attempt, clash=clash)
    if key_path is not None:
        try:
            attempt = replace(attempt, key=read_private(key_path))
        except SigningKeyError as exc:
            return replace(attempt, key_problem=str(exc))
    try:
        validation = read_and_check(source, wages, wage_area, open_wages=open_wages)
    except WorkbookError as exc:
        return replace(attempt, unreadable=str(exc), unreadable_wording=exc.wording)
    attempt = replace(attempt, validation=validation)
    if not validation.ok:
        return attempt
    try:
        return replace(attempt, comparison=compare_with_published(validation, folder))
    except PublishError as exc:
        return replace(attempt, failed=str(exc))


def finish(
    attempt: Attempt, *, yes: bool = False, version: int | None = None, expires_days: int = 365
) -> Attempt:
    """Build, sign and lay out a prepared attempt; held instead when the guard needs a yes
    that was not given. An attempt that stopped earlier comes back as it was."""
    comparison, validation, key = attempt.comparison, attempt.validation, attempt.key
    if comparison is None or validation is None or attempt.failed:
        return attempt
    if comparison.needs_yes and not yes:
        return replace(attempt, held=True)
    if key is None:
        return replace(attempt, failed="no signing key was given")
    try:
        manifest = publish(
            validation, key, attempt.folder, version=version, expires_days=expires_days
        )
    except (PublishError, BuildError) as exc:
        return replace(attempt, failed=str(exc))
    return replace(attempt, held=False, manifest=manifest)


def publish_workbook(
    source: Path,
    folder: Path,
    key_path: Path,
    *,
    wages: Path | None = None,
    wage_area: str | None = None,
    yes: bool = False,
    version: int | None = None,
    expires_days: int = 365,
) -> Attempt:
    """The whole publish, as `kiosk-admin publish` does it."""
    prepared = prepare(source, folder, key_path, wages=wages, wage_area=wage_area)
    return finish(prepared, yes=yes, version=version, expires_days=expires_days)
