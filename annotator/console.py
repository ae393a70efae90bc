"""Text for the terminal: what came from data is shown, never obeyed.

A label, a document id, a file name or a problem message may hold ESC, OSC or CSI
sequences, C1 controls, bidirectional overrides or line separators. Printed as they are,
they would recolour the terminal, set its title, hide text or forge lines. Every line the
command line prints passes through ``printable``: such characters become visible escapes
(``\\x1b``, ``\\u202e``), everything else (Japanese, emoji) is printed as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 (but tab), DEL, C1; line and paragraph separators; bidi embeddings, overrides and isolates;
# the BOM and zero-width characters that hide text; the Unicode specials that some terminals obey.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
                     "\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: Any) -> str:
    """``text`` (str() of it) with every character that a terminal would act on shown escaped."""
    s = text if isinstance(text, str) else str(text)
    return _UNSAFE.sub(_escape, s)


# JSON escapes C0 itself; DEL, C1, separators, bidi controls and lone surrogates are left raw.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
                             "\ud800-\udfff]")


def json_line(obj: Any) -> str:
    """``obj`` as one line of JSON that is safe on a terminal (still valid JSON, same value)."""
    line = json.dumps(obj, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
