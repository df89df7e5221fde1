//! A page that lists flows, each linking to its own page: the CLI's index of a folder of
//! previews, the stand-in's list of the flows it holds.

use maud::{Markup, html};

use super::page::{document, value};
use super::{Preview, Text, kind_text, status_text};
use crate::{FlowType, RecordStatus};

/// One flow of an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The flow's name (a login flow may have none).
    pub name: Option<String>,
    /// Its kind.
    pub flow_type: FlowType,
    /// Its status.
    pub status: RecordStatus,
    /// When it last changed, as its record says (`updatedAt`), if known.
    pub updated: Option<String>,
    /// Where its page is: a relative file name, or a path on the same server. Written into an
    /// attribute, escaped.
    pub href: String,
}

pub(crate) fn index_page(preview: &Preview, entries: &[Entry]) -> Markup {
    let t = |text| preview.text(text);
    let title = t(Text::IndexTitle);
    let body = html! {
        main {
            h1 { (title) }
            @if entries.is_empty() {
                p { (t(Text::NoFlows)) }
            } @else {
                div.table-wrap {
                    table.flows {
                        thead { tr {
                            th scope="col" { (t(Text::Name)) }
                            th scope="col" { (t(Text::LabelKind)) }
                            th scope="col" { (t(Text::LabelStatus)) }
                            th scope="col" { (t(Text::ColUpdated)) }
                        } }
                        tbody {
                            @for entry in entries {
                                tr {
                                    td { a href=(entry.href) {
                                        @match &entry.name {
                                            Some(name) => (value(name)),
                                            None => (t(Text::Unnamed)),
                                        }
                                    } }
                                    td { (t(kind_text(entry.flow_type))) }
                                    td { span class={ "status status-" (entry.status.as_str()) } { (t(status_text(entry.status))) } }
                                    td { @if let Some(updated) = &entry.updated { (value(updated)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    document(preview, &title, &body)
}
