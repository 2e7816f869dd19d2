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

/// Asserts a refusal: exit 2, nothing on standard output, no panic, and every fragment in the
/// message on standard error. Returns that message for further checks.
pub fn assert_refused(output: &std::process::Output, fragments: &[&str]) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "stdout is not empty");
    for fragment in fragments {
        assert!(stderr.contains(fragment), "{fragment:?} not in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}
