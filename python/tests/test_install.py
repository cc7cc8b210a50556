"""The package as a user installs it: `pip install --no-build-isolation .` into a fresh virtual
environment (with Debian's site packages, as docs/python.md says), then imported from outside
the source tree with no PYTHONPATH: its version, and an article read with the models that were
installed with it.

DATELINE_BUILD_DIR (set by ctest) lets setup.py reuse the CMake build that ctest tests, so the
test checks the packaging, not a second compilation of the library."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.environ.get("DATELINE_SOURCE_DIR", ".")

PROBE = r"""
import json, os, dateline
doc = dateline.read("Kenya’s president met Uganda’s leader in Nairobi on Monday.\n")
mention = doc["entities"][0]["mentions"][0]
print(json.dumps({"version": dateline.__version__, "file": dateline.__file__,
                  "models_dir": dateline.models_directory(), "models": doc["models"],
                  "mention_ok": doc["text"][mention["start"]:mention["end"]] == mention["text"],
                  "typed": os.path.exists(os.path.join(os.path.dirname(dateline.__file__), "py.typed"))}))
"""


class InstallTest(unittest.TestCase):
    def test_pip_install_into_a_venv_and_import(self):
        with tempfile.TemporaryDirectory() as tmp:
            venv = os.path.join(tmp, "v")
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv], check=True)
            env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DATELINE_MODELS")}
            # --no-index: nothing is fetched from a package index; the build tools are Debian's.
            pip = subprocess.run([os.path.join(venv, "bin", "pip"), "install", "--no-build-isolation", "--no-index", SOURCE],
                                 env=env, capture_output=True, text=True)
            self.assertEqual(pip.returncode, 0, pip.stdout[-3000:] + pip.stderr[-3000:])
            probe = subprocess.run([os.path.join(venv, "bin", "python"), "-c", PROBE], env=env, cwd=tmp,
                                   capture_output=True, text=True)
            self.assertEqual(probe.returncode, 0, probe.stderr)
            got = json.loads(probe.stdout)
        with open(os.path.join(SOURCE, "python", "dateline", "_version.py"), encoding="utf-8") as f:
            self.assertIn(f'"{got["version"]}"', f.read())
        self.assertTrue(got["file"].startswith(venv + os.sep), got["file"])
        # The models are the package's own copies, not the source tree's.
        self.assertTrue(got["models_dir"].startswith(venv + os.sep), got["models_dir"])
        self.assertEqual(sorted(got["models"]), ["lemmatizer", "ner", "parser", "quotes", "sentences", "tagger"])
        self.assertTrue(got["mention_ok"] and got["typed"])


if __name__ == "__main__":
    unittest.main()
