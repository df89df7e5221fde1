//! `verifik-flow update ID [FILE] [--set KEY=VALUE]...`: check a partial update key by key,
//! then send it.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Map, Value};
use verifik_flow::{Lang, ValidationErrors};

use super::input::{display_name, read_limited};
use super::refusal::Refusal;
use super::remote::{flow_id, remote, say, show};
use super::render::{human_line, subject_line};
use super::words::{self, Refused};

#[derive(clap::Args)]
#[command(
    group = clap::ArgGroup::new("change").required(true).multiple(true).args(["file", "set"]),
    override_usage = "verifik-flow update <ID> [FILE] [--set <KEY=VALUE>]... [--check-merged]"
)]
pub(crate) struct Args {
    /// The flow's ID: its `_id`, as Verifik wrote it.
    #[arg(value_name = "ID", value_parser = flow_id)]
    id: String,
    /// The keys to change, as a JSON object (`-` reads standard input). Keys left out keep
    /// their values; objects change key by key.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Changes one key, named by its path of keys joined with dots: `liveness.minScore=0.8`.
    /// The value is read as JSON (a number, `true`, `["ocr"]`, `"2"`), or else taken as a
    /// string (`name=Sign-up for Acme`). Repeat it to change several keys; it applies after
    /// FILE's keys.
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_set)]
    set: Vec<Set>,
    /// Before sending, get the flow, merge the change into it and check the whole flow with
    /// every rule (the rules across fields too), as Verifik will.
    #[arg(long)]
    check_merged: bool,
}

/// One `--set KEY=VALUE`: the path of keys and the value to put there.
#[derive(Clone, Debug, PartialEq)]
struct Set {
    /// The argument as given, to name it in messages.
    text: String,
    path: Vec<String>,
    value: Value,
}

impl Set {
    /// The partial update that sets this one key.
    fn partial(&self) -> Value {
        self.path
            .iter()
            .rev()
            .fold(self.value.clone(), |value, key| {
                Value::Object(Map::from_iter([(key.clone(), value)]))
            })
    }

    /// How messages name it: `--set liveness.minScore=1.5`, escaped as every output is.
    fn subject(&self) -> String {
        verifik_flow::printable(&format!("--set {}", self.text)).into_owned()
    }
}

fn parse_set(text: &str) -> Result<Set, Refusal> {
    let Some((path, value)) = text.split_once('=') else {
        return Err(Refusal::SetWithoutEquals);
    };
    let path: Vec<String> = path.split('.').map(str::to_owned).collect();
    if path.iter().any(String::is_empty) {
        return Err(Refusal::SetEmptyKey);
    }
    let value = serde_json::from_str(value).unwrap_or_else(|_| Value::from(value));
    Ok(Set {
        text: text.to_owned(),
        path,
        value,
    })
}

/// Puts each `--set` into `partial`, in order. Two that set the same key, or one that goes
/// inside a value another one set, are refused: one of them would be dropped unseen.
fn apply(partial: &mut Value, sets: &[Set], lang: Lang) -> Result<(), String> {
    for (n, set) in sets.iter().enumerate() {
        let earlier = sets[..n]
            .iter()
            .any(|other| other.path.starts_with(&set.path));
        if earlier {
            return Err(words::of(lang).set_twice(
                &set.subject(),
                &verifik_flow::printable(&set.path.join(".")),
            ));
        }
        let Some((last, inside)) = set.path.split_last() else {
            continue;
        };
        let mut at = &mut *partial;
        for (depth, key) in inside.iter().enumerate() {
            at = match at {
                Value::Object(members) => members
                    .entry(key.clone())
                    .or_insert_with(|| Value::Object(Map::new())),
                _ => return Err(not_an_object(set, depth, lang)),
            };
        }
        match at {
            Value::Object(members) => {
                members.insert(last.clone(), set.value.clone());
            }
            _ => return Err(not_an_object(set, inside.len(), lang)),
        }
    }
    Ok(())
}

