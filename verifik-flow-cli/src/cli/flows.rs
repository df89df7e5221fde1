//! What `plan`, `apply` and `pull` share: a flows directory (its flow files and its
//! inventory), the remote flows of its projects, and how a plan is shown.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::Value;
use verifik_flow::Lang;
use verifik_flow::ProjectFlowRecord;
use verifik_flow::client::{Client, ClientError};
use verifik_flow::plan::{
    API_TEST_VALUE_POINTER, Action, DirContents, FileProblem, FlowsDir, Plan, Remote,
    WHITELIST_POINTER,
};

use super::input::display_name;
use super::words;

/// The flows directory `dir` as read (its flow files, their digests, the inventory); else the
/// exit code, every problem said (each file's violations with their lines).
pub(crate) fn read_dir(dir: &FlowsDir, lang: Lang) -> Result<DirContents, ExitCode> {
    let contents = dir.read().map_err(|error| {
        note!("error: {}", error.message_in(lang));
        ExitCode::from(1)
    })?;
    if contents.problems.is_empty() {
        return Ok(contents);
    }
    for problem in &contents.problems {
        match problem {
            FileProblem::Unreadable { name, error } => {
                let shown = display_name(&dir.path().join(name));
                note!("error: {}", words::of(lang).cannot_read(&shown, error));
            }
            FileProblem::Invalid { name, text, errors } => {
                // As `validate` shows them (one renderer: the line, a caret under the token),
                // on standard error: standard output holds the plan's document alone.
                let shown = display_name(&dir.path().join(name));
                let report = verifik_flow::Report::new(&shown, text).lang(lang);
                for violation in errors {
                    note!("{}", report.render(violation).trim_end());
                }
            }
            _ => {}
        }
    }
    note!("error: {}", words::of(lang).fix_the_files_above());
    Err(ExitCode::from(1))
}

/// Every flow of `projects`, each project's listing exact.
pub(crate) async fn remote_flows(
    client: &Client,
    projects: &BTreeSet<String>,
) -> Result<Vec<ProjectFlowRecord>, ClientError> {
    let mut flows = Vec::new();
    for project in projects {
        flows.extend(Remote::list(client, project).await?);
    }
    Ok(flows)
}

/// A value as a plan line shows it: short JSON.
fn shown(value: Option<&Value>, lang: Lang) -> String {
    value.map_or_else(
        || words::of(lang).none().clone(),
        |v| verifik_flow::printable(&v.to_string()).into_owned(),
    )
}

/// What a change says, with personal data left out unless `personal` (plans end up in pull
/// requests and job summaries): the whitelist's people are counted, `apiTestValue` (an e-mail
/// or phone) is not shown. No digest of either is printed: a phone's can be reversed.
fn change_text(change: &verifik_flow::plan::Change, personal: bool, lang: Lang) -> String {
    let path = verifik_flow::printable(&change.path()).into_owned();
    if !personal && change.pointer == WHITELIST_POINTER {
        let entries = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
        let (added, removed, changed) = whitelist_delta(
            &entries(change.before.as_ref()),
            &entries(change.after.as_ref()),
        );
        return words::of(lang).whitelist_change(&path, added, removed, changed);
    }
    if !personal && change.pointer == API_TEST_VALUE_POINTER {
        return words::of(lang).personal_value_changed(&path);
    }
    let value = |v: Option<&Value>| {
        let masked = v.map(|v| {
            if personal {
                v.clone()
            } else {
                masked(&change.pointer, v, lang)
            }
        });
        shown(masked.as_ref(), lang)
    };
    format!(
        "{path}: {} -> {}",
        value(change.before.as_ref()),
        value(change.after.as_ref())
    )
}

