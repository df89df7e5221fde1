//! `verifik-flow`: check Smart Enroll project-flow files, print the schema, start a body.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use clap::{Parser, Subcommand, ValueEnum};
use verifik_flow::client::{Client, ClientError, ListQuery};
use verifik_flow::server::StandIn;
use verifik_flow::{
    MAX_INPUT_BYTES, ObjectId, ProjectFlow, ProjectId, RecordStatus, Target, Violation,
};

/// Check Verifik Smart Enroll project flows (the body of `POST /v2/project-flows`).
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check flow files against every rule; exit 0 when all are valid, 1 when any is not,
    /// 2 when a file cannot be read.
    Validate {
        /// How to report: `human` (`file:line:column` and the source line) or `json` (one array).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// The files to check; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema (the same text as `schema/project-flow.schema.json`).
    Schema,
    /// Create a flow from a file (`-` reads standard input) on Verifik, after checking it.
    /// Uses VERIFIK_TOKEN and VERIFIK_BASE_URL.
    Create {
        /// The flow's JSON body.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print a stored flow.
    Get {
        /// The flow's ID (24 hex digits).
        #[arg(value_parser = parse_object_id)]
        id: ObjectId,
    },
    /// List stored flows, one page.
    List {
        /// Only this project's flows.
        #[arg(long, value_parser = parse_project)]
        project: Option<ProjectId>,
        /// Only flows with this status: draft, active, paused.
        #[arg(long, value_parser = parse_status)]
        status: Option<RecordStatus>,
        /// The page, from 1.
        #[arg(long)]
        page: Option<u32>,
        /// Flows a page, 1 to 100.
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Delete a stored flow.
    Delete {
        /// The flow's ID (24 hex digits).
        #[arg(value_parser = parse_object_id)]
        id: ObjectId,
    },
    /// Run a local stand-in for Verifik's project-flow endpoints, for tests without
    /// credentials. The token is `--token` or, when it is left out, VERIFIK_TOKEN.
    Serve {
        /// Where to listen: a loopback address and port.
        #[arg(long, default_value = "127.0.0.1:8787")]
        addr: std::net::SocketAddr,
        /// The bearer token callers must send.
        #[arg(long, env = "VERIFIK_TOKEN", hide_env_values = true)]
        token: String,
        /// Keep flows in this file across restarts (in memory when left out).
        #[arg(long, value_name = "FILE")]
        data: Option<PathBuf>,
    },
    /// Print a Smart Enroll starter body that validates.
    New {
        /// Who is onboarded.
        #[arg(long, value_enum, default_value_t = TargetArg::Personal)]
        target: TargetArg,
        /// Your Verifik project ID (24 hex digits); a placeholder when left out.
        #[arg(long, value_parser = parse_project)]
        project: Option<ProjectId>,
        /// The flow's name.
        #[arg(long, default_value = "Smart Enroll Project Flow")]
        name: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum TargetArg {
    Personal,
    Business,
}

fn parse_project(s: &str) -> Result<ProjectId, String> {
    s.parse()
        .map_err(|e: verifik_flow::InvalidValue| e.to_string())
}

fn parse_object_id(s: &str) -> Result<ObjectId, String> {
    s.parse()
        .map_err(|e: verifik_flow::InvalidValue| e.to_string())
}

fn parse_status(s: &str) -> Result<RecordStatus, String> {
    s.parse()
        .map_err(|e: verifik_flow::UnknownVariant| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate { format, files } => validate(format, &files),
        Command::Schema => print(verifik_flow::schema_text()),
        Command::Create { file } => remote(|client| async move {
            let bytes = read_limited(&file)?;
            if let Err(errors) = verifik_flow::validate_slice(&bytes) {
                let name = display_name(&file);
                for violation in &errors {
                    println!("{}", human_line(&name, violation));
                }
                eprintln!("error: {name} breaks the rules above; nothing was sent");
                return Ok(ExitCode::from(1));
            }
            let body: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(io::Error::other)?;
            Ok(show(client.create_value(&body).await))
        }),
        Command::Get { id } => remote(|client| async move { Ok(show(client.get(&id).await)) }),
        Command::List {
            project,
            status,
            page,
            limit,
        } => remote(|client| async move {
            let query = ListQuery {
                page,
                limit,
                project,
                status,
                ..ListQuery::default()
            };
            Ok(show(client.list(&query).await))
        }),
        Command::Delete { id } => {
            remote(|client| async move { Ok(show(client.delete(&id).await)) })
        }
        Command::Serve { addr, token, data } => serve(addr, token, data),
        Command::New {
            target,
            project,
            name,
        } => new(target, project, &name),
    };
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

fn runtime() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// Runs a call against Verifik with a client from the environment.
fn remote<F, Fut>(call: F) -> io::Result<ExitCode>
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = io::Result<ExitCode>>,
{
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return Ok(ExitCode::from(2));
        }
    };
    runtime()?.block_on(call(client))
}

/// Prints a call's result: the JSON on success; on failure the error, exit 1 when Verifik or
/// the rules refused, 2 when the call could not be made.
fn show<T: serde::Serialize>(result: Result<T, ClientError>) -> ExitCode {
    match result {
        Ok(value) => match serde_json::to_string_pretty(&value) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::from(2)
            }
        },
        Err(error) => {
            eprintln!("error: {error}");
            match error {
                ClientError::Invalid(_) | ClientError::Api { .. } => ExitCode::from(1),
                _ => ExitCode::from(2),
            }
        }
    }
}

fn serve(addr: std::net::SocketAddr, token: String, data: Option<PathBuf>) -> io::Result<ExitCode> {
    if !addr.ip().is_loopback() {
        eprintln!("error: the stand-in listens on loopback only (127.0.0.1 or [::1]), not {addr}");
        return Ok(ExitCode::from(2));
    }
    let stand_in = match &data {
        Some(path) => match StandIn::with_data_file(token, path) {
            Ok(stand_in) => stand_in,
            Err(error) => {
                eprintln!("error: {error}");
                return Ok(ExitCode::from(2));
            }
        },
        None => StandIn::in_memory(token),
    };
    runtime()?.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!(
            "verifik-flow stand-in listening on http://{} ({})",
            listener.local_addr()?,
            data.as_ref().map_or_else(
                || "in memory".to_owned(),
                |p| format!("data in {}", p.display())
            )
        );
        stand_in.serve(listener).await?;
        Ok(ExitCode::SUCCESS)
    })
}

