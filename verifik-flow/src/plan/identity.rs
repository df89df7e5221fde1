//! Identity: which remote flow each file manages. In this order: the inventory; a pending
//! create resolved against the listing; a file renamed (a move); a flow adopted by its name.
//! Nothing is guessed: where two answers fit, the plan stops and names them.

use std::collections::{BTreeMap, BTreeSet};

use super::compare::{compare, remote_meaning};
use super::inventory::{Inventory, Pending, meaning_digest};
use super::{Action, Desired, PlanOptions, PlanProblem};
use crate::body::onboarding::FlowType;
use crate::wire::response::ProjectFlowRecord;

/// The remote flows of the projects in play, `_id` -> record.
pub(crate) type Remote<'r> = BTreeMap<&'r str, &'r ProjectFlowRecord>;

/// How a file came to manage its flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// The inventory names it.
    Named,
    /// Not recorded yet: adopted by its name, or a pending create resolved to it.
    Adopted,
    /// The inventory names it for another file, which is gone: the file was renamed.
    Moved(String),
}

/// A file, the flow it manages (none: a create), and how it was found.
pub(crate) type Managed<'d, 'r> = (&'d Desired, Option<&'r ProjectFlowRecord>, Found);

fn flow_type(record: &ProjectFlowRecord) -> &'static str {
    record
        .flow_type
        .map_or(FlowType::Onboarding.as_str(), FlowType::as_str)
}

/// The inventory with the pending creates of the projects in play resolved: each one whose
/// flow is found in the listing (a flow of its project and type that none of those creates had
/// seen, that no file manages, whose meaning is the digest recorded) becomes the file's entry;
/// the rest are dropped (their create never made a flow, and the file plans a create again).
/// Identical pending creates pair with such flows in `_id` order; more such flows than creates
/// is an error.
pub(crate) fn resolve_pending(
    stored: &Inventory,
    by_id: &Remote<'_>,
    projects: &BTreeSet<String>,
    problems: &mut Vec<PlanProblem>,
) -> Inventory {
    let mut effective = stored.clone();
    effective.pending.retain(|p| !projects.contains(&p.project));
    let mut groups: BTreeMap<(&str, &str, &str), Vec<&Pending>> = BTreeMap::new();
    for pending in stored
        .pending
        .iter()
        .filter(|p| projects.contains(&p.project))
    {
        groups
            .entry((&pending.project, &pending.flow_type, &pending.digest))
            .or_default()
            .push(pending);
    }
    for ((project, kind, digest), entries) in groups {
        let seen: BTreeSet<&str> = entries
            .iter()
            .flat_map(|p| p.seen.iter().map(String::as_str))
            .collect();
        // `by_id` is ordered by `_id`: the candidates are too.
        let candidates: Vec<&str> = by_id
            .values()
            .filter(|r| {
                r.project.as_deref() == Some(project)
                    && flow_type(r) == kind
                    && !seen.contains(r.id.as_str())
                    && !stored.names(&r.id)
                    && meaning_digest(&remote_meaning(r, None)) == digest
            })
            .map(|r| r.id.as_str())
            .collect();
        if candidates.len() > entries.len() {
            problems.push(PlanProblem::PendingAmbiguous {
                files: entries.iter().map(|p| p.file.clone()).collect(),
                project: project.to_owned(),
                ids: candidates.iter().map(|id| (*id).to_owned()).collect(),
            });
            continue;
        }
        for (pending, id) in entries.iter().zip(candidates) {
            if effective.get(project, &pending.file).is_none() {
                effective.set(project, &pending.file, id);
            }
        }
    }
    effective
}

/// Which remote flow each file manages, and which file claims each flow (`_id` -> file); the
/// problems found go to `problems`.
pub(crate) fn identify<'d, 'r>(
    desired: &'d [Desired],
    by_id: &Remote<'r>,
    inventory: &Inventory,
    stored: &Inventory,
    options: &PlanOptions,
    problems: &mut Vec<PlanProblem>,
) -> (Vec<Managed<'d, 'r>>, BTreeMap<String, &'d str>) {
    let here: BTreeSet<&str> = desired.iter().map(|d| d.file.as_str()).collect();
    let mut claims: BTreeMap<String, &'d str> = BTreeMap::new();
    let mut managed = Vec::new();
    for file in desired {
        let found = if let Some(id) = inventory.get(&file.project, &file.file) {
            match by_id.get(id) {
                Some(record) => {
                    let recorded = stored.get(&file.project, &file.file) == Some(id);
                    let how = if recorded {
                        Found::Named
                    } else {
                        Found::Adopted
                    };
                    (Some(*record), how)
                }
                None if options.recreate => (None, Found::Named),
                None => {
                    problems.push(PlanProblem::Gone {
                        file: file.file.clone(),
                        project: file.project.clone(),
                        id: id.to_owned(),
                    });
                    continue;
                }
            }
        } else {
            match moved_from(file, by_id, inventory, &here).as_slice() {
                [(old, record)] => (Some(*record), Found::Moved((*old).to_owned())),
                [] => match named_like(file, by_id, inventory).as_slice() {
                    [] => (None, Found::Named),
                    [one] => (Some(*one), Found::Adopted),
                    several => {
                        problems.push(name_shared(file, several.iter().map(|r| &r.id)));
                        continue;
                    }
                },
                several => {
                    problems.push(name_shared(file, several.iter().map(|(_, r)| &r.id)));
                    continue;
                }
            }
        };
        if let (Some(record), _) = &found
            && let Some(first) = claims.insert(record.id.clone(), &file.file)
        {
            problems.push(PlanProblem::TwoFilesOneFlow {
                first: first.to_owned(),
                second: file.file.clone(),
                id: record.id.clone(),
            });
            continue;
        }
        managed.push((file, found.0, found.1));
    }
    same_name_creates(&managed, problems);
    (managed, claims)
}