/// `value`, found at `pointer`, with the personal data in it replaced by a word that says so:
/// a change of a whole object (`security` added) carries what its members hold.
fn masked(pointer: &str, value: &Value, lang: Lang) -> Value {
    if pointer == API_TEST_VALUE_POINTER {
        return Value::from(words::of(lang).hidden());
    }
    if pointer == WHITELIST_POINTER {
        let count = value.as_array().map_or(0, Vec::len);
        return Value::from(words::of(lang).people(count));
    }
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(key, member)| {
                    let at = format!("{pointer}/{}", verifik_flow_rules::escape(key));
                    (key.clone(), masked(&at, member, lang))
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// How a whitelist changed, entry by entry: an entry is the person of its e-mail (in any
/// case), else of its country code and phone; one whose person is on both sides with other
/// fields is changed; one without either is matched by its whole value. (added, removed,
/// changed).
fn whitelist_delta(before: &[Value], after: &[Value]) -> (usize, usize, usize) {
    let person = |entry: &Value| -> String {
        let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::trim);
        match (text("email"), text("phone")) {
            (Some(email), _) if !email.is_empty() => format!("e:{}", email.to_lowercase()),
            (_, Some(phone)) if !phone.is_empty() => {
                format!("p:{}{phone}", text("countryCode").unwrap_or_default())
            }
            _ => format!("v:{entry}"),
        }
    };
    let index = |entries: &[Value]| -> std::collections::BTreeMap<String, Value> {
        entries.iter().map(|e| (person(e), e.clone())).collect()
    };
    let (before, after) = (index(before), index(after));
    let added = after.keys().filter(|k| !before.contains_key(*k)).count();
    let removed = before.keys().filter(|k| !after.contains_key(*k)).count();
    let changed = after
        .iter()
        .filter(|(k, v)| before.get(*k).is_some_and(|old| old != *v))
        .count();
    (added, removed, changed)
}

fn title(step: &verifik_flow::plan::Step, lang: Lang) -> String {
    let name = step.name.as_deref().map_or_else(String::new, |n| {
        format!(" \"{}\"", verifik_flow::printable(n))
    });
    let id = step.remote_id.as_deref().map_or_else(String::new, |id| {
        words::of(lang).flow_id(&verifik_flow::printable(id))
    });
    let how = match &step.moved_from {
        // `> move a.json -> b.json`: the move says it all.
        Some(_) if step.action == Action::Move => String::new(),
        Some(old) => words::of(lang).moved_from(&verifik_flow::printable(old)),
        None if step.adopted => words::of(lang).adopted().clone(),
        None => String::new(),
    };
    let file = verifik_flow::printable(&step.file);
    let file = match (&step.moved_from, step.action) {
        (Some(old), Action::Move) => format!("{} -> {file}", verifik_flow::printable(old)),
        _ => file.into_owned(),
    };
    format!("{file} ({}{name}){id}{how}", step.flow_type)
}

/// The plan as people read it: one line a flow, one a changed key.
pub(crate) fn human(plan: &Plan, personal: bool, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    for step in &plan.steps {
        let sign = match step.action {
            Action::Unchanged => continue,
            action => format!("{} {}", sign(action), words::of(lang).step_verb(action)),
        };
        lines.push(format!("{sign} {}", title(step, lang)));
        for change in &step.changes {
            lines.push(format!("    ~ {}", change_text(change, personal, lang)));
        }
    }
    for flow in &plan.unmanaged {
        let file_gone = flow
            .file_gone
            .as_deref()
            .map(|file| verifik_flow::printable(file).into_owned());
        lines.push(words::of(lang).unmanaged(
            &verifik_flow::printable(&flow.id),
            &flow.name.as_deref().map_or_else(String::new, |n| {
                format!(" \"{}\"", verifik_flow::printable(n))
            }),
            &verifik_flow::printable(&flow.project),
            file_gone.as_deref(),
        ));
    }
    lines.push(plan.summary_in(lang));
    lines
}

/// The plan for a job summary or a pull-request comment, naming the Verifik it was made
/// against.
pub(crate) fn markdown(
    plan: &Plan,
    personal: bool,
    base_url: &str,
    page: Option<&str>,
    lang: Lang,
) -> String {
    let mut out = String::from("### verifik-flow plan\n\n");
    let url = verifik_flow::printable(base_url).replace('`', "'");
    let _ = writeln!(out, "{}\n", words::of(lang).planned_against(&url));
    if let Some(page) = page {
        let _ = writeln!(
            out,
            "{}\n",
            words::of(lang).plan_page(&page.replace('`', "'"))
        );
    }
    for step in &plan.steps {
        let icon = match step.action {
            Action::Create => "➕",
            Action::Update => "✏️",
            Action::Delete => "🗑️",
            Action::Adopt => "📌",
            Action::Move => "➡️",
            Action::Unchanged => continue,
        };
        let sign = format!("{icon} {}", words::of(lang).step_verb(step.action));
        let _ = writeln!(out, "- {sign} `{}`", title(step, lang).replace('`', "'"));
        for change in &step.changes {
            let _ = writeln!(
                out,
                "  - `{}`",
                change_text(change, personal, lang).replace('`', "'")
            );
        }
    }
    let _ = write!(out, "\n**{}**\n", plan.summary_in(lang));
    out
}

/// The sign of a step in a human plan: `+` create, `~` update, `-` delete, `=` adopt, `>`
/// move.
fn sign(action: Action) -> &'static str {
    match action {
        Action::Create => "+",
        Action::Update => "~",
        Action::Delete => "-",
        Action::Adopt => "=",
        Action::Move => ">",
        Action::Unchanged => " ",
    }
}

/// Every error of the flows-as-code commands exits 1 (a plan's 2 means changes, and nothing
/// else).
pub(crate) fn one(code: ExitCode) -> ExitCode {
    if code == ExitCode::SUCCESS {
        code
    } else {
        ExitCode::from(1)
    }
}

/// Says why no plan could be made; exit 1, nothing sent.
pub(crate) fn no_plan(errors: &verifik_flow::plan::PlanErrors, lang: Lang) -> ExitCode {
    for problem in &errors.0 {
        note!(
            "error: {}",
            verifik_flow::printable(&problem.message_in(lang))
        );
    }
    note!("error: {}", words::of(lang).no_plan());
    ExitCode::from(1)
}
