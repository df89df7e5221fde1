//! The library's catalogue: every sentence of the client, the stand-in and flows as code, one
//! trait with a method a message and one implementation a language (`en.rs`, `es.rs`).
//! Violations are worded by `verifik_flow_rules`' catalogue; the CLI has its own.

mod en;
mod es;

use crate::Lang;
#[cfg(feature = "client")]
use crate::client::ClientError;
#[cfg(feature = "plan")]
use crate::plan::{Counts, DirError, DirRefusal, PlanProblem, SavedPlanError, Stale};
#[cfg(feature = "preview")]
use crate::preview::Text;
#[cfg(feature = "server")]
use crate::server::store::{Holder, RecordProblem};
#[cfg(feature = "client")]
use crate::wire::listing::ListingProblem;
use crate::wire::registration::ContactForm;

verifik_flow_rules::catalogue! {
    /// The library's sentences, from their arguments (already shown: escaped, in backticks).
    pub(crate) trait Words, in every language Library { en: en::English, es: es::Spanish }
    {
        /// Why no plan could be made (a problem that names no violations).
        #[cfg(feature = "plan")]
        fn plan_problem(&self, problem: &PlanProblem) -> String;
        /// The last line of a stale saved plan.
        #[cfg(feature = "plan")]
        fn plan_is_stale(&self) -> String;
        /// Why a saved plan cannot be applied (not stale).
        #[cfg(feature = "plan")]
        fn saved_plan_error(&self, error: &SavedPlanError) -> String;
        /// One thing that changed since a saved plan was made.
        #[cfg(feature = "plan")]
        fn stale(&self, stale: &Stale) -> String;
        /// A flows directory that cannot be used (locked).
        #[cfg(feature = "plan")]
        fn dir_error(&self, error: &DirError) -> String;
        /// The summary line of a plan.
        #[cfg(feature = "plan")]
        fn plan_summary(&self, counts: &Counts) -> String;
        /// An inventory of a newer format.
        #[cfg(feature = "plan")]
        fn inventory_too_new(&self, found: u64, reads: u32) -> String;
        /// A file that is not an inventory.
        #[cfg(feature = "plan")]
        fn not_an_inventory(&self, error: &str) -> String;
        /// What makes a listing of a project's flows inexact.
        #[cfg(feature = "client")]
        fn listing_problem(&self, problem: &ListingProblem) -> String;
        /// A listing that is not exact, and what to do.
        #[cfg(feature = "client")]
        fn listing_not_exact(&self, project: &str, what: &str) -> String;
        /// A listing's `page` of 0.
        fn page_out_of_range(&self) -> String;
        /// A listing's `limit` out of range.
        fn limit_out_of_range(&self, max: u32) -> String;
        /// The line above a body's violations.
        #[cfg(feature = "client")]
        fn body_breaks_rules(&self) -> String;
        /// A query refused before it was sent.
        #[cfg(feature = "client")]
        fn query_refused(&self, why: &str) -> String;
        /// What went wrong with a call (the errors that carry no other message).
        #[cfg(feature = "client")]
        fn client_error(&self, error: &ClientError) -> String;
        /// An empty flow ID.
        #[cfg(feature = "client")]
        fn flow_id_empty(&self) -> String;
        /// A flow ID of `.` or `..`.
        #[cfg(feature = "client")]
        fn flow_id_dots(&self, id: &str) -> String;
        /// A flow ID holding a character a path cannot carry.
        #[cfg(feature = "client")]
        fn flow_id_char(&self, id: &str, c: &str) -> String;
        /// A base URL that is not one, and why.
        #[cfg(feature = "client")]
        fn base_url_bad(&self, base_url: &str, why: &str) -> String;
        /// A base URL of plain http to another machine.
        #[cfg(feature = "client")]
        fn base_url_plain_http(&self, base_url: &str) -> String;
        /// An update that is not an object.
        #[cfg(feature = "client")]
        fn update_not_object(&self) -> String;
        /// No `VERIFIK_TOKEN`.
        #[cfg(feature = "client")]
        fn token_not_set(&self) -> String;
        /// A token a header cannot carry.
        #[cfg(feature = "client")]
        fn token_not_header(&self) -> String;
        /// The HTTP client could not be built.
        #[cfg(feature = "client")]
        fn cannot_set_up_http(&self, error: &str) -> String;
        /// A path that makes no URL.
        #[cfg(feature = "client")]
        fn cannot_make_url(&self, path: &str, error: &str) -> String;
        /// The stand-in's data folder does not exist.
        #[cfg(feature = "server")]
        fn data_folder_missing(&self, arg0: &str) -> String;
        /// A data file that could not be created, for another reason.
        #[cfg(feature = "server")]
        fn data_folder_check(&self) -> String;
        /// A data file that cannot be opened.
        #[cfg(feature = "server")]
        fn data_cannot_open(&self, shown: &str, e: &str) -> String;
        /// A data file another stand-in holds.
        #[cfg(feature = "server")]
        fn data_in_use(&self, shown: &str) -> String;
        /// A data file SQLite refuses.
        #[cfg(feature = "server")]
        fn data_cannot_use(&self, shown: &str, e: &str) -> String;
        /// A SQLite database of another program.
        #[cfg(feature = "server")]
        fn data_not_ours(&self, shown: &str) -> String;
        /// A data file that cannot be read.
        #[cfg(feature = "server")]
        fn data_unreadable(&self, error: &str) -> String;
        /// A JSON data file that cannot be imported.
        #[cfg(feature = "server")]
        fn data_cannot_import(&self, shown: &str, error: &str) -> String;
        /// A JSON data file that cannot be read.
        #[cfg(feature = "server")]
        fn data_cannot_read(&self, shown: &str, e: &str) -> String;
        /// A JSON data file that is not a whole one.
        #[cfg(feature = "server")]
        fn data_json_incomplete(&self, shown: &str, error: &str) -> String;
        /// A JSON data file of another format.
        #[cfg(feature = "server")]
        fn data_format(&self, shown: &str, arg0: &str) -> String;
        /// A JSON data file whose kept copy exists already.
        #[cfg(feature = "server")]
        fn data_json_both(&self, shown: &str, arg0: &str) -> String;
        /// A data path that is a symbolic link.
        #[cfg(feature = "server")]
        fn data_symlink(&self) -> String;
        /// A data path that is no regular file.
        #[cfg(feature = "server")]
        fn data_not_regular(&self) -> String;
        /// A data file of neither kind.
        #[cfg(feature = "server")]
        fn data_neither(&self) -> String;
        /// A stored record that is not a flow.
        #[cfg(feature = "server")]
        fn data_bad_record(&self, row: &str, e: &str) -> String;
        /// Stored records the API could never reach.
        #[cfg(feature = "server")]
        fn data_unreachable_records(&self, problems: &str) -> String;
        /// One stored record the API could never reach.
        #[cfg(feature = "server")]
        fn record_problem(&self, holder: Holder, problem: &RecordProblem) -> String;
        /// A data file that cannot be created, and the hint.
        #[cfg(feature = "server")]
        fn data_cannot_create(&self, shown: &str, error: &str, hint: &str) -> String;
        /// What is wrong with a data file.
        #[cfg(feature = "server")]
        fn data_file_says(&self, shown: &str, what: &str) -> String;
        /// What is wrong with a JSON data file.
        #[cfg(feature = "server")]
        fn json_data_file_says(&self, shown: &str, what: &str) -> String;
        /// A base URL's fault, as the reason in [`Words::base_url_bad`].
        #[cfg(feature = "client")]
        fn base_url_why(&self, why: &BaseUrlWhy) -> String;
        /// An error of the file system, in the language's words where its kind is known
        /// (the operating system's own words otherwise).
        fn io_error(&self, error: &std::io::Error) -> String;
        /// Why a flows directory refused to read or write a path.
        #[cfg(feature = "plan")]
        fn dir_refusal(&self, why: DirRefusal) -> String;
        /// The stand-in imported the JSON data file of an earlier one.
        #[cfg(feature = "server")]
        fn imported_json(&self, count: usize, shown: &str, kept: &str) -> String;
        /// Why the stand-in does not deliver to a URL.
        #[cfg(feature = "server")]
        fn not_deliverable(&self, why: crate::server::webhooks::Undeliverable) -> String;
        /// Why a walk on the stand-in was refused.
        #[cfg(feature = "client")]
        fn walk_refused(&self, why: &crate::client::WalkRefused) -> String;
        /// A sync whose status its step does not take.
        #[cfg(feature = "client")]
        fn sync_status_refused(&self, step: &str, status: &str) -> String;
        /// A webhook delivery's body that is not an event (`serde_json`'s words when it is not
        /// JSON).
        fn not_an_event(&self, json: Option<&str>) -> String;
        /// A person's contact of the wrong form (`found` shown as JSON).
        fn contact_form(&self, form: ContactForm, found: &str) -> String;
        /// A fixed text of a preview page.
        #[cfg(feature = "preview")]
        fn preview(&self, text: Text) -> String;
        /// How many tries a step allows: `Up to 3 tries.`
        #[cfg(feature = "preview")]
        fn preview_attempts(&self, n: u8) -> String;
        /// The liveness score a face must reach, on Verifik's scale from `min` (lenient) to
        /// `max` (strict).
        #[cfg(feature = "preview")]
        fn preview_min_score(&self, score: f64, min: f64, max: f64) -> String;
        /// The score of a match when a face is searched among the people enrolled.
        #[cfg(feature = "preview")]
        fn preview_search(&self, score: f64) -> String;
        /// How many people a whitelist lists.
        #[cfg(feature = "preview")]
        fn preview_listed(&self, n: usize) -> String;
    }
}

/// What is wrong with a base URL.
#[cfg(feature = "client")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum BaseUrlWhy {
    /// It does not parse: the `url` crate's words.
    Unparsable(String),
    /// It carries a user or password.
    Credentials,
    /// It has a query or a fragment.
    QueryOrFragment,
    /// It has no host.
    NoHost,
    /// Its scheme is not https (nor http to loopback).
    Scheme,
}

/// The library's catalogue in `lang`.
pub(crate) fn of(lang: Lang) -> &'static dyn Words {
    lang.words_of::<Library>()
}
