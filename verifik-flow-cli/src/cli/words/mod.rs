//! The CLI's catalogue: every sentence it writes for a person, one trait with a method a
//! sentence and one implementation a language (`en.rs`, `es.rs`), as the library's catalogues
//! are. The word to type at `apply`'s prompt stays `yes` in every language; rule names,
//! pointers and the machine formats never change.

mod en;
mod es;

use verifik_flow::Lang;
use verifik_flow::plan::Action;

verifik_flow_rules::catalogue! {
    /// The CLI's sentences, from their arguments.
    pub(crate) trait Words, in every language Cli { en: en::English, es: es::Spanish }
    {
        /// The markdown plan's line naming its page (`plan --html`).
        fn plan_page(&self, page: &str) -> String;
        /// `preview`: files that break the rules (shown above), and nothing written.
        fn preview_refused(&self, files: usize) -> String;
        /// `preview` of several files without `--out`.
        fn preview_needs_out(&self, files: usize) -> String;
        /// `preview` wrote its page, or its folder of pages and index.
        fn preview_written(&self, pages: usize, folder: bool, path: &str) -> String;
        /// `preview` could not write a page.
        fn cannot_write_preview(&self, path: &str, error: &std::io::Error) -> String;
        /// An argument's value refused (`value` and `arg` as clap names them), and why.
        fn invalid_value(&self, value: &str, arg: &str, why: &str) -> String;
        /// The closing line of `validate`, on standard error.
        fn checked(
            &self,
            files: usize,
            valid: usize,
            invalid: usize,
            violations: usize,
            unreadable: usize,
        ) -> String;
        /// `pull --rust`: the closing line.
        fn pulled_module(&self, count: usize, project: &str, file: &str) -> String;
        /// `pull`: one flow's file, and what was done with it.
        fn pulled_file(&self, file: &str, id: &str, what: Pulled) -> String;
        /// `pull`: a pulled flow that breaks a rule.
        fn pull_breaks_a_rule(&self, file: &str, id: &str, violation: &str) -> String;
        /// `pull`: a file differs from what it would be written from, and is kept. Each language
        /// words the whole sentence ("difiere del flujo", never "de el").
        fn pull_kept(&self, file: &str, from: &KeptFrom<'_>) -> String;
        /// `pull`: the inventory names a file that is not a plain file of the directory.
        fn pull_bad_inventory_line(&self, file: &str, dir: &str) -> String;
        /// The header of `list --format table`: its five columns, tab-separated.
        fn list_header(&self) -> String;
        /// The line under `list --format table`.
        fn list_page(&self, page: u64, pages: u64, total: u64) -> String;
        /// A path that is not a regular file where a flow file is read.
        fn not_a_file(&self, directory: bool) -> String;
        /// `serve` is up.
        fn listening(&self, url: &str, data: Option<&str>) -> String;
        /// `trigger`: the registration walked to an event, and the steps synced.
        fn triggered(&self, event: &str, id: &str, steps: &str) -> String;
        /// `serve --forward-to` refused, and why (the library's words).
        fn cannot_forward(&self, url: &str, why: &str) -> String;
        /// `serve --forward-to`: where every event goes.
        fn forwarding(&self, url: &str) -> String;
        /// `serve`: the address of its page, with a one-time token.
        fn page_address(&self, url: &str) -> String;
        /// `serve` could not listen.
        fn cannot_listen(&self, addr: &str, error: &std::io::Error) -> String;
        /// `serve` on an address that is not loopback.
        fn serve_loopback_only(&self, addr: &str) -> String;
        /// `serve --token` with an empty token.
        fn serve_needs_token(&self) -> String;
        /// `new` wrote the placeholder project.
        fn placeholder_note(&self) -> String;
        /// How violations of the update merged into the stored flow are named.
        fn merged_into(&self, id: &str) -> String;
        /// How violations of the file and the `--set`s together are named.
        fn sets_together(&self, file: Option<&str>) -> String;
        /// A `--set` inside a value that is not an object.
        fn set_inside_non_object(&self, subject: &str, path: &str) -> String;
        /// Two `--set`s of one key.
        fn set_twice(&self, subject: &str, path: &str) -> String;
        /// A `--set` whose path has an empty key.
        fn set_empty_key(&self) -> String;
        /// A `--set` without `=`.
        fn set_without_equals(&self) -> String;
        /// The closing line of `apply`.
        fn applied(&self, done: usize, failed: usize) -> String;
        /// A stop asked for (Ctrl-C, SIGTERM): the call in flight finished and was recorded.
        fn stopped(&self) -> String;
        /// The inventory could not be written: the run stopped there.
        fn inventory_not_written(&self, why: &str) -> String;
        /// A create whose answer was lost: recorded as pending, resolved by the next plan.
        fn create_pending(&self, name: &str) -> String;
        /// A step of `apply` that failed; the others go on.
        fn step_failed(&self, name: &str, error: &str) -> String;
        /// Anything but `yes` at the prompt.
        fn not_applied(&self) -> String;
        /// The confirmation prompt. The word to type is `yes` in every language.
        fn confirm(&self) -> String;
        /// `apply` without a terminal and without `--auto-approve`.
        fn no_terminal_to_ask(&self) -> String;
        /// A flag that a saved plan would ignore: its options are the plan's.
        fn flag_with_saved_plan(&self, flag: &str) -> String;
        /// A saved plan that cannot be applied, named.
        fn bad_plan(&self, name: &str, why: &str) -> String;
        /// A saved plan could not be written.
        fn cannot_save_plan(&self, path: &str, error: &std::io::Error) -> String;
        /// A remote flow no file manages, and why.
        fn unmanaged(&self, id: &str, name: &str, project: &str, file_gone: Option<&str>) -> String;
        /// After a step's title: the file is another one renamed.
        fn moved_from(&self, old: &str) -> String;
        /// The markdown plan's line of which Verifik it was made against.
        fn planned_against(&self, base_url: &str) -> String;
        /// The first line of every command that talks to Verifik: which one.
        fn talking_to(&self, base_url: &str, chosen: bool) -> String;
        /// After a step's title: the inventory does not record yet that the file manages the flow
        /// (found by its name, or as the flow a create whose answer was lost made).
        fn adopted(&self) -> String;
        /// ` (flow ID)` after a step's file.
        fn flow_id(&self, id: &str) -> String;
        /// A personal value (an e-mail or phone) that changed, not shown.
        fn personal_value_changed(&self, path: &str) -> String;
        /// In place of a whitelist in a plan: how many people.
        fn people(&self, count: usize) -> String;
        /// In place of a personal value in a plan.
        fn hidden(&self) -> String;
        /// A whitelist's change, its people counted, not shown.
        fn whitelist_change(&self, path: &str, added: usize, removed: usize, changed: usize) -> String;
        /// A value a plan line shows where there is none.
        fn none(&self) -> String;
        /// No plan could be made.
        fn no_plan(&self) -> String;
        /// Flow files broke rules, so no plan was made.
        fn fix_the_files_above(&self) -> String;
        /// `update` with nothing but `$schema`.
        fn nothing_to_change(&self) -> String;
        /// A file that breaks the rules listed above it.
        fn breaks_the_rules_above(&self, name: &str) -> String;
        /// Standard output refused a line.
        fn cannot_write_stdout(&self, error: &std::io::Error) -> String;
        /// A file, or a directory's entry, that could not be read: `cannot read NAME: ERROR`.
        fn cannot_read(&self, name: &str, error: &std::io::Error) -> String;
        /// Standard output refused the report.
        fn cannot_write_report(&self, error: &std::io::Error) -> String;
        /// A file that could not be read, as every report names it.
        fn cannot_read_file(&self, error: &std::io::Error) -> String;
        /// The verb of a plan's step.
        fn step_verb(&self, action: Action) -> String;
        /// What a step of `apply` did.
        fn step_done(&self, action: Action, id: &str) -> String;
        /// Why an update was refused, and that nothing was sent.
        fn refused(&self, why: &Refused<'_>) -> String;
        /// `pull`: the closing line: how many flows, and how many files were written, restored, left
        /// unchanged and kept (edited here).
        fn pulled(&self, count: usize, project: &str, dir: &str, files: [usize; 4]) -> String;
        /// `pull` stopped by a write that failed: the files it wrote before, and why.
        fn pull_stopped(&self, written: &[String], why: &str) -> String;
    }
}

/// The CLI's catalogue in `lang`.
pub(crate) fn of(lang: Lang) -> &'static dyn Words {
    lang.words_of::<Cli>()
}

/// `n` and its noun, in `lang`'s one plural rule (the rules catalogue's).
fn count(lang: Lang, n: impl TryInto<u64> + Copy, one: &str, many: &str) -> String {
    lang.words()
        .count(n.try_into().unwrap_or(u64::MAX), one, many)
}

/// What an update was refused for.
pub(crate) enum Refused<'a> {
    File(&'a str),
    Sets,
    NotAnObject,
    Together,
    Merged,
}

/// What a kept file differs from: a flow, or (`pull --rust`) the project's flows.
pub(crate) enum KeptFrom<'a> {
    Flow(&'a str),
    ProjectFlows,
}

/// What `pull` did with a flow's file.
#[derive(Clone, Copy)]
pub(crate) enum Pulled {
    Written,
    Restored,
    Unchanged,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(
            of(Lang::Es).list_page(1, 1, 1),
            "página 1 de 1, 1 flujo en total"
        );
        assert_eq!(
            of(Lang::En).list_page(1, 1, 1),
            "page 1 of 1, 1 flow in all"
        );
        assert_eq!(
            of(Lang::En).list_page(1, 1, 2),
            "page 1 of 1, 2 flows in all"
        );
        assert_eq!(of(Lang::Es).applied(1, 0), "Aplicado: 1 hecho, 0 fallidos.");
    }
}
