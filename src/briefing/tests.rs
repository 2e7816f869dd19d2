use super::*;

/// Loads a briefing given as text, with the built-in seeds available.
fn load_text(toml: &str) -> Result<Loaded, LoadError> {
    let seeds = BUILT_IN_SEEDS
        .iter()
        .map(|(path, text)| ((*path).to_owned(), Ok((*text).to_owned())))
        .collect();
    let mut loaded = from_toml(toml, Origin::File("test.toml".into()), seeds)?;
    loaded.check_sources();
    Ok(loaded)
}

#[test]
fn the_dashboard_may_compare_with_the_sources_after_loading() {
    let misquoted = BUILT_IN_TOML.replacen("full endorsement", "complete endorsement", 1);
    assert_ne!(misquoted, BUILT_IN_TOML);
    let seeds = BUILT_IN_SEEDS
        .iter()
        .map(|(path, text)| ((*path).to_owned(), Ok((*text).to_owned())))
        .collect();
    let mut loaded = from_toml(&misquoted, Origin::BuiltIn, seeds).unwrap();
    assert!(loaded.source_problems.is_empty(), "not compared yet");
    let revision = loaded.revision;
    assert!(loaded.check_sources(), "the misquote is found");
    assert!(loaded.source_problems[0].message.contains("not verbatim"));
    assert_ne!(
        loaded.revision, revision,
        "drawings of the unchecked briefing are stale"
    );
    let found = loaded.source_problems.clone();
    assert!(!loaded.check_sources(), "compared once");
    assert_eq!(loaded.source_problems, found);
}

fn messages(error: &LoadError) -> String {
    error.to_string()
}

#[test]
fn built_in_briefing_loads_without_source_problems() {
    let loaded = load_built_in().unwrap();
    assert_eq!(loaded.source_problems, Vec::new());
    let briefing = loaded.briefing;
    assert_eq!(briefing.mandate.short_name, "MSS");
    assert_eq!(briefing.mandate.deadline.expires.to_string(), "2025-10-02");
    assert_eq!(
        briefing.mandate.deadline.timezone,
        chrono_tz::America::New_York
    );
    assert_eq!(briefing.quotes.len(), 4);
    let personnel: Vec<u32> = briefing.forces.iter().map(|f| f.personnel).collect();
    assert_eq!(personnel, [989, 5500]);
    assert_eq!(briefing.forces[0].basis, Basis::Reported);
    assert_eq!(briefing.forces[1].basis, Basis::Stated);
}

#[test]
fn built_in_quotes_are_verbatim_in_the_article() {
    let article = BUILT_IN_SEEDS[0].1;
    for quote in load_built_in().unwrap().briefing.quotes {
        assert!(
            article.contains(&format!("\u{201c}{}\u{201d}", quote.text.value)),
            "not verbatim between quote marks: {}",
            quote.text.value
        );
    }
}

#[test]
fn built_in_ratio_is_proposed_over_current() {
    let ratio = load_built_in().unwrap().briefing.ratio().unwrap();
    assert!((ratio - 5500.0 / 989.0).abs() < 1e-12);
}

#[test]
fn built_in_milestones_are_in_date_order() {
    let milestones = load_built_in().unwrap().briefing.milestones;
    assert!(milestones.windows(2).all(|w| w[0].date <= w[1].date));
}

/// The built-in briefing with one piece of text replaced.
fn built_in_with(from: &str, to: &str) -> String {
    assert!(
        BUILT_IN_TOML.contains(from),
        "fixture text not found: {from}"
    );
    BUILT_IN_TOML.replacen(from, to, 1)
}

