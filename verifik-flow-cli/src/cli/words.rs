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

/// A file, or a directory's entry, that could not be read: `cannot read NAME: ERROR`.
pub(crate) fn cannot_read(name: &str, error: &dyn std::fmt::Display) -> String {
    match lang() {
        Lang::En => format!("cannot read {name}: {error}"),
        Lang::Es => format!("no se puede leer {name}: {error}"),
    }
}

/// Standard output refused a line.
pub(crate) fn cannot_write_stdout(error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot write to standard output: {error}"),
        Lang::Es => format!("no se puede escribir en la salida estándar: {error}"),
    }
}

/// A file that breaks the rules listed above it.
pub(crate) fn breaks_the_rules_above(name: &str) -> String {
    match lang() {
        Lang::En => format!("{name} breaks the rules above; nothing was sent"),
        Lang::Es => format!("{name} incumple las reglas de arriba; no se envió nada"),
    }
}

/// `update` with nothing but `$schema`.
pub(crate) fn nothing_to_change() -> String {
    match lang() {
        Lang::En => {
            "nothing to change: the update has no key besides `$schema`; nothing was sent".into()
        }
        Lang::Es => "nada que cambiar: la actualización no tiene ninguna clave aparte de \
                     `$schema`; no se envió nada"
            .into(),
    }
}

// --- flows as code: pull, plan, apply ---

/// The flows directory could not be listed.
pub(crate) fn cannot_read_flows_dir(dir: &str, error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot read the flows directory {dir}: {error}"),
        Lang::Es => format!("no se puede leer el directorio de flujos {dir}: {error}"),
    }
}

/// Flow files broke rules, so no plan was made.
pub(crate) fn fix_the_files_above() -> String {
    match lang() {
        Lang::En => "fix the files above; nothing was planned or sent".into(),
        Lang::Es => "corrige los archivos de arriba; no se planificó ni se envió nada".into(),
    }
}

/// No plan could be made.
pub(crate) fn no_plan() -> String {
    match lang() {
        Lang::En => "no plan: nothing was sent".into(),
        Lang::Es => "no hay plan: no se envió nada".into(),
    }
}

/// A value a plan line shows where there is none.
pub(crate) fn none() -> &'static str {
    match lang() {
        Lang::En => "(none)",
        Lang::Es => "(ninguno)",
    }
}

/// A whitelist's change, its people counted, not shown.
pub(crate) fn whitelist_change(path: &str, entries: usize, before: usize) -> String {
    match lang() {
        Lang::En => {
            let moved = if entries >= before {
                format!("{} added", entries - before)
            } else {
                format!("{} removed", before - entries)
            };
            format!("{path}: {entries} entries, {moved} (--show-personal-data shows them)")
        }
        Lang::Es => {
            let moved = if entries >= before {
                format!("{} añadidas", entries - before)
            } else {
                format!("{} quitadas", before - entries)
            };
            format!("{path}: {entries} entradas, {moved} (--show-personal-data las muestra)")
        }
    }
}

/// ` (flow ID)` after a step's file.
pub(crate) fn flow_id(id: &str) -> String {
    match lang() {
        Lang::En => format!(" (flow {id})"),
        Lang::Es => format!(" (flujo {id})"),
    }
}

/// After a step's title: the file adopted the flow of its name.
pub(crate) fn adopted() -> &'static str {
    match lang() {
        Lang::En => ", adopted by its name",
        Lang::Es => ", adoptado por su nombre",
    }
}

/// The verbs of a plan's steps: create, update, delete.
pub(crate) fn step_verbs() -> [&'static str; 3] {
    match lang() {
        Lang::En => ["create", "update", "delete"],
        Lang::Es => ["crear", "actualizar", "borrar"],
    }
}

