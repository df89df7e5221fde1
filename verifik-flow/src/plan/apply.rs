//! Applying a plan: each step sent through a [`Remote`] and recorded in the inventory as it
//! goes, so that the inventory is current at every instant.
//!
//! Before each create, a pending entry (the file, a digest of the body's meaning, the `_id`s of
//! that project and type already seen) is recorded; after its answer, the entry is completed
//! (or dropped, when the create surely never reached Verifik). A run killed between the two
//! leaves the pending entry, and the next plan finds the flow it made, if any, by its digest:
//! a create is never repeated blindly. A [`Stop`] ends the run between two steps; the call in
//! flight finishes and is recorded first.

use std::collections::BTreeMap;
use std::future::Future;

use serde_json::Value;

use super::compare::body_meaning;
use super::inventory::{Inventory, Pending, meaning_digest};
use super::{Action, DirError, Plan, Step};
use crate::body::onboarding::FlowType;
use crate::wire::response::ProjectFlowRecord;
pub use crate::wire::stop::Stop;

/// Verifik's project-flow endpoints as `apply` uses them: the client is one
/// ([`Client`](crate::client::Client), feature `client`); a test or a deploy tool can bring its
/// own.
pub trait Remote {
    /// Why a call failed.
    type Error;

    /// Every flow of `project`, exactly (a listing cut short is an error, not fewer flows).
    fn list(
        &self,
        project: &str,
    ) -> impl Future<Output = Result<Vec<ProjectFlowRecord>, Self::Error>>;

    /// Creates a flow from `body` (checked: a plan's bodies keep every rule).
    fn create(&self, body: &Value) -> impl Future<Output = Result<ProjectFlowRecord, Self::Error>>;

    /// Changes the top-level keys of `partial` on flow `id`.
    fn update(&self, id: &str, partial: &Value) -> impl Future<Output = Result<(), Self::Error>>;

    /// Deletes flow `id`.
    fn delete(&self, id: &str) -> impl Future<Output = Result<(), Self::Error>>;

    /// Whether a failed call may still have been carried out (a lost answer, a 502 or 504),
    /// rather than surely not (refused before acting, never sent).
    fn may_have_happened(error: &Self::Error) -> bool;
}

/// What happened to a step, as it happens.
#[derive(Debug)]
pub enum Event<'a, E> {
    /// It was done (the flow's `_id`; for an adoption or a move, nothing was sent).
    Done {
        /// The step.
        step: &'a Step,
        /// The flow.
        id: &'a str,
    },
    /// Its call failed; the run goes on with the next step.
    Failed {
        /// The step.
        step: &'a Step,
        /// Why.
        error: &'a E,
        /// Whether it may still have been carried out (a create's pending entry stays).
        may_have_happened: bool,
    },
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Executed {
    /// Steps done.
    pub done: usize,
    /// Steps whose call failed.
    pub failed: usize,
    /// Creates that may have happened and stay pending in the inventory.
    pub pending: usize,
    /// Whether it stopped early because a stop was asked for.
    pub stopped: bool,
    /// The inventory could not be written: the run stopped there, before sending anything
    /// more (a create is never sent unrecorded).
    pub error: Option<DirError>,
}

impl Executed {
    /// Whether everything planned was done.
    pub fn is_complete(&self) -> bool {
        self.failed == 0 && !self.stopped && self.error.is_none()
    }
}

