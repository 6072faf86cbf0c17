"""Regenerate pyproject.toml's "Lenient" mypy overrides from mypy's own output.

Each module that still has type errors gets exactly the error codes it has switched off, and
no others (docs/testing.md, "Type checking"). Fix code, then run this: the list only shrinks.
The block runs from its marker line to the end of pyproject.toml (keep it last).

    python build_scripts/mypy_lenient.py
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
MARK = "# Lenient (generated: python build_scripts/mypy_lenient.py)"
ERROR = re.compile(r"(asthma_app/\S+?)\.py:\d+: error: .*\[([a-z-]+)\]$")


def main() -> int:
    text = PYPROJECT.read_text(encoding="utf-8")
    head = text.split(MARK)[0].rstrip() + "\n"
    PYPROJECT.write_text(head, encoding="utf-8")  # mypy without the old list
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                         text=True).stdout
    codes: dict[str, set[str]] = collections.defaultdict(set)
    for line in out.splitlines():
        if match := ERROR.match(line):
            codes[match[1].replace("/", ".").removesuffix(".__init__")].add(match[2])
    groups: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
    for module, found in codes.items():
        groups[tuple(sorted(found))].append(module)
    block = ["", MARK + ": the error kinds each",
             "# module still has, switched off there only. Shrink, never grow: fix the code.", ""]
    for found, modules in sorted(groups.items(), key=lambda g: (len(g[0]), g[0])):
        block += ["[[tool.mypy.overrides]]",
                  "module = [" + ", ".join(f'"{m}"' for m in sorted(modules)) + "]",
                  "disable_error_code = [" + ", ".join(f'"{c}"' for c in found) + "]", ""]
    PYPROJECT.write_text(head + "\n".join(block), encoding="utf-8")
    print(f"{len(codes)} modules lenient, {sum(map(len, codes.values()))} module-codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
