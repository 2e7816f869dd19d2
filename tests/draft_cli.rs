//! `mandate-countdown draft` as people run it: the briefing to a file with its articles copied
//! into `seeds/` beside it (so `check` passes from anywhere), or to standard output; nothing
//! the user has is overwritten; bad articles are refused with exit 2 and a clear message.

mod common;

use std::path::{Path, PathBuf};

use common::{assert_refused, mandate_countdown};
use predicates::prelude::*;
use rstest::rstest;

const SEED: &str = "seeds/000_0073b1465f77e1bd.txt";

fn repository(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn article(name: &str) -> PathBuf {
    repository("tests/articles").join(name)
}

#[test]
fn writes_the_briefing_and_copies_its_article_so_check_passes_from_anywhere() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("briefings/mss.toml");
    std::fs::create_dir(dir.path().join("briefings")).expect("a folder for the briefing");
    let run = mandate_countdown()
        .args(["draft", SEED, "-o"])
        .arg(&output)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        run.stdout.is_empty(),
        "the briefing goes to the file, not stdout"
    );
    assert!(stderr.contains("quotes: 4"), "{stderr}");
    assert!(
        stderr.contains("the draft loads and passes check"),
        "{stderr}"
    );
    let copy = dir.path().join("briefings").join(SEED);
    assert_eq!(
        std::fs::read(&copy).expect("the article is copied into seeds/"),
        std::fs::read(repository(SEED)).expect("the seed reads"),
        "the copy is byte for byte"
    );
    let elsewhere = tempfile::tempdir().expect("another folder");
    mandate_countdown()
        .current_dir(elsewhere.path())
        .arg("check")
        .arg(&output)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("compared: 4 quotes word for word"));
}

#[test]
fn prints_to_standard_output_citing_an_article_already_in_seeds() {
    mandate_countdown()
        .args(["draft", SEED])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(format!("source = \"{SEED}\"")))
        .stdout(predicate::str::contains("speaker = \"William Ruto\""))
        .stderr(predicate::str::contains("the draft loads and passes check"));
}

#[test]
fn says_where_to_put_an_article_that_is_not_in_seeds() {
    mandate_countdown()
        .arg("draft")
        .arg(article("01_split_quote.txt"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "source = \"seeds/01_split_quote.txt\"",
        ))
        .stderr(predicate::str::contains(
            "is not in a seeds/ folder: copy it to seeds/01_split_quote.txt",
        ));
}

#[test]
fn refuses_to_overwrite_a_briefing_without_force_and_replaces_it_with_force() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("mss.toml");
    std::fs::write(&output, "keep me").expect("an existing file");
    let run = mandate_countdown()
        .args(["draft", SEED, "-o"])
        .arg(&output)
        .output()
        .expect("the binary runs");
    assert_refused(&run, &["mss.toml", "exists", "--force"]);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "keep me");
    assert!(!dir.path().join("seeds").exists(), "nothing is written");

    mandate_countdown()
        .args(["draft", SEED, "--force", "-o"])
        .arg(&output)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(written.contains("[[quotes]]"), "{written}");
}

#[test]
fn never_overwrites_a_different_seed_of_the_same_name_even_with_force() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("seeds")).unwrap();
    let seed = dir.path().join(SEED);
    std::fs::write(&seed, "another article").unwrap();
    let output = dir.path().join("mss.toml");
    let run = mandate_countdown()
        .args(["draft", SEED, "--force", "-o"])
        .arg(&output)
        .output()
        .expect("the binary runs");
    assert_refused(&run, &["exists and differs", "never overwritten"]);
    assert_eq!(std::fs::read_to_string(&seed).unwrap(), "another article");
    assert!(
        !output.exists(),
        "no briefing citing the wrong seed is written"
    );
}

#[test]
fn keeps_an_identical_seed_and_refuses_to_write_over_an_article() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("seeds")).unwrap();
    std::fs::copy(repository(SEED), dir.path().join(SEED)).unwrap();
    mandate_countdown()
        .current_dir(dir.path())
        .args(["draft", SEED, "-o", "mss.toml"])
        .assert()
        .code(0);
    let run = mandate_countdown()
        .current_dir(dir.path())
        .args(["draft", SEED, "--force", "-o", SEED])
        .output()
        .expect("the binary runs");
    assert_refused(&run, &["this is one of the articles"]);
    assert_eq!(
        std::fs::read(dir.path().join(SEED)).unwrap(),
        std::fs::read(repository(SEED)).unwrap()
    );
}

#[test]
fn writes_the_text_of_a_saved_page_as_its_seed() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("kenya.toml");
    mandate_countdown()
        .arg("draft")
        .arg(article("14_saved_page.html"))
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0);
    let seed = std::fs::read_to_string(dir.path().join("seeds/14_saved_page.txt"))
        .expect("the page's text is written to seeds/");
    assert!(seed.starts_with(" date 2025-09-24 NAIROBI"), "{seed}");
    assert!(!seed.contains('<'), "{seed}");
    mandate_countdown()
        .arg("check")
        .arg(&output)
        .assert()
        .code(0);
}

