//! What an installed command offers beyond the dashboard: shell completions, the man page and
//! `--version`. Subcommands, options and keys are enumerated from the program itself (its clap
//! definition, its `--help`, its key table), never from a list kept here, so a new one that the
//! completions or the man page miss fails these tests.

mod common;

use std::collections::BTreeSet;
use std::process::Command as Process;

use clap::ValueEnum;
use clap_complete::Shell;
use common::mandate_countdown;
use mandate_countdown::action::KEYS;

/// Runs the program with `args`, asserts it succeeded, and returns standard output.
fn stdout_of(args: &[&str]) -> String {
    let output = mandate_countdown()
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "{args:?}: exit {:?}, stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

fn subcommand_names() -> Vec<String> {
    mandate_countdown::cli::command()
        .get_subcommands()
        .map(|subcommand| subcommand.get_name().to_owned())
        .collect()
}

fn shell_name(shell: Shell) -> String {
    shell
        .to_possible_value()
        .expect("every shell has a name")
        .get_name()
        .to_owned()
}

/// The options a `--help` screen lists: the flags at the start of its option lines.
fn options_in_help(help: &str) -> BTreeSet<String> {
    help.lines()
        .filter(|line| {
            let indent = line.len() - line.trim_start().len();
            indent <= 6 && line.trim_start().starts_with('-')
        })
        .flat_map(|line| {
            line.split_whitespace()
                .map(|word| word.trim_end_matches(','))
                .take_while(|word| word.starts_with('-'))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The man page as a reader sees its words: font changes and roff escapes removed.
fn plain(roff: &str) -> String {
    roff.replace("\\-", "-")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\fP", "")
        .replace("\\*(Aq", "'")
        .replace("\\&", "")
}

/// The man page's sections, `.SH` name to the plain text under it.
fn sections(roff: &str) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in roff.lines() {
        if let Some(name) = line.strip_prefix(".SH ") {
            sections.push((name.trim_matches('"').to_owned(), String::new()));
        } else if let Some((_, text)) = sections.last_mut() {
            text.push_str(&plain(line));
            text.push('\n');
        }
    }
    sections
}

fn section<'a>(sections: &'a [(String, String)], name: &str) -> &'a str {
    sections
        .iter()
        .find(|(heading, _)| heading == name)
        .map_or_else(|| panic!("no {name} section"), |(_, text)| text.as_str())
}

/// The words of a text, with the punctuation that surrounds options in prose and synopses
/// removed: `[-o|--output]` gives `-o` and `--output`.
fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| c.is_whitespace() || "[]|,=<>()".contains(c))
        .map(|word| word.trim_end_matches(['.', ':']))
        .filter(|word| !word.is_empty())
        .collect()
}

/// The `.SS` subsection `name` of a section's roff source, as plain text.
fn subsection(roff: &str, section: &str, name: &str) -> String {
    let mut in_section = false;
    let mut in_subsection = false;
    let mut text = String::new();
    for line in roff.lines() {
        if let Some(heading) = line.strip_prefix(".SH ") {
            in_section = heading.trim_matches('"') == section;
            in_subsection = false;
        } else if let Some(heading) = line.strip_prefix(".SS ") {
            in_subsection = in_section && heading.trim_matches('"') == name;
        } else if in_subsection {
            text.push_str(&plain(line));
            text.push('\n');
        }
    }
    assert!(!text.is_empty(), "no {section} / {name} subsection");
    text
}

#[test]
fn completes_every_subcommand_in_every_shell() {
    let subcommands = subcommand_names();
    assert!(
        subcommands.contains(&"print".to_owned()) && subcommands.contains(&"manpage".to_owned()),
        "{subcommands:?}"
    );
    for shell in Shell::value_variants() {
        let name = shell_name(*shell);
        let script = stdout_of(&["completions", &name]);
        assert!(script.len() > 500, "{name}: only {} bytes", script.len());
        for subcommand in &subcommands {
            assert!(
                script.contains(subcommand.as_str()),
                "{name} completions do not name {subcommand}"
            );
        }
        assert!(script.contains("briefing"), "{name}: no --briefing");
    }
}

