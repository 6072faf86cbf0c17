"""Load a generated :class:`~asthma_app.domain.synthetic.History` into the database, fast.

For tests, the benchmark and demos: everything goes in one transaction with bulk inserts
(committing every 100 rows is about six times slower). Plan versions are saved with
``created_at`` = the moment they came into force, so the plan timeline read back from the
database is the history's own, and each reading and entry points at the version it was
generated under.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.db_types import Database

from ..domain.profile import Profile
from ..domain.synthetic import History
from ..storage import medicine_repository, repository
from ..storage.database import transaction
from .session import Clock, Session, system_clock


def load_history(db: Database, profile: Profile, history: History,
                 clock: Clock = system_clock) -> Session:
    """Add ``history`` to ``profile`` (which must be saved already) and open a session on it."""
    if profile.id is None:
        raise ValueError("save the profile first")
    now = clock()
    with transaction(db):
        ids = {}
        for effective, plan in history.plans.versions:
            saved = repository.add_plan_version(db, profile.id, plan, effective)
            ids[plan.version_id] = saved.version_id
        repository.add_readings(db, profile.id, [
            replace(r, plan_version_id=ids.get(r.plan_version_id)) for r in history.readings], now)
        repository.add_entries(db, profile.id, [
            replace(e, plan_version_id=ids.get(e.plan_version_id)) for e in history.entries], now)
        medicine_repository.add_doses(db, profile.id, [
            replace(d, plan_version_id=ids.get(d.plan_version_id)) for d in history.doses], now)
        medicine_repository.add_inhalers(db, profile.id, list(history.inhalers), now)
    return Session(db, repository.get_profile(db, profile.id), clock)
