//! Building: the presets of Verifik's documentation pages, and the support that the builders
//! `verifik-flow-derive` generates call into.

pub(crate) mod member;
pub(crate) mod preset;
pub(crate) mod private;
