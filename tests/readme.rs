//! The README's library snippet is the doctest of the language library's root page
//! (`crates/xbas/src/lib.rs`), so what the README shows compiles and runs.

#[test]
fn the_readme_library_snippet_is_the_crate_doctest() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let section = &readme[readme.find("### As a library").expect("a library section")..];
    let start = section.find("```rust\n").expect("a rust block") + "```rust\n".len();
    let snippet = &section[start..start + section[start..].find("```").unwrap()];
    let lib = std::fs::read_to_string(format!("{root}/crates/xbas/src/lib.rs")).unwrap();
    let doc: String = lib
        .lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .skip_while(|l| *l != "```")
        .skip(1)
        .take_while(|l| *l != "```")
        .filter(|l| !l.starts_with("# "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(snippet.lines().count() > 5, "{snippet}");
    assert_eq!(snippet, doc);
}

/// The README lists every diagnostic code of the registry with its title, and no other.
#[test]
fn the_readme_lists_the_diagnostic_codes_of_the_registry() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let is_code = |c: &str| {
        c.len() == 5 && c.starts_with(['E', 'W']) && c[1..].bytes().all(|b| b.is_ascii_digit())
    };
    let listed: Vec<&str> = readme
        .lines()
        .filter(|l| {
            l.strip_prefix("| ")
                .and_then(|r| r.split(' ').next())
                .is_some_and(is_code)
        })
        .collect();
    let want: Vec<String> = xbas::diagnostic::codes::CODES
        .iter()
        .map(|c| format!("| {} | {} |", c.code, c.title))
        .collect();
    assert_eq!(listed, want);
}