#[test]
fn merges_several_articles_and_copies_each() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("merged.toml");
    mandate_countdown()
        .arg("draft")
        .arg(article("15_merge_later.txt"))
        .arg(article("15_merge_earlier.txt"))
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "the same quote in two articles, kept once: 1",
        ));
    for name in ["15_merge_later.txt", "15_merge_earlier.txt"] {
        assert!(dir.path().join("seeds").join(name).exists(), "{name}");
    }
}

#[test]
fn an_article_without_quotes_is_drafted_into_a_briefing_that_passes_check() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("no-quotes.toml");
    mandate_countdown()
        .arg("draft")
        .arg(article("13_no_quotes.txt"))
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("quotes: none found"))
        .stderr(predicate::str::contains("passes check"));
    let written = std::fs::read_to_string(&output).expect("the draft is written");
    assert!(written.contains("quotes = []"), "{written}");
    // From another folder: the draft and the copy of its article travel together.
    mandate_countdown()
        .current_dir(std::env::temp_dir())
        .arg("check")
        .arg(&output)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 quotes"));
    mandate_countdown()
        .args(["print", "--format", "text", "--briefing"])
        .arg(&output)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("No quotes"));
}

#[test]
fn an_article_without_figures_is_drafted_into_a_briefing_that_passes_check() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let article_path = dir.path().join("no-figures.txt");
    std::fs::write(
        &article_path,
        " date 2025-09-23 \n\nThe United Nations mission in Example, whose mandate expires on October 2, 2025, met on Monday.\n\n\u{201c}We are ready for the vote,\u{201d} said Anna Berg, the mission's spokesperson.\n",
    )
    .unwrap();
    let output = dir.path().join("no-figures.toml");
    mandate_countdown()
        .arg("draft")
        .arg(&article_path)
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("figures: none found"))
        .stderr(predicate::str::contains("quotes: 1"))
        .stderr(predicate::str::contains("passes check"));
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(written.contains("forces = []"), "{written}");
    mandate_countdown()
        .args(["check"])
        .arg(&output)
        .assert()
        .code(0);
    mandate_countdown()
        .args(["print", "--format", "json", "--briefing"])
        .arg(&output)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"forces\": []"))
        .stdout(predicate::str::contains("\"ratio\": null"));
}

#[test]
fn dates_an_undated_article_with_published() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = dir.path().join("police.toml");
    mandate_countdown()
        .arg("draft")
        .arg(article("17_published.txt"))
        .args(["--published", "2025-09-28", "-o"])
        .arg(&output)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(
        written.contains("dated 2025-09-28 with --published"),
        "{written}"
    );
}

/// Writes `bytes` to a file named `name` in a new folder, for an article that is bad.
fn bad_article(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("the file is written");
    (dir, path)
}

#[rstest]
#[case::empty("empty.txt", b"", &["empty.txt", "the file is empty"])]
#[case::blank("blank.txt", b" \n\n\t\n", &["the file is empty"])]
#[case::binary("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", &["photo.txt", "binary data", "plain text or a page saved as HTML"])]
#[case::not_utf8("latin1.txt", b" date 2025-09-23 Caf\xe9 au lait.", &["not UTF-8"])]
#[case::undated("undated.txt", b"Landau said so.", &["no date", "--published YYYY-MM-DD"])]
#[case::impossible_date("bad.txt", b" date 2025-02-30 Text.", &["\"2025-02-30\" is not a real date"])]
#[case::page_without_text("page.html", b"<html><body><div>menu</div></body></html>", &["no article text"])]
fn refuses_a_bad_article_with_exit_2(
    #[case] name: &str,
    #[case] bytes: &[u8],
    #[case] fragments: &[&str],
) {
    let (dir, path) = bad_article(name, bytes);
    let output = dir.path().join("out.toml");
    let run = mandate_countdown()
        .arg("draft")
        .arg(&path)
        .arg("-o")
        .arg(&output)
        .output()
        .expect("the binary runs");
    assert_refused(&run, fragments);
    assert!(!output.exists(), "nothing is written for a bad article");
}

#[rstest]
#[case::endless(&["draft", "/dev/zero"], &["/dev/zero", "too large to be an article"])]
#[case::missing(&["draft", "/nonexistent/article.txt"], &["/nonexistent/article.txt", "cannot read the article"])]
#[case::no_article(&["draft"], &["ARTICLE"])]
#[case::bad_published(&["draft", SEED, "--published", "23/09/2025"], &["\"23/09/2025\" is not a date", "YYYY-MM-DD"])]
#[case::force_without_output(&["draft", SEED, "--force"], &["--output"])]
fn refuses_bad_usage_with_exit_2(#[case] args: &[&str], #[case] fragments: &[&str]) {
    let run = mandate_countdown()
        .args(args)
        .output()
        .expect("the binary runs");
    assert_refused(&run, fragments);
}