/// Applies `plan` through `remote`, steps in the plan's order, each recorded with `record`
/// (a whole inventory, written atomically: [`FlowsDir::write_inventory`](super::FlowsDir)), and
/// each told to `report` as it happens. `listing` is what the plan was made from (the `_id`s a
/// pending create has seen).
pub async fn execute<R: Remote>(
    plan: &Plan,
    remote: &R,
    listing: &[ProjectFlowRecord],
    stop: &Stop,
    record: &mut dyn FnMut(&Inventory) -> Result<(), DirError>,
    report: &mut dyn FnMut(Event<'_, R::Error>),
) -> Executed {
    let mut run = Executed::default();
    let mut state = State {
        inventory: plan.start.clone(),
        seen: BTreeMap::new(),
        record,
    };
    for flow in listing {
        let kind = flow
            .flow_type
            .map_or(FlowType::Onboarding.as_str(), FlowType::as_str);
        state
            .seen
            .entry((flow.project.clone().unwrap_or_default(), kind.to_owned()))
            .or_default()
            .push(flow.id.clone());
    }
    // The pending creates this plan resolved: recorded before anything is sent.
    if let Err(error) = state.write() {
        run.error = Some(error);
        return run;
    }
    for step in &plan.steps {
        if step.action == Action::Unchanged {
            continue;
        }
        if stop.is_stopped() {
            run.stopped = true;
            break;
        }
        let before = state.inventory.clone();
        let outcome = match send(step, remote, &mut state).await {
            Ok(outcome) => outcome,
            Err(error) => {
                run.error = Some(error);
                return run;
            }
        };
        match &outcome {
            Ok(id) => {
                if step.action == Action::Delete {
                    state.inventory.remove(&step.project, &step.file);
                } else {
                    if let Some(old) = &step.moved_from {
                        state.inventory.remove(&step.project, old);
                    }
                    state.inventory.set(&step.project, &step.file, id);
                }
                run.done += 1;
            }
            Err(error) => {
                run.failed += 1;
                let stays = state
                    .inventory
                    .pending
                    .iter()
                    .any(|p| p.project == step.project && p.file == step.file);
                if step.action == Action::Create && stays && R::may_have_happened(error) {
                    run.pending += 1;
                }
            }
        }
        if state.inventory != before
            && let Err(error) = state.write()
        {
            run.error = Some(error);
            return run;
        }
        match &outcome {
            Ok(id) => report(Event::Done { step, id }),
            Err(error) => report(Event::Failed {
                step,
                error,
                may_have_happened: R::may_have_happened(error),
            }),
        }
    }
    run
}

/// What a run keeps between steps: the inventory as last recorded, the `_id`s seen of each
/// project and type, and where to record.
struct State<'a> {
    inventory: Inventory,
    seen: BTreeMap<(String, String), Vec<String>>,
    record: &'a mut dyn FnMut(&Inventory) -> Result<(), DirError>,
}

impl State<'_> {
    fn write(&mut self) -> Result<(), DirError> {
        (self.record)(&self.inventory)
    }
}

/// Sends one step (nothing for an adoption or a move), recording ahead what must be on record
/// before it is sent; the flow's `_id`, or the call's error. An error of its own is a record
/// that could not be written: then nothing was sent.
async fn send<R: Remote>(
    step: &Step,
    remote: &R,
    state: &mut State<'_>,
) -> Result<Result<String, R::Error>, DirError> {
    let id = step.remote_id.clone().unwrap_or_default();
    Ok(match step.action {
        Action::Adopt | Action::Move | Action::Unchanged => Ok(id),
        Action::Create => {
            let body = step.send.clone().unwrap_or(Value::Null);
            let key = (step.project.clone(), step.flow_type.clone());
            state.inventory.pending.push(Pending {
                project: step.project.clone(),
                file: step.file.clone(),
                flow_type: step.flow_type.clone(),
                digest: meaning_digest(&body_meaning(&body, &step.flow_type)),
                seen: state.seen.get(&key).cloned().unwrap_or_default(),
            });
            // Written ahead: a create is sent only once it is on record.
            state.write()?;
            let created = remote.create(&body).await;
            let mine = |p: &Pending| p.project == step.project && p.file == step.file;
            match &created {
                Ok(flow) => {
                    state.inventory.pending.retain(|p| !mine(p));
                    state.seen.entry(key).or_default().push(flow.id.clone());
                }
                Err(error) if !R::may_have_happened(error) => {
                    state.inventory.pending.retain(|p| !mine(p));
                }
                Err(_) => {}
            }
            created.map(|flow| flow.id)
        }
        Action::Update => {
            // Which flow the file manages is a fact whatever the update's outcome: an
            // adoption or a move is recorded before it is sent.
            if step.adopted || step.moved_from.is_some() {
                if let Some(old) = &step.moved_from {
                    state.inventory.remove(&step.project, old);
                }
                state.inventory.set(&step.project, &step.file, &id);
                state.write()?;
            }
            let partial = step.send.clone().unwrap_or(Value::Null);
            remote.update(&id, &partial).await.map(|()| id)
        }
        Action::Delete => remote.delete(&id).await.map(|()| id),
    })
}