/// A remote flow no file manages, and why.
pub(crate) fn unmanaged(id: &str, name: &str, project: &str, file_gone: Option<&str>) -> String {
    match (lang(), file_gone) {
        (Lang::En, None) => {
            format!("  unmanaged flow {id}{name} in project {project}: not managed by a file here")
        }
        (Lang::En, Some(file)) => format!(
            "  unmanaged flow {id}{name} in project {project}: its file {file} is gone: \
             --allow-delete deletes it"
        ),
        (Lang::Es, None) => format!(
            "  flujo sin gestionar {id}{name} del proyecto {project}: ningún archivo de aquí lo \
             gestiona"
        ),
        (Lang::Es, Some(file)) => format!(
            "  flujo sin gestionar {id}{name} del proyecto {project}: su archivo {file} ya no \
             está: --allow-delete lo borra"
        ),
    }
}

/// A saved plan could not be written.
pub(crate) fn cannot_save_plan(path: &str, error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot save the plan to {path}: {error}"),
        Lang::Es => format!("no se puede guardar el plan en {path}: {error}"),
    }
}

/// Why a saved plan cannot be applied.
pub(crate) enum BadPlan {
    Unreadable(String),
    NotJson(String),
    Format(u64, u32),
    NotAPlan(Option<String>),
    NoBaseUrl,
}

/// A saved plan that cannot be applied, named.
pub(crate) fn bad_plan(name: &str, why: &BadPlan) -> String {
    let why = match (lang(), why) {
        (Lang::En, BadPlan::Unreadable(e)) => format!("cannot read it ({e})"),
        (Lang::En, BadPlan::NotJson(e)) => format!("is not a saved plan ({e})"),
        (Lang::En, BadPlan::Format(found, ours)) => {
            format!("is a plan of format {found}; this verifik-flow applies format {ours}")
        }
        (Lang::En, BadPlan::NotAPlan(None)) => {
            "is not a plan saved by `verifik-flow plan --out`".into()
        }
        (Lang::En, BadPlan::NotAPlan(Some(e))) => {
            format!("is not a plan saved by `verifik-flow plan --out` ({e})")
        }
        (Lang::En, BadPlan::NoBaseUrl) => "names no base URL".into(),
        (Lang::Es, BadPlan::Unreadable(e)) => format!("no se puede leer ({e})"),
        (Lang::Es, BadPlan::NotJson(e)) => format!("no es un plan guardado ({e})"),
        (Lang::Es, BadPlan::Format(found, ours)) => {
            format!("es un plan de formato {found}; este verifik-flow aplica el formato {ours}")
        }
        (Lang::Es, BadPlan::NotAPlan(None)) => {
            "no es un plan guardado con `verifik-flow plan --out`".into()
        }
        (Lang::Es, BadPlan::NotAPlan(Some(e))) => {
            format!("no es un plan guardado con `verifik-flow plan --out` ({e})")
        }
        (Lang::Es, BadPlan::NoBaseUrl) => "no nombra ninguna URL base".into(),
    };
    match lang() {
        Lang::En => format!("{name}: {why}; nothing was sent"),
        Lang::Es => format!("{name}: {why}; no se envió nada"),
    }
}

/// A saved plan made against another Verifik.
pub(crate) fn other_base_url(planned: &str, now: &str) -> String {
    match lang() {
        Lang::En => {
            format!("the plan was made against {planned}, not {now}: plan again; nothing was sent")
        }
        Lang::Es => format!(
            "el plan se hizo contra {planned}, no contra {now}: vuelve a planificar; no se envió \
             nada"
        ),
    }
}

