//! Tab completion for the REPL (rustyline helper): keywords, built-in functions and
//! constants-free host names, the session's variables and procedures, `:` commands, and
//! file names after `:load`. Tab lists the candidates when there are several.

use rustyline::Context;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;

/// Keywords offered for completion (the editor's list).
pub use xbas::ide::KEYWORDS;

/// The completion helper; `names` is refreshed after every input.
#[derive(Default)]
pub struct Helper {
    pub names: Vec<String>,
    /// File names after `:load`.
    pub files: rustyline::completion::FilenameCompleter,
}

impl Helper {
    /// Every candidate for a word that starts with `prefix` (case-insensitive).
    pub fn candidates(&self, prefix: &str, command: bool) -> Vec<String> {
        let lower = prefix.to_lowercase();
        let mut out: Vec<String> = if command {
            super::commands::COMMANDS
                .iter()
                .map(|(c, _)| c.to_string())
                .filter(|c| c.starts_with(&lower))
                .collect()
        } else {
            let host = ["Para1", "Para2", "Para3", "Weekday", "Minutes", "Result"];
            KEYWORDS
                .iter()
                .copied()
                .chain(
                    xbas::runtime::builtins::BUILTINS
                        .iter()
                        .filter(|b| b.callable())
                        .map(|b| b.name),
                )
                .chain(host)
                .map(str::to_string)
                .chain(self.names.iter().cloned())
                .filter(|c| c.to_lowercase().starts_with(&lower))
                .collect()
        };
        out.sort_by_key(|c| c.to_lowercase());
        out.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        out
    }
}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // `:load FILE`: file names.
        let command = before.trim_start();
        if let Some((name, _)) = command.split_once(char::is_whitespace) {
            if name.eq_ignore_ascii_case(":load") || name.eq_ignore_ascii_case(":l") {
                return self.files.complete(line, pos, ctx);
            }
        }
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let command = start == 0 && word.starts_with(':');
        if word.is_empty() {
            return Ok((pos, Vec::new()));
        }
        let pairs = self
            .candidates(word, command)
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for Helper {
    type Hint = String;
}

impl Highlighter for Helper {}

impl Validator for Helper {}

impl rustyline::Helper for Helper {}

#[cfg(test)]
mod tests {
    use super::*;
    use xbas::syntax::lexer::{Tok, lex};

    #[test]
    fn every_keyword_lexes_as_one() {
        for k in KEYWORDS {
            let (tokens, _) = lex(k);
            assert!(
                tokens[0].0.is_keyword() && !matches!(tokens[0].0, Tok::Ident(_)),
                "{k}"
            );
            assert_eq!(tokens[0].0.spelling(), *k);
        }
    }

    /// After `:load`, Tab completes file names (issue 21: it completed keywords).
    #[test]
    fn load_completes_file_names() {
        let h = Helper::default();
        let history = rustyline::history::DefaultHistory::new();
        let ctx = Context::new(&history);
        let line = ":load Cargo.to";
        let (start, pairs) = h.complete(line, line.len(), &ctx).unwrap();
        assert_eq!(start, ":load ".len());
        let names: Vec<&str> = pairs.iter().map(|p| p.replacement.as_str()).collect();
        assert_eq!(names, ["Cargo.toml"]);
        // Elsewhere, words.
        let (_, pairs) = h.complete("MsgB", 4, &ctx).unwrap();
        assert_eq!(pairs[0].replacement, "MsgBox");
    }

    #[test]
    fn completes_keywords_builtins_names_and_commands() {
        let h = Helper {
            names: vec!["total".into()],
            ..Default::default()
        };
        assert!(h.candidates("ms", false).contains(&"MsgBox".to_string()));
        assert!(h.candidates("ELSE", false).contains(&"ElseIf".to_string()));
        assert_eq!(h.candidates("tot", false), vec!["total".to_string()]);
        assert_eq!(h.candidates(":di", true), vec![":disasm".to_string()]);
        assert!(h.candidates("wee", false).contains(&"Weekday".to_string()));
    }
}
