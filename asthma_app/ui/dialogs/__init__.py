"""Dialogs: logging a reading or symptoms, the attack steps, editing the plan."""
