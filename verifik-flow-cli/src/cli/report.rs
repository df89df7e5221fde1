//! The machine formats of `validate`: GitHub Actions workflow commands, SARIF 2.1.0 and a
//! GitLab Code Quality report. Each escapes what came from the input by the rules of its
//! format (GitHub's `%`, CR, LF, and `:` `,` in properties; JSON's own escaping elsewhere).

use std::fmt::Write as _;

use std::path::Path;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode};
use serde_json::{Value, json};
use serde_sarif::sarif;
use verifik_flow::Lang;
use verifik_flow::{Rule, Violation};

use super::input::display_name;

/// One violation, with the region it covers: lines from 1, columns from 1 counted in Unicode
/// code points; the end is the column after the token's last character.
pub(crate) struct Finding {
    file: String,
    uri: String,
    rule: Rule,
    pointer: String,
    message: String,
    /// The English message, which GitLab's fingerprint is made of: the same finding has the
    /// same fingerprint in every language.
    fingerprint_text: String,
    start: (usize, usize),
    end: (usize, usize),
}

impl Finding {
    pub(crate) fn new(path: &Path, text: &str, violation: &Violation, lang: Lang) -> Self {
        let start = violation
            .location()
            .map_or((1, 1), |at| (at.line, at.column));
        let token = violation
            .span()
            .and_then(|span| text.get(span))
            .unwrap_or_default();
        let end = match token.rfind('\n') {
            Some(last) => (
                start.0 + token.matches('\n').count(),
                token[last + 1..].chars().count() + 1,
            ),
            None => (start.0, start.1 + token.chars().count()),
        };
        Self {
            file: display_name(path),
            uri: file_uri(path),
            rule: violation.rule(),
            pointer: if violation.pointer().is_empty() {
                "/".to_owned()
            } else {
                verifik_flow::printable(violation.pointer()).into_owned()
            },
            message: violation.message_in(lang).to_owned(),
            fingerprint_text: violation.message().to_owned(),
            start,
            end,
        }
    }

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::/pointer: message`.
    pub(crate) fn github(&self) -> String {
        // GitHub's end column is the token's last character (its start when it is empty).
        let end_column = if self.end == self.start {
            self.start.1
        } else {
            self.end.1.saturating_sub(1).max(1)
        };
        format!(
            "::error file={},line={},col={},endLine={},endColumn={end_column},title={}::{}",
            github_property(&self.file),
            self.start.0,
            self.start.1,
            self.end.0,
            github_property(self.rule.name()),
            github_data(&format!("{}: {}", self.pointer, self.message)),
        )
    }
}

/// A file that could not be read, as a GitHub annotation on the file.
pub(crate) fn github_unreadable(file: &str, error: &std::io::Error, lang: Lang) -> String {
    format!(
        "::error file={},title={}::{}",
        github_property(file),
        github_property(IO_RULE),
        github_data(&super::words::of(lang).cannot_read_file(error))
    )
}

/// The message of a workflow command: `%`, CR and LF are escaped (GitHub's toolkit
/// `escapeData`), so no input can end the command or start another.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property of a workflow command: as data, and `:` and `,` too (`escapeProperty`).
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// What a URI's path segment carries raw: RFC 3986's unreserved characters only. Every other
/// byte is percent-encoded: a `:` cannot make a scheme (`C:x.json`, `javascript:...`), a `\\`
/// or a line break cannot become a separator.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A file's path as a URI reference that decodes to exactly the name that was read: relative
/// (`flows/my%20flow.json`) for a relative path, `file:///...` for an absolute one. Only the
/// platform's separators separate segments; every segment's bytes are percent-encoded.
fn file_uri(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "%3Cstdin%3E".to_owned();
    }
    let bytes = path_bytes(path);
    let segments: Vec<String> = bytes
        .split(|b| std::path::is_separator(char::from(*b)))
        .map(|segment| percent_encode(segment, SEGMENT).to_string())
        .collect();
    let joined = segments.join("/");
    if path.is_absolute() {
        format!("file://{joined}")
    } else {
        joined
    }
}

/// The bytes of a path as the system gave them (on Unix, a name need not be UTF-8).
#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt as _;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

/// A file that could not be read, as SARIF and GitLab report it: the file and why.
pub(crate) struct Unreadable {
    file: String,
    uri: String,
    message: String,
}

impl Unreadable {
    pub(crate) fn new(path: &Path, error: &std::io::Error, lang: Lang) -> Self {
        Self {
            file: display_name(path),
            uri: file_uri(path),
            message: verifik_flow::printable(&super::words::of(lang).cannot_read_file(error))
                .into_owned(),
        }
    }
}

/// The rule name of a file that could not be read, in every format (`json`'s `rule`,
/// GitHub's title, SARIF's rule ID, GitLab's check name).
pub(crate) const IO_RULE: &str = "io";

