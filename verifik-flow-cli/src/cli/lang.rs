//! The language a person reads the CLI in: `--lang`, else `VERIFIK_FLOW_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set, as POSIX reads them), else
//! English; it is chosen before clap parses, and clap's refusals of a value are worded in it
//! after (`exit::usage`). Rule names, pointers and the machine formats are the same in every language; clap's
//! `--help` stays English.

use verifik_flow::Lang;

/// Decides the language from the flag and the environment: it is then passed to what words a
/// sentence (no global holds it).
///
/// # Errors
///
/// `VERIFIK_FLOW_LANG` set to a language that is not ours: the user asked for it by name, so
/// it is not guessed at.
pub(crate) fn choose(flag: Option<Lang>) -> Result<Lang, String> {
    let lang = match flag {
        Some(lang) => lang,
        None => from_env(|name| std::env::var(name).ok(), sys_locale::get_locale)?,
    };
    Ok(lang)
}

/// The `--lang` of the command line (`--lang es`, `--lang=es`), read before clap parses it; a
/// value that is not a language is left to clap to refuse, and nothing after `--` is read.
pub(crate) fn flag_in(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let mut args = args.into_iter().skip(1);
    let mut found = None;
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().and_then(|v| v.into_string().ok()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => continue,
        };
        found = value.and_then(|v| v.parse().ok()).or(found);
    }
    found
}

/// The language the environment names, through `var`; else the system's locale, through
/// `system` (`sys-locale`: the user's setting on macOS and Windows, where it is no variable).
fn from_env(
    var: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Result<Lang, String> {
    if let Some(code) = var("VERIFIK_FLOW_LANG").filter(|v| !v.is_empty()) {
        // What `LANG` takes (`es`, `es_CO.UTF-8`, `es-CO`), but named by the user: a language
        // that is not ours is an error, not English.
        return Lang::from_locale(&code)
            .ok_or_else(|| format!("VERIFIK_FLOW_LANG: {}", verifik_flow::UnknownLang(code)));
    }
    // POSIX: the first of these that is set and not empty decides, whatever its language.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()));
    // Where none is set (as on macOS and Windows, whose locale is no variable), the system's.
    let locale = locale.or_else(system);
    Ok(locale
        .and_then(|locale| Lang::from_locale(&locale))
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_env` with no system locale, or with `system`'s.
    fn from_env_of(var: impl Fn(&str) -> Option<String>) -> Result<Lang, String> {
        from_env(var, || None)
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_flag_is_read_before_clap() {
        let args = |line: &str| {
            line.split(' ')
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(flag_in(args("vf --lang es validate x")), Some(Lang::Es));
        assert_eq!(flag_in(args("vf validate --lang=es x")), Some(Lang::Es));
        assert_eq!(flag_in(args("vf validate x")), None);
        assert_eq!(flag_in(args("vf --lang fr validate x")), None);
        assert_eq!(flag_in(args("vf validate -- --lang es")), None);
    }

    #[test]
    fn the_environment_chooses_in_its_order() {
        assert_eq!(from_env_of(env(&[])), Ok(Lang::En));
        assert_eq!(from_env_of(env(&[("LANG", "es_CO.UTF-8")])), Ok(Lang::Es));
        assert_eq!(from_env_of(env(&[("LANG", "es")])), Ok(Lang::Es));
        assert_eq!(from_env_of(env(&[("LANG", "en_US.UTF-8")])), Ok(Lang::En));
        // LC_ALL before LC_MESSAGES before LANG, whatever language each names.
        assert_eq!(
            from_env_of(env(&[("LC_ALL", "C"), ("LANG", "es_CO.UTF-8")])),
            Ok(Lang::En)
        );
        assert_eq!(
            from_env_of(env(&[("LC_MESSAGES", "es_MX.UTF-8"), ("LANG", "en_US")])),
            Ok(Lang::Es)
        );
        // An empty variable is not set.
        assert_eq!(
            from_env_of(env(&[("LC_ALL", ""), ("LANG", "es_AR")])),
            Ok(Lang::Es)
        );
        // VERIFIK_FLOW_LANG before the locale; a language not ours is an error.
        assert_eq!(
            from_env_of(env(&[("VERIFIK_FLOW_LANG", "en"), ("LC_ALL", "es_CO")])),
            Ok(Lang::En)
        );
        assert!(
            from_env_of(env(&[("VERIFIK_FLOW_LANG", "fr")]))
                .unwrap_err()
                .contains("VERIFIK_FLOW_LANG: unknown language `fr`")
        );
        // VERIFIK_FLOW_LANG takes what LANG takes.
        for locale in ["es_CO.UTF-8", "es-CO", "ES"] {
            assert_eq!(
                from_env_of(env(&[("VERIFIK_FLOW_LANG", locale)])),
                Ok(Lang::Es),
                "{locale}"
            );
        }
        assert!(from_env_of(env(&[("VERIFIK_FLOW_LANG", "C")])).is_err());
        // Nothing set: the system's locale (macOS, Windows), after every variable.
        assert_eq!(from_env(env(&[]), || Some("es-MX".into())), Ok(Lang::Es));
        assert_eq!(
            from_env(env(&[("LANG", "en_US")]), || Some("es-MX".into())),
            Ok(Lang::En)
        );
    }
}
