//! `xbas lsp` end to end: a client drives the server over stdio with real JSON-RPC
//! messages (initialize, didOpen, didChange, hover, completion, definition, references,
//! rename, formatting, codeAction, symbols, folding, semantic tokens, shutdown) and checks
//! the answers; its memory stays flat over 1,000 edits; and Neovim, headless, shows the
//! diagnostics of a script with an error (when `nvim` is installed; required under CI).

mod common;

use common::lsp::Client;
use serde_json::{Value, json};
use std::process::Stdio;

fn pos(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

const SCRIPT: &str = "Sub Main()\n  Dim Level As Double\n  Level = Para1 / Para2\n  If Level > 1 Then\n    Result = Round(Level * 100)\n  Else\n    Result = 0\n  End If\nEnd Sub\n";

#[test]
fn a_client_gets_every_answer() {
    let dir = common::dir("lsp");
    dir.file(
        "acd_map.ini",
        "WFM:0:1:1=A:x\nWFM:0:1:1=A:y\nWFM:0:1:1=A:z\nWFM:0:1:1=$1.BAS\n",
    );
    let path = dir.file("$1.BAS", SCRIPT);
    let uri = format!(
        "file://{}",
        path.display()
            .to_string()
            .replace('$', "%24")
            .replace(' ', "%20")
    );
    let uri = uri.as_str();
    let mut c = Client::start(common::cmd());
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "xbas", "version": 1, "text": SCRIPT}}),
    );
    // The division lint, and the mapping's third source never read (W0805).
    let d = c.diagnostics(uri);
    assert_eq!(codes(&d), vec!["W0805", "W0802"], "{d:?}");
    assert_eq!(d[1]["range"]["start"], json!({"line": 2, "character": 10}));
    assert_eq!(d[1]["severity"], 2);

    // An edit that breaks the script: its error arrives.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 3, "character": 15}, "end": {"line": 3, "character": 20}}, "text": ""}
        ]}),
    );
    let d = c.diagnostics(uri);
    assert_eq!(codes(&d), vec!["E0200"], "{d:?}");
    assert!(d[0]["message"].as_str().unwrap().contains("Then"), "{d:?}");
    // And the edit undone (a full replacement).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": SCRIPT}]}),
    );
    assert_eq!(codes(&c.diagnostics(uri)), vec!["W0805", "W0802"]);

    // Hover: a built-in, a host variable, a declared variable.
    let h = c.request("textDocument/hover", pos(uri, 4, 15));
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("Round(expression"), "{text}");
    let h = c.request("textDocument/hover", pos(uri, 2, 12));
    assert!(
        h["contents"]["value"].as_str().unwrap().contains("ParaN"),
        "{h}"
    );
    let h = c.request("textDocument/hover", pos(uri, 2, 3));
    assert!(
        h["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Dim Level As Double"),
        "{h}"
    );

    // Completion: ParaN up to the mapping's three sources, locals, built-ins as snippets.
    let items = c.request("textDocument/completion", pos(uri, 4, 13));
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    for want in ["Para3", "Level", "Round", "If", "Weekday"] {
        assert!(labels.contains(&want), "{want} missing: {labels:?}");
    }
    assert!(!labels.contains(&"Para4"), "{labels:?}");
    let round = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "Round")
        .unwrap();
    assert_eq!(round["insertText"], "Round(${1:expression})");
    assert_eq!(round["insertTextFormat"], 2);

    // Definition and references of `Level`.
    let def = c.request("textDocument/definition", pos(uri, 4, 20));
    assert_eq!(
        def["range"]["start"],
        json!({"line": 1, "character": 6}),
        "{def}"
    );
    let mut refs_params = pos(uri, 3, 6);
    refs_params["context"] = json!({"includeDeclaration": true});
    let refs = c.request("textDocument/references", refs_params);
    assert_eq!(refs.as_array().unwrap().len(), 4, "{refs}");

    // Rename: every use; a host variable is refused with the reason.
    let mut rename = pos(uri, 2, 3);
    rename["newName"] = json!("Ratio");
    let edit = c.request("textDocument/rename", rename);
    let edits = edit["changes"][uri].as_array().unwrap();
    assert_eq!(edits.len(), 4, "{edit}");
    assert!(edits.iter().all(|e| e["newText"] == "Ratio"));
    let mut host = pos(uri, 2, 12);
    host["newName"] = json!("X");
    let refused = c.call("textDocument/rename", host);
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("host variable"),
        "{refused}"
    );

    // Code action: the quick fix of a lint.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4}, "contentChanges": [
            {"text": "Sub Main()\n  Result = Para1 * 1.2 + Para2 + Para3\nEnd Sub\n"}
        ]}),
    );
    assert_eq!(codes(&c.diagnostics(uri)), vec!["W0803"]);
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 1, "character": 12}, "end": {"line": 1, "character": 12}}, "context": {"diagnostics": []}}),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix", "{actions}");
    assert!(
        action["title"].as_str().unwrap().contains("Round"),
        "{actions}"
    );
    let edits = action["edit"]["changes"][uri].as_array().unwrap();
    assert_eq!(edits[0]["newText"], "Round(");
    assert_eq!(edits[1]["newText"], ")");

    // Formatting: one edit, the formatted text.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 5}, "contentChanges": [
            {"text": "sub main()\nif para1 > 0 then\nresult = para1+para2+para3\nend if\nend sub\n"}
        ]}),
    );
    let _ = c.diagnostics(uri);
    let f = c.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    assert_eq!(
        f[0]["newText"],
        "Sub Main()\n  If Para1 > 0 Then\n    Result = Para1+Para2+Para3\n  End If\nEnd Sub\n",
        "{f}"
    );

    // Outline, folding, highlighting.
    let s = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(s[0]["name"], "main", "{s}");
    let folds = c.request(
        "textDocument/foldingRange",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(folds[0]["startLine"], 0, "{folds}");
    let t = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": uri}}),
    );
    let data = t["data"].as_array().unwrap();
    assert_eq!(data.len() % 5, 0);
    // The first token: `sub`, a keyword (type 0) at 0:0, 3 long.
    assert_eq!(
        &data[..5],
        &[json!(0), json!(0), json!(3), json!(0), json!(0)]
    );

    // A request the server does not answer, and one with bad parameters.
    let unknown = c.call(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    let bad = c.call("textDocument/hover", json!({"textDocument": {"uri": uri}}));
    assert_eq!(bad["error"]["code"], -32602, "{bad}");

    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(c.diagnostics(uri).is_empty());
    c.shutdown();
}

