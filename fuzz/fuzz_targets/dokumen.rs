//! Fuzzes the Word and PDF readers of `standar impor`: any bytes give a text or an error,
//! and a text imports to a draft that checks without errors.
#![no_main]

#[path = "../harness.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::document(data));
