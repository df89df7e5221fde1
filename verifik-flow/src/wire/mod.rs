//! The wire: what Verifik answers (records, lists, errors), the queries sent to it, and the
//! client that sends bodies and reads answers.

#[cfg(feature = "client")]
pub mod client;
#[cfg(feature = "client")]
pub(crate) mod listing;
pub(crate) mod registration;
pub(crate) mod response;
#[cfg(any(feature = "client", feature = "plan"))]
pub(crate) mod stop;
pub(crate) mod webhook;

/// The header every answer of verifik-flow's stand-in carries, naming it: what the client
/// reads (`Client::is_stand_in`) before a call that must never reach Verifik.
#[cfg(any(feature = "client", feature = "server"))]
pub(crate) const STAND_IN_HEADER: &str = "x-verifik-stand-in";
