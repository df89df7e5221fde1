//! Checking: a body against every rule (JSON text or a value, either kind), a partial update
//! key by key, a merged update as a whole, and the schema that states the rules.

pub(crate) mod schema;
pub(crate) mod validate;
