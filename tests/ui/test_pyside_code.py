"""PySide6's support code compiled ahead (asthma_app/ui/pyside_code.py): what PySide6 would
compile, found only for its very text, and never from a file of another Python."""

from __future__ import annotations

import builtins
import marshal
import os
import subprocess
import sys
from pathlib import Path

from asthma_app.ui import pyside_code

ROOT = Path(__file__).resolve().parent.parent.parent

RECORD = """
import sys
from pathlib import Path
from asthma_app.ui import pyside_code
with pyside_code.recording() as seen:
    import PySide6.QtCore
print(pyside_code.write(Path(sys.argv[1]), seen))
"""

# PySide6 imported with the file: what was found and compiled, and its signatures still work
IMPORT = """
import sys
from pathlib import Path
from asthma_app.ui import pyside_code
with pyside_code.compiling_ahead(Path(sys.argv[1])):
    from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
try:  # the support code's error handler lists the signatures from its parser
    QLabel().setText(1)
except TypeError as error:
    assert "setText(arg__1: str, /)" in str(error), error
print(pyside_code.counts["found"], pyside_code.counts["compiled"])
"""


def _run(script: str, path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_pyside_finds_its_support_code_compiled_and_works_with_it(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    [written] = _run(RECORD, path)
    assert int(written) > 10  # signature_bootstrap.py and the shibokensupport package
    assert _run(IMPORT, path) == [written, "0"]  # every text found, none compiled


def test_a_changed_text_is_compiled_from_its_own_text(tmp_path):
    """Another PySide6 (another text under the same file name) never gets this file's code:
    here each name's code would end the process if it were run."""
    path = tmp_path / pyside_code.FILE_NAME
    [written] = _run(RECORD, path)
    header, compiled = marshal.loads(path.read_bytes())
    stale = marshal.dumps(compile("raise SystemExit('stale code')", "stale", "exec"))
    path.write_bytes(marshal.dumps((header, {(name, text + b"\n# changed"): stale
                                             for name, text in compiled})))
    assert _run(IMPORT, path) == ["0", written]  # all compiled from PySide6's own texts


def test_a_file_of_another_python_a_damaged_one_or_none_is_not_used(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    code = marshal.dumps(compile("x = 1", "x.py", "exec"))
    files = {"none": None, "damaged": b"\x00not marshal",
             "another python": marshal.dumps(("cpython-99 9.9", {("x.py", b"x = 1"): code})),
             "not a table": marshal.dumps((pyside_code.HEADER, [1, 2]))}
    for name, content in files.items():
        path.unlink(missing_ok=True)
        if content is not None:
            path.write_bytes(content)
        assert pyside_code.read(path) == {}, name
        with pyside_code.compiling_ahead(path):
            assert builtins.compile is pyside_code._compile, name  # untouched


def test_compile_is_builtin_again_after_the_block_even_after_an_error(tmp_path):
    path = tmp_path / pyside_code.FILE_NAME
    code = marshal.dumps(compile("x = 1", "x.py", "exec"))
    path.write_bytes(marshal.dumps((pyside_code.HEADER, {("x.py", b"x = 1"): code})))
    try:
        with pyside_code.compiling_ahead(path):
            assert builtins.compile is not pyside_code._compile
            namespace: dict = {}
            exec(compile(b"x = 1", "x.py", "exec"), namespace)  # found in the file
            assert namespace["x"] == 1 and pyside_code.counts == {"found": 1, "compiled": 0}
            raise KeyError("boom")
    except KeyError:
        pass
    assert builtins.compile is pyside_code._compile
