const { loadPyodide } = await import("/pyodide/pyodide.mjs");
const python = await loadPyodide({ indexURL: "/pyodide/" });
python.runPython("1 + 1");
postMessage("ready");
