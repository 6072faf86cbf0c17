"""A one-page copy of the plan for a school or nursery: who the child is, what to do in an
asthma attack (the plan's own steps, with the danger signs), the reliever, spacer and mask,
drug allergies, and who to call. Made for symptom-only plans as much as peak-flow ones."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument

from ...domain.child_details import ChildDetails
from ...domain.plan import ActionPlan, MedicineRole, danger_signs, default_uk_attack_steps
from ...domain.profile import Profile
from ...domain.text import fill
from ..widgets.common import format_date

RELIEVER_ROLES = (MedicineRole.RELIEVER, MedicineRole.MART, MedicineRole.AIR)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchoolCopy", text)


def school_copy_html(profile: Profile, plan: ActionPlan | None,
                     details: ChildDetails | None) -> str:
    details = details or ChildDetails()
    number = (plan.emergency_number if plan and plan.emergency_number else profile.emergency)
    steps = plan.attack_steps if plan else default_uk_attack_steps()
    yes, no = _tr("Yes"), _tr("No")
    parts = [f"<h1>{escape(_tr('Asthma plan: copy for school or nursery'))}</h1>",
             f"<p><b>{escape(profile.name)}</b>"]
    if profile.birth_year:
        parts.append("<br>" + escape(fill(_tr("Born in %1"), profile.birth_year)))
    parts.append("</p>")
    parts.append(f"<h2>{escape(fill(_tr('Call %1 now if you see any of these:'), number))}</h2>")
    parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in danger_signs()) + "</ul>")
    parts.append(f"<h2>{escape(_tr('In an asthma attack'))}</h2><ol>"
                 + "".join(f"<li>{escape(fill(step, number))}</li>" for step in steps)
                 + "</ol>")
    relievers = [m for m in (plan.medicines if plan else ()) if m.role in RELIEVER_ROLES]
    rows = [(_tr("Reliever inhaler"), "; ".join(m.title() for m in relievers)
             or _tr("not written in the plan")),
            (_tr("Uses a spacer"), yes if details.spacer else no),
            (_tr("Uses a mask with the spacer"), yes if details.mask else no),
            (_tr("Drug allergies"), details.allergies or _tr("none recorded"))]
    parts.append(_table(rows))
    parts.append(f"<h2>{escape(_tr('Who to call'))}</h2>")
    parts.append(_table([
        (_tr("Emergency"), number),
        (_tr("Parent or carer"), details.carer_contact or _tr("not recorded")),
        (_tr("GP or asthma nurse"), (plan.gp_contact if plan else "") or _tr("not recorded")),
        (_tr("School or nursery contact"), details.school_contact or _tr("not recorded"))]))
    if plan:
        source = fill(_tr("From the asthma action plan agreed on %1 with %2."),
                      format_date(plan.agreed_on), plan.agreed_by)
    else:
        source = _tr("No action plan recorded: these are the general UK attack steps. Ask the "
                     "child's nurse or doctor for a written plan.")
    parts.append(f"<p>{escape(source)}</p>")
    if details.school_copy_on:
        given = fill(_tr("Copy given to the school or nursery on %1."),
                     format_date(details.school_copy_on))
        parts.append(f"<p>{escape(given)}</p>")
    return "".join(parts)


def _table(rows) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "".join(
        f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows) + "</table>")


def school_copy_document(profile: Profile, plan: ActionPlan | None,
                         details: ChildDetails | None) -> tuple[QTextDocument, str]:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))  # smaller: it must fit on one page
    document.setDefaultStyleSheet("h1 { font-size: 15pt; } h2 { font-size: 11pt; }"
                                  "th { text-align: left; }")
    document.setHtml(school_copy_html(profile, plan, details))
    return document, fill(_tr("%1 \u2014 asthma plan, school copy"), profile.name)


def save_school_copy_pdf(session, path) -> int:
    from .pdf import save_pdf

    document, header = school_copy_document(session.profile, session.plans.current(),
                                            session.reviews.child_details())
    return save_pdf(document, path, _tr("Asthma plan: copy for school or nursery"), header)
