//! The `flow!` literal's parse, check and expansion on any text, outside a compiler (see
//! `verifik_flow_fuzz_checks::flow_literal`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        verifik_flow_fuzz_checks::flow_literal(text);
    }
});
