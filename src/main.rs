//! The `standar` command line: the only part of the program that touches files.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
