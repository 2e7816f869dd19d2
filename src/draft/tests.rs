use super::*;

fn seed_source() -> Source {
    let text = include_str!("../../seeds/000_0073b1465f77e1bd.txt");
    Source {
        article: Article::parse("seeds/000_0073b1465f77e1bd.txt", text.as_bytes(), None).unwrap(),
        cite: "seeds/000_0073b1465f77e1bd.txt".to_owned(),
    }
}

#[test]
fn the_seed_draft_passes_check() {
    let sources = [seed_source()];
    let drafted = draft(&sources);
    let (verdict, report) = check(&drafted.toml, &sources).unwrap();
    assert_eq!(verdict, Verdict::Holds, "{report}\n{}", drafted.toml);
}
