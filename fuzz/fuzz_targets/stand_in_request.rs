//! The stand-in's decoding of requests (see `verifik_flow_fuzz_checks::stand_in_request`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| verifik_flow_fuzz_checks::stand_in_request(bytes));
