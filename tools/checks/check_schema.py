"""Checks the committed schema with Python's `jsonschema`: the schema passes `check_schema`
for draft-07, every valid file of the corpus passes it, and every invalid one fails.

Usage: python3 check_schema.py SCHEMA CORPUS_DIR
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft7Validator


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: python3 check_schema.py SCHEMA CORPUS_DIR", file=sys.stderr)
        return 2
    schema = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    corpus = Path(sys.argv[2])
    passed = failed = 0

    try:
        Draft7Validator.check_schema(schema)
        passed += 1
    except Exception as error:  # noqa: BLE001 - report any schema error and go on
        print(f"FAIL check_schema: {error}", file=sys.stderr)
        failed += 1
        print(f"schema-check (python jsonschema): {passed} passed, {failed} failed")
        return 1

    validator = Draft7Validator(schema)
    for kind in ("valid", "invalid"):
        for path in sorted((corpus / kind).glob("*.json")):
            errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
            if (not errors) == (kind == "valid"):
                passed += 1
            else:
                failed += 1
                shown = "; ".join(error.message for error in errors[:3])
                print(f"FAIL {kind}/{path.name} should be {kind}: {shown}", file=sys.stderr)

    print(f"schema-check (python jsonschema): {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
