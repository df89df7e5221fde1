//! `verifik-flow trigger EVENT --flow ID`: on the stand-in only, a person registered on a flow
//! and walked to where EVENT fires, so that a webhook receiver gets it (as `stripe trigger`).

use std::io;
use std::process::ExitCode;

use verifik_flow::{EventSuffix, Lang, ObjectId};

use super::remote::{remote, show};
use super::words;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The event, as its type's suffix (`app_registration_completed`) or whole
    /// (`onboarding_app_registration_completed`): `app_registration_created`,
    /// `app_registration_sync_sign_up_form`, `..._sync_instructions`, `..._sync_document`,
    /// `..._sync_liveness`, `app_registration_completed`, `app_registration_failed`,
    /// `app_registration_needs_manual_verification`,
    /// `app_registration_completed_without_kyc`.
    #[arg(value_name = "EVENT")]
    event: String,
    /// The onboarding flow the person goes through.
    #[arg(long, value_name = "ID")]
    flow: ObjectId,
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    let suffix = EventSuffix::parse(
        args.event
            .strip_prefix("onboarding_")
            .unwrap_or(&args.event),
    );
    remote(
        |client| async move {
            let walked = client.walk(&args.flow, &suffix).await;
            if let Ok(walked) = &walked {
                let steps: Vec<String> = walked
                    .synced
                    .iter()
                    .map(|(step, status)| format!("{step} {status}"))
                    .collect();
                note!(
                    "{}",
                    words::of(lang).triggered(
                        &verifik_flow::printable(suffix.as_str()),
                        &verifik_flow::printable(&walked.registration.id),
                        &steps.join(", ")
                    )
                );
            }
            Ok(show(walked.map(|w| w.registration), lang))
        },
        lang,
    )
}
