//! Waiting for a child process (Chromium printing a board, the PDF reader of `impor`) no
//! longer than a time limit: past it, the child is killed.

use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

/// How a wait ended without the child's status.
pub enum NotEnded {
    /// The limit passed; the child was killed.
    TimedOut,
    /// Its status could not be read.
    Failed(std::io::Error),
}

/// The child's exit status, once it ends within `limit` (looked at every `every`).
pub fn wait_within(
    child: &mut Child,
    limit: Duration,
    every: Duration,
) -> Result<ExitStatus, NotEnded> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(NotEnded::TimedOut);
            }
            Ok(None) => std::thread::sleep(every),
            Err(error) => return Err(NotEnded::Failed(error)),
        }
    }
}
