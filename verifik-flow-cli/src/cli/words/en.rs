//! The CLI's sentences in English.

use verifik_flow::Lang;
use verifik_flow::plan::Action;

use super::{KeptFrom, Pulled, Refused, Words};

/// English.
pub(crate) struct English;

impl Words for English {
    fn pulled_module(&self, count: usize, project: &str, file: &str) -> String {
        format!("{file}: flows of project {project}: {count}")
    }

    fn pulled_file(&self, file: &str, id: &str, what: Pulled) -> String {
        match what {
            Pulled::Written => format!("{file}: flow {id} (written)"),
            Pulled::Restored => {
                format!("{file}: flow {id} (restored: the inventory names it and it was gone)")
            }
            Pulled::Unchanged => format!("{file}: flow {id} (unchanged)"),
        }
    }

    fn pull_breaks_a_rule(&self, file: &str, id: &str, violation: &str) -> String {
        format!("{file}: flow {id} breaks a rule: {violation}")
    }

    fn pull_kept(&self, file: &str, from: &KeptFrom<'_>) -> String {
        match from {
            KeptFrom::Flow(id) => {
                format!("{file} differs from flow {id}: kept as it is (--force overwrites it)")
            }
            KeptFrom::ProjectFlows => format!(
                "{file} differs from the project's flows: kept as it is (--force overwrites it)"
            ),
        }
    }

    fn pull_bad_inventory_line(&self, file: &str, dir: &str) -> String {
        format!(
            "{} names the file {file}, which is not a file of {dir}: fix that line; nothing was \
                 written",
            verifik_flow::plan::INVENTORY_FILE
        )
    }

    fn list_header(&self) -> String {
        "ID\tTYPE\tNAME\tSTATUS\tUPDATED".into()
    }

    fn list_page(&self, page: u64, pages: u64, total: u64) -> String {
        format!(
            "page {page} of {pages}, {} in all",
            super::count(Lang::En, total, "flow", "flows")
        )
    }

    fn not_a_file(&self, directory: bool) -> String {
        if directory {
            "a directory: give the path of a flow file, or `-` to read standard input".into()
        } else {
            "not a regular file (a FIFO, socket or device): give the path of a \
                          flow file, or `-` to read standard input"
                .into()
        }
    }

    fn listening(&self, url: &str, data: Option<&str>) -> String {
        match data {
            None => format!("verifik-flow stand-in listening on {url} (in memory)"),
            Some(path) => {
                format!("verifik-flow stand-in listening on {url} (data in {path})")
            }
        }
    }

    fn cannot_listen(&self, addr: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!(
            "cannot listen on {addr}: {error}; if another process uses that port, choose another \
                 with --addr"
        )
    }

    fn serve_loopback_only(&self, addr: &str) -> String {
        format!("the stand-in listens on loopback only (127.0.0.1 or [::1]), not {addr}")
    }

    fn serve_needs_token(&self) -> String {
        "the token is empty: give the one callers must send with --token, or leave \
                     --token out for a random one"
            .into()
    }

    fn placeholder_note(&self) -> String {
        "note: `project` is a placeholder; give yours with --project <24 hex digits>".into()
    }

    fn merged_into(&self, id: &str) -> String {
        format!("the update merged into flow {id}")
    }

    fn sets_together(&self, file: Option<&str>) -> String {
        match file {
            Some(name) => format!("{name} with the --set arguments"),
            None => "the --set arguments together".into(),
        }
    }

    fn set_inside_non_object(&self, subject: &str, path: &str) -> String {
        format!("{subject} goes inside {path}, which is not an object; set the whole value instead")
    }

    fn set_twice(&self, subject: &str, path: &str) -> String {
        format!("{subject} sets {path} again; give each key once")
    }

    fn set_empty_key(&self) -> String {
        "a key in the path is empty; join keys with single dots, as in liveness.minScore".into()
    }

    fn set_without_equals(&self) -> String {
        "write the key's path, `=` and the value, as in liveness.minScore=0.8".into()
    }

    fn applied(&self, done: usize, failed: usize) -> String {
        format!("Applied: {done} done, {failed} failed.")
    }

