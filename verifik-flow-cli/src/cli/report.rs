//! The machine formats of `validate`: GitHub Actions workflow commands, SARIF 2.1.0 and a
//! GitLab Code Quality report. Each escapes what came from the input by the rules of its
//! format (GitHub's `%`, CR, LF, and `:` `,` in properties; JSON's own escaping elsewhere).

use std::fmt::Write as _;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::{Value, json};
use serde_sarif::sarif;
use verifik_flow::{Rule, Violation};

/// One violation, with the region it covers: lines from 1, columns from 1 counted in Unicode
/// code points; the end is the column after the token's last character.
pub(crate) struct Finding {
    file: String,
    rule: Rule,
    pointer: String,
    message: String,
    start: (usize, usize),
    end: (usize, usize),
}

impl Finding {
    pub(crate) fn new(file: &str, text: &str, violation: &Violation) -> Self {
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
            file: file.to_owned(),
            rule: violation.rule(),
            pointer: if violation.pointer().is_empty() {
                "/".to_owned()
            } else {
                verifik_flow::printable(violation.pointer()).into_owned()
            },
            message: violation.message().to_owned(),
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
pub(crate) fn github_unreadable(file: &str, error: &std::io::Error) -> String {
    format!(
        "::error file={},title=io::{}",
        github_property(file),
        github_data(&format!("cannot read the file: {error}"))
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

/// What a relative URI reference may not carry raw: controls, spaces and the delimiters.
const URI_UNSAFE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A file name as a relative URI reference (`flows/my%20flow.json`).
fn file_uri(file: &str) -> String {
    file.split(['/', '\\'])
        .map(|segment| utf8_percent_encode(segment, URI_UNSAFE).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

fn i64_of(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A SARIF 2.1.0 log: one run of `verifik-flow`, its rules as reporting descriptors, each
/// finding a result with its region and its JSON pointer as a logical location.
pub(crate) fn sarif(findings: &[Finding]) -> sarif::Sarif {
    let rules: Vec<sarif::ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|rule| {
            sarif::ReportingDescriptor::builder()
                .id(rule.name())
                .name(rule.name())
                .short_description(
                    sarif::MultiformatMessageString::builder()
                        .text(rule.summary())
                        .build(),
                )
                .help(
                    sarif::MultiformatMessageString::builder()
                        .text(rule.summary())
                        .build(),
                )
                .build()
        })
        .collect();
    let results: Vec<sarif::Result> = findings
        .iter()
        .map(|finding| {
            let region = sarif::Region::builder()
                .start_line(i64_of(finding.start.0))
                .start_column(i64_of(finding.start.1))
                .end_line(i64_of(finding.end.0))
                .end_column(i64_of(finding.end.1))
                .build();
            let location = sarif::Location::builder()
                .physical_location(
                    sarif::PhysicalLocation::builder()
                        .artifact_location(
                            sarif::ArtifactLocation::builder()
                                .uri(file_uri(&finding.file))
                                .build(),
                        )
                        .region(region)
                        .build(),
                )
                .logical_locations(vec![
                    sarif::LogicalLocation::builder()
                        .fully_qualified_name(finding.pointer.clone())
                        .kind("member")
                        .build(),
                ])
                .build();
            let index = Rule::ALL.iter().position(|r| *r == finding.rule);
            let mut result = sarif::Result::builder()
                .rule_id(finding.rule.name())
                .level(sarif::ResultLevel::Error)
                .message(
                    sarif::Message::builder()
                        .text(format!("{}: {}", finding.pointer, finding.message))
                        .build(),
                )
                .locations(vec![location])
                .build();
            result.rule_index = index.map(i64_of);
            result
        })
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

/// A GitLab Code Quality report: one issue a finding, with a fingerprint that stays the same
/// while the finding does (GitLab matches issues between pipelines by it).
pub(crate) fn gitlab(findings: &[Finding]) -> Value {
    let issues: Vec<Value> = findings
        .iter()
        .map(|finding| {
            let identity = format!(
                "{}\u{0}{}\u{0}{}\u{0}{}",
                finding.file,
                finding.rule.name(),
                finding.pointer,
                finding.message
            );
            let digest = ring::digest::digest(&ring::digest::SHA256, identity.as_bytes());
            let mut fingerprint = String::with_capacity(64);
            for byte in digest.as_ref() {
                // Writing to a `String` cannot fail.
                let _ = write!(fingerprint, "{byte:02x}");
            }
            json!({
                "description": format!("{}: {}", finding.pointer, finding.message),
                "check_name": finding.rule.name(),
                "fingerprint": fingerprint,
                "severity": "major",
                "location": {
                    "path": finding.file,
                    "lines": { "begin": finding.start.0, "end": finding.end.0 },
                },
            })
        })
        .collect();
    Value::Array(issues)
}