#[test]
fn completes_file_names_for_path_options() {
    let zsh = stdout_of(&["completions", "zsh"]);
    for option in ["--briefing", "--output"] {
        let line = zsh
            .lines()
            // A repeatable option is written `'*--briefing=[...`.
            .find(|line| line.contains(&format!("{option}=[")))
            .unwrap_or_else(|| panic!("zsh completions have no {option}"));
        assert!(
            line.contains("_files"),
            "{option} does not complete files: {line}"
        );
    }
    let fish = stdout_of(&["completions", "fish"]);
    let briefing = fish
        .lines()
        .find(|line| line.contains("-l briefing"))
        .expect("fish completions have --briefing");
    assert!(briefing.contains("-F"), "{briefing}");
    // Options that take no path do not offer files.
    let size = fish
        .lines()
        .find(|line| line.contains("-l size"))
        .expect("fish completions have --size");
    assert!(!size.contains("-F"), "{size}");
}

/// The shells that are installed check their script's syntax; the others are skipped.
#[test]
fn completion_scripts_parse_in_the_shells_that_are_installed() {
    for (shell, program, flag) in [
        ("bash", "bash", "-n"),
        ("zsh", "zsh", "-n"),
        ("fish", "fish", "--no-execute"),
    ] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join(shell);
        std::fs::write(&path, stdout_of(&["completions", shell])).expect("written");
        match Process::new(program).arg(flag).arg(&path).output() {
            Ok(output) => assert!(
                output.status.success(),
                "{program} {flag}: {}",
                String::from_utf8_lossy(&output.stderr)
            ),
            Err(_) => eprintln!("{program} is not installed: its script's syntax is not checked"),
        }
    }
}

#[test]
fn refuses_an_unknown_shell_with_exit_2() {
    let output = mandate_countdown()
        .args(["completions", "tcsh"])
        .output()
        .expect("the binary runs");
    common::assert_refused(&output, &["tcsh", "bash"]);
}

#[test]
fn manpage_is_roff_with_the_sections_of_a_man_page() {
    let page = stdout_of(&["manpage"]);
    let macros: Vec<&str> = page
        .lines()
        .filter(|line| line.starts_with('.') || line.starts_with('\''))
        .map(|line| line.split_whitespace().next().unwrap_or_default())
        .collect();
    // The apostrophe definition, then the title before any section.
    assert_eq!(macros[..3], [".ie", ".el", ".TH"], "{page}");
    assert_eq!(macros.iter().filter(|m| **m == ".TH").count(), 1);
    let known = [
        ".ie", ".el", ".TH", ".nh", ".ad", ".SH", ".SS", ".TP", ".PP", ".IP", ".RS", ".RE", ".br",
    ];
    for name in &macros {
        assert!(known.contains(name), "unexpected request {name}");
    }
    assert_eq!(
        macros.iter().filter(|m| **m == ".RS").count(),
        macros.iter().filter(|m| **m == ".RE").count(),
        "unbalanced .RS/.RE"
    );
    let title = page
        .lines()
        .find(|l| l.starts_with(".TH "))
        .unwrap_or_default();
    assert!(
        title.starts_with(".TH MANDATE-COUNTDOWN 1 \"\" \"mandate-countdown "),
        "{title}"
    );
    let headings: Vec<String> = sections(&page).into_iter().map(|(name, _)| name).collect();
    assert_eq!(
        headings,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "KEYS",
            "THE COUNTDOWN",
            "EXIT STATUS",
            "ENVIRONMENT",
            "EXAMPLES",
            "VERSION",
        ]
    );
    for (name, text) in sections(&page) {
        assert!(!text.trim().is_empty(), "{name} is empty");
    }
    assert!(page.ends_with('\n'));
}

#[test]
fn manpage_names_every_option_that_help_lists() {
    let page = stdout_of(&["manpage"]);
    let sections = sections(&page);
    let top_help = stdout_of(&["--help"]);
    let common = options_in_help(&top_help);
    assert!(
        common.contains("--briefing") && common.contains("-V"),
        "{common:?}"
    );
    let options = words(section(&sections, "OPTIONS"));
    for option in &common {
        assert!(options.contains(option.as_str()), "OPTIONS lacks {option}");
    }
    for subcommand in subcommand_names() {
        let help = stdout_of(&[subcommand.as_str(), "--help"]);
        let text = subsection(&page, "COMMANDS", &subcommand);
        let described = words(&text);
        for option in options_in_help(&help).difference(&common) {
            assert!(
                described.contains(option.as_str()),
                "COMMANDS / {subcommand} lacks {option}:\n{text}"
            );
        }
        let about = help.lines().next().unwrap_or_default();
        assert!(
            text.contains(about),
            "{subcommand}: {about:?} not in:\n{text}"
        );
    }
}

