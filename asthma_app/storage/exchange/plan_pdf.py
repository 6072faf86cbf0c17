"""The plan file inside the printed plan: a PDF embedded file (PDF 1.7, section 7.11.4).

Qt's PDF writer cannot attach files, so the finished PDF is rewritten by pypdf (pure Python,
no compiled parts: PyInstaller bundles it as plain modules) with the plan file added to the
document's ``/EmbeddedFiles`` name tree. Readers such as Acrobat list it under "Attachments";
this app opens the PDF and reads the plan back from it. No Qt here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ...domain.text import translate
from . import ImportRefused
from .plan_file import ATTACHMENT_NAME, MAX_PLAN_FILE_BYTES, damaged

PDF_MAGIC = b"%PDF-"


def attach(path: Path, data: bytes, name: str = ATTACHMENT_NAME) -> None:
    """Add ``data`` to the PDF at ``path`` as the embedded file ``name`` (rewrites the file;
    the caller writes to a partial file and renames it, so a failure leaves no half PDF)."""
    from pypdf import PdfWriter  # lazy: start-up

    writer = PdfWriter(clone_from=str(path))
    writer.add_attachment(name, data)
    with open(path, "wb") as handle:
        writer.write(handle)


def is_pdf(raw: bytes) -> bool:
    # the header may follow a little junk (PDF 1.7, annex H.3 note 13): look in the first 1 kB
    return PDF_MAGIC in raw[:1024]


def extract(path: Path) -> bytes:
    """The plan file embedded in the PDF at ``path``; :class:`ImportRefused` if there is none
    (a PDF from elsewhere, or this app's review summary) or the PDF can't be read."""
    from pypdf import PdfReader  # lazy: start-up

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a damaged PDF is reported to the user, not the log
    try:
        reader = PdfReader(str(path), strict=False)
        found = reader.attachments.get(ATTACHMENT_NAME) or []
    except Exception as error:
        raise damaged() from error
    finally:
        quiet.setLevel(level)
    if not found:
        raise ImportRefused(translate(
            "PlanFile", "This PDF has no plan inside it. Only the action plan printed by this "
                        "app (from the nurse's copy) carries the plan; ask your nurse for the "
                        "plan file. Nothing was changed."))
    data = found[0]
    if len(data) > MAX_PLAN_FILE_BYTES:
        raise damaged("attachment")
    return data