    fn stopped(&self) -> String {
        {
            "stopped as asked: the call in flight finished and was recorded; apply again \
                         to do the rest"
                .into()
        }
    }

    fn inventory_not_written(&self, why: &str) -> String {
        format!("the inventory could not be written ({why}); stopped here: nothing more was sent")
    }

    fn create_pending(&self, name: &str) -> String {
        format!(
            "{name}: the create may have been carried out; it is recorded as pending in the \
                 inventory, and the next plan finds the flow it made (it is not created twice)"
        )
    }

    fn step_failed(&self, name: &str, error: &str) -> String {
        format!("{name}: {error}; left as it was, the rest goes on")
    }

    fn not_applied(&self) -> String {
        "not applied: nothing was sent".into()
    }

    fn confirm(&self) -> String {
        "Apply this plan? Type `yes` to go on: ".into()
    }

    fn no_terminal_to_ask(&self) -> String {
        "apply asks before it changes anything, and there is no terminal to ask: \
                     pass --auto-approve (as CI does) or apply a saved plan; nothing was sent"
            .into()
    }

    fn flag_with_saved_plan(&self, flag: &str) -> String {
        format!(
            "{flag} does not go with a saved plan, which applies with the options it was made \
                 with: plan again with {flag}; nothing was sent"
        )
    }

    fn bad_plan(&self, name: &str, why: &str) -> String {
        format!("{name}: {why}; nothing was sent")
    }

    fn triggered(&self, event: &str, id: &str, steps: &str) -> String {
        if steps.is_empty() {
            format!("registration {id} created: `{event}` fires")
        } else {
            format!("registration {id} walked to `{event}`: {steps}")
        }
    }

    fn cannot_forward(&self, url: &str, why: &str) -> String {
        format!("--forward-to {url}: {why}")
    }

    fn forwarding(&self, url: &str) -> String {
        format!("Every event goes to {url} (flows without a webhook too)")
    }

    fn page_address(&self, url: &str) -> String {
        format!("The flows it holds, drawn (the address opens once, in this browser): {url}")
    }

    fn plan_page(&self, page: &str) -> String {
        format!("What changes for a person, step by step: the page `{page}`.")
    }

    fn preview_refused(&self, files: usize) -> String {
        format!(
            "no page written: {} the rules (above); fix {}, or check with `verifik-flow validate`",
            if files == 1 {
                "1 file breaks".to_owned()
            } else {
                format!("{files} files break")
            },
            if files == 1 { "it" } else { "them" }
        )
    }

    fn preview_needs_out(&self, files: usize) -> String {
        format!(
            "{files} files make {files} pages, and standard output takes one: give --out DIR \
             for a folder of pages and an index"
        )
    }

    fn preview_written(&self, pages: usize, folder: bool, path: &str) -> String {
        if folder {
            format!(
                "wrote {} and index.html to {path}",
                Lang::En.words().count(pages as u64, "page", "pages")
            )
        } else {
            format!("wrote the page to {path}")
        }
    }

    fn cannot_write_preview(&self, path: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot write {path}: {error}")
    }

    fn cannot_save_plan(&self, path: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot save the plan to {path}: {error}")
    }

    fn unmanaged(&self, id: &str, name: &str, project: &str, file_gone: Option<&str>) -> String {
        match file_gone {
            None => {
                format!(
                    "  unmanaged flow {id}{name} in project {project}: not managed by a file here"
                )
            }
            Some(file) => format!(
                "  unmanaged flow {id}{name} in project {project}: its file {file} is gone: \
                     --allow-delete deletes it"
            ),
        }
    }

    fn moved_from(&self, old: &str) -> String {
        format!(", moved from {old}")
    }

    fn planned_against(&self, base_url: &str) -> String {
        format!("Planned against `{base_url}`.")
    }

    fn talking_to(&self, base_url: &str, chosen: bool) -> String {
        if chosen {
            format!("verifik-flow: Verifik at {base_url} (VERIFIK_BASE_URL)")
        } else {
            format!(
                "verifik-flow: Verifik at {base_url} (the default: set VERIFIK_BASE_URL for another, \
                 such as a stand-in)"
            )
        }
    }

