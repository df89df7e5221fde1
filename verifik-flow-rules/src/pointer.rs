//! JSON pointers: escaping, and how messages name the member a pointer points at.

/// How an English message names a member: `` `minScore` ``, `` `verificationMethods[1]` ``,
/// or the body ([`words::subject`](crate::words::subject) in any language).
pub fn subject(pointer: &str) -> String {
    crate::words::subject(crate::Lang::En.words(), pointer)
}

/// A key as a pointer segment (`~` and `/` escaped).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A pointer segment as the key it stands for.
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// A pointer as a dotted path, as people and Verifik's errors write a field:
/// `/documents/documentTypes/0` is `documents.documentTypes.0` (the body itself is empty).
pub fn dotted(pointer: &str) -> String {
    pointer
        .split('/')
        .skip(1)
        .map(unescape)
        .collect::<Vec<_>>()
        .join(".")
}
