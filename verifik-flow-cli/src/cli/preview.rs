//! `verifik-flow preview FILE...`: a page for each flow, showing the journey it makes a person
//! go through (the library's `verifik_flow::preview`).

use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use verifik_flow::preview::{Entry, Preview};
use verifik_flow::{Lang, StoredFlow};

use super::input::{display_name, read_limited};
use super::words;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow files (either kind; a stored flow's `paused` status is accepted); `-` reads
    /// standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Where to write: a file (`FILE.html`, one flow), or a folder (an existing one, a path
    /// ending in `/`, or any path when several files are given) that gets one page a flow and
    /// `index.html`. Without it, the page of the one file goes to standard output.
    #[arg(long, value_name = "FILE.html|DIR")]
    out: Option<PathBuf>,
    /// Show the whitelist's people (names, e-mails, phones) instead of counting them.
    #[arg(long)]
    show_personal_data: bool,
}

/// One file's flow, read and checked.
struct Read {
    file: PathBuf,
    flow: StoredFlow,
}

pub(crate) fn run(args: &Args, lang: Lang) -> io::Result<ExitCode> {
    let say = words::of(lang);
    let mut flows = Vec::new();
    let mut refused = 0;
    for file in &args.files {
        let name = display_name(file);
        let bytes = match read_limited(file, lang) {
            Ok(bytes) => bytes,
            Err(error) => {
                note!("error: {name}: {}", verifik_flow::io_error_in(&error, lang));
                refused += 1;
                continue;
            }
        };
        match verifik_flow::validate_stored_slice(&bytes) {
            Ok(flow) => flows.push(Read {
                file: file.clone(),
                flow,
            }),
            Err(errors) => {
                let text = String::from_utf8_lossy(verifik_flow::strip_bom(&bytes)).into_owned();
                let report = verifik_flow::Report::new(&name, &text)
                    .styled(io::stderr().is_terminal())
                    .lang(lang);
                let mut shown = String::new();
                for violation in &errors {
                    shown.push_str(&report.render(violation));
                }
                note!("{}", shown.trim_end());
                refused += 1;
            }
        }
    }
    if refused > 0 {
        note!("error: {}", say.preview_refused(refused));
        return Ok(ExitCode::from(1));
    }
    let preview = Preview::new(lang).show_personal_data(args.show_personal_data);
    let Some(out) = &args.out else {
        let [one] = flows.as_slice() else {
            note!("error: {}", say.preview_needs_out(flows.len()));
            return Ok(ExitCode::from(2));
        };
        let mut stdout = io::stdout().lock();
        stdout.write_all(preview.page(&one.flow).as_bytes())?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    };
    let to_folder = flows.len() > 1 || out.is_dir() || ends_with_separator(out);
    let written = if to_folder {
        write_folder(&preview, &flows, out)
    } else {
        write_file(out, &preview.page(&flows[0].flow))
    };
    match written {
        Ok(()) => {
            let shown = verifik_flow::printable(&out.display().to_string()).into_owned();
            note!("{}", say.preview_written(flows.len(), to_folder, &shown));
            Ok(ExitCode::SUCCESS)
        }
        Err((path, error)) => {
            let shown = verifik_flow::printable(&path.display().to_string()).into_owned();
            note!("error: {}", say.cannot_write_preview(&shown, &error));
            Ok(ExitCode::from(1))
        }
    }
}

fn ends_with_separator(path: &Path) -> bool {
    path.as_os_str()
        .to_string_lossy()
        .ends_with(std::path::MAIN_SEPARATOR)
        || path.as_os_str().to_string_lossy().ends_with('/')
}

/// Writes `page` to `path` whole or not at all: a temporary file beside it (created as any
/// file is, the user's umask deciding who may read it), renamed over it.
pub(crate) fn write_file(path: &Path, page: &str) -> Result<(), (PathBuf, io::Error)> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let temporary = folder.join(format!(".verifik-flow-preview.tmp-{}", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(page.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary); // best effort: the error said is the write's
    }
    written.map_err(|error| (path.to_path_buf(), error))
}

/// One page a flow, named after its file, and `index.html` linking them.
fn write_folder(preview: &Preview, flows: &[Read], out: &Path) -> Result<(), (PathBuf, io::Error)> {
    std::fs::create_dir_all(out).map_err(|error| (out.to_path_buf(), error))?;
    let mut taken = BTreeSet::from(["index".to_owned()]);
    let mut entries = Vec::new();
    for read in flows {
        let stem = page_stem(&read.file, &mut taken);
        let href = format!("{stem}.html");
        write_file(&out.join(&href), &preview.page(&read.flow))?;
        entries.push(Entry {
            name: read.flow.name().map(str::to_owned),
            flow_type: read.flow.flow.flow_type(),
            status: read.flow.status(),
            updated: None,
            href,
        });
    }
    write_file(&out.join("index.html"), &preview.index(&entries))
}

/// A page's file name (without `.html`) from its flow file's: the name without `.json`, every
/// character but letters, digits, `-`, `_` and `.` made `-`, and made unique among `taken`.
fn page_stem(file: &Path, taken: &mut BTreeSet<String>) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n != "-")
        .unwrap_or_else(|| "stdin".to_owned());
    let base = name.strip_suffix(".json").unwrap_or(&name);
    let base: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let base = if base.is_empty() || base.starts_with('.') {
        format!("flow{base}")
    } else {
        base
    };
    let mut stem = base.clone();
    let mut n = 2;
    while !taken.insert(stem.clone()) {
        stem = format!("{base}-{n}");
        n += 1;
    }
    stem
}
