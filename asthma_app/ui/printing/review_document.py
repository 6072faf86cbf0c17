"""The review summary as HTML: shown on screen (QTextBrowser) and printed or saved as PDF."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument

from ...domain.checklist import flu_season
from ...domain.control import form_guide, rcp3_meaning, rcp3_questions
from ...domain.guidance import RELIEVER_DAYS_A_WEEK_LIMIT
from ...domain.review import ReviewSummary
from ...domain.text import fill
from ..dates import format_date
from .documents import _doc, _medicines
from .medicines_section import medicines_taken_html
from .review_chart import chart_description, render_review_chart
from .school_copy import child_html

CHART_URL = "asthma-app://review-chart.png"


# Called as translate(context, text) so that pyside6-lupdate finds every string (a one-argument
# helper had hidden them all from the .ts files: the summary stayed English).
translate = QCoreApplication.translate


def _none(value, unit: str = "") -> str:
    return translate("ReviewSummary", "no data") if value is None else f"{value}{unit}"


def _tag(tag: str, text: str) -> str:
    """``text`` escaped in an HTML element (translate() calls stay outside f-strings, where
    pyside6-lupdate does not look)."""
    return f"<{tag}>{escape(text)}</{tag}>"


def _rows(rows) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="4">' + "".join(
        f"<tr><th>{escape(str(a))}</th><td>{escape(str(b))}</td></tr>" for a, b in rows)
        + "</table>")


def header_text(summary: ReviewSummary) -> str:
    return fill(translate("ReviewSummary", "%1 \u2014 asthma review summary, %2 to %3"),
                summary.patient, format_date(summary.start), format_date(summary.end))


def review_html(summary: ReviewSummary, chart: bool = True) -> str:
    parts = [_tag("h1", translate("ReviewSummary", "Asthma review summary")),
             f"<p><b>{escape(summary.patient)}</b><br>" + escape(fill(
                 translate("ReviewSummary", "From %1 to %2 (%3 days). Made on %4."),
                 format_date(summary.start), format_date(summary.end), summary.stats.days,
                 format_date(summary.made_on)))
             + "</p>", _plan_section(summary), _year_section(summary),
             _control_section(summary),
             _diary_section(summary), _peak_flow_section(summary, chart),
             _attacks_section(summary), medicines_taken_html(summary.medicines_taken)]
    if summary.current_plan and summary.medicines:
        parts += [_tag("h2", translate("ReviewSummary", "Medicines in the plan")),
                  _medicines(summary.current_plan)]
    parts.append(_checklist_section(summary))
    if summary.child is not None:
        parts.append(child_html(summary.child))
    parts.append(_tag("h2", translate("ReviewSummary", "My questions for the review")))
    none = translate("ReviewSummary", "None written.")
    parts.append("<ol>" + "".join(f"<li>{escape(q.text)}</li>" for q in summary.questions)
                 + "</ol>" if summary.questions else f"<p>{escape(none)}</p>")
    parts.append(practice_section(summary))
    return "".join(parts)


def practice_section(summary: ReviewSummary) -> str:
    """"For your practice": the review template's answers with their SNOMED CT codes
    (domain/practice_codes.py), so a nurse can code the review quickly."""
    from ...domain.practice_codes import practice_lines  # lazy: start-up

    header = "".join(_tag("th", text) for text in (
        translate("ReviewSummary", "The review asks"), translate("ReviewSummary", "Answer"),
        translate("ReviewSummary", "SNOMED CT code")))
    rows = []
    for line in practice_lines(summary, format_date):
        code = (f"{line.code} | {line.display}" if line.code
                else translate("ReviewSummary", "no code (as text)"))
        value = "<br>".join(escape(part) for part in line.value.split("\n"))
        rows.append(f"<tr><td>{escape(line.label)}</td><td>{value}</td>"
                    f"<td>{escape(code)}</td></tr>")
    return (_tag("h2", translate("ReviewSummary", "For your practice"))
            + _tag("p", translate(
                "ReviewSummary", "What an asthma review template asks, from this diary, each "
                                 "with the SNOMED CT code a practice would record. The nurse "
                                 "checks the answers and decides what to code."))
            + '<table border="1" cellspacing="0" cellpadding="4"><tr>' + header + "</tr>"
            + "".join(rows) + "</table>")


def _plan_section(summary: ReviewSummary) -> str:
    title = _tag("h2", translate("ReviewSummary", "Action plan"))
    plan = summary.plan
    if plan is None:
        return title + _tag("p", translate("ReviewSummary", "No action plan recorded."))
    review = (format_date(plan.next_review) if plan.next_review
              else translate("ReviewSummary", "not set"))
    if plan.review_overdue:
        review = fill(translate("ReviewSummary", "%1 (overdue)"), review)
    return title + _rows([
        (translate("ReviewSummary", "Kind"), plan.kind_label),
        (translate("ReviewSummary", "Version"), plan.version or 1),
        (translate("ReviewSummary", "Agreed with"), plan.agreed_by),
        (translate("ReviewSummary", "Agreed on"), fill(
            translate("ReviewSummary", "%1 (%2 days ago)"), format_date(plan.agreed_on),
            plan.age_days)),
        (translate("ReviewSummary", "Next review"), review),
        (translate("ReviewSummary", "Personal best"), fill(
            translate("ReviewSummary", "%1 L/min (%2 scale)"), plan.personal_best, plan.scale)
         if plan.personal_best else translate("ReviewSummary", "symptom-only plan"))])


def _year_section(summary: ReviewSummary) -> str:
    """The 12 months up to the summary's end: totals, and the UK guidance facts they reach,
    worded as the guidance (never a verdict)."""
    year = summary.year
    if year is None:
        return ""
    out = _tag("h2", translate("ReviewSummary", "The last 12 months at a glance"))
    window = fill(translate("ReviewSummary", "From %1 to %2."), format_date(year.start),
                  format_date(year.end))
    out += f"<p>{escape(window)}</p>"
    per_week = year.reliever_days_per_week
    reliever = (fill(translate("ReviewSummary",
                               "%1 of the %2 days with a diary entry (about %3 days a week)"),
                     year.reliever_days, year.diary_days, per_week)
                if per_week is not None else translate("ReviewSummary", "no diary entries"))
    out += _rows([
        (translate("ReviewSummary", "Asthma attacks recorded"), year.attacks),
        (translate("ReviewSummary", "Courses of steroid tablets"), year.steroid_courses),
        (translate("ReviewSummary", "A&E visits"), year.emergency_visits),
        (translate("ReviewSummary", "Ambulance called"), year.ambulances),
        (translate("ReviewSummary", "Stays in hospital"), year.admissions),
        (translate("ReviewSummary", "Out-of-hours doctor or NHS 111"), year.out_of_hours),
        (translate("ReviewSummary", "Days reliever used"), reliever),
        (fill(translate("ReviewSummary", "Weeks with reliever used on more than %1 days"),
              RELIEVER_DAYS_A_WEEK_LIMIT), year.busy_reliever_weeks)])
    if summary.facts:
        out += _tag("h3", translate("ReviewSummary",
                                    "What UK guidance says about these totals")) + "<ul>"
        out += "".join(f"<li>{escape(fact.full_text())}</li>" for fact in summary.facts)
        out += "</ul>"
    return out


def _checklist_section(summary: ReviewSummary) -> str:
    """The newest review checklist up to the summary's end: what was checked, as recorded."""
    out = _tag("h2", translate("ReviewSummary", "What the nurse checked"))
    checklist = summary.checklist
    if checklist is None:
        return out + _tag("p", translate("ReviewSummary", "No review checklist filled in yet."))
    not_asked = translate("ReviewSummary", "not asked")

    def answer(value) -> str:
        return value.label() if value is not None else not_asked

    checked = checklist.technique_checked_on
    technique = (fill(translate("ReviewSummary", "checked on %1"), format_date(checked))
                 if checked else not_asked)
    if checklist.device:
        technique += f" ({checklist.device})"
    out += _tag("p", fill(translate("ReviewSummary", "Review on %1."),
                          format_date(checklist.done_on)))
    return out + _rows([
        (translate("ReviewSummary", "Inhaler technique"), technique),
        (translate("ReviewSummary", "Spacer"), answer(checklist.spacer)),
        (translate("ReviewSummary", "Smoking"), answer(checklist.smoking)),
        (translate("ReviewSummary", "Second-hand smoke"), answer(checklist.second_hand_smoke)),
        (fill(translate("ReviewSummary", "Flu vaccine this season (%1)"),
              flu_season(checklist.done_on)),
         answer(checklist.flu_vaccine)),
        (translate("ReviewSummary", "Action plan"), answer(checklist.plan_given)),
        (translate("ReviewSummary", "My agenda for the review"),
         checklist.agenda or translate("ReviewSummary", "none written"))])


