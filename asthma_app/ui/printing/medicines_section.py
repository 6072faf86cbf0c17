"""The review summary's "Medicines taken" section (screen and PDF): preventer doses taken ÷
due, reliever inhalers started, reliever use per week, and the UK guidance facts the counts
reach, each with its source. Counts of what the patient logged; never a dose, never advice."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.text import fill

translate = QCoreApplication.translate


def _rows(rows) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="4">' + "".join(
        f"<tr><th>{escape(str(a))}</th><td>{escape(str(b))}</td></tr>" for a, b in rows)
        + "</table>")


def adherence_text(adherence) -> str:
    if adherence.percent is None:
        return translate("ReviewSummary", "No figure: no doses were due in this period (the "
                                          "plan gives no times for its regular medicines).")
    return fill(translate("ReviewSummary", "%1 % (doses due: %2; logged as taken: %3; logged "
                                           "as not taken: %4; not logged: %5)"),
                adherence.percent, adherence.due, adherence.taken, adherence.not_taken,
                adherence.not_logged)


def medicines_taken_html(facts) -> str:
    if facts is None:
        return ""
    title = translate("ReviewSummary", "Medicines taken")
    out = f"<h2>{escape(title)}</h2>"
    busiest = max((w.days for w in facts.weeks), default=0)
    weeks = len(facts.weeks) or 1
    out += _rows([
        (translate("ReviewSummary", "Preventer doses taken"), adherence_text(facts.adherence)),
        (translate("ReviewSummary", "Reliever inhalers started in the last month"),
         facts.inhalers_started.get(30, 0)),
        (translate("ReviewSummary", "Reliever inhalers started in the last 3 months"),
         facts.inhalers_started.get(91, 0)),
        (translate("ReviewSummary", "Reliever inhalers started in the last 12 months"),
         facts.inhalers_started.get(365, 0)),
        (translate("ReviewSummary", "Reliever puffs logged in this period"),
         fill(translate("ReviewSummary", "%1 (about %2 a week)"), facts.puffs,
              round(facts.puffs / weeks, 1))),
        (translate("ReviewSummary", "Most days with reliever in one week"), busiest)])
    for title in facts.unscheduled:
        out += "<p>" + escape(fill(translate(
            "ReviewSummary", "%1: the plan does not give the times for this medicine, so its "
                             "doses are not counted."), title)) + "</p>"
    note = translate("ReviewSummary", "Counted from what was logged in the app and the "
                                      "inhalers started in it; the inhaler's own counter and "
                                      "the prescription record are the ones to check.")
    out += f"<p><i>{escape(note)}</i></p>"
    if facts.facts:
        out += "<h3>" + escape(translate("ReviewSummary",
                                         "What UK guidance says about reliever use")) + "</h3>"
        out += "<ul>" + "".join(f"<li>{escape(f.full_text())}</li>" for f in facts.facts)
        out += "</ul>"
    return out
