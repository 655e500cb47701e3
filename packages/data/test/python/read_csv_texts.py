"""Read each CSV text of a JSON list with Python's csv module (default dialect, newline='' as
its documentation requires for files) and print the rows of each as JSON."""
import csv
import io
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    texts = json.load(f)
json.dump([list(csv.reader(io.StringIO(t, newline=""))) for t in texts], sys.stdout, ensure_ascii=False)