/// What changed on Verifik since a plan was saved.
pub(crate) enum Stale<'a> {
    NamedExists(&'a str),
    Gone(&'a str),
    Changed(&'a str),
}

/// One change since the plan, named by its file.
pub(crate) fn stale(file: &str, what: &Stale<'_>) -> String {
    match (lang(), what) {
        (Lang::En, Stale::NamedExists(name)) => format!("{file}: a flow named {name:?} exists now"),
        (Lang::En, Stale::Gone(id)) => format!("{file}: flow {id} no longer exists"),
        (Lang::En, Stale::Changed(id)) => format!("{file}: flow {id} changed since the plan"),
        (Lang::Es, Stale::NamedExists(name)) => {
            format!("{file}: ahora existe un flujo llamado {name:?}")
        }
        (Lang::Es, Stale::Gone(id)) => format!("{file}: el flujo {id} ya no existe"),
        (Lang::Es, Stale::Changed(id)) => format!("{file}: el flujo {id} cambió desde el plan"),
    }
}

/// `stale plan: WHY`.
pub(crate) fn stale_plan(why: &str) -> String {
    match lang() {
        Lang::En => format!("stale plan: {why}"),
        Lang::Es => format!("plan desactualizado: {why}"),
    }
}

/// The flows changed since the plan, so it was not applied.
pub(crate) fn plan_again() -> String {
    match lang() {
        Lang::En => {
            "the flows changed since the plan was made: plan again; nothing was sent".into()
        }
        Lang::Es => "los flujos cambiaron desde que se hizo el plan: vuelve a planificar; no se \
                     envió nada"
            .into(),
    }
}

/// `apply` without a terminal and without `--auto-approve`.
pub(crate) fn no_terminal_to_ask() -> String {
    match lang() {
        Lang::En => "apply asks before it changes anything, and there is no terminal to ask: \
                     pass --auto-approve (as CI does) or apply a saved plan; nothing was sent"
            .into(),
        Lang::Es => "apply pregunta antes de cambiar nada, y no hay una terminal a la que \
                     preguntar: pasa --auto-approve (como en CI) o aplica un plan guardado; no \
                     se envió nada"
            .into(),
    }
}

/// The confirmation prompt. The word to type is `yes` in every language.
pub(crate) fn confirm() -> &'static str {
    match lang() {
        Lang::En => "Apply this plan? Type `yes` to go on: ",
        Lang::Es => "¿Aplicar este plan? Escribe `yes` para seguir: ",
    }
}

/// Anything but `yes` at the prompt.
pub(crate) fn not_applied() -> &'static str {
    match lang() {
        Lang::En => "not applied: nothing was sent",
        Lang::Es => "no se aplicó: no se envió nada",
    }
}

/// What a step of `apply` did.
pub(crate) fn step_done(action: verifik_flow::plan::Action, id: &str) -> String {
    use verifik_flow::plan::Action;
    match (lang(), action) {
        (Lang::En, Action::Create) => format!("created flow {id}"),
        (Lang::En, Action::Update) => format!("updated flow {id}"),
        (Lang::En, _) => format!("deleted flow {id}"),
        (Lang::Es, Action::Create) => format!("flujo {id} creado"),
        (Lang::Es, Action::Update) => format!("flujo {id} actualizado"),
        (Lang::Es, _) => format!("flujo {id} borrado"),
    }
}

/// A step of `apply` that failed; the others go on.
pub(crate) fn step_failed(name: &str, error: &str) -> String {
    match lang() {
        Lang::En => format!("{name}: {error}; left as it was, the rest goes on"),
        Lang::Es => format!("{name}: {error}; se deja como estaba y se sigue con el resto"),
    }
}

/// The inventory could not be written.
pub(crate) fn cannot_write_inventory(dir: &str, error: &std::io::Error) -> String {
    match lang() {
        Lang::En => format!("cannot write the inventory of {dir}: {error}"),
        Lang::Es => format!("no se puede escribir el inventario de {dir}: {error}"),
    }
}

/// The closing line of `apply`.
pub(crate) fn applied(done: usize, failed: usize) -> String {
    match lang() {
        Lang::En => format!("Applied: {done} done, {failed} failed."),
        Lang::Es => format!("Aplicado: {done} hechos, {failed} fallidos."),
    }
}