def _control_section(summary: ReviewSummary) -> str:
    out = _tag("h2", translate("ReviewSummary", "Asthma control"))
    latest = summary.latest_rcp3
    if latest is None:
        none = translate("ReviewSummary", "No RCP 3 Questions answered in this period.")
        out += f"<p>{escape(none)}</p>"
    else:
        yes, no = translate("ReviewSummary", "Yes"), translate("ReviewSummary", "No")
        on = fill(translate("ReviewSummary", "RCP 3 Questions on %1:"),
                  format_date(latest.taken_on))
        out += f"<p>{escape(on)}"
        out += "</p>" + _rows([(q, yes if a else no)
                               for q, a in zip(rcp3_questions(), latest.answers, strict=False)])
        out += f"<p><b>{escape(rcp3_meaning(int(latest.total)))}</b></p>"
        if len(summary.rcp3) > 1:
            history = ", ".join(f"{format_date(s.taken_on)}: {int(s.total)}"
                                for s in summary.rcp3)
            scores = translate("ReviewSummary", "All RCP 3 scores (newest first): %1")
            out += f"<p>{escape(fill(scores, history))}</p>"
    if summary.other_scores:
        out += _rows([(f"{s.tool.label()}, {format_date(s.taken_on)}", _total_text(s))
                      for s in summary.other_scores])
    return out


