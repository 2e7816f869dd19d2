//! `check`: prove a briefing against its sources.

use std::path::Path;
use std::process::ExitCode;

pub fn run(_file: Option<&Path>) -> anyhow::Result<ExitCode> {
    anyhow::bail!("check is not written yet")
}
