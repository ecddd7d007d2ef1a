"""The references an opvang report can be made for, with a line saying what each one is.

``OV-XXXX`` is a household (intake summary), ``OV-XXXX-K1`` / ``OV-XXXX-V1`` a client (screening
overview), ``OV-XXXX-M1`` a meldcode concern (melding aan Veilig Thuis). The numbering is
:meth:`opvang.report_content.ReportContent.targets`'; this module adds the labels the command
line prints and the reference syntax, so a caller can tell an opvang reference from another
domain's without a vault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opvang.concerns import ConcernService
from opvang.households import HouseholdService
from opvang.records import Household
from opvang.report_content import ReportContent, ReportTarget
from secure_store.session import Session

# The alphabet of opvang.intakes (no look-alikes), then a client (V/K) or concern (M) number.
_REFERENCE = re.compile(r"OV-[ACDEFGHJKLMNPQRTUVWXY3479]{4}(-[VKM][1-9][0-9]*)?", re.IGNORECASE)


def is_opvang_reference(text: str) -> bool:
    """Whether ``text`` has the form of an opvang reference (household, client or concern)."""
    return _REFERENCE.fullmatch(text.strip()) is not None


@dataclass(frozen=True)
class ListedTarget:
    """One reference with a Dutch line about what it is."""

    target: ReportTarget
    label: str

    @property
    def record_id(self) -> str:
        """The household, client or concern id the reference points at."""
        t = self.target
        return t.concern_id or t.client_id or t.household_id


def listed_targets(session: Session) -> list[ListedTarget]:
    """Every household, client and concern the user may report on, labelled.

    Raises:
        PermissionDenied (logged).
    """
    targets = ReportContent(session).targets()
    households = {h.id: h for h in HouseholdService(session).list()}
    concerns = ConcernService(session)
    summaries: dict[str, str] = {}
    for household_id in {t.household_id for t in targets if t.concern_id}:
        names = {c.id: c.name for c in households[household_id].clients}
        for c in concerns.of_household(household_id):
            step = c.concern.next_step
            where = "afgerond" if step is None else f"stap {step.value} van 5"
            summaries[c.id] = f"zorg over {names[c.client_id]} ({where}): {c.summary} — melding"
    return [_listed(t, households[t.household_id], summaries) for t in targets]


def _children(number: int) -> str:
    return "1 kind" if number == 1 else f"{number} kinderen"


def _listed(target: ReportTarget, household: Household, concerns: dict[str, str]) -> ListedTarget:
    if target.concern_id:
        return ListedTarget(target, concerns[target.concern_id])
    if target.client_id:
        client = next(c for c in household.clients if c.id == target.client_id)
        return ListedTarget(target, f"{client.name}, {client.kind.label} — screeningsoverzicht")
    intake = household.intake
    adults = ", ".join(a.name for a in household.adults)
    left = " (vertrokken)" if intake.ended_on else ""
    since = intake.intake_at.astimezone().date().strftime("%d-%m-%Y")
    return ListedTarget(
        target,
        f"huishouden {adults} en {_children(len(household.children))}, {intake.kind.label} "
        f"sinds {since}{left} — intakeverslag",
    )
