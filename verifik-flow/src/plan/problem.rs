//! Why no plan could be made: each problem names its file or flow and says what to do, in
//! the language asked.

use std::fmt;

use serde_json::Value;
use verifik_flow_rules::dotted;

use super::inventory::INVENTORY_FILE;
use crate::{Lang, ValidationErrors};

/// Why no plan could be made: every problem found, each naming its file or flow.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanErrors(pub Vec<PlanProblem>);

impl PlanErrors {
    /// Every problem, one a line, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|problem| problem.message_in(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for PlanErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for PlanErrors {}

/// One reason a plan cannot be made.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PlanProblem {
    /// A file breaks the rules.
    Invalid {
        /// The file.
        file: String,
        /// Its violations.
        errors: ValidationErrors,
    },
    /// Two files claim one flow.
    TwoFilesOneFlow {
        /// One file.
        first: String,
        /// The other.
        second: String,
        /// The flow.
        id: String,
    },
    /// A file's name is shared by several remote flows of its project and type.
    NameShared {
        /// The file.
        file: String,
        /// The project.
        project: String,
        /// The name.
        name: String,
        /// The flows that have it.
        ids: Vec<String>,
    },
    /// A key Verifik holds that the file leaves out and that has no default: a `PUT` cannot
    /// remove it.
    Conflict {
        /// The file.
        file: String,
        /// The flow.
        id: String,
        /// The key, as a JSON pointer.
        pointer: String,
        /// What Verifik holds there.
        remote: Value,
    },
    /// A new flow cannot be created paused.
    PausedCreate {
        /// The file.
        file: String,
    },
    /// The inventory names a flow that no longer exists.
    Gone {
        /// The file.
        file: String,
        /// The project.
        project: String,
        /// The flow the inventory names.
        id: String,
    },
    /// Two files of one project, type and name manage no flow yet: applying both would make
    /// two flows of one name, which no later plan could tell apart.
    SameName {
        /// One file.
        first: String,
        /// The other.
        second: String,
        /// The project.
        project: String,
        /// The name.
        name: String,
    },
    /// More flows than pending creates could be the ones those creates made (someone else
    /// made an identical flow meanwhile): nothing is guessed.
    PendingAmbiguous {
        /// The files whose creates are pending.
        files: Vec<String>,
        /// The project.
        project: String,
        /// The flows that could be theirs.
        ids: Vec<String>,
    },
    /// A file manages a flow of the other type.
    TypeChanged {
        /// The file.
        file: String,
        /// The flow.
        id: String,
        /// The file's type.
        local: String,
        /// The flow's.
        remote: String,
    },
}

