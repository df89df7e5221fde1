//! The main job, end to end: build the Smart Enroll flow, validate it, create it, print the
//! record.
//!
//! With `VERIFIK_TOKEN` and `VERIFIK_PROJECT` (your project's ID) both set it goes to Verifik
//! (`VERIFIK_BASE_URL`, default `https://api.verifik.co`). Otherwise it goes to the local
//! stand-in, started in this process on a free loopback port, so the whole path runs without
//! credentials or network; it says which, and why.
//!
//! `cargo run -p verifik-flow --example smart_enroll --features client,server`

use std::process::ExitCode;

mod common;

use verifik_flow::{MinScore, ProjectFlow};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // Where to: Verifik when you named your token and your project, else a local stand-in.
    let (client, project) = common::destination().await?;

    // 1. Build: the documentation page's flow, with a stricter liveness score.
    let stricter = MinScore::new(0.7)?;
    let flow = ProjectFlow::smart_enroll(project, "Smart Enroll Project Flow")
        .liveness_with(|liveness| liveness.min_score(stricter))
        .build()?; // 2. Validate: every rule, locally.
    eprintln!("built and validated `{}`", flow.name);

    // 3. Send.
    let record = client.create(&flow).await?;

    // 4. Print the created record.
    println!("{}", serde_json::to_string_pretty(&record)?);
    Ok(())
}