fn name_shared<'a>(file: &Desired, ids: impl Iterator<Item = &'a String>) -> PlanProblem {
    PlanProblem::NameShared {
        file: file.file.clone(),
        project: file.project.clone(),
        name: file.name.clone().unwrap_or_default(),
        ids: ids.cloned().collect(),
    }
}

/// Two named files of one project and type that would both be created with one name.
fn same_name_creates(managed: &[Managed<'_, '_>], problems: &mut Vec<PlanProblem>) {
    let mut first: BTreeMap<(&str, &str, &str), &str> = BTreeMap::new();
    for (file, record, _) in managed {
        let (None, Some(name)) = (record, &file.name) else {
            continue;
        };
        let key = (
            file.project.as_str(),
            file.flow_type.as_str(),
            name.as_str(),
        );
        if let Some(earlier) = first.insert(key, &file.file) {
            problems.push(PlanProblem::SameName {
                first: earlier.to_owned(),
                second: file.file.clone(),
                project: file.project.clone(),
                name: name.clone(),
            });
        }
    }
}

/// The flows the inventory gives to a file of the same project that is gone, which this file
/// (not in the inventory) takes over: of its type, with its name; without a name, meaning what
/// this file means.
fn moved_from<'i, 'r>(
    file: &Desired,
    by_id: &Remote<'r>,
    inventory: &'i Inventory,
    here: &BTreeSet<&str>,
) -> Vec<(&'i str, &'r ProjectFlowRecord)> {
    let Some(section) = inventory.projects.get(&file.project) else {
        return Vec::new();
    };
    section
        .iter()
        .filter(|(old, _)| !here.contains(old.as_str()))
        .filter_map(|(old, id)| Some((old.as_str(), *by_id.get(id.as_str())?)))
        .filter(|(_, record)| {
            flow_type(record) == file.flow_type
                && match &file.name {
                    Some(name) => record.name.as_deref().map(str::trim) == Some(name.as_str()),
                    None => {
                        record.name.is_none()
                            && compare(file, record).is_ok_and(|s| s.action == Action::Unchanged)
                    }
                }
        })
        .collect()
}

/// The remote flows of the file's project and type with its name, that the inventory gives to
/// no file (a login flow without a name is matched through the inventory only).
fn named_like<'r>(
    file: &Desired,
    by_id: &Remote<'r>,
    inventory: &Inventory,
) -> Vec<&'r ProjectFlowRecord> {
    let Some(name) = &file.name else {
        return Vec::new();
    };
    by_id
        .values()
        .filter(|r| {
            r.project.as_deref() == Some(file.project.as_str())
                && flow_type(r) == file.flow_type
                && r.name.as_deref().map(str::trim) == Some(name.as_str())
                && !inventory.names(&r.id)
        })
        .copied()
        .collect()
}

/// The flows the inventory names, in the sections of the projects in play, whose file is not
/// in the directory and which no file took over: remote `_id` -> (project, file).
pub(crate) fn gone<'i>(
    desired: &[Desired],
    claims: &BTreeMap<String, &str>,
    projects: &'i BTreeSet<String>,
    inventory: &'i Inventory,
) -> BTreeMap<&'i str, (&'i str, &'i str)> {
    let here: BTreeSet<&str> = desired.iter().map(|d| d.file.as_str()).collect();
    let mut gone = BTreeMap::new();
    for project in projects {
        for (file, id) in inventory.projects.get(project).into_iter().flatten() {
            if !here.contains(file.as_str()) && !claims.contains_key(id) {
                gone.insert(id.as_str(), (project.as_str(), file.as_str()));
            }
        }
    }
    gone
}
