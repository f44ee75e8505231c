//! The front end on hostile input: it must answer with diagnostics, never a panic, a
//! stack overflow or a hang. Deep nesting past the documented limits (100 levels of
//! parentheses/prefix operators or nested blocks, 1,000 operators per line) gives a
//! "nesting too deep" diagnostic (E0202).

use xbas::bind;
use xbas::syntax::SourceFile;

fn codes(src: &str) -> Vec<&'static str> {
    let f = SourceFile::from_text("t.bas", src);
    bind::check(&f).diagnostics.iter().map(|d| d.code).collect()
}

fn in_main(body: &str) -> String {
    format!("Sub Main()\n{body}\nEnd Sub\n")
}

#[test]
fn ten_thousand_parentheses() {
    let e = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(codes(&in_main(&format!("Result = {e}"))), vec!["E0202"]);
}

#[test]
fn ten_thousand_unclosed_parentheses() {
    let c = codes(&in_main(&format!("Result = {}1", "(".repeat(10_000))));
    assert_eq!(c, vec!["E0202"]);
}

#[test]
fn ten_thousand_nested_calls() {
    let e = format!("{}1{}", "Abs(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(codes(&in_main(&format!("Result = {e}"))), vec!["E0202"]);
}

#[test]
fn ten_thousand_prefix_operators() {
    assert_eq!(
        codes(&in_main(&format!("Result = {}1", "- ".repeat(10_000)))),
        vec!["E0202"]
    );
    assert_eq!(
        codes(&in_main(&format!("Result = {}True", "Not ".repeat(10_000)))),
        vec!["E0202"]
    );
}

#[test]
fn a_hundred_thousand_operators_in_a_chain() {
    let e = vec!["1"; 100_000].join(" + ");
    assert_eq!(codes(&in_main(&format!("Result = {e}"))), vec!["E0202"]);
}

#[test]
fn within_the_limits_parses() {
    let e = format!("{}1{}", "(".repeat(99), ")".repeat(99));
    assert!(codes(&in_main(&format!("Result = {e}"))).is_empty());
    let chain = vec!["Para1"; 500].join(" + ");
    assert!(codes(&in_main(&format!("Result = {chain}"))).is_empty());
}

#[test]
fn ten_thousand_nested_if_blocks() {
    let n = 10_000;
    let src = in_main(&format!(
        "{}{}",
        "If Para1 Then\n".repeat(n),
        "End If\n".repeat(n)
    ));
    assert_eq!(codes(&src), vec!["E0202"]);
}

#[test]
fn ten_thousand_nested_loops_of_mixed_kinds() {
    let n = 3_000;
    let open = "For I = 1 To 2\nDo\nWhile X\n".repeat(n);
    let close = "Wend\nLoop\nNext\n".repeat(n);
    assert_eq!(codes(&in_main(&format!("{open}{close}"))), vec!["E0202"]);
}

#[test]
fn ten_thousand_unclosed_blocks() {
    let c = codes(&in_main(&"If Para1 Then\n".repeat(10_000)));
    assert!(c.contains(&"E0202"));
    assert!(c.len() <= 8, "{c:?}");
}

#[test]
fn ten_thousand_single_line_ifs() {
    let src = in_main(&format!("{}Result = 1", "If Para1 Then ".repeat(10_000)));
    assert_eq!(codes(&src), vec!["E0202"]);
}

#[test]
fn empty_and_whitespace_files() {
    for src in [
        "",
        " ",
        "\n\n\n",
        "\r\n",
        "\t \u{a0}\r\n",
        "' only a comment",
        ":::",
    ] {
        let c = codes(src);
        assert!(c.iter().all(|c| c.starts_with('W')), "{src:?}: {c:?}");
    }
}

#[test]
fn one_megabyte_single_line() {
    let src = in_main(&format!("Result = Len(\"{}\")", "x".repeat(1 << 20)));
    assert!(codes(&src).is_empty());
    let src = "x".repeat(1 << 20);
    let _ = codes(&src);
}

/// A small deterministic generator, so that failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let f = SourceFile::from_bytes("r.bas", &bytes);
        let _ = bind::check(&f);
    }
}

#[test]
fn random_token_soup_never_panics() {
    const WORDS: &[&str] = &[
        "If",
        "Then",
        "Else",
        "ElseIf",
        "End",
        "If",
        "Sub",
        "Function",
        "Main",
        "(",
        ")",
        ",",
        ":",
        "=",
        "+",
        "-",
        "*",
        "/",
        "\\",
        "^",
        "&",
        "<",
        ">",
        "<>",
        "Not",
        "And",
        "Or",
        "For",
        "To",
        "Step",
        "Next",
        "Each",
        "In",
        "Do",
        "Loop",
        "While",
        "Until",
        "Wend",
        "Select",
        "Case",
        "Is",
        "Dim",
        "As",
        "Long",
        "ReDim",
        "Preserve",
        "GoTo",
        "GoSub",
        "Return",
        "On",
        "Error",
        "Resume",
        "Exit",
        "Call",
        "Print",
        "Debug",
        ".",
        "Err",
        "x",
        "Para1",
        "Result",
        "1",
        "2.5",
        "&HFF",
        "\"s\"",
        "#2024-01-01#",
        "\n",
        "\n",
        "\n",
        "Label:",
        "Optional",
        "ByVal",
        "ByRef",
        "Const",
        "Static",
        "Global",
        "Option",
        "Explicit",
        "_",
        " _\n",
        "'c\n",
        "Rem c\n",
        "#",
    ];
    let mut rng = Rng(12345);
    for _ in 0..2000 {
        let n = rng.below(60);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(WORDS[rng.below(WORDS.len())]);
            src.push(' ');
        }
        let _ = codes(&src);
    }
}

#[test]
fn every_prefix_of_a_real_script() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/ui/three_mistakes.bas"
    ))
    .unwrap()
        + &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/weekday.bas"))
            .unwrap();
    for (i, _) in src.char_indices() {
        let _ = codes(&src[..i]);
    }
}

#[test]
fn an_error_after_many_good_lines_is_found_on_its_line() {
    let good = format!("Result = {}Para1{}\n", "(".repeat(50), ")".repeat(50)).repeat(2000);
    let src = format!("Sub Main()\n{good}Result = (Para1 +\n{good}If Para1 > 3\nEnd If\nEnd Sub\n");
    let f = SourceFile::from_text("t.bas", &src);
    let d = bind::check(&f).diagnostics;
    let lines: Vec<(usize, &str)> = d
        .iter()
        .map(|d| (f.line_col(d.span.start).0, d.message.as_str()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (2002, "expected an expression, found end of line"),
            (4003, "expected `Then`")
        ]
    );
}
