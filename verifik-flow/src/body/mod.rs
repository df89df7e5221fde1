//! The bodies: what is sent to Verifik, one Rust type per JSON object (Smart Enroll's
//! `onboarding`, Smart Access's `login`), the value types that carry a rule, and the wire enums.

pub(crate) mod enums;
pub(crate) mod login;
pub(crate) mod onboarding;
pub(crate) mod patch;
pub(crate) mod values;
pub(crate) mod wire_enum;
