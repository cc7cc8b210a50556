"""Builds the compiled module with the project's CMake build and puts the models in the package.

pyproject.toml holds the metadata; this file only adds what setuptools cannot say there: the
module comes from CMake (target dateline_python), and the trained models in models/ go into
the package as dateline/models/, where dateline.models_directory() finds them once installed.

DATELINE_BUILD_DIR=DIR builds in an existing CMake build directory of this source tree (a
no-op when it is up to date) instead of a fresh one under build-python/: the install test uses
it, as a fresh build takes many minutes.
"""
import os
import shutil
import subprocess
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = os.path.dirname(os.path.abspath(__file__))


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.environ.get("DATELINE_BUILD_DIR") or os.path.join(os.path.abspath(self.build_temp), "cmake")
        if not os.path.isfile(os.path.join(build_dir, "CMakeCache.txt")):
            subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                            "-DDATELINE_WERROR=ON"], check=True)
        subprocess.run(["cmake", "--build", build_dir, "--target", "dateline_python", "-j", str(os.cpu_count() or 1)],
                       check=True)
        built = os.path.join(build_dir, "python", "dateline", "_dateline" + sysconfig.get_config_var("EXT_SUFFIX"))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)


class BuildPy(build_py):
    def run(self):
        super().run()
        source = os.path.join(ROOT, "models")
        dest = os.path.join(self.build_lib, "dateline", "models")
        os.makedirs(dest, exist_ok=True)
        # README.md says where each model comes from and under which licence.
        for name in sorted(os.listdir(source)):
            if name.endswith(".dlm") or name == "README.md":
                self.copy_file(os.path.join(source, name), os.path.join(dest, name))


setup(ext_modules=[Extension("dateline._dateline", sources=[])], cmdclass={"build_ext": CMakeBuild, "build_py": BuildPy})