def _total_text(score) -> str:
    """A licensed form's total with its own published guide beside it (never bare)."""
    guide = form_guide(score.tool, score.total)
    return f"{score.total:g}: {guide.text()}" if guide else f"{score.total:g}"


def _diary_section(summary: ReviewSummary) -> str:
    s = summary.stats
    weekly = translate("ReviewSummary", "%1 (%2 a week)")
    return _tag("h2", translate("ReviewSummary", "Symptoms and reliever")) + _rows([
        (translate("ReviewSummary", "Days with a diary entry"), s.diary_days),
        (translate("ReviewSummary", "Days reliever used"),
         fill(weekly, s.reliever_days, s.reliever_days_per_week)),
        (translate("ReviewSummary", "Nights woken by asthma"),
         fill(weekly, s.night_waking_days, s.nights_woken_per_week)),
        (translate("ReviewSummary", "Days in the green zone"), s.days_green),
        (translate("ReviewSummary", "Days in the amber zone"), s.days_amber),
        (translate("ReviewSummary", "Days in the red zone"), s.days_red),
        (translate("ReviewSummary", "Days with no readings or diary"), s.days_no_data)])


def _peak_flow_section(summary: ReviewSummary, chart: bool) -> str:
    s = summary.stats
    out = _tag("h2", translate("ReviewSummary", "Peak flow"))
    if chart:
        out += (f'<p><img src="{CHART_URL}" width="640"></p>'
                f"<p><i>{escape(chart_description(summary))}</i></p>")
    unit = " L/min"
    return out + _rows([
        (translate("ReviewSummary", "Readings"), s.readings_count),
        (translate("ReviewSummary", "Average morning"), _none(s.mean_morning, unit)),
        (translate("ReviewSummary", "Average evening"), _none(s.mean_evening, unit)),
        (translate("ReviewSummary", "Highest"), _none(s.highest, unit)),
        (translate("ReviewSummary", "Lowest"), _none(s.lowest, unit)),
        (translate("ReviewSummary", "Lowest as % of personal best"),
         _none(s.lowest_pct_best, " %")),
        (translate("ReviewSummary", "Average daily variability"), _none(s.variability_pct, " %"))])


def _attacks_section(summary: ReviewSummary) -> str:
    out = _tag("h2", translate("ReviewSummary", "Attacks and urgent care"))
    if not summary.attacks:
        return out + _tag("p", translate("ReviewSummary", "None recorded in this period."))
    rows = []
    for attack in summary.attacks:
        care = (", ".join(c.label() for c in attack.care)
                or translate("ReviewSummary", "no care recorded"))
        rows.append((format_date(attack.occurred_on),
                     care + (f" \u2014 {attack.note}" if attack.note else "")))
    return out + _rows(rows)


def review_document(summary: ReviewSummary, chart: bool = True) -> tuple[QTextDocument, str]:
    document = _doc("")
    if chart:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                             render_review_chart(summary))
    document.setHtml(review_html(summary, chart))
    return document, header_text(summary)