#[test]
fn manpage_lists_every_key_of_the_key_table() {
    let page = stdout_of(&["manpage"]);
    let keys = section(&sections(&page), "KEYS").to_owned();
    for binding in KEYS {
        let text = subsection(&page, "KEYS", binding.context.title());
        assert!(
            text.contains(binding.help),
            "{:?} ({}) not under {}:\n{keys}",
            binding.action,
            binding.help,
            binding.context.title()
        );
    }
    assert!(keys.contains("q, Ctrl-C"), "{keys}");
    assert!(!keys.contains('\u{2191}'), "arrows are spelt out");
}

#[test]
fn manpage_has_an_example_for_every_subcommand() {
    let page = stdout_of(&["manpage"]);
    let examples = section(&sections(&page), "EXAMPLES").to_owned();
    for subcommand in subcommand_names() {
        assert!(
            examples.contains(&format!("mandate-countdown {subcommand} ")),
            "no example of {subcommand}:\n{examples}"
        );
    }
}

#[test]
fn manpage_describes_the_board_with_an_example() {
    let page = stdout_of(&["manpage"]);
    let sections = sections(&page);
    let description = section(&sections, "DESCRIPTION");
    assert!(description.contains("opens on a board"), "{description}");
    let examples = section(&sections, "EXAMPLES");
    assert!(
        examples.contains("mandate-countdown --briefing briefings/\n"),
        "{examples}"
    );
}

#[test]
fn manpage_states_the_exit_codes_and_the_convention() {
    let page = stdout_of(&["manpage"]);
    let sections = sections(&page);
    let exit = section(&sections, "EXIT STATUS");
    for code in ["0", "1", "2", "128+n"] {
        assert!(
            words(exit).contains(code),
            "exit code {code} missing:\n{exit}"
        );
    }
    let countdown = section(&sections, "THE COUNTDOWN");
    // Worked from the built-in data by the countdown code: the article's day, the expiry date
    // and the day after it.
    for fragment in [
        "lapses at 2025-10-03T04:00:00Z",
        "At noon on 2025-09-23: 9 days remaining.",
        "At noon on 2025-10-02: expires today.",
        "At noon on 2025-10-03: expired 1 day ago.",
    ] {
        assert!(
            countdown.contains(fragment),
            "{fragment:?} not in:\n{countdown}"
        );
    }
}

/// groff, where installed, reads the page without a warning (`-ww` turns them all on).
#[test]
fn manpage_renders_in_groff_without_warnings() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("mandate-countdown.1");
    std::fs::write(&path, stdout_of(&["manpage"])).expect("written");
    let Ok(output) = Process::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&path)
        .output()
    else {
        eprintln!("groff is not installed: the page is not rendered");
        return;
    };
    assert!(output.status.success());
    let warnings = String::from_utf8_lossy(&output.stderr);
    assert!(warnings.is_empty(), "{warnings}");
}

/// A command too long for its line breaks where it must, without being spread out to fill it.
#[test]
fn manpage_examples_are_not_spread_across_the_line() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("mandate-countdown.1");
    std::fs::write(&path, stdout_of(&["manpage"])).expect("written");
    let Ok(output) = Process::new("groff")
        .args(["-man", "-Tascii", "-P-cbou", "-rLL=100n"])
        .arg(&path)
        .output()
    else {
        eprintln!("groff is not installed: the page is not rendered");
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("mandate-countdown completions bash >"),
        "{text}"
    );
}

#[test]
fn version_names_the_built_in_articles_date() {
    let article = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_0073b1465f77e1bd.txt"),
    )
    .expect("the article is readable");
    let mut first_words = article.split_whitespace();
    assert_eq!(first_words.next(), Some("date"));
    let date = first_words.next().expect("a date follows");
    let expected = format!(
        "mandate-countdown {} (built-in briefing: article of {date})\n",
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(stdout_of(&["--version"]), expected);
    assert_eq!(stdout_of(&["-V"]), expected);
}