fn print(text: &str) -> io::Result<ExitCode> {
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn new(target: TargetArg, project: Option<ProjectId>, name: &str) -> io::Result<ExitCode> {
    let target = match target {
        TargetArg::Personal => Target::Personal,
        TargetArg::Business => Target::Business,
    };
    let placeholder = project.is_none();
    let project = project.unwrap_or_else(|| {
        verifik_flow::PLACEHOLDER_PROJECT
            .parse()
            .expect("the placeholder is 24 hex digits")
    });
    let flow = match ProjectFlow::smart_enroll_for(target, project, name).build() {
        Ok(flow) => flow,
        Err(errors) => {
            eprintln!("error: the starter body does not validate (a bug):\n{errors}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut text = serde_json::to_string_pretty(&flow).map_err(io::Error::other)?;
    text.push('\n');
    if placeholder {
        eprintln!("note: `project` is a placeholder; give yours with --project <24 hex digits>");
    }
    print(&text)
}

/// What checking one file gave.
enum Outcome {
    Valid,
    Invalid(String, Vec<Violation>),
    Unreadable(io::Error),
}

fn validate(format: Format, files: &[PathBuf]) -> io::Result<ExitCode> {
    let outcomes = check_all(files);
    let mut out = io::stdout().lock();
    let (mut invalid, mut unreadable, mut violations) = (0, 0, 0);
    let mut records = Vec::new();
    let renderer = if io::stdout().is_terminal() {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);

    for (file, outcome) in files.iter().zip(&outcomes) {
        let name = display_name(file);
        match outcome {
            Outcome::Valid => {}
            Outcome::Unreadable(error) => {
                unreadable += 1;
                eprintln!("error: {name}: {error}");
            }
            Outcome::Invalid(text, found) => {
                invalid += 1;
                violations += found.len();
                for violation in found {
                    match format {
                        Format::Human => {
                            writeln!(out, "{}", human_line(&name, violation))?;
                            if let Some(snippet) = snippet(&renderer, text, violation) {
                                writeln!(out, "{snippet}")?;
                            }
                        }
                        Format::Json => records.push(json_record(&name, violation)),
                    }
                }
            }
        }
    }
    if let Format::Json = format {
        serde_json::to_writer_pretty(&mut out, &records).map_err(io::Error::other)?;
        writeln!(out)?;
    }
    out.flush()?;
    let valid = files.len() - invalid - unreadable;
    eprintln!(
        "{} checked: {valid} valid, {invalid} invalid ({violations} {}){}",
        plural(files.len(), "file"),
        if violations == 1 {
            "violation"
        } else {
            "violations"
        },
        if unreadable > 0 {
            format!(", {unreadable} unreadable")
        } else {
            String::new()
        },
    );
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn display_name(file: &Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        file.display().to_string()
    }
}

/// Checks the files on every core; the outcomes keep the order of `files`.
fn check_all(files: &[PathBuf]) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len());
    if threads <= 1 {
        return files.iter().map(|file| check(file)).collect::<Vec<_>>();
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
                    let outcome = check(file);
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

fn check(file: &Path) -> Outcome {
    let bytes = match read_limited(file) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable(error),
    };
    let bytes = verifik_flow::strip_bom(&bytes);
    match verifik_flow::validate_slice(bytes) {
        Ok(_) => Outcome::Valid,
        Err(errors) => Outcome::Invalid(
            String::from_utf8_lossy(bytes).into_owned(),
            errors.into_vec(),
        ),
    }
}
/// Reads at most one byte more than the validator accepts, so a huge file costs no memory.
fn read_limited(file: &Path) -> io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

fn human_line(name: &str, violation: &Violation) -> String {
    let (line, column) = violation
        .location()
        .map_or((1, 1), |at| (at.line, at.column));
    let pointer = if violation.pointer().is_empty() {
        "/"
    } else {
        violation.pointer()
    };
    format!(
        "{name}:{line}:{column}: {}: {pointer}: {}",
        violation.rule(),
        violation.message()
    )
}

/// The line of the violation with its token underlined. Only that line (cut to a window
/// around the token when it is long, as in minified JSON) goes to the renderer.
fn snippet(renderer: &Renderer, text: &str, violation: &Violation) -> Option<String> {
    const CONTEXT: usize = 60;
    let span = violation.span()?;
    let line = violation.location()?.line;
    if span.start > text.len() {
        return None;
    }
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |i| span.start + i);
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(span.start.saturating_sub(CONTEXT).max(line_start));
    let to = floor((span.end.max(span.start) + CONTEXT).min(line_end));
    let (prefix, suffix) = (
        if from > line_start { "..." } else { "" },
        if to < line_end { "..." } else { "" },
    );
    let source = format!("{prefix}{}{suffix}", &text[from..to]);
    let start = prefix.len() + span.start - from;
    let end = prefix.len() + floor(span.end.min(to)) - from;
    let report = &[Group::with_level(Level::ERROR).element(
        Snippet::source(&source).line_start(line).annotation(
            AnnotationKind::Primary
                .span(start..end.max(start))
                .label(violation.rule().name()),
        ),
    )];
    Some(renderer.render(report))
}

fn json_record(name: &str, violation: &Violation) -> serde_json::Value {
    let (line, column) = violation
        .location()
        .map_or((1, 1), |at| (at.line, at.column));
    serde_json::json!({
        "file": name,
        "pointer": violation.pointer(),
        "line": line,
        "column": column,
        "rule": violation.rule().name(),
        "message": violation.message(),
    })
}
