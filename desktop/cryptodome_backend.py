"""pycryptodome (behind pyzipper's AES packages and the keyring's key wraps) on its ctypes
backend: with cffi installed (argon2-cffi brings it) pycryptodome loads its compiled code
through cffi, which first parses the C declarations with pycparser, about 80 ms of CPU at the
first import in every process that opens a package (issue 17 item 6). ctypes, pycryptodome's
own fallback where cffi is absent, loads the same compiled code without that parse.

Import this module before pyzipper or Cryptodome; nothing else in the program uses cffi (argon2
uses its compiled ``_cffi_backend`` directly).
"""

from __future__ import annotations

import sys


def load_on_ctypes() -> None:
    """Import Cryptodome's binding with cffi hidden, unless one is already chosen."""
    if "Cryptodome.Util._raw_api" in sys.modules or "cffi" in sys.modules:
        return  # already chosen (or cffi already loaded for something else: then keep it)
    sys.modules["cffi"] = None  # type: ignore[assignment]  # "import cffi" fails: ctypes
    try:
        import Cryptodome.Util._raw_api  # noqa: F401
    finally:
        del sys.modules["cffi"]


load_on_ctypes()
