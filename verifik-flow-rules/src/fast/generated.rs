//! Generated from `schema/project-flow.schema.json` by `codegen/src/fast_check.rs`:
//! do not edit. Regenerate with
//! `UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features`.

use crate::document::Document;
use super::{Matcher, at_least, at_most, is_integer, pattern, unique_items, unique_keys};

/// The schema's patterns, as written (ECMA-262), in the order the checks name them.
pub(super) static PATTERNS: [&str; 10] = [
    r#"\S"#,
    r#"^\S+$"#,
    r#"^https://[^\s/?#:@]+(?::[0-9]{1,5})?(?:[/?#]\S*)?$"#,
    r#"^(?:https://[^\s/?#:@]+(?::[0-9]{1,5})?|http://(?:localhost|127\.0\.0\.1|\[::1\])(?::[0-9]{1,5})?)(?:[/?#]\S*)?$"#,
    r#"^[0-9a-fA-F]{24}$"#,
    r#"^[^\S\x00-\x1F\x7F]*[^\s\x00-\x1F\x7F](?:[^\x00-\x1F\x7F]{0,118}[^\s\x00-\x1F\x7F])?[^\S\x00-\x1F\x7F]*$"#,
    r#"^[^\s@]+@[^\s@]+\.[^\s@]+$"#,
    r#"^\+?[0-9]{7,15}$"#,
    r#"^\+?[0-9]{1,4}$"#,
    r#"^(?:[A-Z]{2}|\+[0-9]{1,4})$"#,
];

