//! The stand-in's page (the `server` and `preview` features): the flows it holds, each with
//! its preview, for a person beside the tests.
//!
//! The page is opened by an address with a one-time token ([`StandIn::page_url`]), as
//! Jupyter's: opening it spends the token, sets an `HttpOnly`, `SameSite=Strict` cookie that
//! only this stand-in's page reads, and redirects to the address without the token (so it
//! stays out of the history and of what is shared). Without the cookie or a token: 401. The
//! API's bearer token never opens the page, and the page's cookie never opens the API.

use std::collections::VecDeque;
use std::sync::Mutex;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::Value;

use super::StandIn;
use crate::Lang;
use crate::preview::{Entry, Preview};

/// Where the page is: `/_stand-in` (no Verifik path starts with `_`).
pub const PAGE_PATH: &str = "/_stand-in";

/// The page's cookie.
const COOKIE: &str = "verifik_stand_in";

/// How many unspent tokens, and how many open sessions, are kept (the oldest goes first).
const KEPT: usize = 32;

/// The page's language, its unspent tokens and its sessions.
#[derive(Default)]
pub(super) struct PageState {
    lang: Mutex<Lang>,
    tokens: Mutex<VecDeque<String>>,
    sessions: Mutex<VecDeque<String>>,
}

/// A token of the page; without the operating system's random source, an empty one, which
/// opens nothing (`holds` refuses it).
fn random() -> String {
    super::random_token().unwrap_or_default()
}

fn keep(list: &Mutex<VecDeque<String>>, value: String) {
    let mut list = list
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if list.len() >= KEPT {
        list.pop_front();
    }
    list.push_back(value);
}

/// Whether `value` is in `list`; removed from it when `spend`.
fn holds(list: &Mutex<VecDeque<String>>, value: &str, spend: bool) -> bool {
    if value.is_empty() {
        return false;
    }
    let mut list = list
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match list.iter().position(|kept| kept == value) {
        Some(at) => {
            if spend {
                list.remove(at);
            }
            true
        }
        None => false,
    }
}

impl StandIn {
    /// The address of the stand-in's page under `base_url` (where it serves, as
    /// `http://127.0.0.1:8787`), with a new one-time token: the first visit spends it and gets
    /// a cookie instead. The page lists the flows the stand-in holds and previews each.
    pub fn page_url(&self, base_url: &str) -> String {
        let token = random();
        keep(&self.inner.page.tokens, token.clone());
        format!(
            "{}{PAGE_PATH}?token={token}",
            base_url.trim_end_matches('/')
        )
    }

    /// The language of the page (English unless set).
    pub fn set_page_lang(&self, lang: Lang) {
        *self
            .inner
            .page
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = lang;
    }

    fn page_lang(&self) -> Lang {
        *self
            .inner
            .page
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[derive(Deserialize)]
pub(super) struct TokenQuery {
    token: Option<String>,
}

/// The session a request's cookie names, when it is one of ours.
fn has_session(stand_in: &StandIn, headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, value)| name == COOKIE && holds(&stand_in.inner.page.sessions, value, false))
}

/// A page with the headers every page of the stand-in has.
fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // As the page's own meta, and what only a header can say: no framing.
    if let Ok(policy) = HeaderValue::from_str(&format!(
        "{}; frame-ancestors 'none'",
        crate::preview::POLICY
    )) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn unauthorized(stand_in: &StandIn) -> Response {
    html(
        StatusCode::UNAUTHORIZED,
        Preview::new(stand_in.page_lang()).message_page(crate::preview::Text::PageLocked),
    )
}

/// `GET /_stand-in`: with a token, spend it and redirect with a cookie; with the cookie, the
/// list of flows.
pub(super) async fn index(
    State(stand_in): State<StandIn>,
    Query(query): Query<TokenQuery>,
    headers: HeaderMap,
) -> Response {
    if let Some(token) = query.token {
        if !holds(&stand_in.inner.page.tokens, &token, true) {
            return unauthorized(&stand_in);
        }
        let session = random();
        keep(&stand_in.inner.page.sessions, session.clone());
        let cookie = format!("{COOKIE}={session}; HttpOnly; SameSite=Strict; Path={PAGE_PATH}");
        let mut response = StatusCode::SEE_OTHER.into_response();
        let headers = response.headers_mut();
        headers.insert(header::LOCATION, HeaderValue::from_static(PAGE_PATH));
        if let Ok(cookie) = HeaderValue::from_str(&cookie) {
            headers.insert(header::SET_COOKIE, cookie);
        }
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
        return response;
    }
    if !has_session(&stand_in, &headers) {
        return unauthorized(&stand_in);
    }
    let mut records = stand_in.inner.store.list(|_| true);
    records.sort_by_key(|record| std::cmp::Reverse(record.updated_at));
    let entries: Vec<Entry> = records
        .iter()
        .filter_map(|record| {
            Some(Entry {
                name: record.name.clone(),
                flow_type: record.flow_type?,
                status: record.status?,
                updated: record.updated_at.map(|at| at.to_rfc3339()),
                href: format!("{PAGE_PATH}/flows/{}", record.id),
            })
        })
        .collect();
    html(
        StatusCode::OK,
        Preview::new(stand_in.page_lang()).index(&entries),
    )
}

/// `GET /_stand-in/flows/{id}`: one flow's preview, with the cookie.
pub(super) async fn flow(
    State(stand_in): State<StandIn>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !has_session(&stand_in, &headers) {
        return unauthorized(&stand_in);
    }
    let preview = Preview::new(stand_in.page_lang());
    let stored = stand_in
        .inner
        .store
        .get(&id)
        .and_then(|record| crate::validate_stored(&Value::Object(record.body())).ok());
    match stored {
        Some(flow) => html(StatusCode::OK, preview.page(&flow)),
        None => html(
            StatusCode::NOT_FOUND,
            preview.message_page(crate::preview::Text::PageNoFlow),
        ),
    }
}
