//! What the commands that call Verifik share: a client from the environment, a runtime, how
//! an answer is printed, and argument parsers for the model's values.

use std::io;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use verifik_flow::Lang;
use verifik_flow::client::{Client, ClientError};

/// A parser of a project flow ID: any ID the library sends (not empty, no `/`, `?` or `#`);
/// Verifik answers the rest (the 23-digit `_id` of its documentation's create answer
/// included).
pub(crate) fn flow_id(text: &str) -> Result<String, super::refusal::Refusal> {
    verifik_flow::client::check_flow_id(text)
        .map(|()| text.to_owned())
        .map_err(super::refusal::Refusal::FlowId)
}

/// A parser of one of the model's enums: its wire values are the possible values (listed in
/// `--help` and completions), and the enum's own `FromStr` reads them.
pub(crate) fn wire<T>(values: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    PossibleValuesParser::new(values).try_map(|value| value.parse::<T>())
}

fn runtime() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// Runs a call against Verifik with a client from the environment.
pub(crate) fn remote<F, Fut>(call: F, lang: Lang) -> io::Result<ExitCode>
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = io::Result<ExitCode>>,
{
    // Verifik allows so many project-flow calls a minute: the commands wait their turn
    // rather than be refused (`apply` of many flows).
    let client = match Client::from_env() {
        Ok(client) => client.paced(
            verifik_flow::client::VERIFIK_CALLS_PER_MINUTE,
            std::time::Duration::from_mins(1),
        ),
        Err(error) => {
            note!("error: {}", error.message_in(lang));
            return Ok(ExitCode::from(1));
        }
    };
    // Which Verifik, first, as Terraform names its backend: a token left in a shell must not
    // reach production unnoticed.
    let chosen = std::env::var_os("VERIFIK_BASE_URL").is_some();
    note!(
        "{}",
        super::words::of(lang).talking_to(&verifik_flow::printable(client.base_url()), chosen)
    );
    runtime()?.block_on(call(client))
}

/// Runs a future on a fresh runtime (for the stand-in).
pub(crate) fn block_on<T>(
    future: impl std::future::Future<Output = io::Result<T>>,
) -> io::Result<T> {
    runtime()?.block_on(future)
}

/// Prints a call's result: the JSON on success; on failure the error, exit 1 (the one exit
/// code of every error of a command that talks to Verifik: `cli/exit.rs`).
pub(crate) fn show<T: serde::Serialize>(result: Result<T, ClientError>, lang: Lang) -> ExitCode {
    match result {
        Ok(value) => match serde_json::to_string_pretty(&value) {
            Ok(text) => {
                if say(&text, lang) {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
            Err(error) => {
                note!("error: {}", lang.words().not_writable(&error.to_string()));
                ExitCode::from(1)
            }
        },
        Err(ClientError::NothingToChange) => {
            note!("{}", super::words::of(lang).nothing_to_change());
            ExitCode::SUCCESS
        }
        Err(error) => {
            note!("error: {}", error.message_in(lang));
            ExitCode::from(1)
        }
    }
}

/// Prints a line on standard output. A reader that stopped early (`| head`) changes nothing;
/// any other failure to write is said on standard error, and `false` returned.
pub(crate) fn say(line: &str, lang: Lang) -> bool {
    use std::io::Write as _;
    match writeln!(io::stdout(), "{line}") {
        Ok(()) => true,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => true,
        Err(error) => {
            note!(
                "error: {}",
                super::words::of(lang).cannot_write_stdout(&error)
            );
            false
        }
    }
}
