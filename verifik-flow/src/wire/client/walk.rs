//! Walking a person through a flow on the stand-in, to the point where an event fires: what
//! `verifik-flow trigger EVENT --flow ID` and `Running::walk` do.
//!
//! It runs only against a server that names itself as verifik-flow's stand-in (a header every
//! answer of it carries): loopback alone is no proof, and a registration on Verifik can e-mail
//! a real person.

use reqwest::Method;

use super::send::Pacing;
use super::{Client, ClientError};
use crate::{
    AppRegistration, EventSuffix, FlowType, Message, NewAppRegistration, ObjectId,
    RegistrationStatus, StepMode, SyncStep,
};

/// Why a walk was not made: nothing was sent that creates anything.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WalkRefused {
    /// The server does not name itself as verifik-flow's stand-in.
    NotTheStandIn,
    /// The flow is a login flow: app registrations go through onboarding flows.
    LoginFlow,
    /// The flow cannot produce the event: `skipKYC` while a KYC step is mandatory.
    KycMandatory,
    /// The stand-in makes no such event (only the `app_registration_*` events of a journey).
    NotMade(String),
}

impl WalkRefused {
    /// Why, in `lang`.
    pub fn message_in(&self, lang: crate::Lang) -> String {
        crate::words::of(lang).walk_refused(self)
    }
}

/// What a walk did: the registration, as the last call left it.
#[derive(Clone, Debug, PartialEq)]
pub struct Walked {
    /// The registration the walk made.
    pub registration: AppRegistration,
    /// Each step synced, in order, with its status.
    pub synced: Vec<(SyncStep, RegistrationStatus)>,
}

/// The steps to sync for `event` on a flow whose `document` and `liveness` steps are as
/// given: `None` when the flow cannot produce it.
pub(crate) fn steps_to(
    event: &EventSuffix,
    document: StepMode,
    liveness: StepMode,
) -> Result<Vec<(SyncStep, RegistrationStatus)>, WalkRefused> {
    use RegistrationStatus as S;
    let ongoing = |step| (step, S::Ongoing);
    let mut kyc = vec![ongoing(SyncStep::SignUpForm)];
    if document == StepMode::Mandatory {
        kyc.push(ongoing(SyncStep::Document));
    }
    if liveness == StepMode::Mandatory {
        kyc.push(ongoing(SyncStep::Liveness));
    }
    let then = |mut steps: Vec<_>, last| {
        steps.push(last);
        steps
    };
    Ok(match event {
        EventSuffix::AppRegistrationCreated => Vec::new(),
        EventSuffix::AppRegistrationSyncSignUpForm => vec![ongoing(SyncStep::SignUpForm)],
        EventSuffix::AppRegistrationSyncInstructions => vec![ongoing(SyncStep::Instructions)],
        EventSuffix::AppRegistrationSyncDocument => vec![ongoing(SyncStep::Document)],
        EventSuffix::AppRegistrationSyncLiveness => vec![ongoing(SyncStep::Liveness)],
        EventSuffix::AppRegistrationCompleted => then(kyc, (SyncStep::End, S::Completed)),
        EventSuffix::AppRegistrationFailed => {
            vec![ongoing(SyncStep::SignUpForm), (SyncStep::End, S::Failed)]
        }
        EventSuffix::AppRegistrationNeedsManualVerification => vec![
            ongoing(SyncStep::SignUpForm),
            (SyncStep::End, S::NeedsManualVerification),
        ],
        EventSuffix::AppRegistrationCompletedWithoutKyc
        | EventSuffix::AppRegistrationSyncSkipKyc => {
            if document == StepMode::Mandatory || liveness == StepMode::Mandatory {
                return Err(WalkRefused::KycMandatory);
            }
            vec![(SyncStep::SkipKyc, S::CompletedWithoutKyc)]
        }
        other => return Err(WalkRefused::NotMade(other.as_str().to_owned())),
    })
}

impl Client {
    /// Whether the server this client calls names itself as verifik-flow's stand-in (a
    /// `GET /v2/project-flows?limit=1` whose answer carries its header).
    pub async fn is_stand_in(&self) -> Result<bool, ClientError> {
        let answer = self
            .send_as(
                Method::GET,
                "v2/project-flows",
                &[("limit".to_owned(), "1".to_owned())],
                None,
                true,
                Pacing::Shared,
                None,
            )
            .await?;
        Ok(answer.stand_in)
    }

    /// On the stand-in only: registers a person on onboarding flow `flow` and syncs the
    /// steps that make `event` fire (`app_registration_completed`: the sign-up form and each
    /// mandatory KYC step, then `end`). An event the flow cannot produce, or a server that is
    /// not the stand-in, is refused before anything is created ([`ClientError::Walk`]).
    pub async fn walk(&self, flow: &ObjectId, event: &EventSuffix) -> Result<Walked, ClientError> {
        if !self.is_stand_in().await? {
            return Err(ClientError::Walk(WalkRefused::NotTheStandIn));
        }
        let record = self.get(flow).await?;
        if record.flow_type == Some(FlowType::Login) {
            return Err(ClientError::Walk(WalkRefused::LoginFlow));
        }
        let mode = |key: &str| {
            record
                .raw()
                .get("steps")
                .and_then(|s| s.get(key))
                .and_then(serde_json::Value::as_str)
                .and_then(|m| m.parse::<StepMode>().ok())
                .unwrap_or(StepMode::Skip)
        };
        let steps =
            steps_to(event, mode("document"), mode("liveness")).map_err(ClientError::Walk)?;
        let project: crate::ProjectId = record
            .project
            .as_deref()
            .unwrap_or_default()
            .parse()
            .map_err(|error: crate::InvalidValue| {
                ClientError::Config(Message::from_fn(move |lang| {
                    error.message_in(lang).to_owned()
                }))
            })?;
        let email = format!("walk-{:016x}@example.com", fastrand::u64(..));
        let person = NewAppRegistration::with_email(project, flow.clone(), &email)
            .map_err(|error| {
                ClientError::Config(Message::from_fn(move |lang| {
                    error.message_in(lang).to_owned()
                }))
            })?
            .names("Walk", "Through");
        let created = self.create_app_registration(&person).await?;
        let id = created.app_registration.id.clone();
        for (step, status) in &steps {
            self.sync(&id, &created.token, *step, status).await?;
        }
        Ok(Walked {
            registration: self.get_app_registration(&id).await?,
            synced: steps,
        })
    }
}
