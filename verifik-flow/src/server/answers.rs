//! The stand-in's answers that are not a record: errors in Verifik's shapes (each text
//! escaped), and the extractors that read a request's body and flow ID without answering in
//! axum's own words.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, Path as UrlPath, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::MAX_BODY_BYTES;
use crate::{ApiError, ApiErrorDetail, Rule, ValidationErrors};

/// An error answer, in Verifik's shape.
pub(super) fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    error_with(status, code, message, Vec::new())
}

pub(super) fn error_with(
    status: StatusCode,
    code: &str,
    message: impl Into<String>,
    details: Vec<ApiErrorDetail>,
) -> Response {
    // Every text of an answer passes here escaped: a query, a path or a body may carry
    // controls or bidi characters that a client would print.
    let body = ApiError {
        message: crate::printable(&message.into()).into_owned(),
        code: code.to_owned(),
        status: Some(status.as_u16()),
        timestamp: Some(crate::wire::response::rfc3339(chrono::Utc::now())),
        details,
    };
    (status, Json(body)).into_response()
}

/// Verifik's dotted field path of a JSON pointer: `/documents/documentTypes/0` is
/// `documents.documentTypes.0`.
pub(super) fn dotted(pointer: &str) -> String {
    crate::printable(&verifik_flow_rules::dotted(pointer)).into_owned()
}

/// The answer to a body that breaks rules: 400 for a bad project ID (as Verifik), else 422
/// with one detail a violation.
pub(super) fn refuse(errors: &ValidationErrors) -> Response {
    if errors
        .iter()
        .any(|v| v.pointer() == "/project" && matches!(v.rule(), Rule::Pattern | Rule::Type))
    {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Invalid project ID format",
        );
    }
    if let Some(syntax) = errors.iter().find(|v| {
        matches!(
            v.rule(),
            Rule::Syntax | Rule::DuplicateKey | Rule::TooDeep | Rule::TooLarge
        )
    }) {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            format!("Invalid JSON body: {}", syntax.message()),
        );
    }
    let details = errors
        .iter()
        .map(|v| ApiErrorDetail {
            // The member the rule is about; for a rule about the whole body, the key that
            // triggers it (a field of "" would point nowhere).
            field: dotted(if v.pointer().is_empty() {
                &v.place().pointer
            } else {
                v.pointer()
            }),
            message: format!("{}: {}", v.rule(), v.message()),
        })
        .collect();
    error_with(
        StatusCode::UNPROCESSABLE_ENTITY,
        "UnprocessableEntity",
        "Project flow validation failed",
        details,
    )
}

/// A request body, or Verifik's error when it cannot be read.
pub(super) struct Body(pub(super) Bytes);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        Bytes::from_request(request, state)
            .await
            .map(Body)
            .map_err(|rejection| unreadable(&rejection))
    }
}

/// A body that could not be read: over [`MAX_BODY_BYTES`] (413), or broken off.
pub(super) fn unreadable(rejection: &BytesRejection) -> Response {
    let status = rejection.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        error(
            status,
            "PayloadTooLarge",
            format!("The body is larger than {MAX_BODY_BYTES} bytes"),
        )
    } else {
        error(
            status,
            "BadRequest",
            format!("The body could not be read: {rejection}"),
        )
    }
}

pub(super) fn internal(error_text: &std::io::Error) -> Response {
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "InternalServerError",
        format!("the stand-in could not store the flow: {error_text}"),
    )
}

pub(super) fn flow_not_found() -> Response {
    error(StatusCode::NOT_FOUND, "NotFound", "Project flow not found")
}

/// A flow ID from the path: an ObjectId in either case, stored and looked up in lower case.
/// Anything else (a path segment that is not even UTF-8 included) is Verifik's 400, in JSON.
pub(super) struct FlowId(pub(super) String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for FlowId {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Response> {
        let invalid = || {
            error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "Invalid project flow ID format",
            )
        };
        let UrlPath(id) = UrlPath::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| invalid())?;
        if crate::body::values::is_object_id(&id) {
            Ok(Self(id.to_ascii_lowercase()))
        } else {
            Err(invalid())
        }
    }
}

pub(super) async fn method_not_allowed() -> Response {
    error(
        StatusCode::METHOD_NOT_ALLOWED,
        "MethodNotAllowed",
        "This endpoint does not take that method",
    )
}

pub(super) async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "NotFound", "No such endpoint")
}

/// An answer of refusal: its status, code and message (small, unlike a `Response`).
pub(super) struct Refusal {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        error(self.status, self.code, self.message)
    }
}

pub(super) fn refusal(
    status: StatusCode,
    code: &'static str,
    message: impl Into<String>,
) -> Refusal {
    Refusal {
        status,
        code,
        message: message.into(),
    }
}

pub(super) fn bad_request(code: &'static str, message: impl Into<String>) -> Refusal {
    refusal(StatusCode::BAD_REQUEST, code, message)
}

pub(super) fn conflict(code: &'static str, message: impl Into<String>) -> Refusal {
    refusal(StatusCode::CONFLICT, code, message)
}
