//! Where the examples send their flows. Verifik only when you named both your token
//! (`VERIFIK_TOKEN`) and your project (`VERIFIK_PROJECT`): a token left in the shell must not
//! create the sample flow in production. Otherwise a local stand-in, started in this process
//! on a free loopback port, so the whole path runs without credentials or network.

use verifik_flow::client::Client;
use verifik_flow::server::StandIn;
use verifik_flow::{PLACEHOLDER_PROJECT, ProjectId};

/// The project ID of the examples when they run against the stand-in (the one the docs use).
pub const SAMPLE_PROJECT: &str = "65b03015c03e1a1b595fe61c";

/// The client to send with and the project to create in, said on standard error.
pub async fn destination() -> Result<(Client, ProjectId), Box<dyn std::error::Error>> {
    let set = |name: &str| {
        std::env::var(name)
            .ok()
            .filter(|value| !value.trim().is_empty())
    };
    let (token, project) = (set("VERIFIK_TOKEN"), set("VERIFIK_PROJECT"));
    if let (Some(_), Some(project)) = (&token, &project) {
        let project: ProjectId = project
            .trim()
            .parse()
            .map_err(|error| format!("VERIFIK_PROJECT: {error}"))?;
        if [SAMPLE_PROJECT, PLACEHOLDER_PROJECT].contains(&project.as_str()) {
            return Err(format!(
                "VERIFIK_PROJECT is {project}, the examples' sample ID, not a project of yours: \
                 nothing was sent. Give your project's ID, or unset VERIFIK_PROJECT to use \
                 the stand-in"
            )
            .into());
        }
        let client = Client::from_env()?;
        eprintln!("sending to {} (project {project})", client.base_url());
        return Ok((client, project));
    }
    let why = if token.is_some() {
        "VERIFIK_TOKEN is set but VERIFIK_PROJECT is not (set both to create on Verifik)"
    } else {
        "VERIFIK_TOKEN is not set"
    };
    let stand_in_token = "stand-in-token";
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(StandIn::in_memory(stand_in_token).serve(listener));
    eprintln!("{why}: sending to a local stand-in at {base_url}");
    Ok((
        Client::new(&base_url, stand_in_token)?,
        SAMPLE_PROJECT.parse()?,
    ))
}
