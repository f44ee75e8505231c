//! The editor set-ups under `editors/` stay in step with the language: the VS Code
//! extension's TextMate grammar highlights every keyword of `grammar/xbas.ebnf` and every
//! built-in function, and each editor starts `xbas lsp`.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// The words of the grammar's patterns in repository entry `key` (alternatives of
/// `(?:a|b|c)` groups), lowercased.
fn words(grammar: &serde_json::Value, key: &str) -> Vec<String> {
    let text = grammar["repository"][key].to_string();
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_textmate_grammar_knows_every_keyword_and_builtin() {
    let grammar: serde_json::Value =
        serde_json::from_str(&read("editors/vscode/syntaxes/xbas.tmLanguage.json")).unwrap();
    assert_eq!(grammar["scopeName"], "source.xbas");
    let mut keywords = words(&grammar, "keyword");
    // `Rem` starts a comment; `AM`/`PM` are inside date literals (`#8:15 AM#`), which the
    // date pattern takes whole.
    keywords.extend(words(&grammar, "comment"));
    keywords.extend(["am".to_string(), "pm".to_string()]);
    // Every keyword-like terminal of the EBNF: "Word" in double quotes.
    let ebnf = read("grammar/xbas.ebnf");
    let mut terminals: Vec<&str> = ebnf
        .match_indices('"')
        .filter_map(|(i, _)| {
            let word = &ebnf[i + 1..];
            let len = word.find(|c: char| !c.is_ascii_alphabetic())?;
            (len > 1 && word[len..].starts_with('"')).then(|| &word[..len])
        })
        .collect();
    terminals.sort_unstable();
    terminals.dedup();
    assert!(terminals.len() > 40, "{terminals:?}");
    let missing: Vec<&&str> = terminals
        .iter()
        .filter(|t| !keywords.contains(&t.to_lowercase()))
        .collect();
    assert!(
        missing.is_empty(),
        "keywords of the EBNF the grammar lacks: {missing:?}"
    );
    for k in xbas::ide::KEYWORDS {
        assert!(keywords.contains(&k.to_lowercase()), "{k}");
    }
    let functions = words(&grammar, "function");
    for s in xbas::signatures::SIGNATURES
        .iter()
        .filter(|s| !s.name.contains('='))
    {
        assert!(
            functions.contains(&s.name.to_lowercase()),
            "{} is not highlighted",
            s.name
        );
    }
    let package: serde_json::Value =
        serde_json::from_str(&read("editors/vscode/package.json")).unwrap();
    assert_eq!(package["contributes"]["languages"][0]["id"], "xbas");
    assert!(
        package["contributes"]["languages"][0]["extensions"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(".bas"))
    );
    assert!(read("editors/vscode/extension.js").contains("\"lsp\""));
}

#[test]
fn every_editor_starts_xbas_lsp() {
    let helix = read("editors/helix/languages.toml");
    assert!(helix.contains("command = \"xbas\"") && helix.contains("args = [\"lsp\"]"));
    let nvim = read("editors/nvim/xbas.lua");
    assert!(nvim.contains("cmd = { \"xbas\", \"lsp\" }"));
    let readme = read("README.md");
    for f in [
        "editors/nvim/xbas.lua",
        "editors/vscode",
        "editors/helix/languages.toml",
    ] {
        assert!(readme.contains(f), "the README does not point to {f}");
    }
}
