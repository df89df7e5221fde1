//! The library's words in English.

#[cfg(feature = "plan")]
use std::fmt::Write as _;
use std::io;

#[cfg(feature = "client")]
use super::BaseUrlWhy;
use super::Words;
#[cfg(feature = "client")]
use crate::client::RegistrationConflict;
#[cfg(feature = "client")]
use crate::client::{DEFAULT_BASE_URL, Failure, MAX_ANSWER_BYTES};
#[cfg(feature = "plan")]
use crate::plan::{
    Counts, DirError, DirRefusal, INVENTORY_FILE as INV, PLAN_FORMAT, PlanProblem, SavedPlanError,
    Stale,
};
#[cfg(feature = "server")]
use crate::server::store::{Holder, MAX_VERSION, RecordProblem};
#[cfg(feature = "client")]
use crate::wire::listing::{ListingProblem, MAX_FLOWS_A_PROJECT};
#[cfg(any(feature = "client", feature = "plan"))]
use crate::{Lang, printable};
#[cfg(feature = "client")]
use crate::{PLACEHOLDER_PROJECT, client::ClientError};
#[cfg(feature = "plan")]
use verifik_flow_rules::{dotted, render};

/// English.
pub(crate) struct English;

impl Words for English {
    #[cfg(feature = "plan")]
    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::Invalid { .. } => problem.message_in(Lang::En),
            PlanProblem::TwoFilesOneFlow { first, second, id } => {
                format!("{first} and {second} both manage flow {id}; keep one of them")
            }
            PlanProblem::NameShared {
                file,
                project,
                name,
                ids,
            } => format!(
                "{file}: {} flows of project {project} are named {name:?} ({}); nothing is \
                 guessed: name the one it manages in {INV}, or rename the others",
                ids.len(),
                ids.join(", ")
            ),
            PlanProblem::Conflict {
                file,
                id,
                pointer,
                remote,
            } => format!(
                "{file}: `{}` is {} on Verifik (flow {id}) and not in the file, and a key without \
                 a default cannot be removed through an update: put it back in the file, or \
                 clear it in Verifik's dashboard",
                dotted(pointer),
                render(remote)
            ),
            PlanProblem::PausedCreate { file } => format!(
                "{file}: its status is `paused`, and no flow of it exists yet: Verifik creates \
                 flows as `draft` or `active`; create it as one of those, then pause it"
            ),
            PlanProblem::Gone { file, project, id } => format!(
                "{file}: {INV} names flow {id} in project {project}, which no longer exists; plan \
                 with --recreate to create it again, or remove its line from {INV}"
            ),
            PlanProblem::SameName {
                first,
                second,
                project,
                name,
            } => format!(
                "{first} and {second} are both flows of project {project} named {name:?}, and \
                 neither exists yet; two flows of one name cannot be told apart later: rename \
                 one of them"
            ),
            PlanProblem::PendingAmbiguous {
                files,
                project,
                ids,
            } => format!(
                "{}: {INV} records creates whose answer was lost, and {} flows of project \
                 {project} could be theirs ({}); nothing is guessed: name the flow each file \
                 manages in {INV}, or delete the extra flows, then plan again",
                files.join(", "),
                ids.len(),
                ids.join(", ")
            ),
            PlanProblem::TypeChanged {
                file,
                id,
                local,
                remote,
            } => format!(
                "{file}: flow {id} is a `{remote}` flow and the file a `{local}` one; a flow's \
                 type cannot change: create a new flow (remove its line from {INV})"
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn plan_is_stale(&self) -> String {
        "the plan is stale: nothing was applied; plan again".into()
    }

    #[cfg(feature = "plan")]
    fn saved_plan_error(&self, error: &SavedPlanError) -> String {
        match error {
            SavedPlanError::Stale(_) => error.message_in(Lang::En),
            SavedPlanError::NotAPlan(why) => {
                format!(
                    "not a saved verifik-flow plan ({}); make one with plan --out",
                    printable(why)
                )
            }
            SavedPlanError::Format { found } if *found > u64::from(PLAN_FORMAT) => format!(
                "a plan of format {found}, newer than this verifik-flow reads ({PLAN_FORMAT}): \
                 update verifik-flow"
            ),
            SavedPlanError::Format { found } => {
                format!("a plan of format {found}, made by an older verifik-flow; plan again")
            }
            SavedPlanError::OtherBaseUrl { planned, now } => format!(
                "the plan was made against {} and this run talks to {}; plan again against \
                 this one, or set VERIFIK_BASE_URL",
                printable(planned),
                printable(now)
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn stale(&self, stale: &Stale) -> String {
        match stale {
            Stale::File(file) => format!("{}: changed since the plan", printable(file)),
            Stale::Inventory => {
                format!("{INV}: changed since the plan (was it applied already?)")
            }
            Stale::Step(file) => {
                format!(
                    "{}: its flow changed on Verifik since the plan",
                    printable(file)
                )
            }
        }
    }

    #[cfg(feature = "plan")]
    fn dir_error(&self, error: &DirError) -> String {
        match error {
            DirError::Io { .. } | DirError::Inventory { .. } => error.message_in(Lang::En),
            DirError::Locked { dir, waited } if waited.is_zero() => format!(
                "{}: another apply or pull is using this directory; wait for it to end, or give \
                 --lock-timeout SECONDS",
                printable(&dir.display().to_string())
            ),
            DirError::Locked { dir, waited } => format!(
                "{}: another apply or pull kept this directory for {} s, the whole \
                 --lock-timeout",
                printable(&dir.display().to_string()),
                waited.as_secs()
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn plan_summary(&self, counts: &Counts) -> String {
        let Counts {
            create,
            update,
            delete,
            adopt,
            moved,
            unchanged,
            unmanaged,
        } = *counts;
        let mut recorded = String::new();
        if adopt > 0 {
            let _ = write!(recorded, ", {adopt} to adopt");
        }
        if moved > 0 {
            let _ = write!(recorded, ", {moved} to move");
        }
        format!(
            "Plan: {create} to create, {update} to update, {delete} to delete{recorded}; \
             {unchanged} unchanged, {unmanaged} unmanaged."
        )
    }

    #[cfg(feature = "plan")]
    fn inventory_too_new(&self, found: u64, reads: u32) -> String {
        format!(
            "has format {found}, newer than this verifik-flow reads ({reads}): update verifik-flow"
        )
    }

    #[cfg(feature = "plan")]
    fn not_an_inventory(&self, error: &str) -> String {
        format!("is not a verifik-flow inventory ({error})")
    }

    #[cfg(feature = "client")]
    fn listing_problem(&self, problem: &ListingProblem) -> String {
        match problem {
            ListingProblem::IdTwice { id } => format!("flow {} came twice", printable(id)),
            ListingProblem::OtherProject { id, found } => {
                format!(
                    "flow {} belongs to project {}",
                    printable(id),
                    printable(found)
                )
            }
            ListingProblem::TooMany => format!("more than {MAX_FLOWS_A_PROJECT} flows"),
            ListingProblem::NotTotal { read, total } => {
                format!("the pages held {read} flows where the answer announced {total}")
            }
        }
    }

    #[cfg(feature = "client")]
    fn listing_not_exact(&self, project: &str, what: &str) -> String {
        format!(
            "the listing of project {project}'s flows is not exact ({what}); nothing was done \
             with it: try again, and if it persists, report it to Verifik"
        )
    }

    fn page_out_of_range(&self) -> String {
        "`page` must be a whole number from 1".into()
    }

    fn limit_out_of_range(&self, max: u32) -> String {
        format!("`limit` must be a whole number from 1 to {max}")
    }

    #[cfg(feature = "client")]
    fn body_breaks_rules(&self) -> String {
        "the body breaks rules; nothing was sent".into()
    }

    #[cfg(feature = "client")]
    fn query_refused(&self, why: &str) -> String {
        format!("{why}; nothing was sent")
    }

    #[cfg(feature = "client")]
    fn client_error(&self, error: &ClientError) -> String {
        match error {
            ClientError::Invalid(_)
            | ClientError::Config(_)
            | ClientError::FlowId(_)
            | ClientError::Query(_)
            | ClientError::Listing { .. }
            | ClientError::Walk(_) => error.message_in(Lang::En),
            ClientError::Api { status, error } => {
                format!("Verifik answered {status}: {error}")
            }
            ClientError::Conflict { conflict, error } => {
                let what = match conflict {
                    RegistrationConflict::EmailTaken => {
                        "this e-mail is registered already: read its registration instead"
                    }
                    RegistrationConflict::PhoneTaken => {
                        "this phone is registered already: read its registration instead"
                    }
                    RegistrationConflict::NeedsContact => "give an e-mail or a phone",
                    RegistrationConflict::MissingCountryCode => {
                        "give the phone's country code (`+57`)"
                    }
                    RegistrationConflict::SignUpFormNotPassed => {
                        "the sign-up form's checks have not passed: sync the steps the flow \
                         requires before `end`"
                    }
                };
                format!("Verifik answered 409: {error}; {what}")
            }
            ClientError::Http { status, excerpt } if excerpt.is_empty() => {
                format!("Verifik answered {status}: (an empty body)")
            }
            ClientError::Http { status, excerpt } => {
                format!("Verifik answered {status}: {excerpt}")
            }
            ClientError::Redirect {
                status,
                location: Some(location),
            } => format!(
                "Verifik answered {status} and points to {location}; the client follows no \
                 redirect: check VERIFIK_BASE_URL"
            ),
            ClientError::Redirect {
                status,
                location: None,
            } => format!(
                "Verifik answered {status}, a redirect that points nowhere; the client follows no \
                 redirect: check VERIFIK_BASE_URL"
            ),
            ClientError::TooLarge { status } => {
                format!(
                    "Verifik's answer ({status}) is larger than {} MiB; it was not read",
                    MAX_ANSWER_BYTES / (1024 * 1024)
                )
            }
            ClientError::Transport {
                base_url,
                failure,
                cause,
            } => {
                let failure = match failure {
                    Failure::TimedOut => "timed out",
                    Failure::Connect => "could not connect",
                    Failure::Other => "failed",
                };
                let cause = if cause.is_empty() {
                    String::new()
                } else {
                    format!(": {cause}")
                };
                format!("the request to {base_url} {failure}{cause}")
            }
            ClientError::Decode { status, message } => {
                format!("Verifik's answer ({status}) could not be read: {message}")
            }
            ClientError::Placeholder => format!(
                "the flow's `project` is the placeholder {PLACEHOLDER_PROJECT}, not a project of yours; \
                 nothing was sent. Give your project's ID"
            ),
            ClientError::NothingToChange => {
                "the update has no key to change; nothing was sent".into()
            }
            ClientError::Stopped { .. } => "stopped while waiting to try the call again".into(),
        }
    }

    #[cfg(feature = "client")]
    fn flow_id_empty(&self) -> String {
        "a project flow ID cannot be empty".into()
    }

    #[cfg(feature = "client")]
    fn flow_id_dots(&self, id: &str) -> String {
        format!(
            "`{id}` is not a project flow ID: a path would read it as a folder; give the \
                 `_id` of the flow as Verifik wrote it"
        )
    }

    #[cfg(feature = "client")]
    fn flow_id_char(&self, id: &str, c: &str) -> String {
        format!(
            "`{id}` is not a project flow ID: it holds `{c}`; give the `_id` of the flow as \
                 Verifik wrote it"
        )
    }

    #[cfg(feature = "client")]
    fn base_url_bad(&self, base_url: &str, why: &str) -> String {
        format!(
            "`{base_url}` is not a base URL for Verifik ({why}); use one such as \
                 {DEFAULT_BASE_URL}"
        )
    }

    #[cfg(feature = "client")]
    fn base_url_plain_http(&self, base_url: &str) -> String {
        format!(
            "`{base_url}` is plain http to another machine: use https (plain http is \
                     only for loopback stand-ins)"
        )
    }

    #[cfg(feature = "client")]
    fn update_not_object(&self) -> String {
        "an update is a JSON object of the keys to change".into()
    }

    #[cfg(feature = "client")]
    fn token_not_set(&self) -> String {
        "VERIFIK_TOKEN is not set: export your Verifik API token".into()
    }

    #[cfg(feature = "client")]
    fn token_not_header(&self) -> String {
        "the token has characters a header cannot carry".into()
    }

    #[cfg(feature = "client")]
    fn cannot_set_up_http(&self, error: &str) -> String {
        format!("cannot set up HTTP: {error}")
    }

    #[cfg(feature = "client")]
    fn cannot_make_url(&self, path: &str, error: &str) -> String {
        format!("cannot make a URL of {path}: {error}")
    }

    #[cfg(feature = "server")]
    fn data_folder_missing(&self, arg0: &str) -> String {
        format!("the folder {arg0} does not exist; create it first")
    }

    #[cfg(feature = "server")]
    fn data_folder_check(&self) -> String {
        "check that its folder exists and can be written".into()
    }

    #[cfg(feature = "server")]
    fn data_cannot_open(&self, shown: &str, e: &str) -> String {
        format!("the data file {shown} cannot be opened: {e}")
    }

    #[cfg(feature = "server")]
    fn data_in_use(&self, shown: &str) -> String {
        format!(
            "the data file {shown} is in use by another stand-in (it holds the \
                         file's SQLite lock); stop that one, or give this one another --data file"
        )
    }

    #[cfg(feature = "server")]
    fn data_cannot_use(&self, shown: &str, e: &str) -> String {
        format!("the data file {shown} cannot be used: {e}")
    }

    #[cfg(feature = "server")]
    fn data_not_ours(&self, shown: &str) -> String {
        format!(
            "the data file {shown} is a SQLite database of another program; nothing was \
                     written. Give another --data path"
        )
    }

    #[cfg(feature = "server")]
    fn data_unreadable(&self, error: &str) -> String {
        format!("cannot be read: {error}")
    }

    #[cfg(feature = "server")]
    fn data_cannot_import(&self, shown: &str, error: &str) -> String {
        format!("cannot import {shown}: {error}")
    }

    #[cfg(feature = "server")]
    fn data_cannot_read(&self, shown: &str, e: &str) -> String {
        format!("the data file {shown} cannot be read: {e}")
    }

    #[cfg(feature = "server")]
    fn data_json_incomplete(&self, shown: &str, error: &str) -> String {
        format!(
            "the data file {shown} is JSON but not a complete data file of an earlier \
                     stand-in ({error}); nothing was read or written. Restore it from a backup, \
                     or move it away to start empty"
        )
    }

    #[cfg(feature = "server")]
    fn data_format(&self, shown: &str, arg0: &str) -> String {
        format!("the data file {shown} has format {arg0}; this stand-in imports format 1")
    }

    #[cfg(feature = "server")]
    fn data_json_both(&self, shown: &str, arg0: &str) -> String {
        format!("the data file {shown} is JSON, and {arg0} exists already: move one of them away")
    }

    #[cfg(feature = "server")]
    fn data_symlink(&self) -> String {
        "is a symbolic link; give the path of the file itself".into()
    }

    #[cfg(feature = "server")]
    fn data_not_regular(&self) -> String {
        "is not a regular file; give a file's path".into()
    }

    #[cfg(feature = "server")]
    fn data_neither(&self) -> String {
        "is neither a stand-in database nor a JSON data file of an earlier \
                             stand-in; nothing was read or written. Give another --data path"
            .into()
    }

    #[cfg(feature = "server")]
    fn data_bad_record(&self, row: &str, e: &str) -> String {
        format!(
            "holds a record that is not a flow (row `{row}`: {e}); nothing \
                                 was loaded"
        )
    }

    #[cfg(feature = "server")]
    fn data_unreachable_records(&self, problems: &str) -> String {
        format!(
            "holds records the API could never reach or change; nothing was loaded. Fix or \
             remove them (the key of each must be its record's `_id`, 24 hexadecimal digits in \
             lower case, once; a `version` below {MAX_VERSION}): {problems}"
        )
    }

    #[cfg(feature = "server")]
    fn record_problem(&self, holder: Holder, problem: &RecordProblem) -> String {
        let what = match holder {
            Holder::Row => "row",
            Holder::Record => "the record",
        };
        match problem {
            RecordProblem::OtherId { key, id } => {
                format!("{what} `{key}` holds the record of `_id` `{id}`")
            }
            RecordProblem::NotAnObjectId { key } => {
                format!("{what} `{key}`: its `_id` is not an ObjectId (24 hexadecimal digits)")
            }
            RecordProblem::Capitals { key } => {
                format!("{what} `{key}`: its `_id` has capitals (IDs are stored in lower case)")
            }
            RecordProblem::Twice { key } => format!("{what} `{key}` is there twice"),
            RecordProblem::Version { key, version } => format!(
                "{what} `{key}`: its `version` {version} cannot be raised (the most is \
                 {MAX_VERSION})"
            ),
        }
    }

    #[cfg(feature = "server")]
    fn data_cannot_create(&self, shown: &str, error: &str, hint: &str) -> String {
        format!("the data file {shown} cannot be created ({error}): {hint}")
    }

    #[cfg(feature = "server")]
    fn data_file_says(&self, shown: &str, what: &str) -> String {
        format!("the data file {shown}: {what}")
    }

    #[cfg(feature = "server")]
    fn json_data_file_says(&self, shown: &str, what: &str) -> String {
        format!("the JSON data file {shown} {what}")
    }

    #[cfg(feature = "client")]
    fn base_url_why(&self, why: &BaseUrlWhy) -> String {
        match why {
            BaseUrlWhy::Unparsable(error) => error.clone(),
            BaseUrlWhy::Credentials => {
                "it carries credentials; the token goes in VERIFIK_TOKEN".into()
            }
            BaseUrlWhy::QueryOrFragment => "it has a query or a fragment".into(),
            BaseUrlWhy::NoHost => "it has no host".into(),
            BaseUrlWhy::Scheme => "its scheme is not https".into(),
        }
    }

    fn io_error(&self, error: &io::Error) -> String {
        #[cfg(feature = "plan")]
        if let Some(why) = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<DirRefusal>())
        {
            return self.dir_refusal(*why);
        }
        match error.kind() {
            io::ErrorKind::NotFound => "no such file or directory".into(),
            io::ErrorKind::PermissionDenied => "permission denied".into(),
            io::ErrorKind::AlreadyExists => "it exists already".into(),
            io::ErrorKind::StorageFull => "no space left on the device".into(),
            io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
            io::ErrorKind::IsADirectory => "it is a directory".into(),
            _ if error.get_ref().is_some() => error.to_string(),
            io::ErrorKind::NotADirectory => "a part of the path is not a directory".into(),
            _ => error.to_string(),
        }
    }

    #[cfg(feature = "server")]
    fn imported_json(&self, count: usize, shown: &str, kept: &str) -> String {
        format!(
            "imported {} from the JSON data file {shown}; it is kept as {kept}",
            crate::Lang::En.words().count(count as u64, "flow", "flows")
        )
    }

    #[cfg(feature = "plan")]
    fn dir_refusal(&self, why: DirRefusal) -> String {
        match why {
            DirRefusal::NotLocked => {
                "the flows directory is written only while locked (FlowsDir::lock)".into()
            }
            DirRefusal::SymlinkWrite => "a symlink: nothing is written through it (it could \
                                         point outside the flows directory)"
                .into(),
            DirRefusal::SymlinkOutside => {
                "a symlink that leads outside the flows directory: not read".into()
            }
            DirRefusal::NotAFile => "not a regular file: not read".into(),
        }
    }

    #[cfg(feature = "server")]
    fn not_deliverable(&self, why: crate::server::webhooks::Undeliverable) -> String {
        use crate::server::webhooks::Undeliverable as U;
        let why = match why {
            U::NotAUrl => "not a URL",
            U::NotPlainHttp => "not plain http",
            U::Credentials => "a URL with a user or password",
            U::NoHost => "a URL without a host",
            U::SlowToResolve => "its host did not resolve in time",
            U::Unresolved => "its host does not resolve",
            U::NotLoopback => "its host is not loopback",
        };
        format!(
            "{why}: the stand-in delivers only to loopback (localhost, 127.0.0.1, ::1) over plain \
             http; use `verifik-flow serve --forward-to http://127.0.0.1:PORT/...` to receive its \
             events"
        )
    }

    #[cfg(feature = "client")]
    fn walk_refused(&self, why: &crate::client::WalkRefused) -> String {
        use crate::client::WalkRefused as W;
        match why {
            W::NotTheStandIn => "the server does not name itself as verifik-flow's stand-in: \
                                 nothing was sent (a registration on Verifik can e-mail a real \
                                 person); point VERIFIK_BASE_URL at `verifik-flow serve`"
                .into(),
            W::LoginFlow => "a registration goes through an onboarding flow; this is a login \
                             flow"
                .into(),
            W::KycMandatory => "this flow cannot end without KYC: its document or liveness step \
                                is mandatory (skipKYC needs none)"
                .into(),
            W::NotMade(event) => format!(
                "the stand-in makes only a journey's `app_registration_*` events, not `{}`",
                printable(event)
            ),
        }
    }

    #[cfg(feature = "client")]
    fn sync_status_refused(&self, step: &str, status: &str) -> String {
        format!(
            "the step `{step}` is not synced with the status `{status}`: the pages with \
             `ONGOING`, `end` with `COMPLETED`, `FAILED` or `NEEDS_MANUAL_VERIFICATION`, \
             `skipKYC` with `COMPLETED_WITHOUT_KYC`; nothing was sent"
        )
    }

    fn not_an_event(&self, json: Option<&str>) -> String {
        let shape = "a webhook delivery is `{ \"type\": \"...\", \"object\": {...} }`";
        match json {
            Some(error) => format!("{shape}; this is not JSON: {}", crate::printable(error)),
            None => format!("{shape}; this has no string `type` or no object `object`"),
        }
    }

    fn contact_form(&self, form: crate::wire::registration::ContactForm, found: &str) -> String {
        use crate::wire::registration::{ContactForm, MAX_EMAIL_CHARS};
        let form = match form {
            ContactForm::Email => format!(
                "an e-mail address (local@domain, at most {MAX_EMAIL_CHARS} characters, no spaces)"
            ),
            ContactForm::Phone => {
                "a phone number (4 to 15 digits; spaces, `-`, `(` and `)` between them)".into()
            }
            ContactForm::DialCode => "a country dial code: `+` and 1 to 4 digits (`+57`)".into(),
        };
        format!("must be {form}, found {found}")
    }

    #[cfg(feature = "preview")]
    fn preview(&self, text: crate::preview::Text) -> String {
        Self::preview_text(text).into()
    }

    #[cfg(feature = "preview")]
    fn preview_attempts(&self, n: u8) -> String {
        format!(
            "Up to {}.",
            crate::Lang::En.words().count(n.into(), "try", "tries")
        )
    }

    #[cfg(feature = "preview")]
    fn preview_min_score(&self, score: f64, min: f64, max: f64) -> String {
        format!(
            "A face passes at a liveness score of {} or more, on Verifik's scale from {} \
             (lenient) to {} (strict).",
            number(score),
            number(min),
            number(max)
        )
    }

    #[cfg(feature = "preview")]
    fn preview_search(&self, score: f64) -> String {
        format!(
            "The face is searched among the people already enrolled: a score of {} or more \
             is a match.",
            number(score)
        )
    }

    #[cfg(feature = "preview")]
    fn preview_listed(&self, n: usize) -> String {
        format!(
            "The flow lists {}.",
            crate::Lang::En.words().count(n as u64, "person", "people")
        )
    }
}

/// A number as English writes it: `0.65`.
#[cfg(feature = "preview")]
fn number(value: f64) -> String {
    value.to_string()
}

#[cfg(feature = "preview")]
impl English {
    /// The fixed texts of a preview page. (Two texts may read the same in one language and
    /// differ in another: each is worded on its own.)
    #[allow(clippy::too_many_lines, clippy::match_same_arms)]
    fn preview_text(text: crate::preview::Text) -> &'static str {
        use crate::preview::Text as T;
        match text {
            T::Illustration => {
                "An illustration of this flow, drawn from its configuration. It is not \
                 Verifik's own page: the words and the layout a person sees there differ."
            }
            T::PreviewOf => "preview of a Verifik flow",
            T::KindOnboarding => "Smart Enroll (onboarding)",
            T::KindLogin => "Smart Access (sign-in)",
            T::LabelKind => "Kind",
            T::LabelStatus => "Status",
            T::LabelProject => "Project",
            T::LabelTarget => "Who is onboarded",
            T::StatusDraft => "Draft (not live)",
            T::StatusActive => "Active (live)",
            T::StatusPaused => "Paused",
            T::StatusDeleted => "Deleted",
            T::TargetPersonal => "A person",
            T::TargetBusiness => "A business",
            T::Unnamed => "(no name)",
            T::JourneyHeading => "What a person goes through",
            T::GapsHeading => "What this flow does not check",
            T::NoGaps => "Every step is shown, and every contact detail asked for is verified.",
            T::NoGapsLogin => {
                "A face is checked at every sign-in, and only the people on the whitelist may \
                 sign in."
            }
            T::ModeMandatory => "Mandatory",
            T::ModeOptional => "Optional",
            T::ModeSkip => "Not shown",
            T::ModeMandatoryNote => "The person must complete this step.",
            T::ModeOptionalNote => "The person may skip this step.",
            T::ModeSkipNote => "Set to skip: the person never sees this step.",
            T::StepSignUp => "Sign-up form",
            T::CreateAccount => "Create an account",
            T::FullName => "Full name",
            T::FirstName => "First name",
            T::LastName => "Last name",
            T::NameAsOnId => "Use the name exactly as it appears on your ID",
            T::Email => "Email",
            T::Phone => "Phone",
            T::AcceptTerms => "I accept the Terms and Conditions",
            T::AcceptPrivacy => "I accept the privacy notice",
            T::Continue => "Continue",
            T::NoContactAsked => "The form asks for neither an e-mail nor a phone.",
            T::StepEmailCode => "E-mail code",
            T::EmailCodeSent => "Enter the 6-digit code sent to your e-mail",
            T::EmailNotVerified => {
                "The e-mail address is collected, not verified: no code is sent to it."
            }
            T::StepPhoneCode => "Phone code",
            T::PhoneCodeSent => "Enter the code sent to your phone",
            T::BySms => "The code is sent by SMS.",
            T::ByWhatsapp => "The code is sent by WhatsApp.",
            T::BySmsOrWhatsapp => "The code is sent by SMS or by WhatsApp.",
            T::PhoneNotVerified => {
                "The phone number is collected, not verified: no code is sent to it."
            }
            T::StepDocument => "Identity document",
            T::ChooseDocument => "Choose your document, then show its front and back",
            T::Front => "Front",
            T::Back => "Back",
            T::DocumentsByCountry => "The documents a person may choose, by their country:",
            T::Scanned => "Scanned with the camera:",
            T::Uploaded => "Uploaded as a picture or a file:",
            T::CaptureHeading => "How the document is captured:",
            T::ChecksHeading => "Checks run on the document:",
            T::CheckInformation => "information verification",
            T::CheckCriminal => "criminal history verification",
            T::CheckScreening => "screening",
            T::NoChecks => {
                "No check is run on the document's data: information verification, criminal \
                 history verification and screening are off."
            }
            T::GovernmentId => "government ID",
            T::Passport => "passport",
            T::License => "driver's license",
            T::BankDocument => "bank document",
            T::TaxDocument => "tax document",
            T::BusinessDocument => "business document",
            T::ProofOfAddress => "proof of address",
            T::StepLiveness => "Liveness: a face in a circle",
            T::FaceInCircle => "Place your face in the circle",
            T::Lenient => "lenient",
            T::Strict => "strict",
            T::SearchFast => "Search mode FAST: the quicker search.",
            T::SearchAccurate => "Search mode ACCURATE: the slower, more thorough search.",
            T::StepEnd => "The end",
            T::SentTo => "At the end, the person is sent to",
            T::WithToken => "with a token added to the address (?token=…).",
            T::NoRedirect => "No redirect address is set.",
            T::GapNoFace => "No face is checked: the liveness step is not shown.",
            T::GapFaceOptional => {
                "A person may skip the liveness step, and then no face is checked."
            }
            T::GapNoDocument => "No identity document is checked: the document step is not shown.",
            T::GapDocumentOptional => {
                "A person may skip the document step, and then no document is checked."
            }
            T::GapEmail => "The e-mail address is not verified: no code is sent to it.",
            T::GapPhone => "The phone number is not verified: no code is sent to it.",
            T::GapNoDocumentChecks => {
                "The document's data is not checked: information verification, criminal \
                 history verification and screening are off."
            }
            T::GapLoginNoFace => "No face is checked at sign-in: a code alone signs a person in.",
            T::GapLoginAnyone => "There is no whitelist: anyone who passes the factors signs in.",
            T::StepSignIn => "Sign-in page",
            T::SignIn => "Sign in",
            T::FactorsHeading => "The person proves who they are with, in this order:",
            T::FactorEmail => "a code sent to their e-mail;",
            T::FactorPhone => "a code sent to their phone.",
            T::FactorFace => {
                "their face, in a circle (liveness), searched among the people enrolled."
            }
            T::Passkeys => "Passkeys are allowed.",
            T::WhoHeading => "Who may sign in",
            T::WhoAnyone => "Anyone who passes the factors above: there is no whitelist.",
            T::WhoWhitelist => "Only the people on the whitelist.",
            T::SourceApi => "The whitelist is answered by your API:",
            T::SourceCsv => "The whitelist comes from a CSV file.",
            T::SourceSmartEnroll => {
                "The whitelist is everyone who completed Smart Enroll on this project."
            }
            T::SourceNone => "No source of names is set: the whitelist admits nobody.",
            T::PeopleHidden => "Their names, e-mails and phones are not shown on this page.",
            T::Name => "Name",
            T::AllowedCountries => "Countries a person may sign in from:",
            T::IndexTitle => "Previews of flows",
            T::ColUpdated => "Updated",
            T::NoFlows => "No flows.",
            T::PlanHeading => "What this plan changes",
            T::ActionCreate => "Created",
            T::ActionUpdate => "Changed",
            T::ActionDelete => "Deleted",
            T::ChangesHeading => "What changes for a person:",
            T::Before => "before",
            T::After => "after",
            T::Stricter => "stricter,",
            T::MoreLenient => "more lenient,",
            T::Raised => "raised,",
            T::Lowered => "lowered,",
            T::PersonalHidden => "(people's data, hidden)",
            T::PageLocked => {
                "This page opens with the address the stand-in printed, once: run \
                 `verifik-flow serve` again for a new one (in Rust, StandIn::page_url)."
            }
            T::PageNoFlow => "The stand-in holds no flow of that ID.",
            T::NotSet => "not set",
            T::NoJourney => {
                "This flow's journey cannot be drawn: Verifik holds a body the rules refuse."
            }
        }
    }
}
