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
