//! `verifik-flow list`: one page of stored flows.

use std::io;
use std::process::ExitCode;

use verifik_flow::Lang;
use verifik_flow::client::ListQuery;
use verifik_flow::{FlowType, Populate, ProjectId, RecordStatus};

use super::remote::{remote, say, show, wire};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Only this project's flows.
    #[arg(long)]
    project: Option<ProjectId>,
    /// Only flows of this type.
    #[arg(long = "type", value_parser = wire::<FlowType>(FlowType::WIRE))]
    flow_type: Option<FlowType>,
    /// Only flows with this status.
    #[arg(long, value_parser = wire::<RecordStatus>(RecordStatus::WIRE))]
    status: Option<RecordStatus>,
    /// Have Verifik fill in these references (`populates[]`); repeat for both.
    #[arg(long = "populate", value_parser = wire::<Populate>(Populate::WIRE))]
    populates: Vec<Populate>,
    /// The page, from 1.
    #[arg(long)]
    page: Option<u32>,
    /// Flows a page, 1 to 100.
    #[arg(long)]
    limit: Option<u32>,
    /// `json` (the page as Verifik answers it) or `table` (one line a flow: ID, type, name,
    /// status, updated).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// How a page is shown.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Json,
    Table,
}

/// One line a flow, in columns; what came from Verifik escaped.
fn table(page: &verifik_flow::ListPage, lang: Lang) -> String {
    let rows: Vec<[String; 5]> = page
        .data
        .iter()
        .map(|flow| {
            let text = |s: Option<&str>| verifik_flow::printable(s.unwrap_or("-")).into_owned();
            [
                text(Some(&flow.id)),
                text(flow.flow_type.map(FlowType::as_str)),
                text(flow.name.as_deref()),
                text(flow.status.map(RecordStatus::as_str)),
                text(
                    flow.raw()
                        .get("updatedAt")
                        .and_then(serde_json::Value::as_str),
                ),
            ]
        })
        .collect();
    let header: [String; 5] = {
        let said = super::words::of(lang).list_header();
        let mut columns = said.split('\t').map(str::to_owned);
        std::array::from_fn(|_| columns.next().unwrap_or_default())
    };
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 5]| {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    let mut out = vec![line(&header)];
    out.extend(rows.iter().map(line));
    out.push(super::words::of(lang).list_page(page.page, page.pages, page.total));
    out.join("\n")
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    remote(
        |client| async move {
            let query = ListQuery {
                page: args.page,
                limit: args.limit,
                project: args.project,
                flow_type: args.flow_type,
                status: args.status,
                populates: args.populates,
            };
            // The counts are the page's own keys; Verifik's `pagination` holds the same numbers,
            // and is not printed a second time.
            let page = client.list(&query).await.map(|mut page| {
                page.other.remove("pagination");
                page
            });
            match (args.format, page) {
                (Format::Table, Ok(page)) => Ok(if say(&table(&page, lang), lang) {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }),
                (_, page) => Ok(show(page, lang)),
            }
        },
        lang,
    )
}
