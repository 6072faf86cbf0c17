"""Version 4: attack steps by reference (issue 11).

Older versions stored the standard attack steps as copied text in each plan version's JSON, in
the language the app ran in. Each version is rewritten with the same rule the plan reader uses
for old data (``domain.plan.steps_from_text``): a copy of a standard set (any shipped language,
up to two steps left out, any order) becomes its reference (``standard:saba-uk:v1``); on a MART
or AIR plan, reliever-inhaler steps are moved to ``withdrawn_attack_steps`` (kept, never shown,
flagged on the plan page) and the general steps are used; anything else stays as written.
Nothing else in the version changes; the backup before migrating keeps the old form.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..plan_codec import upgrade_steps

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 4


def apply(db: Database) -> None:
    for row_id, data in db.execute("SELECT id, data FROM plan_versions").fetchall():
        values = json.loads(data)
        if "attack_steps_ref" in values:
            continue  # already in the new form (written by this version)
        upgrade_steps(values)
        for key in ("attack_steps", "withdrawn_attack_steps"):
            values[key] = list(values[key])
        db.execute("UPDATE plan_versions SET data = ? WHERE id = ?",
                   [json.dumps(values, ensure_ascii=False, sort_keys=True), row_id])
