//! Keeps `grammar/xbas.ebnf` in step with the lexer: every keyword and symbol token the
//! lexer defines must appear, quoted, in the grammar.

#[test]
fn grammar_names_every_token_of_the_lexer() {
    let root = env!("CARGO_MANIFEST_DIR");
    let lexer = std::fs::read_to_string(format!("{root}/crates/xbas/src/syntax/lexer.rs")).unwrap();
    let grammar = std::fs::read_to_string(format!("{root}/grammar/xbas.ebnf"))
        .unwrap()
        .to_lowercase();
    let mut missing = Vec::new();
    let mut seen = 0;
    for line in lexer.lines() {
        let Some(rest) = line.trim().strip_prefix("#[token(\"") else {
            continue;
        };
        let Some(end) = rest.find("\"") else { continue };
        let token = rest[..end].replace("\\\\", "\\");
        seen += 1;
        if ["><", "=<", "=>"].contains(&token.as_str()) {
            continue; // alternate spellings of <>, <=, >=
        }
        if !grammar.contains(&format!("\"{}\"", token.to_lowercase())) {
            missing.push(token);
        }
    }
    assert!(seen > 70, "found only {seen} tokens in the lexer");
    assert!(
        missing.is_empty(),
        "tokens missing from grammar/xbas.ebnf: {missing:?}"
    );
}
