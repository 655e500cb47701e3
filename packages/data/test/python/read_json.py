"""Read each JSON file named on the command line with Python's json module and pandas'
read_json (default settings) and print, per file, the values json.load gives and the number of
rows pandas reads from a list."""
import json
import sys

import pandas as pd

out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        value = json.load(f)
    rows = len(pd.read_json(path)) if isinstance(value, list) and value else None
    out[path] = {"value": value, "pandasRows": rows}
json.dump(out, sys.stdout, ensure_ascii=False)
