"""PySide6's support code compiled ahead (asthma_app/ui/pyside_code.py): what PySide6 would
compile, found only for its very text, and never from a file of another Python."""

from __future__ import annotations

import builtins
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from asthma_app import dataclass_code
from asthma_app.ui import pyside_code

ROOT = Path(__file__).resolve().parent.parent.parent

RECORD = """
import sys
from pathlib import Path
from asthma_app.ui import pyside_code
with pyside_code.recording() as (seen, patterns):
    import PySide6.QtCore, PySide6.QtWidgets
print(pyside_code.write(Path(sys.argv[1]), seen, patterns), len(patterns))
"""

# PySide6 imported with the file: what was found and compiled, and its signatures still work;
# each pattern made from the file is the one re compiles from its text (Pattern's == compares
# the engine's code too)
IMPORT = """
import re, sys
from pathlib import Path
from asthma_app.ui import pyside_code
with pyside_code.compiling_ahead(Path(sys.argv[1])):
    from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
try:  # the support code's error handler lists the signatures from its parser
    QLabel().setText(1)
except TypeError as error:
    assert "setText(arg__1: str, /)" in str(error), error
for pattern, flags in pyside_code.read(Path(sys.argv[1]))[1]:
    assert re.compile(pattern, flags) == re._compiler.compile(pattern, flags), pattern
print(*pyside_code.counts.values())
"""


def _run(script: str, path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_pyside_finds_its_support_code_compiled_and_works_with_it(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    written, patterns = _run(RECORD, path)
    assert int(written) > 10  # signature_bootstrap.py and the shibokensupport package
    assert int(patterns) > 10  # its regular expressions
    # every text and pattern of the file found; no text compiled (a pattern the file lacks,
    # here tokenize's, which the build had imported before PySide6, is compiled as before)
    assert _run(IMPORT, path)[:3] == [written, "0", patterns]


def test_a_changed_text_is_compiled_from_its_own_text(tmp_path):
    """Another PySide6 (another text under the same file name) never gets this file's code:
    here each name's code would end the process if it were run."""
    path = tmp_path / pyside_code.FILE_NAME
    written, _patterns = _run(RECORD, path)
    header, compiled, patterns = marshal.loads(path.read_bytes())
    stale = marshal.dumps(compile("raise SystemExit('stale code')", "stale", "exec"))
    wrong = next(iter(patterns.values()))  # one pattern's engine code for all the others
    path.write_bytes(marshal.dumps((
        header, {(name, text + b"\n# changed"): stale for name, text in compiled},
        {(pattern + "(?:)", flags): wrong for pattern, flags in patterns})))
    # all compiled from PySide6's own texts
    assert _run(IMPORT, path)[:2] == ["0", written]
    assert _run(IMPORT, path)[2] == "0"  # no pattern found under another's text


def test_a_file_of_another_python_a_damaged_one_or_none_is_not_used(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    code = marshal.dumps(compile("x = 1", "x.py", "exec"))
    files = {"none": None, "damaged": b"\x00not marshal",
             "another python": marshal.dumps(("cpython-99 9.9", {("x.py", b"x = 1"): code},
                                              {})),
             "not a table": marshal.dumps((dataclass_code.HEADER, [1, 2], {})),
             "the old format": marshal.dumps((dataclass_code.HEADER, {("x.py", b"x = 1"): code}))}
    for name, content in files.items():
        path.unlink(missing_ok=True)
        if content is not None:
            path.write_bytes(content)
        assert pyside_code.read(path) == ({}, {}), name
        with pyside_code.compiling_ahead(path):
            assert builtins.compile is pyside_code._compile, name  # untouched


def test_compile_is_builtin_again_after_the_block_even_after_an_error(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    code = marshal.dumps(compile("x = 1", "x.py", "exec"))
    path.write_bytes(marshal.dumps((dataclass_code.HEADER, {("x.py", b"x = 1"): code}, {})))
    try:
        with pyside_code.compiling_ahead(path):
            assert builtins.compile is not pyside_code._compile
            namespace: dict = {}
            exec(compile(b"x = 1", "x.py", "exec"), namespace)  # found in the file
            assert namespace["x"] == 1 and pyside_code.counts["found"] == 1
            raise KeyError("boom")
    except KeyError:
        pass
    assert builtins.compile is pyside_code._compile
    assert re._compiler.compile is pyside_code._compile_pattern
