"""Read CSV files as a researcher would, with each tool's default settings, and print what each
tool saw as JSON: {path: {"csv": [[cell, ...], ...], "pandas": {"columns": [...], "rows": [[...]]}}}.
Python's csv module is given files opened with newline='', as its documentation requires."""
import csv
import json
import math
import sys

import pandas


def plain(value):
    """pandas cells to JSON values: NaN to None, numpy scalars to Python ones."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


out = {}
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    frame = pandas.read_csv(path)
    out[path] = {
        "csv": rows,
        "pandas": {
            "columns": [str(c) for c in frame.columns],
            "dtypes": [str(t) for t in frame.dtypes],
            "rows": [[plain(v) for v in row] for row in frame.itertuples(index=False, name=None)],
        },
    }
json.dump(out, sys.stdout, ensure_ascii=False)
