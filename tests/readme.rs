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

/// The README's first set-up command runs the main job, and the rows it shows are the
/// first rows of that job's output (issue 21, point 4: what the output means).
#[test]
fn the_readme_main_job_gives_the_rows_it_shows() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let setup = &readme[readme.find("## Set-up").unwrap()..];
    let command = setup
        .lines()
        .find(|l| l.starts_with("cargo run --release -- "))
        .expect("the main job's command");
    let args: Vec<&str> = command["cargo run --release -- ".len()..]
        .split(' ')
        .collect();
    let out = args[args.iter().position(|a| *a == "--out").unwrap() + 1];
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_xbas"))
        .current_dir(root)
        .args(&args)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(
        setup.contains(
            summary
                .lines()
                .last()
                .unwrap()
                .split(", 0 failed")
                .next()
                .unwrap()
        ),
        "the README quotes another summary than {summary}"
    );
    let csv = std::fs::read_to_string(format!("{root}/{out}")).unwrap();
    let shown: Vec<String> = setup
        .lines()
        .skip_while(|l| !l.starts_with("| db |"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(|l| {
            l.trim_matches(|c| c == '|' || c == ' ')
                .split(" | ")
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    assert_eq!(shown.len(), 4);
    let first: Vec<&str> = csv.lines().skip(1).take(4).collect();
    assert_eq!(shown, first);
    assert_eq!(
        csv.lines().next(),
        Some("db,parent_id,queue_id,value_type_id,start,value")
    );
}
