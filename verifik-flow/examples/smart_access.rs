//! Both kinds of flow, end to end: a Smart Enroll flow (how new users onboard) and a Smart
//! Access flow (how they sign in afterwards), each built, validated, created, and printed.
//!
//! With `VERIFIK_TOKEN` set it goes to Verifik (`VERIFIK_BASE_URL`, default
//! `https://api.verifik.co`; `VERIFIK_PROJECT` is your project's ID). Without it, it goes to the
//! local stand-in, started in this process on a free loopback port.
//!
//! `cargo run -p verifik-flow --example smart_access --features client,server`

use std::process::ExitCode;

use verifik_flow::client::Client;
use verifik_flow::server::StandIn;
use verifik_flow::{
    Flow, LoginFlow, ProjectFlow, ProjectId, Security, SecuritySource, SecurityStrategy,
};

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
    for flow in [Flow::from(onboarding), Flow::from(login)] {
        let record = client.create_flow(&flow).await?;
        println!("{}", serde_json::to_string_pretty(&record)?);
    }
    Ok(())
}
