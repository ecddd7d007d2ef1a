"""What an import did, in the shape the result view shows: counts and one line per problem."""

from __future__ import annotations

from dataclasses import dataclass

from forensics.imaging import ImagingImportReport
from forensics.photos import ImportReport


@dataclass(frozen=True)
class ImportProblem:
    """One file that was not imported: its name and the reason, in the user's words."""

    name: str
    reason: str


@dataclass(frozen=True)
class ImportOutcome:
    """The summary of one import run.

    Attributes:
        imported: How many items were stored.
        failures: Files refused, with the domain's reason (damaged, not a photo, too large).
        duplicates: Files already in the examination (``reason`` names the copy kept).
        skipped: Files passed over on purpose (a DICOMDIR index).
        cancelled: Whether the user stopped the import before the end.
    """

    imported: int
    failures: tuple[ImportProblem, ...] = ()
    duplicates: tuple[ImportProblem, ...] = ()
    skipped: int = 0
    cancelled: bool = False

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        """Failures first, then duplicates: the list the user reads."""
        return self.failures + self.duplicates


def photo_outcome(report: ImportReport, duplicate_text: str) -> ImportOutcome:
    """From :class:`forensics.photos.ImportReport`.

    Args:
        report: The domain's report.
        duplicate_text: The reason for a duplicate, with ``{0}`` for the file already kept.
    """
    return ImportOutcome(
        imported=len(report.imported),
        failures=tuple(ImportProblem(f.path.name, f.reason) for f in report.failures),
        duplicates=tuple(
            ImportProblem(path.name, duplicate_text.format(kept))
            for path, kept in report.duplicates
        ),
        cancelled=report.cancelled,
    )


def imaging_outcome(report: ImagingImportReport, duplicate_text: str) -> ImportOutcome:
    """From :class:`forensics.imaging.ImagingImportReport` (``duplicate_text`` has no field)."""
    return ImportOutcome(
        imported=len(report.objects),
        failures=tuple(ImportProblem(f.path.name, f.reason) for f in report.failures),
        duplicates=tuple(ImportProblem(path.name, duplicate_text) for path in report.duplicates),
        skipped=len(report.skipped),
        cancelled=report.cancelled,
    )
