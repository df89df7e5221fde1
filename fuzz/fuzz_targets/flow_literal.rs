//! The `flow!` literal's parse, check and expansion on any text, outside a compiler: the
//! macro's own module, compiled here as a plain one (see its `fuzz_literal`).
#![no_main]

#[allow(dead_code, unused_imports)]
#[path = "../../verifik-flow-derive/src/flow/mod.rs"]
mod flow;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        flow::fuzz_literal(text);
    }
});
