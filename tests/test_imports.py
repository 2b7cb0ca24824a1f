"""`advisor ask` imports only what answering needs: a fresh process must start fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys

NOT_FOR_ASK = (
    "discord",
    "ftfy",
    "rank_bm25",  # the full-scoring reference; answers come from advisor.index
    *(
        f"advisor.{name}"
        for name in ("importer", "repair", "mojibake", "glue", "blocks", "boilerplate",
                     "pagemeta", "evaluate", "reference")
    ),
)

SCRIPT = """
import json, sys
from click.testing import CliRunner
from advisor.cli import main
result = CliRunner().invoke(main, ["ask", "do I need a PhD?"])
assert result.exit_code == 0, result.output
print(json.dumps(sorted(sys.modules)))
"""


def test_ask_does_not_import_what_it_does_not_use(tmp_path):
    env = {**os.environ, "ADVISOR_CACHE_DIR": str(tmp_path)}  # (a cache of its own to build)
    for _ in range(2):  # building the index cache, then loading it
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, env=env
        )
        modules = json.loads(run.stdout.splitlines()[-1])
        loaded = [m for m in modules if m.split(".")[0] in NOT_FOR_ASK or m in NOT_FOR_ASK]
        assert loaded == []
