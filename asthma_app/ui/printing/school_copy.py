"""A one-page copy of the plan for a school or nursery: who the child is, what to do in an
asthma attack (the plan's own steps, with the danger signs), the reliever, spacer and mask,
drug allergies, and who to call. Made for symptom-only plans as much as peak-flow ones."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from ...domain.child_details import ChildDetails
from ...domain.plan import (
    ActionPlan,
    MedicineRole,
    danger_signs,
    default_uk_attack_steps,
    resolve_attack_steps,
)
from ...domain.profile import Profile
from ...domain.text import fill
from ..dates import format_date
from .fonts import print_font

RELIEVER_ROLES = (MedicineRole.RELIEVER, MedicineRole.MART, MedicineRole.AIR)


# translate("SchoolCopy", "...") in full, outside f-strings, so that pyside6-lupdate finds it.
translate = QCoreApplication.translate


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>"


def care_rows(details: ChildDetails) -> list[tuple[str, str]]:
    """Spacer, mask and drug allergies as rows: the school copy, the plan and the review."""
    yes, no = translate("SchoolCopy", "Yes"), translate("SchoolCopy", "No")
    return [
        (translate("SchoolCopy", "Uses a spacer"), yes if details.spacer else no),
        (translate("SchoolCopy", "Uses a mask with the spacer"), yes if details.mask else no),
        (
            translate("SchoolCopy", "Drug allergies"),
            details.allergies or translate("SchoolCopy", "none recorded"),
        ),
    ]


def child_html(details: ChildDetails) -> str:
    """The child's details as a section of the printed plan and the review summary."""
    not_recorded = translate("SchoolCopy", "not recorded")
    rows = [
        (translate("SchoolCopy", "Parent or carer"), details.carer_contact or not_recorded),
        (translate("SchoolCopy", "School or nursery contact"),
         details.school_contact or not_recorded),
        *care_rows(details),
    ]
    if details.school_copy_on:
        rows.append((translate("SchoolCopy", "Copy for school"), fill(
            translate("SchoolCopy", "Copy given to the school or nursery on %1."),
            format_date(details.school_copy_on))))
    return _tag("h2", translate("SchoolCopy", "Child's details")) + _table(rows)


def school_copy_html(
    profile: Profile, plan: ActionPlan | None, details: ChildDetails | None
) -> str:
    details = details or ChildDetails()
    number = plan.emergency_number if plan and plan.emergency_number else profile.emergency
    # The steps the plan page shows: never the reliever-inhaler steps on a MART/AIR plan.
    steps = resolve_attack_steps(plan).steps if plan else default_uk_attack_steps()
    parts = [
        _tag("h1", translate("SchoolCopy", "Asthma plan: copy for school or nursery")),
        f"<p><b>{escape(profile.name)}</b>",
    ]
    if profile.birth_year:
        parts.append(
            "<br>" + escape(fill(translate("SchoolCopy", "Born in %1"), profile.birth_year))
        )
    parts.append("</p>")
    parts.append(
        _tag("h2", fill(translate("SchoolCopy", "Call %1 now if you see any of these:"), number))
    )
    parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in danger_signs()) + "</ul>")
    parts.append(
        _tag("h2", translate("SchoolCopy", "In an asthma attack"))
        + "<ol>"
        + "".join(f"<li>{escape(fill(step, number))}</li>" for step in steps)
        + "</ol>"
    )
    relievers = [m for m in (plan.medicines if plan else ()) if m.role in RELIEVER_ROLES]
    rows = [
        (
            translate("SchoolCopy", "Reliever inhaler"),
            "; ".join(m.title() for m in relievers)
            or translate("SchoolCopy", "not written in the plan"),
        ),
        *care_rows(details),
    ]
    parts.append(_table(rows))
    parts.append(_tag("h2", translate("SchoolCopy", "Who to call")))
    parts.append(
        _table(
            [
                (translate("SchoolCopy", "Emergency"), number),
                (
                    translate("SchoolCopy", "Parent or carer"),
                    details.carer_contact or translate("SchoolCopy", "not recorded"),
                ),
                (
                    translate("SchoolCopy", "GP or asthma nurse"),
                    (plan.gp_contact if plan else "") or translate("SchoolCopy", "not recorded"),
                ),
                (
                    translate("SchoolCopy", "School or nursery contact"),
                    details.school_contact or translate("SchoolCopy", "not recorded"),
                ),
            ]
        )
    )
    if plan:
        source = fill(
            translate("SchoolCopy", "From the asthma action plan agreed on %1 with %2."),
            format_date(plan.agreed_on),
            plan.agreed_by,
        )
    else:
        source = translate(
            "SchoolCopy",
            "No action plan recorded: these are the general UK attack steps. Ask the "
            "child's nurse or doctor for a written plan.",
        )
    parts.append(f"<p>{escape(source)}</p>")
    if details.school_copy_on:
        given = fill(
            translate("SchoolCopy", "Copy given to the school or nursery on %1."),
            format_date(details.school_copy_on),
        )
        parts.append(f"<p>{escape(given)}</p>")
    return "".join(parts)


def _table(rows) -> str:
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        + "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows)
        + "</table>"
    )


def school_copy_document(
    profile: Profile, plan: ActionPlan | None, details: ChildDetails | None
) -> tuple[QTextDocument, str]:
    document = QTextDocument()
    document.setDefaultFont(print_font(9))  # smaller: it must fit on one page
    document.setDefaultStyleSheet(
        "h1 { font-size: 15pt; } h2 { font-size: 11pt; }th { text-align: left; }"
    )
    document.setHtml(school_copy_html(profile, plan, details))
    return document, fill(
        translate("SchoolCopy", "%1 \u2014 asthma plan, school copy"), profile.name
    )