impl PlanProblem {
    /// What is wrong and what to do, in `lang` (English is its `Display`).
    #[allow(clippy::too_many_lines)] // one arm a problem, each in both languages
    pub fn message_in(&self, lang: Lang) -> String {
        const INV: &str = INVENTORY_FILE;
        match (self, lang) {
            (Self::Invalid { file, errors }, _) => format!("{file}: {}", errors.message_in(lang)),
            (Self::TwoFilesOneFlow { first, second, id }, Lang::En) => {
                format!("{first} and {second} both manage flow {id}; keep one of them")
            }
            (Self::TwoFilesOneFlow { first, second, id }, Lang::Es) => {
                format!("{first} y {second} gestionan los dos el flujo {id}; deja solo uno")
            }
            (
                Self::NameShared {
                    file,
                    project,
                    name,
                    ids,
                },
                Lang::En,
            ) => format!(
                "{file}: {} flows of project {project} are named {name:?} ({}); nothing is \
                 guessed: name the one it manages in {INV}, or rename the others",
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::NameShared {
                    file,
                    project,
                    name,
                    ids,
                },
                Lang::Es,
            ) => format!(
                "{file}: {} flujos del proyecto {project} se llaman {name:?} ({}); no se adivina \
                 nada: indica en {INV} cuál gestiona, o cambia el nombre de los otros",
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::Conflict {
                    file,
                    id,
                    pointer,
                    remote,
                },
                Lang::En,
            ) => format!(
                "{file}: `{}` is {} on Verifik (flow {id}) and not in the file, and a key without \
                 a default cannot be removed through an update: put it back in the file, or \
                 clear it in Verifik's dashboard",
                dotted(pointer),
                render(remote)
            ),
            (
                Self::Conflict {
                    file,
                    id,
                    pointer,
                    remote,
                },
                Lang::Es,
            ) => format!(
                "{file}: `{}` vale {} en Verifik (flujo {id}) y no está en el archivo, y una clave \
                 sin valor por defecto no se puede quitar con una actualización: vuelve a ponerla \
                 en el archivo, o bórrala en el panel de Verifik",
                dotted(pointer),
                render(remote)
            ),
            (Self::PausedCreate { file }, Lang::En) => format!(
                "{file}: its status is `paused`, and no flow of it exists yet: Verifik creates \
                 flows as `draft` or `active`; create it as one of those, then pause it"
            ),
            (Self::PausedCreate { file }, Lang::Es) => format!(
                "{file}: su estado es `paused` y todavía no existe su flujo: Verifik crea los \
                 flujos como `draft` o `active`; créalo con uno de esos y luego ponlo en pausa"
            ),
            (Self::Gone { file, project, id }, Lang::En) => format!(
                "{file}: {INV} names flow {id} in project {project}, which no longer exists; plan \
                 with --recreate to create it again, or remove its line from {INV}"
            ),
            (Self::Gone { file, project, id }, Lang::Es) => format!(
                "{file}: {INV} nombra el flujo {id} del proyecto {project}, que ya no existe; haz \
                 el plan con --recreate para crearlo de nuevo, o quita su línea de {INV}"
            ),
            (
                Self::SameName {
                    first,
                    second,
                    project,
                    name,
                },
                Lang::En,
            ) => format!(
                "{first} and {second} are both flows of project {project} named {name:?}, and \
                 neither exists yet; two flows of one name cannot be told apart later: rename \
                 one of them"
            ),
            (
                Self::SameName {
                    first,
                    second,
                    project,
                    name,
                },
                Lang::Es,
            ) => format!(
                "{first} y {second} son los dos flujos del proyecto {project} llamados {name:?}, \
                 y ninguno existe todavía; dos flujos con un mismo nombre no se pueden distinguir \
                 después: cambia el nombre de uno"
            ),
            (
                Self::PendingAmbiguous {
                    files,
                    project,
                    ids,
                },
                Lang::En,
            ) => format!(
                "{}: {INV} records creates whose answer was lost, and {} flows of project \
                 {project} could be theirs ({}); nothing is guessed: name the flow each file \
                 manages in {INV}, or delete the extra flows, then plan again",
                files.join(", "),
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::PendingAmbiguous {
                    files,
                    project,
                    ids,
                },
                Lang::Es,
            ) => format!(
                "{}: {INV} registra creaciones cuya respuesta se perdió, y {} flujos del \
                 proyecto {project} podrían ser suyos ({}); no se adivina nada: indica en {INV} \
                 qué flujo gestiona cada archivo, o borra los flujos de más, y vuelve a hacer el \
                 plan",
                files.join(", "),
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::TypeChanged {
                    file,
                    id,
                    local,
                    remote,
                },
                Lang::En,
            ) => format!(
                "{file}: flow {id} is a `{remote}` flow and the file a `{local}` one; a flow's \
                 type cannot change: create a new flow (remove its line from {INV})"
            ),
            (
                Self::TypeChanged {
                    file,
                    id,
                    local,
                    remote,
                },
                Lang::Es,
            ) => format!(
                "{file}: el flujo {id} es de tipo `{remote}` y el archivo de tipo `{local}`; el \
                 tipo de un flujo no puede cambiar: crea un flujo nuevo (quita su línea de {INV})"
            ),
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for PlanProblem {}

fn render(value: &Value) -> String {
    verifik_flow_rules::render(value)
}