    fn adopted(&self) -> String {
        ", adopted: not in the inventory yet".into()
    }

    fn flow_id(&self, id: &str) -> String {
        format!(" (flow {id})")
    }

    fn personal_value_changed(&self, path: &str) -> String {
        format!("{path}: changed (personal data: --show-personal-data shows it)")
    }

    fn people(&self, count: usize) -> String {
        format!("(people: {count}; --show-personal-data shows them)")
    }

    fn hidden(&self) -> String {
        "(personal data: --show-personal-data shows it)".into()
    }

    fn whitelist_change(&self, path: &str, added: usize, removed: usize, changed: usize) -> String {
        format!(
            "{path}: people added: {added}, removed: {removed}, changed: {changed} \
                 (--show-personal-data shows them)"
        )
    }

    fn none(&self) -> String {
        "(none)".into()
    }

    fn no_plan(&self) -> String {
        "no plan: nothing was sent".into()
    }

    fn fix_the_files_above(&self) -> String {
        "fix the files above; nothing was planned or sent".into()
    }

    fn nothing_to_change(&self) -> String {
        "nothing to change: the update has no key besides `$schema`; nothing was sent".into()
    }

    fn breaks_the_rules_above(&self, name: &str) -> String {
        format!("{name} breaks the rules above; nothing was sent")
    }

    fn cannot_write_stdout(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot write to standard output: {error}")
    }

    fn cannot_read(&self, name: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot read {name}: {error}")
    }

    fn cannot_write_report(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot write the report to standard output: {error}")
    }

    fn cannot_read_file(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::En);
        format!("cannot read the file: {error}")
    }

    fn checked(
        &self,
        files: usize,
        valid: usize,
        invalid: usize,
        violations: usize,
        unreadable: usize,
    ) -> String {
        format!(
            "{} checked: {valid} valid, {invalid} invalid ({}){}",
            super::count(Lang::En, files, "file", "files"),
            super::count(Lang::En, violations, "violation", "violations"),
            if unreadable > 0 {
                format!(", {unreadable} unreadable")
            } else {
                String::new()
            },
        )
    }

    fn step_verb(&self, action: Action) -> String {
        match action {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Adopt => "adopt",
            Action::Move => "move",
            Action::Unchanged => "keep",
        }
        .into()
    }

    fn step_done(&self, action: Action, id: &str) -> String {
        match action {
            Action::Create => format!("created flow {id}"),
            Action::Update => format!("updated flow {id}"),
            Action::Adopt => format!("adopted flow {id} (recorded; nothing sent)"),
            Action::Move => format!("moved flow {id} (recorded; nothing sent)"),
            _ => format!("deleted flow {id}"),
        }
    }

    fn refused(&self, why: &Refused<'_>) -> String {
        let why = match why {
            Refused::File(name) => format!("{name} breaks the rules above"),
            Refused::Sets => "the --set arguments above break the rules".into(),
            Refused::NotAnObject => "the update must be a JSON object".into(),
            Refused::Together => "together, they break the rules above".into(),
            Refused::Merged => "the flow would break the rules above".into(),
        };
        format!("{why}; nothing was sent")
    }

    fn pulled(&self, count: usize, project: &str, dir: &str, files: [usize; 4]) -> String {
        let [written, restored, unchanged, kept] = files;
        format!(
            "Pulled project {project} into {dir}: flows: {count}; files written: {written}, \
             restored: {restored}, unchanged: {unchanged}, kept as edited here: {kept}."
        )
    }

    fn pull_stopped(&self, written: &[String], why: &str) -> String {
        let before = if written.is_empty() {
            "nothing was written before".to_owned()
        } else {
            format!("written before it: {}", written.join(", "))
        };
        format!("{why}; pull stopped there and the inventory was not changed ({before})")
    }

    fn invalid_value(&self, value: &str, arg: &str, why: &str) -> String {
        format!("invalid value '{value}' for '{arg}': {why}")
    }
}
