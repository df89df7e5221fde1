//! The words of each kind of violation: one function a kind, from the rule's arguments. Every
//! place that reports a mistake (the value types, the schema check, `flow!`, the CLI, the
//! stand-in) words it here, so the same mistake reads the same everywhere, and a second
//! language is a second set of these functions, not a second copy of the checks.
//!
//! A value is shown as [`render`](crate::render) shows it: short JSON in backticks. The
//! functions that end in a predicate (`must be ...`) leave the subject to the caller, which
//! knows it (`` `minScore` ``) or does not (a value type on its own).

/// A required key that is missing: ``missing required key `status` in `liveness` ``.
pub fn missing_key(key: &str, subject: &str) -> String {
    format!("missing required key `{key}` in {subject}")
}

/// A key the object does not have, with the closest known key when one is near (a typo), or
/// the keys it has.
pub fn unknown_key(key: &str, place: &str, near: Option<&str>, known: &str) -> String {
    match near {
        Some(near) => format!("unknown key `{key}` in {place}: did you mean `{near}`?"),
        None => format!("unknown key `{key}` in {place}; expected {known}"),
    }
}

/// How a whole number is named where one is expected.
pub const INTEGER: &str = "an integer (a whole number)";

/// A value of the wrong JSON type: ``must be a boolean, found `"yes"` ``.
pub fn wrong_type(expected: &str, found: &str) -> String {
    format!("must be {expected}, found {found}")
}

/// The values an enum allows, as its predicate: ``must be `FAST` or `ACCURATE` ``.
pub fn allowed(values: &[&str]) -> String {
    if values.len() > 2 {
        format!("must be one of {}", crate::choices(values))
    } else {
        format!("must be {}", crate::choices(values))
    }
}

/// A value outside its set: the set's predicate ([`allowed`], or the schema's own words for
/// it), what was found, and the value meant when one is near.
pub fn not_allowed(allowed: &str, found: &str, near: Option<&str>) -> String {
    match near {
        Some(near) => format!("{allowed}, found {found}: did you mean `{near}`?"),
        None => format!("{allowed}, found {found}"),
    }
}

/// `message`, and a hint that names the value for what it is (the name Verifik's Spanish
/// pages give it, and what to write instead).
pub fn with_hint(message: String, hint: Option<&str>) -> String {
    match hint {
        Some(hint) => format!("{message}: {hint}"),
        None => message,
    }
}

/// A number outside its range: ``must be between 0.52 and 0.9, found `1.5` ``.
pub fn range(min: Option<&str>, max: Option<&str>, found: &str) -> String {
    let range = match (min, max) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => format!("at least {min}"),
        (None, Some(max)) => format!("at most {max}"),
        (None, None) => "in range".into(),
    };
    format!("must be {range}, found {found}")
}

/// A string that does not have its form: the form's own words (`must be a MongoDB
/// ObjectId: ...`), and what was found.
pub fn pattern(form: Option<&str>, found: &str) -> String {
    format!(
        "{}, found {found}",
        form.unwrap_or("does not have the required form")
    )
}

/// A string or a list too short or too long.
pub fn length(at_least: bool, limit: u64, unit: &str, found: Option<&str>) -> String {
    let bound = if at_least { "at least" } else { "at most" };
    match found {
        Some(found) => format!("must have {bound} {limit} {unit}, found {found}"),
        None => format!("must have {bound} {limit} {unit}"),
    }
}

/// A list that repeats an item.
pub fn repeated_item() -> String {
    "lists an item more than once: each item must be unique".to_owned()
}

/// A list whose items repeat a key that must differ (`` `country` `"Colombia"` twice ``,
/// worded by the keyword's check).
pub fn repeated_key(what: &str) -> String {
    format!("lists {what}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_as_its_rule_says() {
        assert_eq!(
            range(Some("0.52"), Some("0.9"), "`1.5`"),
            "must be between 0.52 and 0.9, found `1.5`"
        );
        assert_eq!(
            range(None, Some("5"), "`9`"),
            "must be at most 5, found `9`"
        );
        assert_eq!(
            not_allowed(&allowed(&["FAST", "ACCURATE"]), "`\"SLOW\"`", None),
            "must be `FAST` or `ACCURATE`, found `\"SLOW\"`"
        );
        assert_eq!(
            unknown_key("minScroe", "`liveness`", Some("minScore"), ""),
            "unknown key `minScroe` in `liveness`: did you mean `minScore`?"
        );
        assert_eq!(
            wrong_type("a boolean", "`\"yes\"`"),
            "must be a boolean, found `\"yes\"`"
        );
    }
}
