"""The CSV importer on real files: a table of good and bad ones, chunking, and a fuzz."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gd_desktop.cli import messages
from gd_desktop.core.config import DataConfig
from gd_desktop.core.csv_import import (
    DataImportError,
    ImportCancelled,
    ImportedData,
    dataset_for,
    inspect_csv,
    load_columns,
    skipped_fact,
)

# name: (file bytes, target, features, add_intercept,
#        expected target, expected features, skipped lines, expected names)
GOOD = {
    "header, comma": (
        b"y,a,b\n1,2,3\n4,5,6.5\n-7,8e2,9\n",
        "y",
        ["a", "b"],
        False,
        [1, 4, -7],
        [[2, 3], [5, 6.5], [800, 9]],
        [],
        ("y", ("a", "b")),
    ),
    "no header, by column number": (
        b"1,2,3\n4,5,6\n7,8,9\n",
        "3",
        ["1", "column 2"],
        False,
        [3, 6, 9],
        [[1, 2], [4, 5], [7, 8]],
        [],
        ("column 3", ("column 1", "column 2")),
    ),
    "semicolon": (
        b"x;y;z\n1;2;3\n4;5;6\n",
        "z",
        ["x", "y"],
        False,
        [3, 6],
        [[1, 2], [4, 5]],
        [],
        ("z", ("x", "y")),
    ),
    "tab, no header": (
        b"1\t2\t3\n4\t5\t6\n",
        0,
        [1, 2],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("column 1", ("column 2", "column 3")),
    ),
    "UTF-8 BOM": (
        b"\xef\xbb\xbfy,a,b\n1,2,3\n4,5,6\n",
        "y",
        ["a", "b"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a", "b")),
    ),
    "quoted fields": (
        b'"y","a b","c, d"\n"1","2","3"\n"4","5","6"\n',
        "y",
        ["a b", "c, d"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a b", "c, d")),
    ),
    "trailing blank lines": (
        b"y,a,b\n1,2,3\n\n4,5,6\n\n\n  \n",
        "y",
        ["a", "b"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a", "b")),
    ),
    "Windows line endings": (
        b"y,a,b\r\n1,2,3\r\n4,5,6\r\n",
        "y",
        ["a", "b"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a", "b")),
    ),
    "old Mac line endings": (
        b"y,a,b\r1,2,3\r4,5,6\r",
        "y",
        ["a", "b"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a", "b")),
    ),
    "text in some rows is skipped": (
        b"y,a,b\n1,2,3\n4,oops,6\n7,8,9\n10,,12\n13,14\nNA,1,2\n16,17,18\n19,inf,1\n20,nan,2\n",
        "y",
        ["a", "b"],
        False,
        [1, 7, 16],
        [[2, 3], [8, 9], [17, 18]],
        [3, 5, 6, 7, 9, 10],
        ("y", ("a", "b")),
    ),
    "one feature and an intercept": (
        b"x,y\n0,1\n1,3\n2,5\n",
        "y",
        ["x"],
        True,
        [1, 3, 5],
        [[1, 0], [1, 1], [1, 2]],
        [],
        ("y", ("1 (intercept)", "x")),
    ),
    "text column left out, columns in any order": (
        b"name,b,y,a\nann,3,1,2\nbob,6,4,5\n",
        "y",
        ["a", "b"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("a", "b")),
    ),
    "blank and repeated header names": (
        b"y,,y\n1,2,3\n4,5,6\n",
        "y",
        ["column 2", "y (column 3)"],
        False,
        [1, 4],
        [[2, 3], [5, 6]],
        [],
        ("y", ("column 2", "y (column 3)")),
    ),
    "a feature used twice": (
        b"y,a\n1,2\n4,5\n",
        "y",
        ["a", "a"],
        False,
        [1, 4],
        [[2, 2], [5, 5]],
        [],
        ("y", ("a", "a")),
    ),
}


def write(tmp_path: Path, content: bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", GOOD.values(), ids=GOOD.keys())
def test_good_file(tmp_path, case):
    content, target, features, intercept, y, x, skipped, (target_name, feature_names) = case
    path = write(tmp_path, content)
    imported = load_columns(path, target, features, add_intercept=intercept)
    dataset = imported.dataset
    np.testing.assert_array_equal(dataset.target, np.array(y, dtype=float))
    np.testing.assert_array_equal(dataset.features, np.array(x, dtype=float))
    assert list(imported.skipped_lines) == skipped
    assert (dataset.target_name, dataset.feature_names) == (target_name, feature_names)
    terms = " + ".join(["1", feature_names[1]] if intercept else feature_names)
    assert messages.dataset(dataset.description) == (
        f"data.csv: {target_name} ~ {terms} ({len(y)} rows)"
    )


def test_skipped_rows_are_summarised_with_their_line_numbers(tmp_path):
    content, *_ = GOOD["text in some rows is skipped"]
    imported = load_columns(write(tmp_path, content), "y", ["a", "b"])
    assert summary(imported.skipped_lines) == "skipped 6 rows: 3, 5, 6, 7, 9, 10"
    assert summary([4]) == "skipped 1 row: 4"
    assert summary(range(1, 26)) == ("skipped 25 rows: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 15 more")
    assert skipped_fact([]) is None and imported.skipped == skipped_fact((3, 5, 6, 7, 9, 10))


def summary(lines) -> str:
    fact = skipped_fact(list(lines))
    assert fact is not None and fact.code == "skipped_rows"
    return messages.fact(fact)


def bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name: (path, the exact message its import must raise)."""

    def make(name: str, content: bytes) -> Path:
        return write(tmp, content, f"{name}.csv")

    missing = tmp / "missing.csv"
    folder = tmp / "folder.csv"
    folder.mkdir()
    files = {
        "missing": (missing, f"{missing}: no such file"),
        "a folder": (folder, f"{folder} is a folder, not a file"),
        "empty": (make("empty", b""), "{} is empty"),
        "blank lines only": (make("blank", b"\n \r\n\t\n"), "{} is empty"),
        "binary": (make("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ""),
        "UTF-16": (make("utf16", "y,a,b\n1,2,3\n4,5,6\n".encode("utf-16")), ""),
        "Latin-1": (make("latin1", b"y,a,b\n1,2,3\n4,5,6\n7,8,caf\xe9\n"), ""),
        "no numeric column": (make("words", b"a,b,c\nx,y,z\nu,v,w\n"), ""),
        "one row": (make("one", b"1,2,3\n"), "{} has only one row; at least 2 are needed"),
        "header and one row": (make("header1", b"y,a,b\n1,2,3\n\n"), ""),
        "every row bad": (make("allbad", b"y,a,b\n1,,3\n,2,3\n1,2,x\n"), ""),
        "one usable row": (make("onegood", b"y,a,b\n1,2,3\n,2,3\n1,2,x\n"), ""),
        "no such column": (make("nocol", b"y,a,b\n1,2,3\n4,5,6\n"), ""),
        "text column": (make("textcol", b"y,a,name\n1,2,x\n4,5,y\n"), ""),
    }
    messages = {
        "binary": "{} is not a text file (it contains NUL bytes)",
        "UTF-16": "{} is UTF-16 text; save it as UTF-8 CSV",
        "Latin-1": "{} is not UTF-8 text (line 4 has a byte that is not UTF-8); "
        "save it as UTF-8 CSV",
        "no numeric column": "{} has no numeric column",
        "header and one row": "{} has only one row of data; at least 2 are needed",
        "every row bad": "{}: every row has a missing or non-numeric value in y, a, b",
        "one usable row": "{}: only 1 usable row; at least 2 are needed",
        "no such column": "{} has no column 'c'; its columns are: y, a, b",
        "text column": "column 'name' of {} is not numeric; numeric columns: y, a",
    }
    return {
        name: (path, messages.get(name, message).format(path))
        for name, (path, message) in files.items()
    }


BAD_NAMES = [
    "missing",
    "a folder",
    "empty",
    "blank lines only",
    "binary",
    "UTF-16",
    "Latin-1",
    "no numeric column",
    "one row",
    "header and one row",
    "every row bad",
    "one usable row",
    "no such column",
    "text column",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_file_gets_its_message(tmp_path, name):
    path, message = bad_files(tmp_path)[name]
    column = "c" if name == "no such column" else "b"
    features = ["a", "name"] if name == "text column" else ["a", column]
    with pytest.raises(DataImportError) as caught:
        load_columns(path, "y", features)
    assert messages.line(caught.value.problem) == message


def test_bad_files_table_covers_every_case(tmp_path):
    assert sorted(bad_files(tmp_path)) == sorted(BAD_NAMES)


def test_too_large_for_memory_is_refused_before_reading(tmp_path):
    path = write(tmp_path, b"y,a,b\n" + b"1,2,3\n" * 1000)
    with pytest.raises(DataImportError) as caught:
        load_columns(path, "y", ["a", "b"], available_memory=10_000)
    assert messages.line(caught.value.problem) == (
        f"{path} is too large for the available memory: about 1,000 rows need about "
        "0.05 MB, and 0.01 MB is free"
    )
    assert load_columns(path, "y", ["a", "b"], available_memory=10**6).dataset.size == 1000


@pytest.mark.parametrize(("features", "intercept"), [(["a"], False), (["a", "b"], True)])
def test_wrong_number_of_features(tmp_path, features, intercept):
    path = write(tmp_path, b"y,a,b\n1,2,3\n4,5,6\n")
    with pytest.raises(DataImportError) as caught:
        load_columns(path, "y", features, add_intercept=intercept)
    assert "two feature columns, or one feature column" in messages.line(caught.value.problem)


def test_inspect_reports_layout(tmp_path):
    path = write(tmp_path, b"name;y;x\nann;1;2\nbob;3;4\ncy;5;6\n")
    info = inspect_csv(path)
    assert info.delimiter == ";" and info.has_header and info.skip_lines == 1
    assert info.column_names == ("name", "y", "x")
    assert info.numeric == (False, True, True) and info.numeric_columns == ("y", "x")
    assert info.estimated_rows == 3 and info.size_bytes == os.path.getsize(path)


def test_row_estimate_of_a_file_larger_than_the_sample(tmp_path):
    path = write(tmp_path, b"y,a,b\n" + b"1.5,2.5,3.5\n" * 50_000)
    assert inspect_csv(path).estimated_rows == pytest.approx(50_000, rel=0.01)


def random_table(rows: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.standard_normal((rows, 4)) * [1.0, 1e-3, 1e3, 1e8]


def save(path: Path, table: np.ndarray, delimiter: str = ",") -> None:
    np.savetxt(
        path, table, delimiter=delimiter, fmt="%.17g", header=delimiter.join("ypqr"), comments=""
    )


@pytest.mark.parametrize("intercept", [False, True], ids=["two features", "intercept"])
@pytest.mark.parametrize("chunk_chars", [64, 4096, 1 << 22])
def test_values_equal_numpy_loadtxt_whatever_the_chunk_size(tmp_path, chunk_chars, intercept):
    path = tmp_path / "t.csv"
    save(path, random_table(3000, 1))
    fractions: list[float] = []
    features = ["q"] if intercept else ["p", "y"]
    imported = load_columns(
        path, "r", features, intercept, progress=fractions.append, chunk_chars=chunk_chars
    )
    direct = np.loadtxt(path, delimiter=",", skiprows=1)
    expected = np.column_stack([np.ones(3000), direct[:, 2]]) if intercept else direct[:, [1, 0]]
    np.testing.assert_array_equal(imported.dataset.target, direct[:, 3])
    np.testing.assert_array_equal(imported.dataset.features, expected)
    assert imported.skipped_lines == ()
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(fractions) > 100 if chunk_chars == 64 else len(fractions) >= 1


def test_bad_rows_in_many_chunks_keep_exact_line_numbers(tmp_path):
    table = random_table(2000, 2)
    lines = ["y,p,q,r"] + [",".join(repr(float(v)) for v in row) for row in table]
    bad = {5, 77, 78, 1000, 1999, 2001}  # 1-based file lines (line 1 is the header)
    for n in bad:
        lines[n - 1] += "x"  # column r, which the import uses
    path = tmp_path / "t.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = load_columns(path, "y", ["q", "r"], chunk_chars=300)
    assert imported.skipped_lines == tuple(sorted(bad))
    keep = [i for i in range(len(table)) if i + 2 not in bad]
    np.testing.assert_array_equal(imported.dataset.target, table[keep, 0])
    np.testing.assert_array_equal(imported.dataset.features, table[keep][:, [2, 3]])


def test_cancel_between_chunks(tmp_path):
    path = tmp_path / "t.csv"
    save(path, random_table(500, 3))
    fractions: list[float] = []
    with pytest.raises(ImportCancelled):
        load_columns(
            path,
            "y",
            ["p", "q"],
            progress=fractions.append,
            cancelled=lambda: bool(fractions),
            chunk_chars=1000,
        )
    assert len(fractions) == 1 and 0 < fractions[0] < 1


def test_dataset_for_a_csv_config(tmp_path):
    path = tmp_path / "t.csv"
    save(path, random_table(100, 4), delimiter=";")
    two = dataset_for(
        DataConfig(source="csv", path=str(path), target="y", feature0="p", feature1="r")
    )
    direct = np.loadtxt(path, delimiter=";", skiprows=1)
    np.testing.assert_array_equal(two.dataset.features, direct[:, [1, 3]])
    line = dataset_for(
        DataConfig(source="csv", path=str(path), target="y", feature0="q", add_intercept=True)
    )
    np.testing.assert_array_equal(line.dataset.features[:, 0], np.ones(100))
    np.testing.assert_array_equal(line.dataset.features[:, 1], direct[:, 2])
    with pytest.raises(DataImportError) as caught:
        dataset_for(DataConfig(source="line"))
    assert messages.line(caught.value.problem) == "the data source is 'line', not a CSV file"
    with pytest.raises(DataImportError) as caught:
        dataset_for(DataConfig(source="csv"))
    assert messages.line(caught.value.problem) == "no CSV file given"


# -- fuzz: each input gives a valid dataset or the importer's own error ------------


def assert_valid_or_import_error(path: Path, target, features, intercept: bool) -> None:
    try:
        imported = load_columns(path, target, features, add_intercept=intercept)
    except DataImportError as exc:
        assert messages.line(exc.problem).strip()
        return
    assert isinstance(imported, ImportedData)
    dataset = imported.dataset
    assert dataset.size >= 2
    assert dataset.features.shape == (dataset.size, 2)
    assert np.isfinite(dataset.features).all() and np.isfinite(dataset.target).all()
    assert all(n >= 1 for n in imported.skipped_lines)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


FUZZ = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])


# Bytes of every kind, and text made of the characters a CSV file is made of.
CSV_CHARACTERS = '0123456789.,;\t\n\r-+eE "xN\ufeff\u00e9'
random_bytes = st.one_of(
    st.binary(max_size=600),
    st.text(alphabet=CSV_CHARACTERS, max_size=300).map(lambda t: t.encode("utf-8")),
)


@FUZZ
@given(content=random_bytes)
def test_fuzz_random_bytes(fuzz_dir, content):
    path = fuzz_dir / "bytes.csv"
    path.write_bytes(content)
    assert_valid_or_import_error(path, 0, [1, 2], False)
    assert_valid_or_import_error(path, "column 1", ["2"], True)


numbers = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(-1e3, 1e3).map(lambda v: f"{v:.3e}"),
)
odd_cells = st.one_of(
    st.sampled_from(["", " ", "NA", "nan", "-", "1_0", '"', '"2"', "x,y", "1e400", "\u0663"]),
    st.text(max_size=6),
)
# Mostly numbers, so that many tables import and the skipping is exercised.
cells = st.one_of(numbers, numbers, numbers, numbers, numbers, numbers, odd_cells)


@st.composite
def tables(draw: st.DrawFn) -> list[list[str]]:
    """Rows of cells, most of them as wide as the table, some shorter or longer."""
    width = draw(st.integers(1, 5))
    row = st.one_of(
        st.lists(cells, min_size=width, max_size=width),
        st.lists(cells, min_size=width, max_size=width),
        st.lists(cells, max_size=6),
    )
    return draw(st.lists(row, max_size=30))


@FUZZ
@given(
    rows=tables(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    header=st.booleans(),
    bom=st.booleans(),
    intercept=st.booleans(),
)
def test_fuzz_random_rows(fuzz_dir, rows, delimiter, newline, header, bom, intercept):
    lines = [delimiter.join(r) for r in rows]
    if header:
        lines.insert(0, delimiter.join(["y", "a", "b", "c", "d"][: len(rows[0]) if rows else 3]))
    text = ("\ufeff" if bom else "") + newline.join(lines)
    path = fuzz_dir / "rows.csv"
    path.write_bytes(text.encode("utf-8"))
    features = [1] if intercept else [1, 2]
    assert_valid_or_import_error(path, 0, features, intercept)
