"""De-identification of DICOM objects, PS3.15 Annex E Basic Application Level Confidentiality.

Applied with the *Retain Longitudinal Temporal Information with Modified Dates* option: dates
are shifted by a secret number of days (the same for every object of a case) so intervals
between examinations survive, and optionally the *Retain Patient Characteristics* option (age,
sex, size, weight: an expert judging a child's fractures needs them).

UIDs are replaced through a caller-owned map, so the objects of one study stay one study, and a
second export of the same study maps to the same new UIDs. The map and the shift are secrets of
the dossier: never written into the object.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date, timedelta

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from forensics.deid_profile import DUMMY, EMPTY, PATIENT_CHARACTERISTICS, REMOVE
from forensics.dicom import MalformedDicom, load_dataset
from forensics.dicom_export import InvalidDicomValue, check_value, dataset_to_bytes
from secure_store.errors import VaultError

DICOM_ROOT = "1.2.840.10008."
"""UIDs defined by the standard itself (SOP classes, transfer syntaxes, ...): never identifying."""
DUMMY_TEXT = "ANONIEM"
_DATE_VRS = {"DA", "DT"}
_METHOD_CODES = {
    "113100": "Basic Application Confidentiality Profile",
    "113106": "Retain Longitudinal Temporal Information Full Dates Option",
    "113107": "Retain Longitudinal Temporal Information Modified Dates Option",
    "113108": "Retain Patient Characteristics Option",
}


class DeidentificationRefused(VaultError):
    """An object that cannot be de-identified by changing attributes alone."""

    message_nl = (
        "Dit beeld bevat ingebrande tekst (bijvoorbeeld een naam in de pixels) en kan niet "
        "automatisch worden geanonimiseerd. Laat het weg uit de export."
    )
    message_en = (
        "This image has burned-in text (such as a name in the pixels) and cannot be "
        "de-identified automatically. Leave it out of the export."
    )


def deidentify(
    dataset_bytes: bytes,
    uid_map: MutableMapping[str, str],
    date_shift_days: int,
    pseudonym: str,
    *,
    keep_patient_characteristics: bool = False,
) -> bytes:
    """A de-identified copy of one DICOM Part 10 file.

    Args:
        dataset_bytes: The original file.
        uid_map: Old UID → new UID; filled in as new UIDs are made. Pass the same map for
            every object of a case.
        date_shift_days: Days added to every date (negative shifts back); 0 keeps dates.
        pseudonym: Becomes Patient's Name and Patient ID (e.g. the case reference).
        keep_patient_characteristics: Keep age, sex, size and weight.

    Raises:
        MalformedDicom: ``dataset_bytes`` is not a valid DICOM file.
        DeidentificationRefused: Burned-in annotation (identifying text in the pixels).
        InvalidDicomValue: ``pseudonym`` does not fit Patient's Name / Patient ID.
    """
    if not pseudonym.strip() or any(c in pseudonym for c in "^=\\"):
        raise InvalidDicomValue("pseudoniem leeg of met ^, = of \\")  # one name component
    check_value("LO", pseudonym)
    check_value("PN", pseudonym)
    ds = load_dataset(dataset_bytes)
    if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
        raise DeidentificationRefused()
    syntax = ds.file_meta.TransferSyntaxUID
    rules = _Rules(uid_map, date_shift_days, keep_patient_characteristics)
    try:
        rules.clean(ds)
    except (ValueError, TypeError, OverflowError) as error:
        raise MalformedDicom(str(error)) from error
    ds.PatientName = pseudonym
    ds.PatientID = pseudonym
    ds.PatientIdentityRemoved = "YES"
    _record_method(ds, date_shift_days, keep_patient_characteristics)
    # The file meta is rebuilt (the original names the sending station); deflated objects
    # are written uncompressed, which every receiver reads.
    return dataset_to_bytes(ds, ExplicitVRLittleEndian if syntax.is_deflated else syntax)


class _Rules:
    """The Annex E actions, applied recursively to a dataset in place."""

    def __init__(self, uid_map: MutableMapping[str, str], shift: int, keep_chars: bool) -> None:
        self.uid_map = uid_map
        self.shift = timedelta(days=shift)
        self.keep_chars = keep_chars

    def clean(self, ds: Dataset) -> None:
        for tag in list(ds.keys()):
            element = ds[tag]
            if self._removed(element):
                del ds[tag]
                continue
            self._treat(element)

    def _removed(self, element: DataElement) -> bool:
        group, number = element.tag.group, element.tag.element
        if element.tag.is_private or number == 0x0000:
            return True  # private attributes (no safe-private option); group lengths
        if group & 0xFF00 == 0x5000 or (group & 0xFF00 == 0x6000 and number in (0x3000, 0x4000)):
            return True  # curves; overlay data and comments can hold names
        keyword = element.keyword
        if self.keep_chars and keyword in PATIENT_CHARACTERISTICS:
            return False
        return keyword in REMOVE

    def _treat(self, element: DataElement) -> None:
        keyword, vr = element.keyword, element.VR
        if self.keep_chars and keyword in PATIENT_CHARACTERISTICS:
            return
        if keyword == "PatientBirthDate":
            element.value = ""  # the strongest identifier of all; never shifted
        elif vr == "UI":
            element.value = self._uids(element)
        elif vr in _DATE_VRS:
            element.value = self._dates(element)
        elif vr == "TM" and (keyword in EMPTY or keyword in DUMMY):
            pass  # times of day survive under the modified-dates option, with shifted dates
        elif keyword in EMPTY:
            element.value = Sequence() if vr == "SQ" else None
        elif keyword in DUMMY:
            element.value = _dummy(vr)
        elif vr == "PN":
            element.value = None  # a person's name the table does not list: still a name
        elif vr == "SQ":
            for item in element.value:
                self.clean(item)

    def _uids(self, element: DataElement) -> object:
        if element.keyword.endswith("ClassUID") or element.keyword == "TransferSyntaxUID":
            return element.value
        values = element.value if element.VM > 1 else [element.value]
        mapped = [self._uid(str(v)) for v in values if v]
        return mapped if element.VM > 1 else (mapped[0] if mapped else None)

    def _uid(self, value: str) -> str:
        if value.startswith(DICOM_ROOT):
            return value
        if value not in self.uid_map:
            self.uid_map[value] = generate_uid()
        return self.uid_map[value]

    def _dates(self, element: DataElement) -> object:
        values = element.value if element.VM > 1 else [element.value]
        shifted = [self._date(str(v), element.VR) for v in values if v]
        if any(v is None for v in shifted):
            return None  # an unparseable date cannot be shifted, so it goes
        return shifted if element.VM > 1 else (shifted[0] if shifted else None)

    def _date(self, value: str, vr: str) -> str | None:
        try:
            day = date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
            return (day + self.shift).strftime("%Y%m%d") + (value[8:] if vr == "DT" else "")
        except (ValueError, OverflowError):
            return None


def _dummy(vr: str) -> object:
    if vr == "SQ":
        return Sequence()
    if vr in ("IS", "DS"):
        return "0"
    if vr in ("US", "UL", "SS", "SL", "FL", "FD", "UV", "SV"):
        return 0
    if vr in ("OB", "OW", "OD", "OF", "OL", "OV", "UN"):
        return b""
    if vr in ("DA", "DT", "TM", "AS"):
        return None
    return DUMMY_TEXT


def _record_method(ds: Dataset, shift: int, keep_chars: bool) -> None:
    """Say in the object what was done (PS3.15 E.1.1), without revealing the shift."""
    codes = ["113100", "113107" if shift else "113106"] + (["113108"] if keep_chars else [])
    ds.DeidentificationMethod = [_METHOD_CODES[code] for code in codes]
    items = []
    for code in codes:
        item = Dataset()
        item.CodeValue = code
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = _METHOD_CODES[code]
        items.append(item)
    ds.DeidentificationMethodCodeSequence = items
    ds.LongitudinalTemporalInformationModified = "MODIFIED" if shift else "UNMODIFIED"
