//! What the command-line test files share.

use assert_cmd::Command;

/// The binary, run from the package root with a clean colour environment.
pub fn mandate_countdown() -> Command {
    let mut command = Command::cargo_bin("mandate-countdown").expect("the binary is built");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color");
    command
}
