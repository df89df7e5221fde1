//! `verifik-flow list`: one page of stored flows.

use std::io;
use std::process::ExitCode;

use verifik_flow::client::ListQuery;
use verifik_flow::{FlowType, Populate, ProjectId, RecordStatus};

use super::remote::{remote, show, wire};

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
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    remote(|client| async move {
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
        Ok(show(client.list(&query).await.map(|mut page| {
            page.other.remove("pagination");
            page
        })))
    })
}
