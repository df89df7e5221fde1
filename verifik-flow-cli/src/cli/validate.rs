//! `verifik-flow validate`: every rule, for every file, in parallel; reported in the order
//! given.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use verifik_flow::Lang;
use verifik_flow::{Rule, Violation};

use super::input::{display_name, read_limited};
use super::render::{json_record, json_unreadable};
use super::report::{Finding, Unreadable, github_unreadable, gitlab, sarif};
use super::words;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// How to report: `human` (`file:line:column` and the source line), `json` (one array),
    /// `github` (GitHub Actions annotations), `sarif` (SARIF 2.1.0, for code scanning) or
    /// `gitlab` (a GitLab Code Quality report).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The files to check; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
}

/// How violations are reported.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
    Github,
    Sarif,
    Gitlab,
}

/// What checking one file gave.
enum Outcome {
    Valid,
    Invalid(String, Vec<Violation>),
    Unreadable(io::Error),
}

pub(crate) fn run(args: &Args, lang: Lang) -> ExitCode {
    let files = &args.files;
    let outcomes = check_all(files, lang);
    let (mut invalid, mut unreadable, mut violations) = (0, 0, 0);
    for outcome in &outcomes {
        match outcome {
            Outcome::Valid => {}
            Outcome::Unreadable(_) => unreadable += 1,
            Outcome::Invalid(_, found) => {
                invalid += 1;
                // The "too many" marker says that more were left out; it is not one of them.
                violations += found
                    .iter()
                    .filter(|v| v.rule() != Rule::TooManyErrors)
                    .count();
            }
        }
    }
    // The verdict is decided before anything is printed: whatever happens to standard output
    // (a reader that stops early, a full disk), the exit status says whether the files are
    // valid.
    let verdict = if unreadable > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    for (file, outcome) in files.iter().zip(&outcomes) {
        if let Outcome::Unreadable(error) = outcome {
            note!(
                "error: {}: {}",
                display_name(file),
                verifik_flow::io_error_in(error, lang)
            );
        }
    }
    match report(args, &outcomes, &mut io::stdout().lock(), lang) {
        Ok(()) => {}
        // The reader has what it wanted (`| head`, `| true`): the verdict stands.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
        Err(error) => {
            note!("error: {}", words::of(lang).cannot_write_report(&error));
            return ExitCode::from(2);
        }
    }
    let valid = files.len() - invalid - unreadable;
    note!(
        "{}",
        words::of(lang).checked(files.len(), valid, invalid, violations, unreadable)
    );
    verdict
}

/// Writes the report of `outcomes` in the chosen format.
fn report(args: &Args, outcomes: &[Outcome], out: &mut impl Write, lang: Lang) -> io::Result<()> {
    let styled = io::stdout().is_terminal();
    let mut records = Vec::new();
    let mut findings = Vec::new();
    let mut unreadable = Vec::new();
    for (file, outcome) in args.files.iter().zip(outcomes) {
        let name = display_name(file);
        match outcome {
            Outcome::Valid => {}
            Outcome::Unreadable(error) => match args.format {
                Format::Github => writeln!(out, "{}", github_unreadable(&name, error, lang))?,
                // An unreadable file is an entry of its own in every report: an empty list
                // means "all valid".
                Format::Json => records.push(json_unreadable(&name, error, lang)),
                Format::Sarif | Format::Gitlab => {
                    unreadable.push(Unreadable::new(file, error, lang));
                }
                // Said on standard error, with the summary.
                Format::Human => {}
            },
            Outcome::Invalid(text, found) => {
                for violation in found {
                    match args.format {
                        Format::Human => {
                            let report = verifik_flow::Report::new(&name, text)
                                .styled(styled)
                                .lang(lang);
                            write!(out, "{}", report.render(violation))?;
                        }
                        Format::Json => records.push(json_record(&name, violation, lang)),
                        Format::Github => {
                            writeln!(
                                out,
                                "{}",
                                Finding::new(file, text, violation, lang).github()
                            )?;
                        }
                        Format::Sarif | Format::Gitlab => {
                            findings.push(Finding::new(file, text, violation, lang));
                        }
                    }
                }
            }
        }
    }
    let document = match args.format {
        Format::Json => serde_json::Value::from(records),
        Format::Sarif => {
            serde_json::to_value(sarif(&findings, &unreadable)).map_err(io::Error::from)?
        }
        Format::Gitlab => gitlab(&findings, &unreadable),
        Format::Human | Format::Github => return out.flush(),
    };
    // serde_json's error keeps the write's own (a broken pipe stays one).
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()
}

/// Checks the files on every core; the outcomes keep the order of `files`.
fn check_all(files: &[PathBuf], lang: Lang) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len());
    if threads <= 1 {
        return files
            .iter()
            .map(|file| check(file, lang))
            .collect::<Vec<_>>();
    }
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> =
        Mutex::new(std::iter::repeat_with(|| None).take(files.len()).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let outcome = check(file, lang);
                    outcomes
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)[i] = Some(outcome);
                }
            });
        }
    });
    outcomes
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .into_iter()
        .map(|outcome| outcome.expect("every file was checked"))
        .collect()
}

fn check(file: &Path, lang: Lang) -> Outcome {
    let bytes = match read_limited(file, lang) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable(error),
    };
    // One byte-order mark is skipped, by the validator, as everywhere; the text shown with a
    // violation starts after it, where the violation's offsets count from.
    match verifik_flow::validate_flow_slice(&bytes) {
        Ok(_) => Outcome::Valid,
        Err(errors) => Outcome::Invalid(
            String::from_utf8_lossy(verifik_flow::strip_bom(&bytes)).into_owned(),
            errors.into_vec(),
        ),
    }
}
