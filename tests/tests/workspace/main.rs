//! The workspace's tests, one module a subject, linked as one test binary (ten binaries each
//! linking the whole library cost CI more to link than to run).

mod builder;
mod docs;
mod editors;
mod fuzz_regressions;
mod packages;
mod places;
mod preview;
mod pulled;
mod pulled_compiles;
mod pulled_hostile;
mod robustness;
mod rules;
mod schema;
mod spanish;
mod webhooks;
mod wire;
