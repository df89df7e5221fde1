//! The main job, end to end: build the Smart Enroll flow, validate it, create it, print the
//! record.
//!
//! With `VERIFIK_TOKEN` set it goes to Verifik (`VERIFIK_BASE_URL`, default
//! `https://api.verifik.co`; `VERIFIK_PROJECT` is your project's ID). Without it, it goes to the
//! local stand-in, started in this process on a free loopback port, so the whole path runs
//! without credentials or network.
//!
//! `cargo run -p verifik-flow --example smart_enroll --features client,server`

use std::process::ExitCode;

use verifik_flow::client::Client;
use verifik_flow::server::StandIn;
use verifik_flow::{MinScore, ProjectFlow, ProjectId};

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
    let project: ProjectId = std::env::var("VERIFIK_PROJECT")
        .unwrap_or_else(|_| "65b03015c03e1a1b595fe61c".into())
        .parse()?;

    // 1. Build: the documentation page's flow, with a stricter liveness score.
    let stricter = MinScore::new(0.7)?;
    let flow = ProjectFlow::smart_enroll(project, "Smart Enroll Project Flow")
        .liveness_with(|liveness| liveness.min_score(stricter))
        .build()?; // 2. Validate: every rule, locally.
    eprintln!("built and validated `{}`", flow.name);

    // 3. Send: to Verifik with a token, else to an in-process stand-in.
    let client = if std::env::var_os("VERIFIK_TOKEN").is_some() {
        let client = Client::from_env()?;
        eprintln!("sending to {}", client.base_url());
        client
    } else {
        let token = "stand-in-token";
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        tokio::spawn(StandIn::in_memory(token).serve(listener));
        eprintln!("VERIFIK_TOKEN is not set: sending to a local stand-in at {base_url}");
        Client::new(&base_url, token)?
    };
    let record = client.create(&flow).await?;

    // 4. Print the created record.
    println!("{}", serde_json::to_string_pretty(&record)?);
    Ok(())
}
