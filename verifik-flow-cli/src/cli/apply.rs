//! `verifik-flow apply DIR` or `apply PLAN`: adoptions and moves, creates, updates, then
//! deletes, as the plan says, each recorded in the inventory as it is done; a saved plan only
//! while nothing it was made from changed since.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use verifik_flow::Lang;
use verifik_flow::client::{Client, ClientError, MAX_RETRY_AFTER};
use verifik_flow::plan::{
    Event, FlowsDir, Plan, PlanOptions, SavedPlan, Stop, execute, plan, projects_in_play,
};

use super::flows::{human, no_plan, one, read_dir, remote_flows};
use super::plan::Shape;
use super::remote::{remote, say, show};
use super::words;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// A flows directory (planned now), or a plan saved by `plan --out`.
    #[arg(value_name = "DIR|PLAN")]
    target: PathBuf,
    /// With a directory: what to plan (a saved plan keeps the options it was made with).
    #[command(flatten)]
    shape: Shape,
    /// Apply without asking (what CI does; without a terminal, apply refuses without it).
    #[arg(long)]
    auto_approve: bool,
    /// The longest wait, in seconds, between the tries of one call that Verifik refused for
    /// now (its `Retry-After`, else a growing pause): past it, that call fails.
    #[arg(long, value_name = "SECONDS", default_value_t = MAX_RETRY_AFTER.as_secs())]
    max_wait: u64,
    /// How long to wait, in seconds, for another apply or pull to leave the directory (by
    /// default, not at all: exit 1 at once).
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    lock_timeout: u64,
    /// The flows directory of a saved plan (default: the one the plan names, from the plan
    /// file's folder).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub(crate) fn run(args: &Args, lang: Lang) -> io::Result<ExitCode> {
    if args.target.is_dir() {
        from_dir(args, lang)
    } else {
        from_saved(args, lang)
    }
}

fn lock(dir: &Path, seconds: u64, lang: Lang) -> Result<FlowsDir, ExitCode> {
    FlowsDir::lock(dir, Duration::from_secs(seconds)).map_err(|error| {
        note!("error: {}", error.message_in(lang));
        ExitCode::from(1)
    })
}

fn from_dir(args: &Args, lang: Lang) -> io::Result<ExitCode> {
    let dir = match lock(&args.target, args.lock_timeout, lang) {
        Ok(dir) => dir,
        Err(code) => return Ok(code),
    };
    let contents = match read_dir(&dir, lang) {
        Ok(contents) => contents,
        Err(code) => return Ok(code),
    };
    let options = args.shape.options();
    let max_wait = Duration::from_secs(args.max_wait);
    remote(
        |client| async move {
            let stop = stop_on_signals();
            let client = client.with_max_wait(max_wait).with_stop(stop.clone());
            let in_play = projects_in_play(&contents.files, &options);
            let records = match remote_flows(&client, &in_play).await {
                Ok(records) => records,
                Err(error) => return Ok(one(show::<()>(Err(error), lang))),
            };
            let planned = match plan(&contents.files, &records, &contents.inventory, &options) {
                Ok(planned) => planned,
                Err(errors) => return Ok(no_plan(&errors, lang)),
            };
            for line in human(&planned, false, lang) {
                say(&line, lang);
            }
            if planned.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            if !approved(args.auto_approve, lang) {
                return Ok(ExitCode::from(1));
            }
            Ok(apply(&client, &planned, &records, &dir, &stop, lang).await)
        },
        lang,
    )
}