fn i64_of(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A SARIF 2.1.0 log: one run of `verifik-flow`, its rules as reporting descriptors, each
/// finding a result with its region and its JSON pointer as a logical location.
/// A file that could not be read is a result of the rule `io` on that file: a code-scanning
/// view then shows it, and never reads as "no issues" for a file nobody checked.
pub(crate) fn sarif(findings: &[Finding], unreadable: &[Unreadable]) -> sarif::Sarif {
    let descriptor = |id: &str, summary: &str| {
        sarif::ReportingDescriptor::builder()
            .id(id)
            .name(id)
            .short_description(
                sarif::MultiformatMessageString::builder()
                    .text(summary)
                    .build(),
            )
            .help(
                sarif::MultiformatMessageString::builder()
                    .text(summary)
                    .build(),
            )
            .build()
    };
    let mut rules: Vec<sarif::ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|rule| descriptor(rule.name(), rule.summary()))
        .collect();
    rules.push(descriptor(
        IO_RULE,
        "The file could not be read, so it was not checked.",
    ));
    let results: Vec<sarif::Result> = findings
        .iter()
        .map(|finding| {
            let region = sarif::Region::builder()
                .start_line(i64_of(finding.start.0))
                .start_column(i64_of(finding.start.1))
                .end_line(i64_of(finding.end.0))
                .end_column(i64_of(finding.end.1))
                .build();
            let mut location = sarif_location(&finding.uri, Some(region));
            location.logical_locations = Some(vec![
                sarif::LogicalLocation::builder()
                    .fully_qualified_name(finding.pointer.clone())
                    .kind("member")
                    .build(),
            ]);
            let index = Rule::ALL.iter().position(|r| *r == finding.rule);
            sarif_result(
                finding.rule.name(),
                index,
                format!("{}: {}", finding.pointer, finding.message),
                location,
            )
        })
        .chain(unreadable.iter().map(|file| {
            sarif_result(
                IO_RULE,
                Some(Rule::ALL.len()),
                file.message.clone(),
                sarif_location(&file.uri, None),
            )
        }))
        .collect();
    let driver = sarif::ToolComponent::builder()
        .name("verifik-flow")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(json!("unicodeCodePoints"))
        .build();
    sarif::Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// A location in the file at `uri`, at `region` when there is one.
fn sarif_location(uri: &str, region: Option<sarif::Region>) -> sarif::Location {
    let mut physical = sarif::PhysicalLocation::builder()
        .artifact_location(sarif::ArtifactLocation::builder().uri(uri).build())
        .build();
    physical.region = region;
    sarif::Location::builder()
        .physical_location(physical)
        .build()
}

/// An error result of rule `id` (the `index`th reporting descriptor).
fn sarif_result(
    id: &str,
    index: Option<usize>,
    message: String,
    location: sarif::Location,
) -> sarif::Result {
    let mut result = sarif::Result::builder()
        .rule_id(id)
        .level(sarif::ResultLevel::Error)
        .message(sarif::Message::builder().text(message).build())
        .locations(vec![location])
        .build();
    result.rule_index = index.map(i64_of);
    result
}

/// A GitLab Code Quality report: one issue a finding, with a fingerprint that stays the same
/// while the finding does (GitLab matches issues between pipelines by it).
/// A file that could not be read is an issue of the check `io` on its first line: a merge
/// request then shows it, never "no issues" for a file nobody checked.
pub(crate) fn gitlab(findings: &[Finding], unreadable: &[Unreadable]) -> Value {
    // `identity` is language-free (the English message, or nothing for a file not read), so a
    // finding keeps its fingerprint whatever language the report is written in.
    let issue =
        |file: &str, check: &str, identity: &str, description: String, lines: (usize, usize)| {
            let identity = format!("{file}\u{0}{check}\u{0}{identity}");
            let digest = ring::digest::digest(&ring::digest::SHA256, identity.as_bytes());
            let mut fingerprint = String::with_capacity(64);
            for byte in digest.as_ref() {
                // Writing to a `String` cannot fail.
                let _ = write!(fingerprint, "{byte:02x}");
            }
            json!({
                "description": description,
                "check_name": check,
                "fingerprint": fingerprint,
                "severity": "major",
                "location": {
                    "path": file,
                    "lines": { "begin": lines.0, "end": lines.1 },
                },
            })
        };
    let issues: Vec<Value> = findings
        .iter()
        .map(|finding| {
            issue(
                &finding.file,
                finding.rule.name(),
                &format!("{}: {}", finding.pointer, finding.fingerprint_text),
                format!("{}: {}", finding.pointer, finding.message),
                (finding.start.0, finding.end.0),
            )
        })
        .chain(
            unreadable
                .iter()
                .map(|file| issue(&file.file, IO_RULE, "", file.message.clone(), (1, 1))),
        )
        .collect();
    Value::Array(issues)
}
