//! An article as the drafter reads it: its text exactly as it will be kept in `seeds/`, its
//! dateline, and its paragraphs. Plain text is kept byte for byte; a page saved as HTML is
//! turned into text in the seeds' form (a first line ` date YYYY-MM-DD `, then paragraphs), so
//! every quote the draft takes from it can be checked word for word.

use std::ops::Range;

use chrono::NaiveDate;

mod html;

use html::Page;

#[derive(Debug, Clone)]
pub struct Article {
    /// The name the article was given by, for the report.
    pub name: String,
    /// The file name its copy in `seeds/` takes.
    pub seed_name: String,
    /// The text kept in `seeds/`; every passage of the draft is a slice of it.
    pub text: String,
    pub dateline: NaiveDate,
    /// Whether the text itself states the dateline (else it came from `--published`).
    pub dated_in_text: bool,
    /// The headline, when the page gives one.
    pub title: Option<String>,
    pub paragraphs: Vec<Range<usize>>,
    pub from_html: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    #[error("the file is empty: there is no article to draft from")]
    Empty,
    #[error(
        "binary data (byte {at} is {byte:#04x}): an article is plain text or a page saved as HTML"
    )]
    Binary { at: usize, byte: u8 },
    #[error("not UTF-8 text: save the article as UTF-8 plain text or HTML")]
    NotUtf8,
    #[error("line 1: {found:?} is not a real date: the first line should read ` date YYYY-MM-DD `")]
    BadDate { found: String },
    #[error(
        "no date: the article does not give one (a first line ` date YYYY-MM-DD `, or the page's publication date); give --published YYYY-MM-DD"
    )]
    NoDate,
    #[error("no article text: the page has no paragraphs (<p>) to draft from")]
    NoText,
}

impl Article {
    /// Reads an article from its bytes: HTML when it looks like a page, plain text otherwise.
    /// `published` dates an article that gives no date of its own.
    pub fn parse(
        name: &str,
        bytes: &[u8],
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        if let Some(at) = bytes.iter().position(|b| is_binary(*b)) {
            return Err(ArticleError::Binary {
                at,
                byte: bytes[at],
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ArticleError::NotUtf8)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ArticleError::Empty);
        }
        if looks_like_html(name, text) {
            Self::from_html(name, text, published)
        } else {
            Self::from_text(name, text, published)
        }
    }

    fn from_text(
        name: &str,
        text: &str,
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        let (stated, body_start) = dateline(text)?;
        let dateline = stated.or(published).ok_or(ArticleError::NoDate)?;
        Ok(Self {
            name: name.to_owned(),
            seed_name: file_name(name),
            paragraphs: paragraphs(text, body_start),
            text: text.to_owned(),
            dateline,
            dated_in_text: stated.is_some(),
            title: None,
            from_html: false,
        })
    }

    fn from_html(
        name: &str,
        html: &str,
        published: Option<NaiveDate>,
    ) -> Result<Self, ArticleError> {
        let page = Page::read(html);
        if page.paragraphs.is_empty() {
            return Err(ArticleError::NoText);
        }
        let dateline = page.published.or(published).ok_or(ArticleError::NoDate)?;
        // The seeds' form: the date, then the paragraphs with a blank line between them.
        let mut text = format!(" date {} ", dateline.format("%Y-%m-%d"));
        let body_start = text.len();
        text.push_str(&page.paragraphs.join("\n\n"));
        text.push('\n');
        let stem = file_name(name);
        let stem = stem
            .rsplit_once('.')
            .map_or(stem.as_str(), |(stem, _)| stem)
            .to_owned();
        Ok(Self {
            name: name.to_owned(),
            seed_name: format!("{stem}.txt"),
            paragraphs: paragraphs(&text, body_start),
            text,
            dateline,
            dated_in_text: true,
            title: page.title,
            from_html: true,
        })
    }

    pub fn paragraph_text(&self, index: usize) -> &str {
        &self.text[self.paragraphs[index].clone()]
    }
}

/// NUL and the control characters no article holds; tab, line breaks and form feed are text.
fn is_binary(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c) || byte == 0x7f
}

fn file_name(name: &str) -> String {
    std::path::Path::new(name).file_name().map_or_else(
        || "article.txt".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn looks_like_html(name: &str, text: &str) -> bool {
    let lower = name.to_lowercase();
    if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return true;
    }
    let start: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<meta",
        "<p>",
    ]
    .iter()
    .any(|tag| start.starts_with(tag))
}

/// The dateline a text states on its first line (` date YYYY-MM-DD `), and where its body
/// starts.
fn dateline(text: &str) -> Result<(Option<NaiveDate>, usize), ArticleError> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(after) = rest
        .get(..5)
        .filter(|word| word.eq_ignore_ascii_case("date "))
        .map(|_| &rest[5..])
    else {
        return Ok((None, 0));
    };
    let found: String = after.chars().take_while(|c| !c.is_whitespace()).collect();
    let date =
        NaiveDate::parse_from_str(&found, "%Y-%m-%d").map_err(|_| ArticleError::BadDate {
            found: found.clone(),
        })?;
    let after_date = lead + 5 + found.len();
    let body = after_date + (text[after_date..].len() - text[after_date..].trim_start().len());
    Ok((Some(date), body))
}