/// A document over 1 MB is not analysed (one diagnostic says why), and a 900 KB script
/// on one line gets its highlighting and at most 1,000 diagnostics in time: positions are
/// worked out in one pass, not each from its line's start.
#[test]
fn large_and_long_lined_documents_are_answered_in_bounded_time() {
    let mut c = Client::start(common::cmd());
    let big = "' x\n".repeat(300_000);
    let uri = "file:///nowhere/big.bas";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "xbas", "version": 1, "text": big}}),
    );
    let d = c.diagnostics(uri);
    assert_eq!(codes(&d), vec!["E0002"], "{d:?}");
    assert!(
        d[0]["message"]
            .as_str()
            .unwrap()
            .contains("larger than 1 MB")
    );
    let uri = "file:///nowhere/long.bas";
    let line = format!(
        "Sub Main(): {}End Sub\n",
        "Result = Para1 / Para2 + x: ".repeat(30_000)
    );
    assert!(line.len() < 1 << 20);
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "xbas", "version": 1, "text": line}}),
    );
    let d = c.diagnostics(uri);
    assert!(!d.is_empty() && d.len() <= 1000, "{}", d.len());
    let t = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": uri}}),
    );
    // At least the three operators of each statement (its names are not resolved: the
    // line has more operators than a line may).
    assert!(t["data"].as_array().unwrap().len() >= 30_000 * 3 * 5);
    c.shutdown();
}

/// The server's resident memory after 1,000 edits is what it was after 100.
#[cfg(target_os = "linux")]
#[test]
fn memory_stays_flat_over_a_thousand_edits() {
    let rss = |pid: u32| -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let uri = "file:///nowhere/edits.bas";
    let body: String = (0..300)
        .map(|i| format!("  x{i} = Para1 * {i} + Para2 / 3\n  Result = Result + x{i}\n"))
        .collect();
    let text = format!("Sub Main()\n{body}End Sub\n");
    let mut c = Client::start(common::cmd());
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "xbas", "version": 0, "text": text}}),
    );
    let _ = c.diagnostics(uri);
    let pid = c.child.id();
    let mut at_100 = 0;
    for v in 1..=1000 {
        // Type a character, then take it back: the text grows and shrinks.
        let (range, new) = if v % 2 == 1 {
            (
                json!({"start": {"line": 1, "character": 2}, "end": {"line": 1, "character": 2}}),
                "y",
            )
        } else {
            (
                json!({"start": {"line": 1, "character": 2}, "end": {"line": 1, "character": 3}}),
                "",
            )
        };
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"range": range, "text": new}]}),
        );
        // Every tenth edit, a hover (an analysis of that version) and its diagnostics.
        if v % 10 == 0 {
            let _ = c.request("textDocument/hover", pos(uri, 1, 3));
            let _ = c.diagnostics(uri);
        }
        if v == 100 {
            at_100 = rss(pid);
        }
    }
    let at_1000 = rss(pid);
    assert!(
        at_1000 <= at_100 + at_100 / 5 + 1024,
        "RSS grew from {at_100} kB after 100 edits to {at_1000} kB after 1,000"
    );
    c.shutdown();
}

/// Neovim, headless, opens a script with an error, starts `xbas lsp` as its
/// language client, waits for the diagnostics and writes them to a file; the file is
/// what the server says. Skipped without `nvim`, unless XBAS_REQUIRE_NVIM is set (CI).
#[test]
fn neovim_shows_the_diagnostics() {
    let has_nvim = std::process::Command::new("nvim")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_nvim {
        assert!(
            std::env::var_os("XBAS_REQUIRE_NVIM").is_none(),
            "nvim is required (XBAS_REQUIRE_NVIM is set) but not installed"
        );
        eprintln!("skipped: nvim is not installed (Debian: apt-get install neovim)");
        return;
    }
    let dir = common::dir("lsp-nvim");
    let script = dir.file(
        "bad.bas",
        "Sub Main()\n  If Para1 > 1000\n    Result = Para1 / Para2\n  End If\nEnd Sub\n",
    );
    let out = dir.path().join("diagnostics.txt");
    let lua = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/diagnostics.lua");
    let status = std::process::Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!("luafile {}", lua.display()))
        .env("XBAS_NVIM_FILE", &script)
        .env("XBAS_NVIM_OUT", &out)
        .env("XBAS_BIN", env!("CARGO_BIN_EXE_xbas"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{status}");
    let got = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        got,
        "2:18 ERROR E0200 expected `Then`: expected `Then` here\n"
    );
}
