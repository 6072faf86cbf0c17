"""The printable documents as QTextDocuments (HTML): the action plan laid out like the paper
plan, and the review summary. Zones are named in words as well as colour, and their bars are
light, middle and dark grey when printed in black and white (PRINT_ZONE_COLOURS). All text goes
through translate() in the current language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from ...domain.child_details import ChildDetails
from ...domain.plan import (
    ActionPlan,
    danger_signs,
    max_puffs_line,
    resolve_attack_steps,
    set_aside_note,
)
from ...domain.profile import Profile
from ...domain.text import fill
from ...domain.zones import Zone, threshold_value
from ..dates import format_date
from .fonts import print_font
from .school_copy import child_html

# Print colours, not the screen's: on screen green and red are both dark (white text), which
# prints as two nearly equal greys. Here the greys are about 218, 156 and 74 of 255 (light,
# middle, dark), each with text of at least 4.5:1 contrast (tests/ui/test_printing.py).
PRINT_ZONE_COLOURS = {
    Zone.GREEN: ("#c8e6c9", "#000000"),
    Zone.AMBER: ("#e69500", "#000000"),
    Zone.RED: ("#b71c1c", "#ffffff"),
}


# Every string is written as translate("Printing", "...") so that pyside6-lupdate finds it (a
# one-argument helper such as _tr(text) hid them all from the .ts files: the printed plan
# stayed English in every language).
translate = QCoreApplication.translate


def _doc(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(print_font(10))
    document.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 10px; }"
        "h3 { font-size: 10pt; margin-top: 6px; margin-bottom: 4px; }"
        "td, th { padding: 4px; } th { text-align: left; }")
    document.setHtml(html)
    return document


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items if i) + "</ul>" if items else ""


def _zone_block(zone, word: str, heading: str, body: str) -> str:
    background, text = PRINT_ZONE_COLOURS[zone]
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="6" '
            f'style="margin-top: 8px; border-color: #000;"><tr>'
            f'<td width="18%" bgcolor="{background}" style="color: {text};">'
            f'<b><span style="font-size: 16pt;">{escape(word)}</span></b></td>'
            f'<td><b>{escape(heading)}</b>{body}</td></tr></table>')


def _para(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def plan_document(profile: Profile, plan: ActionPlan,
                  child: ChildDetails | None = None) -> tuple[QTextDocument, str]:
    header = fill(translate("Printing", "%1 \u2014 asthma action plan agreed %2"),
                  profile.name, format_date(plan.agreed_on))
    number = plan.emergency_number or profile.emergency
    title = translate("Printing", "My asthma action plan")
    agreed = fill(translate("Printing", "Agreed with %1 on %2. Plan version %3."),
                  plan.agreed_by, format_date(plan.agreed_on), plan.version or 1)
    if plan.agreed_by_role:  # written by the nurse (plan files): name, role
        agreed = fill(translate("Printing", "Agreed with %1 (%2) on %3. Plan version %4."),
                      plan.agreed_by, plan.agreed_by_role, format_date(plan.agreed_on),
                      plan.version or 1)
    if plan.agreed_with:
        agreed += " " + fill(translate("Printing", "Agreed by: %1."), plan.agreed_with)
    # a plan need not have a review date: the line is left out, never formatted from None
    review = (fill(translate("Printing", "Next review: %1"), format_date(plan.next_review))
              if plan.next_review else "")
    parts = [f"<h1>{escape(title)}</h1>", f"<p><b>{escape(profile.name)}</b><br>",
             escape(agreed), "<br>" + escape(review) if review else "",
             "<br>" + escape(plan.kind.label()), "</p>"]
    green = (_para(plan.green_instructions) + _medicines(plan)
             + _para(max_puffs_line(plan) or ""))
    if plan.personal_best:
        best = translate("Printing", "My personal best peak flow: %1 L/min (%2 scale).")
        green = ("<p>" + escape(fill(best, plan.personal_best, plan.scale.value)) + "</p>"
                 + green)
    amber = _list(plan.amber_signs) + _para(plan.amber_instructions)
    red = _list(plan.red_signs) + _para(plan.red_instructions)
    if plan.personal_best:
        below = translate("Printing", "Peak flow below %1 L/min.")
        amber = "<p>" + escape(fill(below, threshold_value(
            plan.personal_best, plan.amber_below_pct))) + "</p>" + amber
        red = "<p>" + escape(fill(below, threshold_value(
            plan.personal_best, plan.red_below_pct))) + "</p>" + red
    call = translate("Printing", "Call %1 straight away if")
    parts += [
        _zone_block(Zone.GREEN, translate("Printing", "GREEN"), translate(
            "Printing", "Green zone \u2014 every day, when my asthma is good"), green),
        _zone_block(Zone.AMBER, translate("Printing", "AMBER"), translate(
            "Printing", "Amber zone \u2014 when my asthma is getting worse"), amber),
        _zone_block(Zone.RED, translate("Printing", "RED"), translate(
            "Printing", "Red zone \u2014 asthma attack: act now"),
                    red + _attack_steps(plan, number)),
        f"<h2>{escape(fill(call, number))}</h2>",
        _list(danger_signs()), _contacts(plan, number), _child(child),
        "<p><i>" + escape(translate("Printing", "This is your own plan, written with your nurse "
                                                "or doctor. Bring it to every asthma review."))
        + "</i></p>"]
    return _doc("".join(parts)), header


def _child(child: ChildDetails | None) -> str:
    if child is None:
        return ""
    return child_html(child)


def _medicines(plan: ActionPlan) -> str:
    if not plan.medicines:
        return ""
    rows = "".join(f"<tr><td>{escape(m.role.label())}</td><td>{escape(m.title())}</td>"
                   f"<td>{escape(m.instructions)}</td></tr>" for m in plan.medicines)
    heads = "".join(f"<th>{escape(text)}</th>" for text in (
        translate("Printing", "Type"), translate("Printing", "Medicine"),
        translate("Printing", "How to take it")))
    return f'<table width="100%" border="1" cellspacing="0"><tr>{heads}</tr>{rows}</table>'


def _attack_steps(plan: ActionPlan, number: str) -> str:
    shown = resolve_attack_steps(plan)  # standard steps in the language printed in
    steps = "".join(f"<li>{escape(fill(step, number))}</li>" for step in shown.steps)
    note = _para(set_aside_note()) if shown.set_aside else ""
    # A heading (h3), so printing keeps it on the page of its first step (pdf.py).
    heading = translate("Printing", "In an asthma attack:")
    return f"<h3>{escape(heading)}</h3><ol>{steps}</ol>{note}"


def _contacts(plan: ActionPlan, number: str) -> str:
    rows = [(translate("Printing", "Emergency number"), number),
            (translate("Printing", "My GP or asthma nurse"), plan.gp_contact),
            (translate("Printing", "Out of hours"), plan.out_of_hours_contact),
            (translate("Printing", "My triggers"), ", ".join(plan.triggers))]
    cells = "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows if b)
    title = escape(translate("Printing", "Contacts"))
    return f'<h2>{title}</h2><table border="1" cellspacing="0">{cells}</table>'
