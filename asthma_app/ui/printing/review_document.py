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
from ..widgets.common import format_date
from .documents import _doc, _medicines
from .review_chart import render_review_chart

CHART_URL = "asthma-app://review-chart.png"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewSummary", text)


def _none(value, unit: str = "") -> str:
    return _tr("no data") if value is None else f"{value}{unit}"


def _rows(rows) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="4">' + "".join(
        f"<tr><th>{escape(str(a))}</th><td>{escape(str(b))}</td></tr>" for a, b in rows)
        + "</table>")


def header_text(summary: ReviewSummary) -> str:
    return fill(_tr("%1 \u2014 asthma review summary, %2 to %3"), summary.patient,
                format_date(summary.start), format_date(summary.end))


def review_html(summary: ReviewSummary, chart: bool = True) -> str:
    parts = [f"<h1>{escape(_tr('Asthma review summary'))}</h1>",
             f"<p><b>{escape(summary.patient)}</b><br>" + escape(fill(
                 _tr("From %1 to %2 (%3 days). Made on %4."), format_date(summary.start),
                 format_date(summary.end), summary.stats.days, format_date(summary.made_on)))
             + "</p>", _plan_section(summary), _year_section(summary),
             _control_section(summary),
             _diary_section(summary), _peak_flow_section(summary, chart),
             _attacks_section(summary)]
    if summary.current_plan and summary.medicines:
        parts += [f"<h2>{escape(_tr('Medicines in the plan'))}</h2>",
                  _medicines(summary.current_plan)]
    parts.append(_checklist_section(summary))
    parts.append(f"<h2>{escape(_tr('My questions for the review'))}</h2>")
    parts.append("<ol>" + "".join(f"<li>{escape(q.text)}</li>" for q in summary.questions)
                 + "</ol>" if summary.questions else f"<p>{escape(_tr('None written.'))}</p>")
    return "".join(parts)


def _plan_section(summary: ReviewSummary) -> str:
    title = f"<h2>{escape(_tr('Action plan'))}</h2>"
    plan = summary.plan
    if plan is None:
        return title + f"<p>{escape(_tr('No action plan recorded.'))}</p>"
    review = format_date(plan.next_review) if plan.next_review else _tr("not set")
    if plan.review_overdue:
        review = fill(_tr("%1 (overdue)"), review)
    return title + _rows([
        (_tr("Kind"), plan.kind_label), (_tr("Version"), plan.version or 1),
        (_tr("Agreed with"), plan.agreed_by),
        (_tr("Agreed on"), fill(_tr("%1 (%2 days ago)"), format_date(plan.agreed_on),
                                plan.age_days)),
        (_tr("Next review"), review),
        (_tr("Personal best"), fill(_tr("%1 L/min (%2 scale)"), plan.personal_best, plan.scale)
         if plan.personal_best else _tr("symptom-only plan"))])


def _year_section(summary: ReviewSummary) -> str:
    """The 12 months up to the summary's end: totals, and the UK guidance facts they reach,
    worded as the guidance (never a verdict)."""
    year = summary.year
    if year is None:
        return ""
    out = f"<h2>{escape(_tr('The last 12 months at a glance'))}</h2>"
    window = fill(_tr("From %1 to %2."), format_date(year.start), format_date(year.end))
    out += f"<p>{escape(window)}</p>"
    per_week = year.reliever_days_per_week
    reliever = (fill(_tr("%1 of the %2 days with a diary entry (about %3 days a week)"),
                     year.reliever_days, year.diary_days, per_week)
                if per_week is not None else _tr("no diary entries"))
    out += _rows([
        (_tr("Asthma attacks recorded"), year.attacks),
        (_tr("Courses of steroid tablets"), year.steroid_courses),
        (_tr("A&E visits"), year.emergency_visits),
        (_tr("Ambulance called"), year.ambulances),
        (_tr("Stays in hospital"), year.admissions),
        (_tr("Out-of-hours doctor or NHS 111"), year.out_of_hours),
        (_tr("Days reliever used"), reliever),
        (fill(_tr("Weeks with reliever used on more than %1 days"),
              RELIEVER_DAYS_A_WEEK_LIMIT), year.busy_reliever_weeks)])
    if summary.facts:
        out += f"<h3>{escape(_tr('What UK guidance says about these totals'))}</h3><ul>"
        out += "".join(f"<li>{escape(fact.full_text())}</li>" for fact in summary.facts)
        out += "</ul>"
    return out


