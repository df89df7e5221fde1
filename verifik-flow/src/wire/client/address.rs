//! Where calls go: the base URL's policy (https, or plain http on loopback only) and IDs as
//! path segments.

use super::ClientError;
use crate::Message;
use crate::words::BaseUrlWhy;

/// The characters of an ID written raw in a path segment: RFC 3986's unreserved ones. Every
/// other byte is percent-encoded, so the segment decodes to exactly the ID.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An ID as it is sent: an ObjectId (hex digits only) in lower case, as Verifik stores it;
/// any other ID (such as the 23-digit `_id` of the documentation's create answer) as given.
pub(super) fn path_id(id: &str) -> String {
    if id.bytes().all(|b| b.is_ascii_hexdigit()) {
        id.to_ascii_lowercase()
    } else {
        id.to_owned()
    }
}

/// `{version}/project-flows/{id}` (relative to the base URL), the ID percent-encoded. Any ID
/// Verifik may have written is taken (it answers 400 or 404 to one it does not know); only one
/// that would name another resource ([`check_flow_id`]) is refused.
pub(super) fn flow_path(version: &str, id: &str) -> Result<String, ClientError> {
    flow_path_under(&format!("{version}/project-flows"), id)
}

/// `{prefix}/{id}`, the ID checked as [`flow_path`] checks it (an app registration's too).
pub(super) fn flow_path_under(prefix: &str, id: &str) -> Result<String, ClientError> {
    check_flow_id(id).map_err(ClientError::FlowId)?;
    Ok(format!(
        "{prefix}/{}",
        percent_encoding::utf8_percent_encode(&path_id(id), PATH_SEGMENT)
    ))
}

/// Whether `id` can name a project flow in a path: not empty, no `/`, `?` or `#`, and not
/// `.` or `..` (which every URL parser reads as "this folder" or "the one above"). The CLI
/// reads its ID arguments with this rule.
pub fn check_flow_id(id: &str) -> Result<(), Message> {
    if id.is_empty() {
        return Err(Message::from_fn(|lang| {
            crate::words::of(lang).flow_id_empty()
        }));
    }
    if id == "." || id == ".." {
        return Err(Message::from_fn({
            let id = (id).to_string();
            move |lang| crate::words::of(lang).flow_id_dots(&id)
        }));
    }
    if let Some(c) = id.chars().find(|c| matches!(c, '/' | '?' | '#')) {
        let id = crate::printable(id);
        return Err(Message::from_fn({
            let (id, c) = ((id).to_string(), (c).to_string());
            move |lang| crate::words::of(lang).flow_id_char(&id, &c)
        }));
    }
    Ok(())
}

/// Whether `url` names this machine: `localhost`, or a loopback address.
pub(super) fn host_is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `https://` anywhere; `http://` only to loopback. Returns the URL ending in `/`, so that a
/// relative path such as `v2/project-flows` joins below it (a base URL may have a path of its
/// own, behind a gateway).
pub(super) fn check_base_url(base_url: &str) -> Result<url::Url, ClientError> {
    let bad = |why: BaseUrlWhy| {
        let base_url = base_url.to_owned();
        ClientError::Config(Message::from_fn(move |lang| {
            let words = crate::words::of(lang);
            words.base_url_bad(&base_url, &words.base_url_why(&why))
        }))
    };
    let mut url = url::Url::parse(base_url.trim())
        .map_err(|error| bad(BaseUrlWhy::Unparsable(error.to_string())))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(BaseUrlWhy::Credentials));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(BaseUrlWhy::QueryOrFragment));
    }
    if url.host().is_none() {
        return Err(bad(BaseUrlWhy::NoHost));
    }
    let loopback = host_is_loopback(&url);
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(ClientError::Config(Message::from_fn({
                let base_url = (base_url).to_string();
                move |lang| crate::words::of(lang).base_url_plain_http(&base_url)
            })));
        }
        _ => return Err(bad(BaseUrlWhy::Scheme)),
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_only_for_loopback() {
        for ok in [
            "https://api.verifik.co",
            "https://api.verifik.co/",
            "http://127.0.0.1:8080",
            "http://localhost:3000",
            "http://[::1]:9",
        ] {
            assert!(check_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.verifik.co",
            "http://10.0.0.1",
            "ftp://x",
            "api.verifik.co",
            "https://user@host",
            "http://127.0.0.1.evil.com",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }
}
