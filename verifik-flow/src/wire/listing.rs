//! Every flow of a project, exactly or not at all ([`Client::list_all`]), and the client as
//! the [`Remote`] that `apply` sends through.
//!
//! A listing cut short would make `pull` drop flows and `plan` create flows that exist; one
//! that never ends would hang. So: the pages follow the answer's `pages`/`total` (a short page
//! is not the end while `pages` says more); without them, pages are read until an empty one;
//! and the listing stops with an error when the flows read exceed `total` or
//! [`MAX_FLOWS_A_PROJECT`], when an `_id` comes twice, or when a record of another project
//! comes back.

use std::collections::BTreeSet;

#[cfg(feature = "plan")]
use serde_json::Value;

use super::client::{Client, ClientError};
use super::response::{ListPage, ListQuery, ProjectFlowRecord};
use crate::Lang;
#[cfg(feature = "plan")]
use crate::plan::Remote;

/// The most flows one project's listing reads: past it, the listing is an error (a server
/// that never stops paging must not hang a plan).
pub const MAX_FLOWS_A_PROJECT: usize = 10_000;

/// Why a project's listing was not exact.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ListingProblem {
    /// One `_id` came twice.
    IdTwice {
        /// The `_id`.
        id: String,
    },
    /// A record of another project came back.
    OtherProject {
        /// Its `_id`.
        id: String,
        /// Its project.
        found: String,
    },
    /// More flows than [`MAX_FLOWS_A_PROJECT`].
    TooMany,
    /// The pages did not add up to the `total` they announced: more flows, or an empty page
    /// before the last.
    NotTotal {
        /// Flows read.
        read: usize,
        /// The total announced.
        total: u64,
    },
}

impl ListingProblem {
    /// What is wrong, for the listing of `project`, in `lang`; what came from the answer
    /// escaped.
    pub fn message_in(&self, project: &str, lang: Lang) -> String {
        let words = crate::words::of(lang);
        words.listing_not_exact(&crate::printable(project), &words.listing_problem(self))
    }
}

impl Client {
    /// Every flow of `project` (of `flow_type` too, when given), exactly:
    /// `GET /v2/project-flows` a page of [`ListQuery::MAX_LIMIT`] at a time, one call a
    /// hundred flows, until the answer's `pages` (or, without counts, an empty page). An
    /// answer that cannot be exact is an error ([`ClientError::Listing`]): see the module.
    pub async fn list_all(
        &self,
        project: &crate::ProjectId,
        flow_type: Option<crate::FlowType>,
    ) -> Result<Vec<ProjectFlowRecord>, ClientError> {
        exact(
            project.as_str(),
            |page| {
                let query = ListQuery {
                    page: Some(page),
                    limit: Some(ListQuery::MAX_LIMIT),
                    project: Some(project.clone()),
                    flow_type,
                    ..ListQuery::default()
                };
                async move { self.list(&query).await }
            },
            |flow: &ProjectFlowRecord| (flow.id.clone(), flow.project.clone()),
        )
        .await
    }
}

/// Every record of `project`'s pages, exactly (see the module): `page_of(n)` reads page `n`;
/// `id_of` gives a record's `_id` and project. The one reading of a listing's pages, for the
/// flows and the app registrations.
pub(crate) async fn exact<T, Page, Fut>(
    project: &str,
    mut page_of: Page,
    id_of: impl Fn(&T) -> (String, Option<String>),
) -> Result<Vec<T>, ClientError>
where
    Page: FnMut(u32) -> Fut,
    Fut: std::future::Future<Output = Result<ListPage<T>, ClientError>>,
{
    let wrong = |problem| ClientError::Listing {
        project: project.to_owned(),
        problem,
    };
    let mut records: Vec<T> = Vec::new();
    let mut ids = BTreeSet::new();
    // Each page but the last adds a record at least, so this many pages is past any exact
    // listing.
    for page in 1..=u32::try_from(MAX_FLOWS_A_PROJECT + 1).unwrap_or(u32::MAX) {
        let answer = page_of(page).await?;
        let empty = answer.data.is_empty();
        for record in answer.data {
            let (id, found) = id_of(&record);
            if let Some(found) = found
                && !found.eq_ignore_ascii_case(project)
            {
                return Err(wrong(ListingProblem::OtherProject { id, found }));
            }
            if !ids.insert(id.clone()) {
                return Err(wrong(ListingProblem::IdTwice { id }));
            }
            records.push(record);
        }
        if records.len() > MAX_FLOWS_A_PROJECT {
            return Err(wrong(ListingProblem::TooMany));
        }
        let read = records.len();
        let not_total = || {
            wrong(ListingProblem::NotTotal {
                read,
                total: answer.total,
            })
        };
        if !answer.counted {
            if empty {
                return Ok(records);
            }
            continue;
        }
        if read as u64 > answer.total {
            return Err(not_total());
        }
        if u64::from(page) >= answer.pages {
            return if read as u64 == answer.total {
                Ok(records)
            } else {
                Err(not_total())
            };
        }
        if empty {
            // `pages` says more, and this one held nothing: the rest cannot add up.
            return Err(not_total());
        }
    }
    Err(wrong(ListingProblem::TooMany))
}

/// The executor of flows as code sends through the client.
#[cfg(feature = "plan")]
impl Remote for Client {
    type Error = ClientError;

    async fn list(&self, project: &str) -> Result<Vec<ProjectFlowRecord>, ClientError> {
        let id: crate::ProjectId = project.parse().map_err(|error: crate::InvalidValue| {
            ClientError::Config(crate::Message::from_fn(move |lang| {
                error.message_in(lang).to_owned()
            }))
        })?;
        self.list_all(&id, None).await
    }

    async fn create(&self, body: &Value) -> Result<ProjectFlowRecord, ClientError> {
        self.create_value(body).await
    }

    async fn update(&self, id: &str, partial: &Value) -> Result<(), ClientError> {
        Client::update(self, id, partial).await.map(drop)
    }

    async fn delete(&self, id: &str) -> Result<(), ClientError> {
        Client::delete(self, id).await.map(drop)
    }

    fn may_have_happened(error: &ClientError) -> bool {
        error.may_have_happened()
    }
}
