//! A request to stop a run of calls: shared by the client (which abandons a wait between two
//! tries) and flows as code's executor (which sends no further step).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A request to stop, shared between whoever asks (a signal handler) and the run: the call in
/// flight finishes and is recorded, and no other is sent. The client also abandons a wait
/// between two tries of a call at once (`Client::with_stop`).
#[derive(Clone, Debug, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    /// A stop not yet asked for.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks to stop.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether a stop was asked for.
    pub fn is_stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
