//! The bearer token, and the redaction of every text an error shows.

use std::fmt;

use reqwest::header::HeaderValue;

use super::{MAX_SHOWN_CHARS, MIN_REDACTED_TOKEN};

/// The bearer token: kept out of `Debug`, logs and errors. `text` is kept to redact it from
/// what an answer echoes back.
#[derive(Clone)]
pub(super) struct Token {
    pub(super) header: HeaderValue,
    pub(super) text: String,
}

impl Token {
    /// `text` as an error may show it: the token (so its `Bearer` form too) replaced by `***`,
    /// cut to [`MAX_SHOWN_CHARS`], controls and bidi characters escaped. Every text of an
    /// answer that reaches an error passes here.
    pub(super) fn shown(&self, text: &str) -> String {
        let redacted = if self.text.chars().count() >= MIN_REDACTED_TOKEN {
            std::borrow::Cow::Owned(text.replace(&self.text, "***"))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let mut cut: String = redacted.chars().take(MAX_SHOWN_CHARS).collect();
        if redacted.chars().nth(MAX_SHOWN_CHARS).is_some() {
            cut.push_str("...");
        }
        crate::printable(&cut).into_owned()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::super::Client;

    #[test]
    fn the_token_is_not_in_debug_output() {
        let client = Client::new("http://127.0.0.1:1", "s3cr3t-token").unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("Token(***)"), "{shown}");
    }
}
