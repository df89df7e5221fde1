//! JSON pointers: escaping, and how messages name the member a pointer points at.

/// How a message names a member: `` `minScore` ``, `` `verificationMethods[1]` ``, or the
/// body.
pub fn subject(pointer: &str) -> String {
    let mut segments: Vec<String> = pointer.split('/').skip(1).map(unescape).collect();
    let mut indexes = String::new();
    while let Some(last) = segments.last() {
        if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
            indexes.insert_str(0, &format!("[{last}]"));
            segments.pop();
        } else {
            break;
        }
    }
    match segments.last() {
        Some(key) => format!("`{key}{indexes}`"),
        None if indexes.is_empty() => "the body".into(),
        None => format!("item `{indexes}`"),
    }
}

/// A key as a pointer segment (`~` and `/` escaped).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A pointer segment as the key it stands for.
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}
