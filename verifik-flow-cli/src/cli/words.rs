//! The CLI's catalogue: every sentence it writes for a person, one function a sentence that
//! writes each language in one `match` (as the library's `verifik_flow_rules::words` does for
//! violations), so no sentence can miss a language or take other arguments in it. The word to
//! type at `apply`'s prompt stays `yes` in every language; rule names, pointers and the
//! machine formats never change.

use verifik_flow::Lang;

use super::lang::lang;

/// `n` and the word for it, singular or plural: `1 file`, `3 files` (`1 flujo`, never
/// `1 flujos`).
fn count(n: impl TryInto<u64> + std::fmt::Display + Copy, one: &str, many: &str) -> String {
    let one_of = n.try_into().ok() == Some(1);
    format!("{n} {}", if one_of { one } else { many })
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
pub(crate) fn whitelist_change(path: &str, added: usize, removed: usize, changed: usize) -> String {
    match lang() {
        Lang::En => format!(
            "{path}: people added: {added}, removed: {removed}, changed: {changed} \
             (--show-personal-data shows them)"
        ),
        Lang::Es => format!(
            "{path}: personas añadidas: {added}, quitadas: {removed}, cambiadas: {changed} \
             (--show-personal-data las muestra)"
        ),
    }
}

/// In place of a personal value in a plan.
pub(crate) fn hidden() -> &'static str {
    match lang() {
        Lang::En => "(personal data: --show-personal-data shows it)",
        Lang::Es => "(dato personal: --show-personal-data lo muestra)",
    }
}

/// In place of a whitelist in a plan: how many people.
pub(crate) fn people(count: usize) -> String {
    match lang() {
        Lang::En => format!("(people: {count}; --show-personal-data shows them)"),
        Lang::Es => format!("(personas: {count}; --show-personal-data las muestra)"),
    }
}

