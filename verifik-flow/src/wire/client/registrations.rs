//! The app-registration endpoints: start a person's onboarding, read it, list them, and the
//! person's own sync.

use reqwest::Method;
use reqwest::header::HeaderValue;

use super::address::flow_path_under;
use super::send::Pacing;
use super::token::Token;
use super::{Client, ClientError};
use crate::{
    ApiError, AppRegistration, CreatedRegistration, ListPage, Message, NewAppRegistration,
    PersonToken, RegistrationQuery, RegistrationStatus, SyncAnswer, SyncStep,
};

/// Why Verifik refused to create or move a registration (a 409), as its pages document them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RegistrationConflict {
    /// The e-mail is registered already (`email_is_registered_already`).
    EmailTaken,
    /// The phone is registered already (`phone_is_registered_already`).
    PhoneTaken,
    /// Neither an e-mail nor a phone (`Needs an email or a phone at least`).
    NeedsContact,
    /// A phone without its country code (`missing countryCode`).
    MissingCountryCode,
    /// `end` before the sign-up form's checks passed (`signUpForm_validation_not_passed`).
    SignUpFormNotPassed,
}

impl RegistrationConflict {
    /// The conflict a 409's body names (its message or code), if it is a documented one.
    pub fn of(error: &ApiError) -> Option<Self> {
        let said = |text: &str| {
            error.message.eq_ignore_ascii_case(text) || error.code.eq_ignore_ascii_case(text)
        };
        [
            ("email_is_registered_already", Self::EmailTaken),
            ("phone_is_registered_already", Self::PhoneTaken),
            ("Needs an email or a phone at least", Self::NeedsContact),
            ("missing countryCode", Self::MissingCountryCode),
            (
                "signUpForm_validation_not_passed",
                Self::SignUpFormNotPassed,
            ),
        ]
        .into_iter()
        .find_map(|(text, conflict)| said(text).then_some(conflict))
    }
}

/// A 409 that names a documented conflict becomes [`ClientError::Conflict`].
fn typed(error: ClientError) -> ClientError {
    match error {
        ClientError::Api { status: 409, error } => match RegistrationConflict::of(&error) {
            Some(conflict) => ClientError::Conflict { conflict, error },
            None => ClientError::Api { status: 409, error },
        },
        other => other,
    }
}

impl Client {
    /// `POST /v2/app-registrations`: starts one person's journey through an onboarding flow.
    /// The answer holds the person's token, for [`sync`](Self::sync). Never sent again after
    /// a try that may have reached Verifik (the person would be registered twice, or refused
    /// as registered already). Paced only by Verifik's `Retry-After` (these calls' limit is
    /// not documented; they do not share the project-flow calls' pace).
    pub async fn create_app_registration(
        &self,
        person: &NewAppRegistration,
    ) -> Result<CreatedRegistration, ClientError> {
        let body = person.to_json();
        self.send_as(
            Method::POST,
            "v2/app-registrations",
            &[],
            Some(&body),
            false,
            Pacing::RetryAfterOnly,
            None,
        )
        .await
        .and_then(|answer| answer.decode_data(&self.token))
        .map_err(typed)
    }

    /// `GET /v2/app-registrations/{id}`.
    pub async fn get_app_registration(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<AppRegistration, ClientError> {
        let path = flow_path_under("v2/app-registrations", id.as_ref())?;
        self.send_as(
            Method::GET,
            &path,
            &[],
            None,
            true,
            Pacing::RetryAfterOnly,
            None,
        )
        .await?
        .decode_data(&self.token)
    }

    /// `GET /v2/app-registrations`: one page, by project, flow and status. A `page` or
    /// `limit` out of range is refused before anything is sent.
    pub async fn list_app_registrations(
        &self,
        query: &RegistrationQuery,
    ) -> Result<ListPage<AppRegistration>, ClientError> {
        query.page_and_limit().map_err(ClientError::Query)?;
        self.send_as(
            Method::GET,
            "v2/app-registrations",
            &query.pairs(),
            None,
            true,
            Pacing::RetryAfterOnly,
            None,
        )
        .await?
        .decode(&self.token)
    }

    /// `PUT /v2/app-registrations/{id}/sync`, with the person's token (not the client's):
    /// the person's page says it reached `step`. `status` must be one the step takes
    /// ([`SyncStep::takes`]: `ONGOING` for the pages, a final status for `end`,
    /// `COMPLETED_WITHOUT_KYC` for `skipKYC`); another is refused before anything is sent.
    pub async fn sync(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        person: &PersonToken,
        step: SyncStep,
        status: &RegistrationStatus,
    ) -> Result<SyncAnswer, ClientError> {
        if !step.takes(status) {
            let (step, status) = (step.as_str(), status.as_str().to_owned());
            return Err(ClientError::Config(Message::from_fn(move |lang| {
                crate::words::of(lang).sync_status_refused(step, &crate::printable(&status))
            })));
        }
        let mut header =
            HeaderValue::from_str(&format!("Bearer {}", person.expose())).map_err(|_| {
                ClientError::Config(Message::from_fn(|lang| {
                    crate::words::of(lang).token_not_header()
                }))
            })?;
        header.set_sensitive(true);
        let bearer = Token {
            header,
            text: person.expose().to_owned(),
        };
        let path = format!(
            "{}/sync",
            flow_path_under("v2/app-registrations", id.as_ref())?
        );
        let body = serde_json::json!({ "step": step.as_str(), "status": status.as_str() });
        self.send_as(
            Method::PUT,
            &path,
            &[],
            Some(&body),
            false,
            Pacing::RetryAfterOnly,
            Some(&bearer),
        )
        .await
        .and_then(|answer| answer.decode_data(&bearer))
        .map_err(typed)
    }

    /// Every registration of `project` (of one flow, with one status, when given), exactly,
    /// as [`list_all`](Self::list_all) reads a project's flows: pages of a hundred until the
    /// answer's `pages`; an answer that cannot be exact is an error.
    pub async fn list_all_app_registrations(
        &self,
        project: &crate::ProjectId,
        project_flow: Option<&crate::ObjectId>,
        status: Option<&RegistrationStatus>,
    ) -> Result<Vec<AppRegistration>, ClientError> {
        crate::wire::listing::exact(
            project.as_str(),
            |page| {
                let query = RegistrationQuery {
                    page: Some(page),
                    limit: Some(crate::ListQuery::MAX_LIMIT),
                    project: Some(project.clone()),
                    project_flow: project_flow.cloned(),
                    status: status.cloned(),
                    statuses: Vec::new(),
                };
                async move { self.list_app_registrations(&query).await }
            },
            |registration: &AppRegistration| {
                (registration.id.clone(), registration.project.clone())
            },
        )
        .await
    }
}
