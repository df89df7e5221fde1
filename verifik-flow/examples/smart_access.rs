//! Both kinds of flow, end to end: a Smart Enroll flow (how new users onboard) and a Smart
//! Access flow (how they sign in afterwards), each built, validated, created, and printed.
//!
//! With `VERIFIK_TOKEN` and `VERIFIK_PROJECT` (your project's ID) both set it goes to Verifik
//! (`VERIFIK_BASE_URL`, default `https://api.verifik.co`). Otherwise it goes to the local
//! stand-in, started in this process on a free loopback port.
//!
//! `cargo run -p verifik-flow --example smart_access --features client,server`

use std::process::ExitCode;

mod common;

use verifik_flow::{Flow, LoginFlow, ProjectFlow, Security, SecuritySource, SecurityStrategy};

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
    let (client, project) = common::destination().await?;

    // Onboarding: the documentation page's Smart Enroll flow.
    let onboarding =
        ProjectFlow::smart_enroll(project.clone(), "Smart Enroll Project Flow").build()?;
    // Sign-in: the Smart Access page's settings; anyone who completed Smart Enroll may sign in.
    let login = LoginFlow::smart_access(project)
        .name("Smart Access Project Flow")
        .redirect_url("https://example.com/signed-in")
        .security(
            Security::builder()
                .strategy(SecurityStrategy::Whitelist)
                .source(Some(SecuritySource::SmartEnroll)),
        )
        .build()?;
    eprintln!("built and validated both flows");

    for flow in [Flow::from(onboarding), Flow::from(login)] {
        let record = client.create_flow(&flow).await?;
        println!("{}", serde_json::to_string_pretty(&record)?);
    }
    Ok(())
}