fn line_of(toml: &str, needle: &str) -> usize {
    toml[..toml.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn unknown_key_is_named_with_its_line() {
    let toml = built_in_with("short_name = \"MSS\"", "shortname = \"MSS\"");
    let error = messages(&load_text(&toml).unwrap_err());
    assert!(error.contains("shortname"), "{error}");
    assert!(
        error.starts_with(&format!("test.toml:{}:", line_of(&toml, "shortname"))),
        "{error}"
    );
}

#[test]
fn unknown_time_zone_is_refused_with_a_hint() {
    let toml = built_in_with("America/New_York", "America/Nowhere");
    let error = messages(&load_text(&toml).unwrap_err());
    let line = line_of(&toml, "America/Nowhere");
    assert!(
        error.contains(&format!(
            "test.toml:{line}:12: unknown time zone \"America/Nowhere\""
        )),
        "{error}"
    );
}

#[test]
fn impossible_date_is_refused() {
    let toml = built_in_with("expires = \"2025-10-02\"", "expires = \"2025-02-30\"");
    let error = messages(&load_text(&toml).unwrap_err());
    assert!(
        error.contains("\"2025-02-30\" is not a real date"),
        "{error}"
    );
}

#[test]
fn mandate_start_is_optional_and_read_as_a_date() {
    assert_eq!(load_built_in().unwrap().briefing.mandate.starts, None);
    let toml = built_in_with("expires = ", "starts = \"2024-10-03\"\nexpires = ");
    let starts = load_text(&toml).unwrap().briefing.mandate.starts;
    assert_eq!(starts, NaiveDate::from_ymd_opt(2024, 10, 3));
}

#[test]
fn mandate_start_after_the_expiry_is_refused_with_its_line() {
    let toml = built_in_with("expires = ", "starts = \"2025-10-03\"\nexpires = ");
    let error = messages(&load_text(&toml).unwrap_err());
    let line = line_of(&toml, "starts = ");
    assert!(
        error.contains(&format!(
            "test.toml:{line}:10: mandate.starts \"2025-10-03\" is after"
        )),
        "{error}"
    );
    let toml = built_in_with("expires = ", "starts = \"2025-02-30\"\nexpires = ");
    let error = messages(&load_text(&toml).unwrap_err());
    assert!(
        error.contains("mandate.starts \"2025-02-30\" is not a real date"),
        "{error}"
    );
}

#[test]
fn non_positive_force_is_refused() {
    let toml = built_in_with("personnel = 989", "personnel = -989");
    let error = messages(&load_text(&toml).unwrap_err());
    assert!(
        error.contains("personnel must be a whole number above 0, not -989"),
        "{error}"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let toml = built_in_with("personnel = 989", "personnel = 0");
    let toml = toml.replacen("date = \"2025-09-22\"", "date = \"2025-13-01\"", 1);
    let LoadError::Invalid { problems, .. } = load_text(&toml).unwrap_err() else {
        panic!("expected validation problems");
    };
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn syntax_error_names_line_and_column() {
    let error = messages(&load_text("title = \"x\"\n[mandate\n").unwrap_err());
    assert!(error.starts_with("test.toml:2:"), "{error}");
}

#[test]
fn source_outside_seeds_is_refused() {
    let toml = built_in_with(
        "source = \"../seeds/000_0073b1465f77e1bd.txt\"\nexcerpt = \"Landau stated",
        "source = \"../secrets.txt\"\nexcerpt = \"Landau stated",
    );
    let error = messages(&load_text(&toml).unwrap_err());
    assert!(
        error.contains("must be a relative path to a file in a seeds/ folder"),
        "{error}"
    );
}

#[rstest::rstest]
#[case("seeds/article.txt", true)]
#[case("seeds/2025/article.txt", true)]
#[case("../seeds/article.txt", true)]
#[case("../../seeds/article.txt", true)]
#[case("seeds", false)]
#[case("seeds/", false)]
#[case("../article.txt", false)]
#[case("/seeds/article.txt", false)]
#[case("seeds/../secrets.txt", false)]
#[case("assets/seeds/article.txt", false)]
fn a_source_is_a_file_in_a_seeds_folder_here_or_above(#[case] path: &str, #[case] ok: bool) {
    assert_eq!(is_seed_path(path), ok);
}

#[test]
fn shows_seed_paths_from_their_seeds_folder() {
    assert_eq!(source_name("../seeds/a.txt"), "seeds/a.txt");
    assert_eq!(source_name("seeds/a.txt"), "seeds/a.txt");
    let quote = &load_built_in().unwrap().briefing.quotes[0];
    assert_eq!(quote.source_name(), "seeds/000_0073b1465f77e1bd.txt");
}

#[test]
fn a_file_past_the_limit_is_refused_without_reading_it_all() {
    let error = load_file(Path::new("/dev/zero")).unwrap_err().to_string();
    assert!(error.contains("too large to be a briefing"), "{error}");
}

#[test]
fn misquote_loads_with_a_source_problem() {
    let toml = built_in_with(
        "full endorsement of Haiti,\"",
        "complete endorsement of Haiti,\"",
    );
    let loaded = load_text(&toml).unwrap();
    assert_eq!(
        loaded.source_problems.len(),
        1,
        "{:?}",
        loaded.source_problems
    );
    assert!(loaded.source_problems[0].message.contains("not verbatim"));
}

#[test]
fn figure_missing_from_its_excerpt_is_a_source_problem() {
    let toml = built_in_with("personnel = 5500", "personnel = 5600");
    let loaded = load_text(&toml).unwrap();
    assert!(
        loaded
            .source_problems
            .iter()
            .any(|p| p.message.contains("5,600 is not in its excerpt")),
        "{:?}",
        loaded.source_problems
    );
}

#[test]
fn escape_sequences_in_text_never_survive_loading() {
    let toml = built_in_with(
        "title = \"MSS Haiti: mandate transition\"",
        "title = \"MSS\\u001b]0;pwned\\u0007 <script>\"",
    );
    let briefing = load_text(&toml).unwrap().briefing;
    assert_eq!(briefing.title, "MSS <script>");
}

#[test]
fn missing_file_is_a_read_error() {
    let error = load_file(Path::new("/nonexistent/briefing.toml")).unwrap_err();
    assert!(matches!(error, LoadError::Read { .. }));
    assert!(
        error
            .to_string()
            .starts_with("/nonexistent/briefing.toml: cannot read")
    );
}

#[test]
fn altering_any_single_word_of_any_quote_fails_the_check() {
    let built_in = load_built_in().unwrap().briefing;
    for quote in &built_in.quotes {
        let words: Vec<&str> = quote.text.value.split(' ').collect();
        for index in 0..words.len() {
            let mut altered = words.clone();
            altered[index] = "xyzzy";
            let toml = BUILT_IN_TOML.replacen(
                &format!("text = \"{}\"", quote.text.value),
                &format!("text = \"{}\"", altered.join(" ")),
                1,
            );
            assert_ne!(toml, BUILT_IN_TOML, "quote not found in the TOML");
            let loaded = load_text(&toml).unwrap();
            assert!(
                loaded
                    .source_problems
                    .iter()
                    .any(|p| p.message.contains("not verbatim")),
                "changing word {index} of {:?} went unnoticed",
                quote.text.value
            );
        }
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn arbitrary_text_never_panics_the_loader(text in any::<String>()) {
            let _ = load_text(&text);
        }

        #[test]
        fn arbitrary_bytes_never_panic_the_file_loader(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("briefing.toml");
            std::fs::write(&path, bytes).unwrap();
            let _ = load_file(&path);
        }

        #[test]
        fn mutations_of_the_built_in_never_panic_load_or_check(
            at in 0..BUILT_IN_TOML.len(),
            cut in 0_usize..40,
            insert in "[a-z0-9 \"\\[\\]=.,\\n\u{201c}\u{2019}\u{1b}-]{0,12}",
        ) {
            let mut start = at;
            while !BUILT_IN_TOML.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut).min(BUILT_IN_TOML.len());
            while !BUILT_IN_TOML.is_char_boundary(end) {
                end += 1;
            }
            let mutated = format!("{}{insert}{}", &BUILT_IN_TOML[..start], &BUILT_IN_TOML[end..]);
            if let Ok(loaded) = load_text(&mutated) {
                let _ = crate::check::report(&loaded);
            }
        }
    }
}

#[test]
fn reads_the_date_an_article_opens_with() {
    let date = |text| dateline(text).map(|d| d.to_string());
    assert_eq!(
        date(" date 2025-09-23 The United States has pledged").as_deref(),
        Some("2025-09-23")
    );
    assert_eq!(
        date("date 2024-02-29\n\nText").as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(date(" date 2025-02-30 Text"), None);
    assert_eq!(date("The date 2025-09-23 is inside the text"), None);
    assert_eq!(date(""), None);
}

#[test]
fn built_in_dateline_is_the_first_line_of_its_article() {
    let (_, article) = BUILT_IN_SEEDS[0];
    let first_line = article.lines().next().unwrap();
    let date = built_in_dateline().expect("the built-in article has a dateline");
    assert!(
        first_line.contains(&format!("date {date} ")),
        "{first_line}"
    );
}

#[test]
fn loads_a_briefing_with_forces_and_quotes_absent_or_empty() {
    let without = |toml: &str, key: &str| {
        // Every [[key]] table cut out, up to the next table.
        let mut out = String::new();
        let mut skipping = false;
        for line in toml.lines() {
            if line.starts_with('[') {
                skipping = line == format!("[[{key}]]");
            }
            if !skipping {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    };
    let bare = without(&without(BUILT_IN_TOML, "forces"), "quotes");
    assert!(!bare.contains("[[forces]]") && !bare.contains("[[quotes]]"));
    let empty = format!("forces = []\nquotes = []\n{bare}");
    for toml in [bare, empty] {
        let loaded = load_text(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
        assert!(loaded.briefing.forces.is_empty() && loaded.briefing.quotes.is_empty());
        assert_eq!(loaded.briefing.ratio(), None);
        assert_eq!(loaded.source_problems, Vec::new());
        assert!(!loaded.briefing.milestones.is_empty(), "the rest is kept");
    }
}
