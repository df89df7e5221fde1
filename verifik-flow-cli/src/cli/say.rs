//! The CLI's catalogue: every sentence it writes for a person, one function a sentence that
//! writes each language in one `match` (as the library's `verifik_flow_rules::words` does for
//! violations), so no sentence can miss a language or take other arguments in it. The word to
//! type at `apply`'s prompt stays `yes` in every language; rule names, pointers and the
//! machine formats never change.

use verifik_flow::Lang;

use super::lang::lang;

/// `n` and the word for it, singular or plural: `1 file`, `3 files`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The closing line of `validate`, on standard error.
pub(crate) fn checked(
    files: usize,
    valid: usize,
    invalid: usize,
    violations: usize,
    unreadable: usize,
) -> String {
    match lang() {
        Lang::En => format!(
            "{} checked: {valid} valid, {invalid} invalid ({}){}",
            count(files, "file", "files"),
            count(violations, "violation", "violations"),
            if unreadable > 0 {
                format!(", {unreadable} unreadable")
            } else {
                String::new()
            },
        ),
        Lang::Es => format!(
            "{} {}: {}, {} ({}){}",
            count(files, "archivo", "archivos"),
            if files == 1 { "revisado" } else { "revisados" },
            count(valid, "válido", "válidos"),
            count(invalid, "inválido", "inválidos"),
            count(violations, "problema", "problemas"),
            if unreadable > 0 {
                format!(", {}", count(unreadable, "ilegible", "ilegibles"))
            } else {
                String::new()
            },
        ),
    }
}

/// A file that could not be read, as every report names it.
pub(crate) fn cannot_read_file(error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot read the file: {error}"),
        Lang::Es => format!("no se puede leer el archivo: {error}"),
    }
}

/// Standard output refused the report.
pub(crate) fn cannot_write_report(error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot write the report to standard output: {error}"),
        Lang::Es => format!("no se puede escribir el informe en la salida estándar: {error}"),
    }
}