/// `set` goes inside the value at its first `depth` keys, which is not an object.
fn not_an_object(set: &Set, depth: usize, lang: Lang) -> String {
    words::of(lang).set_inside_non_object(
        &set.subject(),
        &verifik_flow::printable(&set.path[..depth].join(".")),
    )
}

fn refuse(lines: impl IntoIterator<Item = String>, why: &Refused<'_>, lang: Lang) -> ExitCode {
    for line in lines {
        say(&line, lang);
    }
    note!("error: {}", words::of(lang).refused(why));
    ExitCode::from(1)
}

/// The partial update of FILE and the `--set`s, each checked on its own (so a violation names
/// the file or the argument it comes from), then together.
fn read_partial(args: &Args, lang: Lang) -> Result<Value, ExitCode> {
    let mut partial = Value::Object(Map::new());
    let mut name = None;
    if let Some(file) = &args.file {
        let shown = display_name(file);
        let bytes = read_limited(file, lang).map_err(|error| {
            note!("error: {}", words::of(lang).cannot_read(&shown, &error));
            ExitCode::from(1)
        })?;
        partial = verifik_flow::validate_partial_slice(&bytes).map_err(|errors| {
            let lines = errors
                .iter()
                .map(|v| human_line(&shown, v, lang))
                .collect::<Vec<_>>();
            refuse(lines, &Refused::File(&shown), lang)
        })?;
        name = Some(shown);
    }
    let mut lines = Vec::new();
    for set in &args.set {
        if let Err(errors) = verifik_flow::validate_partial(&set.partial()) {
            lines.extend(errors.iter().map(|v| subject_line(&set.subject(), v, lang)));
        }
    }
    if !lines.is_empty() {
        return Err(refuse(lines, &Refused::Sets, lang));
    }
    if args.set.is_empty() {
        return Ok(partial);
    }
    if !partial.is_object() {
        // The file's own check refuses anything but an object; this is only a guard.
        return Err(refuse([], &Refused::NotAnObject, lang));
    }
    apply(&mut partial, &args.set, lang).map_err(|why| {
        note!("error: {why}");
        ExitCode::from(1)
    })?;
    // Each part holds; together they may still mix the keys of both flow types.
    verifik_flow::validate_partial(&partial).map_err(|errors: ValidationErrors| {
        let subject = words::of(lang).sets_together(name.as_deref());
        let lines = errors
            .iter()
            .map(|v| subject_line(&subject, v, lang))
            .collect::<Vec<_>>();
        refuse(lines, &Refused::Together, lang)
    })?;
    Ok(partial)
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    let partial = match read_partial(&args, lang) {
        Ok(partial) => partial,
        Err(code) => return Ok(code),
    };
    // Nothing to send: said before any call (the library would refuse it too).
    if partial
        .as_object()
        .is_some_and(|keys| keys.keys().all(|key| key == "$schema"))
    {
        return Ok(show::<()>(
            Err(verifik_flow::client::ClientError::NothingToChange),
            lang,
        ));
    }
    remote(
        |client| async move {
            if args.check_merged {
                let stored = match client.get(&args.id).await {
                    Ok(record) => Value::Object(record.body()),
                    Err(error) => return Ok(show::<()>(Err(error), lang)),
                };
                if let Err(errors) = verifik_flow::validate_update(&stored, &partial) {
                    let subject = words::of(lang).merged_into(&args.id);
                    let subject = verifik_flow::printable(&subject);
                    for violation in &errors {
                        say(&subject_line(&subject, violation, lang), lang);
                    }
                    note!("error: {}", words::of(lang).refused(&Refused::Merged));
                    return Ok(ExitCode::from(1));
                }
            }
            Ok(show(client.update(&args.id, &partial).await, lang))
        },
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sets(args: &[&str]) -> Vec<Set> {
        args.iter().map(|a| parse_set(a).unwrap()).collect()
    }

    #[test]
    fn a_set_reads_its_value_as_json_or_else_as_a_string() {
        let [score, methods, name, quoted] = &sets(&[
            "liveness.minScore=0.8",
            "documents.verificationMethods=[\"ocr\"]",
            "name=Sign-up for Acme",
            "name=\"2\"",
        ])[..] else {
            unreachable!()
        };
        assert_eq!(score.partial(), json!({"liveness": {"minScore": 0.8}}));
        assert_eq!(
            methods.partial(),
            json!({"documents": {"verificationMethods": ["ocr"]}})
        );
        assert_eq!(name.partial(), json!({"name": "Sign-up for Acme"}));
        assert_eq!(quoted.partial(), json!({"name": "2"}));
        // Only the first `=` splits: the value may hold more.
        assert_eq!(parse_set("name=a=b").unwrap().value, json!("a=b"));
    }

    #[test]
    fn a_set_without_a_value_or_with_an_empty_key_is_refused_with_an_example() {
        for bad in [
            "liveness.minScore",
            "liveness..minScore=1",
            ".x=1",
            "=1",
            "x.=1",
        ] {
            let error = parse_set(bad).unwrap_err().worded(Lang::En);
            assert!(error.contains("liveness.minScore"), "{bad}: {error}");
        }
    }

    #[test]
    fn sets_merge_key_by_key_into_the_file() {
        let lang = Lang::En;
        let mut partial = json!({"liveness": {"searchMode": "FAST"}, "name": "A"});
        let all = sets(&["liveness.minScore=0.8", "status=paused"]);
        apply(&mut partial, &all, lang).unwrap();
        assert_eq!(
            partial,
            json!({"liveness": {"searchMode": "FAST", "minScore": 0.8}, "name": "A", "status": "paused"})
        );
    }

    #[test]
    fn sets_that_would_hide_one_another_are_refused() {
        let lang = Lang::En;
        let mut partial = json!({});
        let error = apply(&mut partial, &sets(&["name=A", "name=B"]), lang).unwrap_err();
        assert!(error.contains("sets name again"), "{error}");
        let error = apply(
            &mut json!({}),
            &sets(&["liveness.minScore=0.8", "liveness={}"]),
            lang,
        )
        .unwrap_err();
        assert!(error.contains("sets liveness again"), "{error}");
        let error = apply(&mut json!({}), &sets(&["name=A", "name.first=B"]), lang).unwrap_err();
        assert!(
            error.contains("goes inside name, which is not an object"),
            "{error}"
        );
        // A file's value is the file's: a set may replace it, as a later key would.
        let mut partial = json!({"name": "A"});
        apply(&mut partial, &sets(&["name=B"]), lang).unwrap();
        assert_eq!(partial, json!({"name": "B"}));
    }

    #[test]
    fn sets_that_hold_each_on_its_own_are_checked_together() {
        let lang = Lang::En;
        let args = |set: &[&str]| Args {
            id: "x".to_owned(),
            file: None,
            set: sets(set),
            check_merged: false,
        };
        let together = read_partial(&args(&["name=A", "liveness.minScore=0.8"]), lang).unwrap();
        assert_eq!(
            together,
            json!({"name": "A", "liveness": {"minScore": 0.8}})
        );
        // `target` is an onboarding key and `loginSettings` a Smart Access one: each holds
        // alone, not in one update.
        let mixed = args(&["target=personal", "loginSettings.email=true"]);
        assert!(verifik_flow::validate_partial(&mixed.set[0].partial()).is_ok());
        assert!(verifik_flow::validate_partial(&mixed.set[1].partial()).is_ok());
        assert_eq!(read_partial(&mixed, lang), Err(ExitCode::from(1)));
    }

    #[test]
    fn a_violation_of_a_set_names_the_argument_and_no_file_place() {
        let lang = Lang::En;
        let set = parse_set("liveness.minScore=1.5").unwrap();
        let errors = verifik_flow::validate_partial(&set.partial()).unwrap_err();
        let line = subject_line(&set.subject(), errors.iter().next().unwrap(), lang);
        assert!(
            line.starts_with("--set liveness.minScore=1.5: range: /liveness/minScore: "),
            "{line}"
        );
    }
}
