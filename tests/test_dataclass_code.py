"""Dataclass methods compiled ahead of time (asthma_app/dataclass_code.py): the same methods as
Python makes, and never another class's."""

from __future__ import annotations

import dataclasses
import marshal

import pytest

from asthma_app import dataclass_code


@pytest.fixture(autouse=True)
def _builtin_exec_afterwards():
    yield
    dataclass_code.uninstall()


def make_point():
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        label: str = "p"
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Point


def make_other():
    @dataclasses.dataclass(frozen=True)
    class Other:  # the first field as Point's, then others
        x: int
        size: int = 3

    return Other


def compiled_for(tmp_path, *makers):
    seen = dataclass_code.record()
    for make in makers:
        make()
    dataclass_code.uninstall()
    path = tmp_path / dataclass_code.FILE_NAME
    assert dataclass_code.write(path, seen) >= 6  # init, repr, eq, hash, setattr, delattr
    return path


def test_methods_from_the_file_are_those_python_would_compile(tmp_path):
    assert dataclass_code.install(compiled_for(tmp_path, make_point))
    point = make_point()
    assert dataclass_code.counts == {"found": 6, "compiled": 0}
    first = point(1, tags=("a",))
    assert first == point(1, tags=("a",)) and first != point(2)
    assert hash(first) == hash(point(1, tags=("a",)))
    assert repr(first) == "make_point.<locals>.Point(x=1, label='p', tags=('a',))"
    assert point(1).tags == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.x = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        point()  # type: ignore[call-arg]


def test_a_changed_class_is_compiled_from_its_own_text(tmp_path):
    assert dataclass_code.install(compiled_for(tmp_path, make_point))
    other = make_other()
    assert dataclass_code.counts["compiled"] >= 2  # its __init__ and __repr__ are not Point's
    made = other(1, size=5)
    assert (made.x, made.size) == (1, 5)
    assert repr(made) == "make_other.<locals>.Other(x=1, size=5)"
    with pytest.raises(TypeError):
        other(1, label="p")  # type: ignore[call-arg]  # Point's field, not Other's


def test_a_file_of_another_python_a_damaged_one_or_none_is_not_used(tmp_path):
    path = compiled_for(tmp_path, make_point)
    _, compiled = marshal.loads(path.read_bytes())
    another = tmp_path / "another"
    another.write_bytes(marshal.dumps(("cpython-399 3.99.0", compiled)))
    damaged = tmp_path / "damaged"
    damaged.write_bytes(path.read_bytes()[:100])
    for unusable in (another, damaged, tmp_path / "missing"):
        assert not dataclass_code.install(unusable)
        assert "exec" not in vars(dataclasses)
    make_point()
    assert dataclass_code.counts == {"found": 0, "compiled": 0}  # not even counted: not in use