/// Each pattern as a table (`codegen/src/matcher.rs`), when its DFA is small enough.
pub(super) static MATCHERS: [Option<Matcher>; 10] = [
    Some(Matcher { width: 37, matched_from: 18, dead_from: 19, classes: b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x05\x06\x07\x07\x07\x07\x07\x07\x07\x07\x07\x08\x08\x08\x08\x08\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x0a\x0b\x0b\x0b\x0b\x0c\x0d\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0f\x0f\x10\x10\x10\x10\x10\x11\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x13\x14\x14\x14\x15\x16\x16\x17\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x19\x1a\x1b\x1c\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1e\x1f\x20\x21\x22\x22\x22\x23\x24\x24\x24\x24\x24\x24\x24\x24\x24\x24\x24", next: b"\x01\x00\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x00\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x03\x03\x03\x03\x03\x0e\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x0f\x10\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x0e\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x11\x03\x03\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x00\x00\x00\x00\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x08\x08\x08\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x00\x00\x00\x01\x01\x01\x01\x01\x01\x01\x00\x01\x00\x01\x01\x01\x01\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x01\x00\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x00\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13", stays: &[68727865322, 0, 8388608, 16777216, 33554432, 67108864, 134217728, 268435456, 2684354560, 1073741824, 4294967296, 8589934592, 17179869184, 34359738368, 0, 0, 0, 0, 0, 137438953471], at_end: &[false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false] }),
    Some(Matcher { width: 37, matched_from: 18, dead_from: 18, classes: b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x05\x06\x07\x07\x07\x07\x07\x07\x07\x07\x07\x08\x08\x08\x08\x08\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x0a\x0b\x0b\x0b\x0b\x0c\x0d\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0f\x0f\x10\x10\x10\x10\x10\x11\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x13\x14\x14\x14\x15\x16\x16\x17\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x18\x19\x1a\x1b\x1c\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1e\x1f\x20\x21\x22\x22\x22\x23\x24\x24\x24\x24\x24\x24\x24\x24\x24\x24\x24", next: b"\x01\x12\x01\x12\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x12\x01\x12\x01\x12\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x01\x12\x01\x01\x01\x01\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x03\x03\x03\x03\x03\x0e\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x0f\x10\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x0e\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x03\x03\x03\x03\x03\x03\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x11\x03\x03\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x08\x08\x08\x08\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x12\x01\x12\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x12\x01\x01\x01\x01\x01\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12\x12", stays: &[0, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 137438953471], at_end: &[false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false] }),
    Some(Matcher { width: 53, matched_from: 49, dead_from: 49, classes: b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x04\x04\x05\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x07\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x09\x0a\x0a\x0a\x0a\x0b\x0c\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0e\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x10\x11\x11\x12\x13\x14\x14\x14\x14\x14\x14\x14\x14\x14\x14\x14\x15\x16\x17\x17\x17\x17\x17\x17\x17\x17\x17\x18\x18\x18\x18\x18\x19\x19\x19\x19\x19\x19\x19\x19\x19\x19\x1a\x1b\x1b\x1b\x1b\x1c\x1d\x1e\x1e\x1e\x1e\x1e\x1e\x1e\x1f\x1f\x20\x20\x20\x20\x20\x21\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x23\x24\x24\x24\x25\x26\x26\x27\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x29\x2a\x2b\x2c\x2d\x2d\x2d\x2d\x2d\x2d\x2d\x2d\x2d\x2e\x2f\x30\x31\x32\x32\x32\x33\x34\x34\x34\x34\x34\x34\x34\x34\x34\x34\x34", next: b"\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x01\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x02\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x03\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x04\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x05\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x06\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x07\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x08\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x31\x09\x31\x09\x31\x09\x31\x09\x31\x09\x31\x31\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x10\x12\x13\x14\x15\x31\x09\x31\x09\x31\x09\x16\x09\x16\x09\x17\x09\x16\x31\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x10\x12\x13\x14\x15\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x09\x31\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0b\x0b\x0b\x0b\x0b\x18\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x19\x1a\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x18\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x1b\x0b\x0b\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x10\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x10\x10\x10\x10\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x31\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1c\x1d\x1e\x1f\x20\x21\x22\x23\x22\x24\x25\x26\x27\x31\x31\x31\x31\x31\x31\x31\x31\x31\x28\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x31\x09\x31\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x31\x09\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x09\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x16\x31\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1d\x1d\x1d\x1d\x1d\x29\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x2a\x2b\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x29\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x1d\x2c\x1d\x1d\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x22\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x22\x22\x22\x22\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x2d\x31\x31\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x31\x16\x31\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x31\x16\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x2e\x31\x31\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x2f\x31\x31\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x30\x31\x31\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x16\x31\x16\x31\x31\x31\x16\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31", stays: &[0, 0, 0, 0, 0, 0, 0, 0, 0, 2090325, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2097141, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9007199254740991], at_end: &[false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, true, true, true, true, false] }),
    None,
    None,
    None,
    Some(Matcher { width: 41, matched_from: 54, dead_from: 54, classes: b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x03\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x05\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x07\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x09\x0a\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0c\x0c\x0c\x0c\x0c\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0e\x0f\x0f\x0f\x0f\x10\x11\x12\x12\x12\x12\x12\x12\x12\x13\x13\x14\x14\x14\x14\x14\x15\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x16\x17\x18\x18\x18\x19\x1a\x1a\x1b\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1d\x1e\x1f\x20\x21\x21\x21\x21\x21\x21\x21\x21\x21\x22\x23\x24\x25\x26\x26\x26\x27\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28\x28", next: b"\x01\x36\x01\x36\x01\x01\x01\x36\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x36\x01\x36\x01\x36\x01\x01\x01\x0e\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x02\x03\x04\x05\x06\x07\x08\x09\x08\x0a\x0b\x0c\x0d\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x01\x36\x01\x01\x01\x01\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x03\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x03\x03\x03\x03\x03\x0f\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x10\x11\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x0f\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x03\x03\x03\x03\x03\x03\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x12\x03\x03\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x08\x08\x08\x08\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x36\x13\x36\x13\x13\x13\x36\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x14\x15\x16\x17\x18\x19\x1a\x1b\x1a\x1c\x1d\x1e\x1f\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x36\x01\x36\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x36\x01\x01\x01\x01\x01\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x36\x13\x36\x13\x20\x13\x36\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x14\x15\x16\x17\x18\x19\x1a\x1b\x1a\x1c\x1d\x1e\x1f\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x13\x36\x13\x13\x13\x13\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x15\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x15\x15\x15\x15\x15\x21\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x22\x23\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x21\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x15\x15\x15\x15\x15\x15\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x15\x24\x15\x15\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x1a\x1a\x1a\x1a\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x36\x25\x36\x25\x25\x25\x36\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2c\x2e\x2f\x30\x31\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x36\x13\x36\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x36\x13\x13\x13\x13\x13\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x36\x25\x36\x25\x25\x25\x36\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2c\x2e\x2f\x30\x31\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x25\x36\x25\x25\x25\x25\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x27\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x27\x27\x27\x27\x27\x32\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x33\x34\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x32\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x27\x27\x27\x27\x27\x27\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x27\x35\x27\x27\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x2c\x2c\x2c\x2c\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x36\x25\x36\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x36\x25\x25\x25\x25\x25\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x25\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36\x36", stays: &[0, 373, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 341, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 373, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2199023255551], at_end: &[false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false] }),
    None,
    None,
    None,
];

/// Whether `v` keeps every rule of the schema.
pub fn is_valid(v: &Document<'_>) -> bool {
    s0(v)
}

/// `#/if/properties/type`
fn s2(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "login"))) {
        return false;
    }
    true
}

/// `#/if`
fn s1(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "type" => s2(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "type") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginFlow/allOf/0/if`
fn s6(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, _) in members.iter() {
            let ok = match &**key {
                "redirectUrl" => true,
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "redirectUrl") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginFlow/allOf/0/then/properties/integrations`
fn s8(v: &Document<'_>) -> bool {
    if s6(v) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/allOf/0/then`
fn s7(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "integrations" => s8(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginFlow/allOf/0`
fn s5(v: &Document<'_>) -> bool {
    if !(if s6(v) { s7(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/$schema`
fn s9(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/allowedCountries/items`
fn s11(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(0, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/allowedCountries`
fn s10(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s11)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_items(items)
    {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/collectionCode`
fn s12(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(1, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/documents/not`
fn s14(_v: &Document<'_>) -> bool {
    true
}

/// `#/definitions/LoginFlow/properties/documents`
fn s13(v: &Document<'_>) -> bool {
    if s14(v) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/identityUrl`
fn s15(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(2, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginIntegrations/properties/redirectUrl`
fn s19(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(3, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginIntegrations/properties/webhook`
fn s20(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(4, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_)) || matches!(v, Document::Null)) {
        return false;
    }
    true
}

/// `#/definitions/LoginIntegrations`
fn s18(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "redirectUrl" => s19(value),
                "webhook" => s20(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginFlow/properties/integrations/allOf/0`
fn s17(v: &Document<'_>) -> bool {
    s18(v)
}

/// `#/definitions/LoginFlow/properties/integrations`
fn s16(v: &Document<'_>) -> bool {
    if !(s17(v)) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/0/anyOf/0/properties/email`
fn s26(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Bool(true))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/0/anyOf/0`
fn s25(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "email" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "email") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/0/anyOf/1`
fn s27(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "phone" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "phone") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/0/anyOf/2`
fn s28(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "faceLiveness" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "faceLiveness") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/0`
fn s24(v: &Document<'_>) -> bool {
    if !(s25(v) || s27(v) || s28(v)) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/1/then/properties/emailGateway`
fn s31(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "mailgun"))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/1/then`
fn s30(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "emailGateway" => s31(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/1`
fn s29(v: &Document<'_>) -> bool {
    if !(if s25(v) { s30(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/2/then/properties/phoneGateway/not`
fn s35(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "none"))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/2/then/properties/phoneGateway`
fn s34(v: &Document<'_>) -> bool {
    if s35(v) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/2/then`
fn s33(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "phoneGateway" => s34(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "phoneGateway") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/2`
fn s32(v: &Document<'_>) -> bool {
    if !(if s27(v) { s33(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/3/if/properties/steps/contains`
fn s39(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "email"))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/3/if/properties/steps`
fn s38(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().any(s39)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/3/if`
fn s37(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "steps" => s38(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "steps") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/3`
fn s36(v: &Document<'_>) -> bool {
    if !(if s37(v) { s25(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/4/if/properties/steps/contains`
fn s43(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "phone"))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/4/if/properties/steps`
fn s42(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().any(s43)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/4/if`
fn s41(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "steps" => s42(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "steps") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/4`
fn s40(v: &Document<'_>) -> bool {
    if !(if s41(v) { s27(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/5/if/properties/steps/contains`
fn s47(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "liveness"))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/5/if/properties/steps`
fn s46(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().any(s47)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/allOf/5/if`
fn s45(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "steps" => s46(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "steps") {
            return false;
        }
    }
    true
}

/// `#/definitions/LoginSettings/allOf/5`
fn s44(v: &Document<'_>) -> bool {
    if !(if s45(v) { s28(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/allowPasskeys`
fn s48(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Bool(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/emailGateway`
fn s49(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "mailgun" | "none"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/livenessMinScore`
fn s50(v: &Document<'_>) -> bool {
    if let Document::Number(n) = v
        && !at_most(n, 0.9)
    {
        return false;
    }
    if let Document::Number(n) = v
        && !at_least(n, 0.51)
    {
        return false;
    }
    if !(matches!(v, Document::Number(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/phoneGateway`
fn s51(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "sms" | "whatsapp" | "both" | "none"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/searchMinScore`
fn s52(v: &Document<'_>) -> bool {
    if let Document::Number(n) = v
        && !at_most(n, 0.95)
    {
        return false;
    }
    if let Document::Number(n) = v
        && !at_least(n, 0.7)
    {
        return false;
    }
    if !(matches!(v, Document::Number(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/searchMode`
fn s53(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "FAST" | "ACCURATE"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/steps/items`
fn s55(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "email" | "phone" | "liveness"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings/properties/steps`
fn s54(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s55)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_items(items)
    {
        return false;
    }
    true
}

/// `#/definitions/LoginSettings`
fn s23(v: &Document<'_>) -> bool {
    if !(s24(v) && s29(v) && s32(v) && s36(v) && s40(v) && s44(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "allowPasskeys" => s48(value),
                "email" => s48(value),
                "emailGateway" => s49(value),
                "faceLiveness" => s48(value),
                "livenessMinScore" => s50(value),
                "phone" => s48(value),
                "phoneGateway" => s51(value),
                "searchMinScore" => s52(value),
                "searchMode" => s53(value),
                "showFaceLivenessRecommendation" => s48(value),
                "steps" => s54(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginFlow/properties/loginSettings/allOf/0`
fn s22(v: &Document<'_>) -> bool {
    s23(v)
}

/// `#/definitions/LoginFlow/properties/loginSettings`
fn s21(v: &Document<'_>) -> bool {
    if !(s22(v)) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/name`
fn s56(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(5, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/project`
fn s57(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(4, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/0/if`
fn s62(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestType" => s39(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "apiTestType") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/0/then/properties/apiTestValue`
fn s64(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(6, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/0/then`
fn s63(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestValue" => s64(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/Security/allOf/0`
fn s61(v: &Document<'_>) -> bool {
    if !(if s62(v) { s63(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/1/if`
fn s66(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestType" => s43(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "apiTestType") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/1/then/properties/apiTestValue`
fn s68(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(7, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/1/then`
fn s67(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestValue" => s68(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/Security/allOf/1`
fn s65(v: &Document<'_>) -> bool {
    if !(if s66(v) { s67(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/2/if/properties/source`
fn s71(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "API"))) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/2/if`
fn s70(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "source" => s71(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "source") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/2/then`
fn s72(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, _) in members.iter() {
            let ok = match &**key {
                "apiTestType" => true,
                "apiTestValue" => true,
                "apiUrl" => true,
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "apiUrl") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "apiTestType") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "apiTestValue") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/2`
fn s69(v: &Document<'_>) -> bool {
    if !(if s70(v) { s72(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/3/if/properties/strategy`
fn s75(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "whitelist"))) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/3/if`
fn s74(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "strategy" => s75(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "strategy") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/3/then/properties/source/not`
fn s78(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "NONE")) || matches!(v, Document::Null)) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/3/then/properties/source`
fn s77(v: &Document<'_>) -> bool {
    if s78(v) {
        return false;
    }
    true
}

/// `#/definitions/Security/allOf/3/then`
fn s76(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "source" => s77(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "source") {
            return false;
        }
    }
    true
}

/// `#/definitions/Security/allOf/3`
fn s73(v: &Document<'_>) -> bool {
    if !(if s74(v) { s76(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Security/properties/apiTestType`
fn s79(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "email" | "phone"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Security/properties/source`
fn s80(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "API" | "CSV" | "NONE" | "SMART_ENROLL")) || matches!(v, Document::Null)) {
        return false;
    }
    if !(matches!(v, Document::String(_)) || matches!(v, Document::Null)) {
        return false;
    }
    true
}

/// `#/definitions/Security/properties/strategy`
fn s81(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "whitelist" | "none"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Security`
fn s60(v: &Document<'_>) -> bool {
    if !(s61(v) && s65(v) && s69(v) && s73(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestType" => s79(value),
                "apiTestValue" => s11(value),
                "apiUrl" => s15(value),
                "source" => s80(value),
                "strategy" => s81(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginFlow/properties/security/allOf/0`
fn s59(v: &Document<'_>) -> bool {
    s60(v)
}

/// `#/definitions/LoginFlow/properties/security`
fn s58(v: &Document<'_>) -> bool {
    if !(s59(v)) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/status`
fn s82(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "draft" | "active"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow/properties/type`
fn s83(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "onboarding" | "login"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/WhiteListEntry/allOf/0/anyOf/0`
fn s88(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, _) in members.iter() {
            let ok = match &**key {
                "email" => true,
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "email") {
            return false;
        }
    }
    true
}

/// `#/definitions/WhiteListEntry/allOf/0/anyOf/1`
fn s89(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, _) in members.iter() {
            let ok = match &**key {
                "phone" => true,
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "phone") {
            return false;
        }
    }
    true
}

/// `#/definitions/WhiteListEntry/allOf/0`
fn s87(v: &Document<'_>) -> bool {
    if !(s88(v) || s89(v)) {
        return false;
    }
    true
}

/// `#/definitions/WhiteListEntry/properties/countryCode`
fn s90(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(8, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/WhiteListEntry`
fn s86(v: &Document<'_>) -> bool {
    if !(s87(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "countryCode" => s90(value),
                "email" => s11(value),
                "name" => s11(value),
                "phone" => s11(value),
                "project" => s57(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/LoginFlow/properties/whiteList/items`
fn s85(v: &Document<'_>) -> bool {
    s86(v)
}

/// `#/definitions/LoginFlow/properties/whiteList`
fn s84(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s85)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/LoginFlow`
fn s4(v: &Document<'_>) -> bool {
    if !(s5(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "$schema" => s9(value),
                "allowedCountries" => s10(value),
                "collectionCode" => s12(value),
                "documents" => s13(value),
                "identityUrl" => s15(value),
                "integrations" => s16(value),
                "liveness" => s13(value),
                "loginSettings" => s21(value),
                "name" => s56(value),
                "project" => s57(value),
                "redirectUrl" => s19(value),
                "security" => s58(value),
                "signUpForm" => s13(value),
                "status" => s82(value),
                "steps" => s13(value),
                "systemForm" => s57(value),
                "target" => s13(value),
                "type" => s83(value),
                "usesWhiteList" => s48(value),
                "webhook" => s57(value),
                "webhookUrl" => s15(value),
                "whiteList" => s84(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "project") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "type") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "status") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "loginSettings") {
            return false;
        }
    }
    true
}

/// `#/then`
fn s3(v: &Document<'_>) -> bool {
    s4(v)
}

/// `#/definitions/ProjectFlow/allOf/0/if/properties/steps/properties/document`
fn s96(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "mandatory" | "optional"))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0/if/properties/steps`
fn s95(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "document" => s96(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "document") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0/if`
fn s94(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "steps" => s95(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "steps") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0/then/properties/documents/properties/documentTypes`
fn s99(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && items.len() < 1
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0/then/properties/documents`
fn s98(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documentTypes" => s99(value),
                "verificationMethods" => s99(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "verificationMethods") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "documentTypes") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0/then`
fn s97(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documents" => s98(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "documents") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/0`
fn s93(v: &Document<'_>) -> bool {
    if !(if s94(v) { s97(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/if/properties/target`
fn s102(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "personal"))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/if`
fn s101(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "target" => s102(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "target") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents/properties/documentTypes/items/properties/configurations/items/properties/documentCategory`
fn s109(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "government_id" | "passport" | "license"))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents/properties/documentTypes/items/properties/configurations/items`
fn s108(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documentCategory" => s109(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents/properties/documentTypes/items/properties/configurations`
fn s107(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s108)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents/properties/documentTypes/items`
fn s106(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "configurations" => s107(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents/properties/documentTypes`
fn s105(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s106)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then/properties/documents`
fn s104(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documentTypes" => s105(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1/then`
fn s103(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documents" => s104(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/1`
fn s100(v: &Document<'_>) -> bool {
    if !(if s101(v) { s103(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/if/properties/target`
fn s112(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "business"))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/if`
fn s111(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "target" => s112(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "target") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents/properties/documentTypes/items/properties/configurations/items/properties/documentCategory`
fn s119(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "bank_document" | "tax_document" | "business_document" | "proof_of_address"))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents/properties/documentTypes/items/properties/configurations/items`
fn s118(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documentCategory" => s119(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents/properties/documentTypes/items/properties/configurations`
fn s117(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s118)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents/properties/documentTypes/items`
fn s116(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "configurations" => s117(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents/properties/documentTypes`
fn s115(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s116)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then/properties/documents`
fn s114(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documentTypes" => s115(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2/then`
fn s113(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "documents" => s114(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/2`
fn s110(v: &Document<'_>) -> bool {
    if !(if s111(v) { s113(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/3/if/properties/steps`
fn s122(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "liveness" => s96(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "liveness") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/3/if`
fn s121(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "steps" => s122(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "steps") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/3/then`
fn s123(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, _) in members.iter() {
            let ok = match &**key {
                "liveness" => true,
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "liveness") {
            return false;
        }
    }
    true
}

/// `#/definitions/ProjectFlow/allOf/3`
fn s120(v: &Document<'_>) -> bool {
    if !(if s121(v) { s123(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Documents/allOf/0/if`
fn s128(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "screening" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "screening") {
            return false;
        }
    }
    true
}

/// `#/definitions/Documents/allOf/0/then/anyOf/0`
fn s130(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "criminalHistoryVerification" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "criminalHistoryVerification") {
            return false;
        }
    }
    true
}

/// `#/definitions/Documents/allOf/0/then/anyOf/1`
fn s131(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "informationVerification" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "informationVerification") {
            return false;
        }
    }
    true
}

/// `#/definitions/Documents/allOf/0/then`
fn s129(v: &Document<'_>) -> bool {
    if !(s130(v) || s131(v)) {
        return false;
    }
    true
}

/// `#/definitions/Documents/allOf/0`
fn s127(v: &Document<'_>) -> bool {
    if !(if s128(v) { s129(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/Documents/properties/attemptLimit`
fn s132(v: &Document<'_>) -> bool {
    if let Document::Number(n) = v
        && !at_most(n, 5.0)
    {
        return false;
    }
    if let Document::Number(n) = v
        && !at_least(n, 1.0)
    {
        return false;
    }
    if !(matches!(v, Document::Number(n) if is_integer(n))) {
        return false;
    }
    true
}

/// `#/definitions/Documents/properties/criminalHistoryVerificationEndpoints`
fn s133(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s9)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_items(items)
    {
        return false;
    }
    true
}

/// `#/definitions/DocumentType/allOf/0/properties/configurations/contains`
fn s139(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "active" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "active") {
            return false;
        }
    }
    true
}

/// `#/definitions/DocumentType/allOf/0/properties/configurations`
fn s138(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().any(s139)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/DocumentType/allOf/0`
fn s137(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "configurations" => s138(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/DocumentConfiguration/properties/documentCategory`
fn s143(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "government_id" | "passport" | "license" | "bank_document" | "tax_document" | "business_document" | "proof_of_address"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/DocumentTemplate/properties/required`
fn s147(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "mandatory" | "optional"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/DocumentTemplate`
fn s146(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "promptTemplate" => s57(value),
                "required" => s147(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "promptTemplate") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "required") {
            return false;
        }
    }
    true
}

/// `#/definitions/DocumentConfiguration/properties/documentTemplates/items`
fn s145(v: &Document<'_>) -> bool {
    s146(v)
}

/// `#/definitions/DocumentConfiguration/properties/documentTemplates`
fn s144(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s145)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/DocumentConfiguration`
fn s142(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "active" => s48(value),
                "documentCategory" => s143(value),
                "documentTemplates" => s144(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "active") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "documentCategory") {
            return false;
        }
    }
    true
}

/// `#/definitions/DocumentType/properties/configurations/items`
fn s141(v: &Document<'_>) -> bool {
    s142(v)
}

/// `#/definitions/DocumentType/properties/configurations`
fn s140(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s141)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    true
}

/// `#/definitions/DocumentType`
fn s136(v: &Document<'_>) -> bool {
    if !(s137(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "configurations" => s140(value),
                "country" => s11(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "country") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "configurations") {
            return false;
        }
    }
    true
}

/// `#/definitions/Documents/properties/documentTypes/items`
fn s135(v: &Document<'_>) -> bool {
    s136(v)
}

/// `#/definitions/Documents/properties/documentTypes`
fn s134(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s135)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_items(items)
    {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_keys(items, &["country"])
    {
        return false;
    }
    true
}

/// `#/definitions/Documents/properties/verificationMethods/items`
fn s149(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "SCAN_ZERO" | "SCAN_PROMPT" | "SCAN_STUDIO" | "scan" | "upload"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Documents/properties/verificationMethods`
fn s148(v: &Document<'_>) -> bool {
    if let Document::Array(items) = v
        && !items.iter().all(s149)
    {
        return false;
    }
    if !(matches!(v, Document::Array(_))) {
        return false;
    }
    if let Document::Array(items) = v
        && !unique_items(items)
    {
        return false;
    }
    true
}

/// `#/definitions/Documents`
fn s126(v: &Document<'_>) -> bool {
    if !(s127(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "attemptLimit" => s132(value),
                "criminalHistoryVerification" => s48(value),
                "criminalHistoryVerificationEndpoints" => s133(value),
                "documentTypes" => s134(value),
                "informationVerification" => s48(value),
                "screening" => s48(value),
                "verificationMethods" => s148(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/properties/documents/allOf/0`
fn s125(v: &Document<'_>) -> bool {
    s126(v)
}

/// `#/definitions/ProjectFlow/properties/documents`
fn s124(v: &Document<'_>) -> bool {
    if !(s125(v)) {
        return false;
    }
    true
}

/// `#/definitions/Integrations/properties/source`
fn s153(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "NONE" | "API"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Integrations/properties/strategy`
fn s154(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "none" | "blacklist"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Integrations`
fn s152(v: &Document<'_>) -> bool {
    if !(s69(v) && s61(v) && s65(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "apiTestType" => s79(value),
                "apiTestValue" => s11(value),
                "apiUrl" => s15(value),
                "redirectUrl" => s19(value),
                "source" => s153(value),
                "strategy" => s154(value),
                "webhook" => s20(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/properties/integrations/allOf/0`
fn s151(v: &Document<'_>) -> bool {
    s152(v)
}

/// `#/definitions/ProjectFlow/properties/integrations`
fn s150(v: &Document<'_>) -> bool {
    if !(s151(v)) {
        return false;
    }
    true
}

/// `#/definitions/Liveness/properties/kycType`
fn s158(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "traditional" | "zero_knowledge"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Liveness/properties/minScore`
fn s159(v: &Document<'_>) -> bool {
    if let Document::Number(n) = v
        && !at_most(n, 0.9)
    {
        return false;
    }
    if let Document::Number(n) = v
        && !at_least(n, 0.52)
    {
        return false;
    }
    if !(matches!(v, Document::Number(_))) {
        return false;
    }
    true
}

/// `#/definitions/Liveness`
fn s157(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "attemptLimit" => s132(value),
                "compareMinScore" => s52(value),
                "kycType" => s158(value),
                "minScore" => s159(value),
                "searchMinScore" => s52(value),
                "searchMode" => s53(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/properties/liveness/allOf/0`
fn s156(v: &Document<'_>) -> bool {
    s157(v)
}

/// `#/definitions/ProjectFlow/properties/liveness`
fn s155(v: &Document<'_>) -> bool {
    if !(s156(v)) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/allOf/0`
fn s163(v: &Document<'_>) -> bool {
    if !(s25(v) || s27(v)) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/allOf/1/then`
fn s165(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "emailGateway" => s34(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "emailGateway") {
            return false;
        }
    }
    true
}

/// `#/definitions/SignUpForm/allOf/1`
fn s164(v: &Document<'_>) -> bool {
    if !(if s25(v) { s165(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/allOf/2/then`
fn s167(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "phoneGateway" => s34(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/SignUpForm/allOf/2`
fn s166(v: &Document<'_>) -> bool {
    if !(if s27(v) { s167(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/allOf/3/if`
fn s169(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "allowAdditionalFields" => s26(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "allowAdditionalFields") {
            return false;
        }
    }
    true
}

/// `#/definitions/SignUpForm/allOf/3/then`
fn s170(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "additionalFields" => s99(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "additionalFields") {
            return false;
        }
    }
    true
}

/// `#/definitions/SignUpForm/allOf/3`
fn s168(v: &Document<'_>) -> bool {
    if !(if s169(v) { s170(v) } else { true }) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/properties/countryCode`
fn s171(v: &Document<'_>) -> bool {
    if let Document::String(s) = v
        && !pattern(9, s)
    {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm/properties/fullNameStyle`
fn s172(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "together" | "separate"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/SignUpForm`
fn s162(v: &Document<'_>) -> bool {
    if !(s163(v) && s164(v) && s166(v) && s168(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "additionalFields" => s10(value),
                "allowAdditionalFields" => s48(value),
                "countryCode" => s171(value),
                "email" => s48(value),
                "emailGateway" => s49(value),
                "fullName" => s48(value),
                "fullNameStyle" => s172(value),
                "phone" => s48(value),
                "phoneGateway" => s51(value),
                "showPrivacyNotice" => s48(value),
                "showTermsAndConditions" => s48(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/properties/signUpForm/allOf/0`
fn s161(v: &Document<'_>) -> bool {
    s162(v)
}

/// `#/definitions/ProjectFlow/properties/signUpForm`
fn s160(v: &Document<'_>) -> bool {
    if !(s161(v)) {
        return false;
    }
    true
}

/// `#/definitions/Steps/properties/document`
fn s176(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "mandatory" | "optional" | "skip"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/Steps`
fn s175(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "document" => s176(value),
                "liveness" => s176(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `#/definitions/ProjectFlow/properties/steps/allOf/0`
fn s174(v: &Document<'_>) -> bool {
    s175(v)
}

/// `#/definitions/ProjectFlow/properties/steps`
fn s173(v: &Document<'_>) -> bool {
    if !(s174(v)) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow/properties/target`
fn s177(v: &Document<'_>) -> bool {
    if !(matches!(v, Document::String(s) if matches!(&**s, "personal" | "business"))) {
        return false;
    }
    if !(matches!(v, Document::String(_))) {
        return false;
    }
    true
}

/// `#/definitions/ProjectFlow`
fn s92(v: &Document<'_>) -> bool {
    if !(s93(v) && s100(v) && s110(v) && s120(v)) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "$schema" => s9(value),
                "allowedCountries" => s13(value),
                "collectionCode" => s13(value),
                "documents" => s124(value),
                "identityUrl" => s13(value),
                "integrations" => s150(value),
                "liveness" => s155(value),
                "loginSettings" => s13(value),
                "name" => s56(value),
                "project" => s57(value),
                "redirectUrl" => s13(value),
                "security" => s13(value),
                "signUpForm" => s160(value),
                "status" => s82(value),
                "steps" => s173(value),
                "systemForm" => s13(value),
                "target" => s177(value),
                "type" => s83(value),
                "usesWhiteList" => s13(value),
                "webhook" => s13(value),
                "webhookUrl" => s13(value),
                "whiteList" => s13(value),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "project") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "type") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "name") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "target") {
            return false;
        }
        if !members.iter().any(|(key, _)| *key == "status") {
            return false;
        }
    }
    true
}

/// `#/else`
fn s91(v: &Document<'_>) -> bool {
    s92(v)
}

/// `#`
fn s0(v: &Document<'_>) -> bool {
    if !(if s1(v) { s3(v) } else { s91(v) }) {
        return false;
    }
    if !(matches!(v, Document::Object(_))) {
        return false;
    }
    if let Document::Object(members) = v {
        for (key, value) in members.iter() {
            let ok = match &**key {
                "$schema" => s9(value),
                "type" => s83(value),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        if !members.iter().any(|(key, _)| *key == "type") {
            return false;
        }
    }
    true
}
