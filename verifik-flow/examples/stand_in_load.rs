//! 1,000 concurrent creates on the stand-in, kept in memory and then in a data file, in one
//! run; prints both times and their ratio. Run it with `scripts/stand-in-load.sh` (a release
//! build). It talks to its own stand-ins on loopback only.

use std::time::{Duration, Instant};

use verifik_flow::ProjectFlow;
use verifik_flow::client::Client;
use verifik_flow::server::StandIn;

const CREATES: usize = 1000;
const ROUNDS: usize = 3;

async fn creates(stand_in: StandIn) -> Duration {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let server = tokio::spawn(stand_in.serve(listener));
    let client = Client::new(&base, "load-token").expect("a client");
    let project = "65b03015c03e1a1b595fe61c".parse().expect("an ObjectId");
    let flow = ProjectFlow::smart_enroll(project, "Load")
        .build()
        .expect("a flow");
    let start = Instant::now();
    let tasks: Vec<_> = (0..CREATES)
        .map(|_| {
            let (client, flow) = (client.clone(), flow.clone());
            tokio::spawn(async move { client.create(&flow).await })
        })
        .collect();
    for task in tasks {
        task.await
            .expect("a task")
            .expect("every create is answered");
    }
    let took = start.elapsed();
    server.abort();
    took
}

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (mut memory, mut durable) = (Vec::new(), Vec::new());
    // Rounds alternate, and the best of each is kept: this machine's noise is large.
    for round in 0..ROUNDS {
        memory.push(creates(StandIn::in_memory("load-token")).await);
        let path = folder.path().join(format!("flows-{round}.db"));
        let stand_in = StandIn::with_data_file("load-token", &path).expect("a data file");
        durable.push(creates(stand_in).await);
    }
    let best = |times: &[Duration]| times.iter().min().copied().unwrap_or_default();
    let (memory, durable) = (best(&memory), best(&durable));
    println!("{CREATES} concurrent creates, best of {ROUNDS} rounds:");
    println!(
        "  in memory:          {:>8.1} ms",
        memory.as_secs_f64() * 1e3
    );
    println!(
        "  in a data file:     {:>8.1} ms",
        durable.as_secs_f64() * 1e3
    );
    println!(
        "  data file / memory: {:>8.2} (target: at most 2)",
        durable.as_secs_f64() / memory.as_secs_f64()
    );
}
