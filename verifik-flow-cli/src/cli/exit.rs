//! The CLI's one table of exit codes (docs/cli.md): `validate` exits 0 when every file is
//! valid, 1 when one is not, 2 when one cannot be read or the command is misused; every other
//! command exits 0 on success and 1 on every error (usage and configuration included), and 2
//! only for changes under `plan --detailed-exitcode`, so that no error can read as "changes".

use std::ffi::OsString;
use std::process::ExitCode;

/// What a failure exits with for the command `args` name: 2 for `validate` (and for no
/// command at all), 1 for every other.
pub(crate) fn failure(args: &[OsString]) -> ExitCode {
    match command(args).as_deref() {
        Some("validate") | None => ExitCode::from(2),
        Some(_) => ExitCode::from(1),
    }
}

/// clap's refusal of the arguments and the command's failure code (clap's own is 2 for every
/// command); `--help` and `--version` exit 0. A refused value whose reason is ours (an ID, a
/// score, a `--set`, a closed set's value) is worded in `lang`; the rest as clap writes it
/// (clap's usage text stays English).
pub(crate) fn usage(error: &clap::Error, failure: ExitCode, lang: verifik_flow::Lang) -> ExitCode {
    if let Some(said) = super::refusal::worded(error, lang) {
        super::write_note(format_args!("error: {said}"));
        return failure;
    }
    // A closed standard output or error changes nothing: the status tells.
    let _ = error.print();
    if error.use_stderr() {
        failure
    } else {
        ExitCode::SUCCESS
    }
}

/// The subcommand the arguments name: the first argument that is not an option or an
/// option's value (`--lang es` is the one global option that takes a value).
fn command(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--lang" {
            words.next();
            continue;
        }
        if word.starts_with('-') {
            continue;
        }
        return Some(word.into_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("verifik-flow")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn validate_fails_with_2_and_every_other_command_with_1() {
        assert_eq!(failure(&args(&["validate", "x"])), ExitCode::from(2));
        assert_eq!(
            failure(&args(&["--lang", "es", "validate"])),
            ExitCode::from(2)
        );
        assert_eq!(failure(&args(&[])), ExitCode::from(2));
        for command in ["plan", "apply", "pull", "list", "serve", "create"] {
            assert_eq!(
                failure(&args(&["--lang", "es", command])),
                ExitCode::from(1)
            );
        }
    }
}
