//! Fuzzes `standar impor`: any text gives a draft that checks without errors.
#![no_main]

#[path = "../harness.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::import(data));
