"""Pure domain: dataclasses and clinical rules. No Qt, no I/O."""
