//! The briefing file exactly as written: serde structs that refuse unknown keys, with byte spans
//! kept so that every later complaint can name a line and column.

use serde::Deserialize;
use toml::Spanned;

use super::model::Basis;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBriefing {
    pub title: String,
    pub mandate: RawMandate,
    pub thresholds: Option<RawThresholds>,
    /// May be empty or absent: many articles state no count of personnel, or quote nobody.
    #[serde(default)]
    pub forces: Vec<RawForce>,
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    #[serde(default)]
    pub milestones: Vec<RawMilestone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMandate {
    pub name: String,
    pub short_name: String,
    pub starts: Option<Spanned<String>>,
    pub expires: Spanned<String>,
    pub timezone: Spanned<String>,
    pub lapse_time: Option<Spanned<String>>,
    pub convention: Option<String>,
    #[serde(default)]
    pub resolutions: Vec<String>,
    pub source: Option<Spanned<String>>,
    pub citation: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawThresholds {
    pub warning_days: Spanned<i64>,
    pub critical_days: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawForce {
    pub label: String,
    pub personnel: Spanned<i64>,
    pub basis: Basis,
    pub source: Option<Spanned<String>>,
    pub citation: Option<String>,
    pub excerpt: Option<Spanned<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub speaker: String,
    pub role: String,
    pub date: Spanned<String>,
    pub text: Spanned<String>,
    pub source: Spanned<String>,
    pub excerpt: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMilestone {
    pub date: Spanned<String>,
    pub label: String,
    pub source: Option<Spanned<String>>,
    pub citation: Option<String>,
}