/// The paragraphs from `start`, trimmed. A blank line always ends one (the seeds' form); a
/// single line break ends one only after a sentence's end, so text copied with one paragraph
/// a line reads the same as text hard-wrapped at a fixed width, whose lines run on.
fn paragraphs(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut at = start;
    for line in text[start..].split_inclusive('\n') {
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        if trimmed.is_empty() {
            out.extend(current.take());
        } else {
            let range = at + lead..at + lead + trimmed.len();
            let merged = match current.take() {
                Some(open) => open.start..range.end,
                None => range,
            };
            if ends_a_paragraph(trimmed) {
                out.push(merged);
            } else {
                current = Some(merged);
            }
        }
        at += line.len();
    }
    out.extend(current);
    out
}

/// Whether a line ends where a paragraph may: after a sentence's end or a closing mark.
fn ends_a_paragraph(line: &str) -> bool {
    line.ends_with([
        '.', '!', '?', ':', '\u{201d}', '"', '\u{2019}', '\'', ')', '\u{bb}', '\u{2026}',
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reads_the_seed_form_with_its_date_before_the_first_paragraph() {
        let text = " date 2025-09-23 First paragraph.\n\nSecond one.\n";
        let article = Article::parse("seeds/a.txt", text.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2025-09-23"));
        assert!(article.dated_in_text);
        assert_eq!(article.paragraph_text(0), "First paragraph.");
        assert_eq!(article.paragraph_text(1), "Second one.");
        assert_eq!(article.seed_name, "a.txt");
        assert_eq!(article.text, text, "plain text is kept byte for byte");
    }

    #[test]
    fn dates_an_undated_text_by_published_or_refuses_it() {
        let text = b"Just a paragraph.";
        let published = Some(date("2024-01-02"));
        let article = Article::parse("a.txt", text, published).unwrap();
        assert_eq!(article.dateline, date("2024-01-02"));
        assert!(!article.dated_in_text);
        assert_eq!(
            Article::parse("a.txt", text, None).unwrap_err(),
            ArticleError::NoDate
        );
    }

    #[test]
    fn refuses_empty_binary_and_badly_dated_files() {
        assert_eq!(
            Article::parse("a", b" \n\n ", None).unwrap_err(),
            ArticleError::Empty
        );
        assert_eq!(
            Article::parse("a", b"date 2025-01-01 \x00\x01", None).unwrap_err(),
            ArticleError::Binary { at: 16, byte: 0 }
        );
        assert_eq!(
            Article::parse("a", b"\xff\xfe text", None).unwrap_err(),
            ArticleError::NotUtf8
        );
        assert!(matches!(
            Article::parse("a", b" date 2025-02-30 Text.", None).unwrap_err(),
            ArticleError::BadDate { .. }
        ));
    }

    #[test]
    fn takes_the_article_paragraphs_and_date_out_of_a_saved_page() {
        let html = r#"<!DOCTYPE html><html><head><title>Site | Story</title>
            <meta property="og:title" content="Council votes on Haiti force">
            <meta property="article:published_time" content="2025-10-01T14:00:00Z">
            <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
            <body><nav><p>Home | World</p></nav>
            <article><h1>Council votes</h1>
            <p>The council&rsquo;s vote was &ldquo;historic,&rdquo; he said.</p>
            <figure><figcaption><p>A photo caption.</p></figcaption></figure>
            <p><a href="/x">Read more: other story</a></p>
            <p>Second
               paragraph&nbsp;here.</p></article>
            <footer><p>Copyright</p></footer></body></html>"#;
        let article = Article::parse("page.html", html.as_bytes(), None).unwrap();
        assert!(article.from_html);
        assert_eq!(article.dateline, date("2025-10-01"));
        assert_eq!(
            article.title.as_deref(),
            Some("Council votes on Haiti force")
        );
        assert_eq!(article.seed_name, "page.txt");
        assert_eq!(
            article.text,
            " date 2025-10-01 The council\u{2019}s vote was \u{201c}historic,\u{201d} he said.\n\nSecond paragraph here.\n"
        );
    }

    #[test]
    fn reads_the_date_from_json_ld_or_a_time_element() {
        let html = r#"<html><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-12-31T23:00:00-05:00"}</script><p>Text here.</p></html>"#;
        let article = Article::parse("p.html", html.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2024-12-31"));
        let html =
            r#"<html><body><time datetime="2024-05-06">May 6</time><p>Text.</p></body></html>"#;
        let article = Article::parse("p.html", html.as_bytes(), None).unwrap();
        assert_eq!(article.dateline, date("2024-05-06"));
    }

    #[test]
    fn a_page_without_paragraphs_is_refused() {
        let html = b"<html><body><div>No paragraphs</div></body></html>";
        assert_eq!(
            Article::parse("p.html", html, Some(date("2025-01-01"))).unwrap_err(),
            ArticleError::NoText
        );
    }
}