/// A personal value (an e-mail or phone) that changed, not shown.
pub(crate) fn personal_value_changed(path: &str) -> String {
    match lang() {
        Lang::En => format!("{path}: changed (personal data: --show-personal-data shows it)"),
        Lang::Es => {
            format!("{path}: cambió (dato personal: --show-personal-data lo muestra)")
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

/// After a step's title: the inventory does not record yet that the file manages the flow
/// (found by its name, or as the flow a create whose answer was lost made).
pub(crate) fn adopted() -> &'static str {
    match lang() {
        Lang::En => ", adopted: not in the inventory yet",
        Lang::Es => ", adoptado: aún no está en el inventario",
    }
}

/// The first line of every command that talks to Verifik: which one.
pub(crate) fn talking_to(base_url: &str, chosen: bool) -> String {
    match (lang(), chosen) {
        (Lang::En, true) => format!("verifik-flow: Verifik at {base_url} (VERIFIK_BASE_URL)"),
        (Lang::En, false) => format!(
            "verifik-flow: Verifik at {base_url} (the default: set VERIFIK_BASE_URL for another, \
             such as a stand-in)"
        ),
        (Lang::Es, true) => format!("verifik-flow: Verifik en {base_url} (VERIFIK_BASE_URL)"),
        (Lang::Es, false) => format!(
            "verifik-flow: Verifik en {base_url} (el predeterminado: define VERIFIK_BASE_URL para \
             otro, como una réplica local)"
        ),
    }
}

/// The markdown plan's line of which Verifik it was made against.
pub(crate) fn planned_against(base_url: &str) -> String {
    match lang() {
        Lang::En => format!("Planned against `{base_url}`."),
        Lang::Es => format!("Plan hecho contra `{base_url}`."),
    }
}

/// After a step's title: the file is another one renamed.
pub(crate) fn moved_from(old: &str) -> String {
    match lang() {
        Lang::En => format!(", moved from {old}"),
        Lang::Es => format!(", movido desde {old}"),
    }
}

/// The verb of a plan's step.
pub(crate) fn step_verb(action: verifik_flow::plan::Action) -> &'static str {
    use verifik_flow::plan::Action;
    match (lang(), action) {
        (Lang::En, Action::Create) => "create",
        (Lang::En, Action::Update) => "update",
        (Lang::En, Action::Delete) => "delete",
        (Lang::En, Action::Adopt) => "adopt",
        (Lang::En, Action::Move) => "move",
        (Lang::En, _) => "keep",
        (Lang::Es, Action::Create) => "crear",
        (Lang::Es, Action::Update) => "actualizar",
        (Lang::Es, Action::Delete) => "borrar",
        (Lang::Es, Action::Adopt) => "adoptar",
        (Lang::Es, Action::Move) => "mover",
        (Lang::Es, _) => "dejar",
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

/// A saved plan that cannot be applied, named.
pub(crate) fn bad_plan(name: &str, why: &str) -> String {
    match lang() {
        Lang::En => format!("{name}: {why}; nothing was sent"),
        Lang::Es => format!("{name}: {why}; no se envió nada"),
    }
}

/// A flag that a saved plan would ignore: its options are the plan's.
pub(crate) fn flag_with_saved_plan(flag: &str) -> String {
    match lang() {
        Lang::En => format!(
            "{flag} does not go with a saved plan, which applies with the options it was made \
             with: plan again with {flag}; nothing was sent"
        ),
        Lang::Es => format!(
            "{flag} no va con un plan guardado, que se aplica con las opciones con que se hizo: \
             vuelve a hacer el plan con {flag}; no se envió nada"
        ),
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
        (Lang::En, Action::Adopt) => format!("adopted flow {id} (recorded; nothing sent)"),
        (Lang::En, Action::Move) => format!("moved flow {id} (recorded; nothing sent)"),
        (Lang::En, _) => format!("deleted flow {id}"),
        (Lang::Es, Action::Create) => format!("flujo {id} creado"),
        (Lang::Es, Action::Update) => format!("flujo {id} actualizado"),
        (Lang::Es, Action::Adopt) => format!("flujo {id} adoptado (registrado; nada enviado)"),
        (Lang::Es, Action::Move) => format!("flujo {id} movido (registrado; nada enviado)"),
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

/// A create whose answer was lost: recorded as pending, resolved by the next plan.
pub(crate) fn create_pending(name: &str) -> String {
    match lang() {
        Lang::En => format!(
            "{name}: the create may have been carried out; it is recorded as pending in the \
             inventory, and the next plan finds the flow it made (it is not created twice)"
        ),
        Lang::Es => format!(
            "{name}: la creación puede haberse hecho; queda registrada como pendiente en el \
             inventario, y el próximo plan encuentra el flujo que creó (no se crea dos veces)"
        ),
    }
}

/// The inventory could not be written: the run stopped there.
pub(crate) fn inventory_not_written(why: &str) -> String {
    match lang() {
        Lang::En => format!(
            "the inventory could not be written ({why}); stopped here: nothing more was sent"
        ),
        Lang::Es => format!(
            "no se pudo escribir el inventario ({why}); se detuvo aquí: no se envió nada más"
        ),
    }
}

/// A stop asked for (Ctrl-C, SIGTERM): the call in flight finished and was recorded.
pub(crate) fn stopped() -> &'static str {
    match lang() {
        Lang::En => {
            "stopped as asked: the call in flight finished and was recorded; apply again \
                     to do the rest"
        }
        Lang::Es => {
            "detenido, como se pidió: la llamada en curso terminó y quedó registrada; \
                     vuelve a aplicar para hacer el resto"
        }
    }
}

/// The closing line of `apply`.
pub(crate) fn applied(done: usize, failed: usize) -> String {
    match lang() {
        Lang::En => format!("Applied: {done} done, {failed} failed."),
        Lang::Es => format!(
            "Aplicado: {}, {}.",
            count(done, "hecho", "hechos"),
            count(failed, "fallido", "fallidos")
        ),
    }
}

// --- update ---

/// A `--set` without `=`.
pub(crate) fn set_without_equals() -> String {
    match lang() {
        Lang::En => "write the key's path, `=` and the value, as in liveness.minScore=0.8".into(),
        Lang::Es => {
            "escribe la ruta de la clave, `=` y el valor, como en liveness.minScore=0.8".into()
        }
    }
}

/// A `--set` whose path has an empty key.
pub(crate) fn set_empty_key() -> String {
    match lang() {
        Lang::En => {
            "a key in the path is empty; join keys with single dots, as in liveness.minScore".into()
        }
        Lang::Es => "una clave de la ruta está vacía; une las claves con un solo punto, como en \
                     liveness.minScore"
            .into(),
    }
}

/// Two `--set`s of one key.
pub(crate) fn set_twice(subject: &str, path: &str) -> String {
    match lang() {
        Lang::En => format!("{subject} sets {path} again; give each key once"),
        Lang::Es => format!("{subject} vuelve a poner {path}; da cada clave una sola vez"),
    }
}

/// A `--set` inside a value that is not an object.
pub(crate) fn set_inside_non_object(subject: &str, path: &str) -> String {
    match lang() {
        Lang::En => format!(
            "{subject} goes inside {path}, which is not an object; set the whole value instead"
        ),
        Lang::Es => format!(
            "{subject} entra en {path}, que no es un objeto; pon el valor entero en su lugar"
        ),
    }
}

/// Why an update was refused, and that nothing was sent.
pub(crate) fn refused(why: &Refused<'_>) -> String {
    let why = match (lang(), why) {
        (Lang::En, Refused::File(name)) => format!("{name} breaks the rules above"),
        (Lang::En, Refused::Sets) => "the --set arguments above break the rules".into(),
        (Lang::En, Refused::NotAnObject) => "the update must be a JSON object".into(),
        (Lang::En, Refused::Together) => "together, they break the rules above".into(),
        (Lang::En, Refused::Merged) => "the flow would break the rules above".into(),
        (Lang::Es, Refused::File(name)) => format!("{name} incumple las reglas de arriba"),
        (Lang::Es, Refused::Sets) => "los argumentos --set de arriba incumplen las reglas".into(),
        (Lang::Es, Refused::NotAnObject) => "la actualización tiene que ser un objeto JSON".into(),
        (Lang::Es, Refused::Together) => "juntos incumplen las reglas de arriba".into(),
        (Lang::Es, Refused::Merged) => "el flujo incumpliría las reglas de arriba".into(),
    };
    match lang() {
        Lang::En => format!("{why}; nothing was sent"),
        Lang::Es => format!("{why}; no se envió nada"),
    }
}

/// What an update was refused for.
pub(crate) enum Refused<'a> {
    File(&'a str),
    Sets,
    NotAnObject,
    Together,
    Merged,
}

/// How violations of the file and the `--set`s together are named.
pub(crate) fn sets_together(file: Option<&str>) -> String {
    match (lang(), file) {
        (Lang::En, Some(name)) => format!("{name} with the --set arguments"),
        (Lang::En, None) => "the --set arguments together".into(),
        (Lang::Es, Some(name)) => format!("{name} con los argumentos --set"),
        (Lang::Es, None) => "los argumentos --set juntos".into(),
    }
}

/// How violations of the update merged into the stored flow are named.
pub(crate) fn merged_into(id: &str) -> String {
    match lang() {
        Lang::En => format!("the update merged into flow {id}"),
        Lang::Es => format!("la actualización combinada con el flujo {id}"),
    }
}

// --- new, serve, input, list, pull ---

/// `new` wrote the placeholder project.
pub(crate) fn placeholder_note() -> String {
    match lang() {
        Lang::En => {
            "note: `project` is a placeholder; give yours with --project <24 hex digits>".into()
        }
        Lang::Es => "nota: `project` es un marcador; pon el tuyo con --project <24 dígitos \
                     hexadecimales>"
            .into(),
    }
}

/// `serve --token` with an empty token.
pub(crate) fn serve_needs_token() -> String {
    match lang() {
        Lang::En => "the token is empty: give the one callers must send with --token, or leave \
                     --token out for a random one"
            .into(),
        Lang::Es => "el token está vacío: da el que deben enviar quienes llamen con --token, o \
                     quita --token para uno al azar"
            .into(),
    }
}

/// `serve` on an address that is not loopback.
pub(crate) fn serve_loopback_only(addr: &str) -> String {
    match lang() {
        Lang::En => {
            format!("the stand-in listens on loopback only (127.0.0.1 or [::1]), not {addr}")
        }
        Lang::Es => {
            format!("la réplica local solo escucha en loopback (127.0.0.1 o [::1]), no en {addr}")
        }
    }
}

/// `serve` could not listen.
pub(crate) fn cannot_listen(addr: &str, error: &dyn std::fmt::Display) -> String {
    match lang() {
        Lang::En => format!(
            "cannot listen on {addr}: {error}; if another process uses that port, choose another \
             with --addr"
        ),
        Lang::Es => format!(
            "no se puede escuchar en {addr}: {error}; si otro proceso usa ese puerto, da otro con \
             --addr"
        ),
    }
}

/// `serve` is up.
pub(crate) fn listening(url: &str, data: Option<&str>) -> String {
    match (lang(), data) {
        (Lang::En, None) => format!("verifik-flow stand-in listening on {url} (in memory)"),
        (Lang::En, Some(path)) => {
            format!("verifik-flow stand-in listening on {url} (data in {path})")
        }
        (Lang::Es, None) => {
            format!("réplica local de verifik-flow escuchando en {url} (en memoria)")
        }
        (Lang::Es, Some(path)) => {
            format!("réplica local de verifik-flow escuchando en {url} (datos en {path})")
        }
    }
}

/// A path that is not a regular file where a flow file is read.
pub(crate) fn not_a_file(directory: bool) -> String {
    match (lang(), directory) {
        (Lang::En, true) => {
            "a directory: give the path of a flow file, or `-` to read standard input".into()
        }
        (Lang::En, false) => "not a regular file (a FIFO, socket or device): give the path of a \
                              flow file, or `-` to read standard input"
            .into(),
        (Lang::Es, true) => "es un directorio: da la ruta de un archivo de flujo, o `-` para leer \
                             la entrada estándar"
            .into(),
        (Lang::Es, false) => {
            "no es un archivo normal (un FIFO, un socket o un dispositivo): da la \
                              ruta de un archivo de flujo, o `-` para leer la entrada estándar"
                .into()
        }
    }
}

/// The line under `list --format table`.
pub(crate) fn list_page(page: u64, pages: u64, total: u64) -> String {
    match lang() {
        Lang::En => format!(
            "page {page} of {pages}, {} in all",
            count(total, "flow", "flows")
        ),
        Lang::Es => format!(
            "página {page} de {pages}, {} en total",
            count(total, "flujo", "flujos")
        ),
    }
}

/// The header of `list --format table`.
pub(crate) fn list_header() -> [&'static str; 5] {
    match lang() {
        Lang::En => ["ID", "TYPE", "NAME", "STATUS", "UPDATED"],
        Lang::Es => ["ID", "TIPO", "NOMBRE", "ESTADO", "ACTUALIZADO"],
    }
}

/// `pull`: the inventory names a file that is not a plain file of the directory.
pub(crate) fn pull_bad_inventory_line(file: &str, dir: &str) -> String {
    match lang() {
        Lang::En => format!(
            "{} names the file {file}, which is not a file of {dir}: fix that line; nothing was \
             written",
            verifik_flow::plan::INVENTORY_FILE
        ),
        Lang::Es => format!(
            "{} nombra el archivo {file}, que no es un archivo de {dir}: corrige esa línea; no se \
             escribió nada",
            verifik_flow::plan::INVENTORY_FILE
        ),
    }
}

/// What a kept file differs from: a flow, or (`pull --rust`) the project's flows.
pub(crate) enum KeptFrom<'a> {
    Flow(&'a str),
    ProjectFlows,
}

/// `pull`: a file differs from what it would be written from, and is kept. Each language
/// words the whole sentence ("difiere del flujo", never "de el").
pub(crate) fn pull_kept(file: &str, from: &KeptFrom<'_>) -> String {
    match (lang(), from) {
        (Lang::En, KeptFrom::Flow(id)) => {
            format!("{file} differs from flow {id}: kept as it is (--force overwrites it)")
        }
        (Lang::En, KeptFrom::ProjectFlows) => format!(
            "{file} differs from the project's flows: kept as it is (--force overwrites it)"
        ),
        (Lang::Es, KeptFrom::Flow(id)) => {
            format!("{file} difiere del flujo {id}: se deja como está (--force lo sobrescribe)")
        }
        (Lang::Es, KeptFrom::ProjectFlows) => format!(
            "{file} difiere de los flujos del proyecto: se deja como está (--force lo \
             sobrescribe)"
        ),
    }
}

/// `pull`: a pulled flow that breaks a rule.
pub(crate) fn pull_breaks_a_rule(file: &str, id: &str, violation: &str) -> String {
    match lang() {
        Lang::En => format!("{file}: flow {id} breaks a rule: {violation}"),
        Lang::Es => format!("{file}: el flujo {id} incumple una regla: {violation}"),
    }
}

/// What `pull` did with a flow's file.
#[derive(Clone, Copy)]
pub(crate) enum Pulled {
    Written,
    Restored,
    Unchanged,
}

/// `pull`: one flow's file, and what was done with it.
pub(crate) fn pulled_file(file: &str, id: &str, what: Pulled) -> String {
    match (lang(), what) {
        (Lang::En, Pulled::Written) => format!("{file}: flow {id} (written)"),
        (Lang::En, Pulled::Restored) => {
            format!("{file}: flow {id} (restored: the inventory names it and it was gone)")
        }
        (Lang::En, Pulled::Unchanged) => format!("{file}: flow {id} (unchanged)"),
        (Lang::Es, Pulled::Written) => format!("{file}: flujo {id} (escrito)"),
        (Lang::Es, Pulled::Restored) => {
            format!("{file}: flujo {id} (restaurado: el inventario lo nombra y ya no estaba)")
        }
        (Lang::Es, Pulled::Unchanged) => format!("{file}: flujo {id} (sin cambios)"),
    }
}

/// `pull`: the closing line: how many flows, and how many files were written, restored, left
/// unchanged and kept (edited here).
pub(crate) fn pulled(count: usize, project: &str, dir: &str, files: [usize; 4]) -> String {
    let [written, restored, unchanged, kept] = files;
    match lang() {
        Lang::En => format!(
            "Pulled project {project} into {dir}: flows: {count}; files written: {written}, \
             restored: {restored}, unchanged: {unchanged}, kept as edited here: {kept}."
        ),
        Lang::Es => format!(
            "Proyecto {project} traído a {dir}: flujos: {count}; archivos escritos: {written}, \
             restaurados: {restored}, sin cambios: {unchanged}, conservados con las ediciones \
             de aquí: {kept}."
        ),
    }
}

/// `pull --rust`: the closing line.
pub(crate) fn pulled_module(count: usize, project: &str, file: &str) -> String {
    match lang() {
        Lang::En => format!("{file}: flows of project {project}: {count}"),
        Lang::Es => format!("{file}: flujos del proyecto {project}: {count}"),
    }
}

/// `pull` stopped by a write that failed: the files it wrote before, and why.
pub(crate) fn pull_stopped(written: &[String], why: &str) -> String {
    let before = if written.is_empty() {
        match lang() {
            Lang::En => "nothing was written before".to_owned(),
            Lang::Es => "no se había escrito nada antes".to_owned(),
        }
    } else {
        match lang() {
            Lang::En => format!("written before it: {}", written.join(", ")),
            Lang::Es => format!("escrito antes: {}", written.join(", ")),
        }
    };
    match lang() {
        Lang::En => {
            format!("{why}; pull stopped there and the inventory was not changed ({before})")
        }
        Lang::Es => format!("{why}; pull se detuvo ahí y el inventario no se cambió ({before})"),
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(count(1_u64, "flujo", "flujos"), "1 flujo");
        assert_eq!(count(0_usize, "flow", "flows"), "0 flows");
        assert_eq!(count(2_u64, "flow", "flows"), "2 flows");
    }
}
