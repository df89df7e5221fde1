//! Why no plan could be made: each problem names its file or flow and says what to do, in
//! the language asked.

use std::fmt;

use serde_json::Value;

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
        match self {
            Self::Invalid { file, errors } => format!("{file}: {}", errors.message_in(lang)),
            _ => crate::words::of(lang).plan_problem(self),
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for PlanProblem {}