def _checklist_section(summary: ReviewSummary) -> str:
    """The newest review checklist up to the summary's end: what was checked, as recorded."""
    out = f"<h2>{escape(_tr('What the nurse checked'))}</h2>"
    checklist = summary.checklist
    if checklist is None:
        return out + f"<p>{escape(_tr('No review checklist filled in yet.'))}</p>"
    not_asked = _tr("not asked")

    def answer(value) -> str:
        return value.label() if value is not None else not_asked

    checked = checklist.technique_checked_on
    technique = fill(_tr("checked on %1"), format_date(checked)) if checked else not_asked
    if checklist.device:
        technique += f" ({checklist.device})"
    out += f"<p>{escape(fill(_tr('Review on %1.'), format_date(checklist.done_on)))}</p>"
    return out + _rows([
        (_tr("Inhaler technique"), technique),
        (_tr("Spacer"), answer(checklist.spacer)),
        (_tr("Smoking"), answer(checklist.smoking)),
        (_tr("Second-hand smoke"), answer(checklist.second_hand_smoke)),
        (fill(_tr("Flu vaccine this season (%1)"), flu_season(checklist.done_on)),
         answer(checklist.flu_vaccine)),
        (_tr("Action plan"), answer(checklist.plan_given)),
        (_tr("My agenda for the review"), checklist.agenda or _tr("none written"))])


def _control_section(summary: ReviewSummary) -> str:
    out = f"<h2>{escape(_tr('Asthma control'))}</h2>"
    latest = summary.latest_rcp3
    if latest is None:
        out += f"<p>{escape(_tr('No RCP 3 Questions answered in this period.'))}</p>"
    else:
        yes, no = _tr("Yes"), _tr("No")
        out += f"<p>{escape(fill(_tr('RCP 3 Questions on %1:'), format_date(latest.taken_on)))}"
        out += "</p>" + _rows([(q, yes if a else no)
                               for q, a in zip(rcp3_questions(), latest.answers, strict=False)])
        out += f"<p><b>{escape(rcp3_meaning(int(latest.total)))}</b></p>"
        if len(summary.rcp3) > 1:
            history = ", ".join(f"{format_date(s.taken_on)}: {int(s.total)}"
                                for s in summary.rcp3)
            out += f"<p>{escape(fill(_tr('All RCP 3 scores (newest first): %1'), history))}</p>"
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
    return f"<h2>{escape(_tr('Symptoms and reliever'))}</h2>" + _rows([
        (_tr("Days with a diary entry"), s.diary_days),
        (_tr("Days reliever used"), fill(_tr("%1 (%2 a week)"), s.reliever_days,
                                         s.reliever_days_per_week)),
        (_tr("Nights woken by asthma"), fill(_tr("%1 (%2 a week)"), s.night_waking_days,
                                             s.nights_woken_per_week)),
        (_tr("Days in the green zone"), s.days_green),
        (_tr("Days in the amber zone"), s.days_amber),
        (_tr("Days in the red zone"), s.days_red),
        (_tr("Days with no readings or diary"), s.days_no_data)])


def _peak_flow_section(summary: ReviewSummary, chart: bool) -> str:
    s = summary.stats
    out = f"<h2>{escape(_tr('Peak flow'))}</h2>"
    if chart:
        out += f'<p><img src="{CHART_URL}" width="640"></p>'
    unit = " L/min"
    return out + _rows([
        (_tr("Readings"), s.readings_count),
        (_tr("Average morning"), _none(s.mean_morning, unit)),
        (_tr("Average evening"), _none(s.mean_evening, unit)),
        (_tr("Highest"), _none(s.highest, unit)), (_tr("Lowest"), _none(s.lowest, unit)),
        (_tr("Lowest as % of personal best"), _none(s.lowest_pct_best, " %")),
        (_tr("Average daily variability"), _none(s.variability_pct, " %"))])


def _attacks_section(summary: ReviewSummary) -> str:
    out = f"<h2>{escape(_tr('Attacks and urgent care'))}</h2>"
    if not summary.attacks:
        return out + f"<p>{escape(_tr('None recorded in this period.'))}</p>"
    rows = []
    for attack in summary.attacks:
        care = ", ".join(c.label() for c in attack.care) or _tr("no care recorded")
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