fn from_saved(args: &Args, lang: Lang) -> io::Result<ExitCode> {
    let shown = verifik_flow::printable(&args.target.display().to_string()).into_owned();
    // Flags a saved plan would ignore are refused: its options are what was reviewed.
    let ignored = [
        ("--project", args.shape.project.is_some()),
        ("--allow-delete", args.shape.allow_delete),
        ("--recreate", args.shape.recreate),
    ];
    if let Some((flag, _)) = ignored.iter().find(|(_, given)| *given) {
        note!("error: {}", words::of(lang).flag_with_saved_plan(flag));
        return Ok(ExitCode::from(1));
    }
    let saved = match std::fs::read_to_string(&args.target)
        .map_err(|error| error.to_string())
        .and_then(|text| SavedPlan::from_json(&text).map_err(|e| e.message_in(lang)))
    {
        Ok(saved) => saved,
        Err(why) => {
            note!("error: {}", words::of(lang).bad_plan(&shown, &why));
            return Ok(ExitCode::from(1));
        }
    };
    let folder = args
        .target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir_path = args.dir.clone().unwrap_or_else(|| folder.join(&saved.dir));
    let dir = match lock(&dir_path, args.lock_timeout, lang) {
        Ok(dir) => dir,
        Err(code) => return Ok(code),
    };
    let contents = match read_dir(&dir, lang) {
        Ok(contents) => contents,
        Err(code) => return Ok(code),
    };
    let options = PlanOptions::from(&saved.options);
    let max_wait = Duration::from_secs(args.max_wait);
    remote(
        |client| async move {
            let stop = stop_on_signals();
            let client = client.with_max_wait(max_wait).with_stop(stop.clone());
            if client.base_url() != saved.base_url {
                let why = verifik_flow::plan::SavedPlanError::OtherBaseUrl {
                    planned: saved.base_url.clone(),
                    now: client.base_url().to_owned(),
                };
                note!(
                    "error: {}",
                    words::of(lang).bad_plan(&shown, &why.message_in(lang))
                );
                return Ok(ExitCode::from(1));
            }
            let in_play = saved.projects.iter().cloned().collect();
            let records = match remote_flows(&client, &in_play).await {
                Ok(records) => records,
                Err(error) => return Ok(one(show::<()>(Err(error), lang))),
            };
            let fresh = match plan(&contents.files, &records, &contents.inventory, &options) {
                Ok(fresh) => fresh,
                Err(errors) => return Ok(no_plan(&errors, lang)),
            };
            let stale = saved.stale(&contents, &fresh);
            if !stale.is_empty() {
                let why = verifik_flow::plan::SavedPlanError::Stale(stale);
                for line in why.message_in(lang).lines() {
                    note!("error: {line}");
                }
                return Ok(ExitCode::from(1));
            }
            for line in human(&fresh, false, lang) {
                say(&line, lang);
            }
            if fresh.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            Ok(apply(&client, &fresh, &records, &dir, &stop, lang).await)
        },
        lang,
    )
}

/// A stop asked for by Ctrl-C (SIGINT) or SIGTERM: the call in flight finishes and is
/// recorded, the run ends there.
fn stop_on_signals() -> Stop {
    let stop = Stop::new();
    let asked = stop.clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let (Ok(mut interrupt), Ok(mut terminate)) = (
                signal(SignalKind::interrupt()),
                signal(SignalKind::terminate()),
            ) else {
                return;
            };
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        }
        #[cfg(not(unix))]
        if tokio::signal::ctrl_c().await.is_err() {
            return;
        }
        asked.stop();
    });
    stop
}

/// Whether to go on: `--auto-approve`, or `yes` typed at a terminal. Without a terminal and
/// without the flag, no: apply never waits on an input nobody types.
fn approved(auto: bool, lang: Lang) -> bool {
    if auto {
        return true;
    }
    if !io::stdin().is_terminal() {
        note!("error: {}", words::of(lang).no_terminal_to_ask());
        return false;
    }
    let _ = write!(io::stderr(), "{}", words::of(lang).confirm());
    let _ = io::stderr().flush();
    let mut answer = String::new();
    if io::stdin().lock().read_line(&mut answer).is_err() || answer.trim() != "yes" {
        note!("{}", words::of(lang).not_applied());
        return false;
    }
    true
}

/// Applies the plan's steps in order through the library, each said as it is done and
/// recorded in the inventory (atomically) as it goes.
async fn apply(
    client: &Client,
    plan: &Plan,
    listing: &[verifik_flow::ProjectFlowRecord],
    dir: &FlowsDir,
    stop: &Stop,
    lang: Lang,
) -> ExitCode {
    let run = execute(
        plan,
        client,
        listing,
        stop,
        &mut |inventory| dir.write_inventory(inventory),
        &mut |event: Event<'_, ClientError>| match event {
            Event::Done { step, id } => {
                let name = verifik_flow::printable(&step.file);
                let what = words::of(lang).step_done(step.action, &verifik_flow::printable(id));
                say(&format!("{name}: {what}"), lang);
            }
            Event::Failed {
                step,
                error,
                may_have_happened,
            } => {
                let name = verifik_flow::printable(&step.file).into_owned();
                note!(
                    "error: {}",
                    words::of(lang).step_failed(&name, &error.message_in(lang))
                );
                if may_have_happened && step.action == verifik_flow::plan::Action::Create {
                    note!("{}", words::of(lang).create_pending(&name));
                }
            }
        },
    )
    .await;
    if let Some(error) = &run.error {
        note!(
            "error: {}",
            words::of(lang).inventory_not_written(&error.message_in(lang))
        );
    }
    if run.stopped {
        note!("{}", words::of(lang).stopped());
    }
    say(&words::of(lang).applied(run.done, run.failed), lang);
    if run.is_complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
