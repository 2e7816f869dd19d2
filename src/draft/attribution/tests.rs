use super::*;
use chrono::NaiveDate;

fn analysed(body: &str) -> (Article, Analysis) {
    let article = Article::parse(
        "a.txt",
        body.as_bytes(),
        NaiveDate::from_ymd_opt(2025, 9, 23),
    )
    .unwrap();
    let analysis = analyse(&article);
    (article, analysis)
}

/// Each quote's text and its speaker's name.
fn said(body: &str) -> Vec<(String, String)> {
    let (article, analysis) = analysed(body);
    analysis
        .quotes
        .iter()
        .map(|q| {
            (
                article.text[q.text.clone()].to_owned(),
                q.speaker.map_or_else(
                    || "?".to_owned(),
                    |s| analysis.people.entities[s].name.clone(),
                ),
            )
        })
        .collect()
}

#[test]
fn resolves_the_seed_speakers() {
    let found = said(include_str!("../../../seeds/000_0073b1465f77e1bd.txt"));
    let speakers: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Christopher Landau",
            "Christopher Landau",
            "William Ruto",
            "William Ruto"
        ],
        "{found:?}"
    );
}
