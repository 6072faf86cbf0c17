"""The UK guidance figures that the review loop states, with their sources, in one place so
that a clinician can review them (docs/clinical/reviews.md).

The app only *states* these facts beside the patient's own numbers ("UK guidance says ... —
talk to your nurse"); it never turns them into a verdict, a diagnosis or a change of treatment.
Source titles are shown as they are, not translated.
"""

from __future__ import annotations

# After an attack treated in hospital, A&E or out of hours, the GP practice follows up within
# two working days (NICE quality standard QS25); Asthma + Lung UK tells patients to see their
# GP or nurse within 48 hours of an attack.
FOLLOW_UP_WORKING_DAYS = 2
FOLLOW_UP_HOURS = 48
FOLLOW_UP_SOURCE = ("NICE quality standard QS25 (asthma), follow-up after emergency care; "
                    "Asthma + Lung UK, \"Asthma attacks\"")

# More than two courses of steroid tablets in 12 months: consider referral to specialist care
# (National Review of Asthma Deaths, RCP 2014).
STEROID_COURSES_LIMIT = 2
STEROID_SOURCE = "Royal College of Physicians, \"Why asthma still kills\" (NRAD), 2014"

# Reliever needed more than twice a week: the patient's asthma should be reviewed
# (MHRA Drug Safety Update, April 2025).
RELIEVER_DAYS_A_WEEK_LIMIT = 2
RELIEVER_SOURCE = ("MHRA Drug Safety Update, April 2025: SABA reliever inhalers, "
                   "reminder of the risks from overuse")

# Two lines the plan editor offers (never adds by itself) for the clinician to keep, edit or
# remove: the amber-zone "not better after 7 days" advice on the Asthma + Lung UK plan
# template, and asking at the review about a lower preventer dose after a settled spell (a
# design choice of this project, not a sourced figure: docs/clinical/plans.md).
AMBER_NOT_BETTER_DAYS = 7
AMBER_SEE_WITHIN_HOURS = 24
SETTLED_WEEKS = 12
PLAN_TEMPLATE_SOURCE = "Asthma + Lung UK, \"Completing an asthma action plan for your patients\""

# Reliever (SABA) inhalers: more than one in a month needs an urgent review (BTS/SIGN 2019);
# 3 or more SABA prescriptions in a year were linked with severe attacks (MHRA, April 2025);
# many who died had been prescribed more than 12 in the year before (NRAD, RCP 2014).
RELIEVER_INHALERS_A_MONTH_LIMIT = 1
RELIEVER_INHALERS_MONTH_SOURCE = "BTS/SIGN British guideline on the management of asthma, 2019"
RELIEVER_INHALERS_A_YEAR_FIGURE = 3
RELIEVER_INHALERS_YEAR_SOURCE = RELIEVER_SOURCE
RELIEVER_INHALERS_NRAD_LIMIT = 12
NRAD_SOURCE = STEROID_SOURCE  # the same report
