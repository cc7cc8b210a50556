# The package's version; CMakeLists.txt's project(VERSION) must say the same (the import checks
# it against the compiled module's), and pyproject.toml reads it from here.
__version__ = "0.1.0"
