//! The client's reading of Verifik's answers and their `Retry-After` (see
//! `verifik_flow_fuzz_checks::client_answer`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| verifik_flow_fuzz_checks::client_answer(bytes));
