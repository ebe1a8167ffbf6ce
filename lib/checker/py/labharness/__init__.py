"""The Python side of Run and Check: runs learner code and hidden pytest-style
tests inside Pyodide and reports the results as data (see api.py)."""
