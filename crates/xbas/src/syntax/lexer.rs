//! The lexer: source text to tokens with byte spans, built on `logos`. Keywords are
//! case-insensitive; comments (`'`, `Rem`) and line continuations (` _`) vanish here;
//! newlines stay, since the language is line-oriented. Literal values (numbers with their
//! VBA types, strings with `""` escapes, dates) are decoded here; a bad literal becomes an
//! [`Tok::Error`] token plus a diagnostic so that parsing can go on.

use crate::calendar::parse_date_literal;
use crate::diagnostic::{Diagnostic, Span};
use logos::Logos;
use std::fmt;

/// A numeric literal with the VBA type its form gives it (MS-VBAL 3.3.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Integer(i16),
    Long(i32),
    Single(f32),
    Double(f64),
    /// Currency, scaled by 10,000.
    Currency(i64),
}

/// Why a piece of text is not a token.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    #[default]
    Unexpected,
    UnterminatedString,
    BadNumber(String),
    BadDate(String),
}

/// A token. Keywords are matched case-insensitively.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C\u{A0}]+")]
#[logos(skip(r"'[^\r\n]*", allow_greedy = true))]
#[logos(skip r"[ \t]+_[ \t]*(\r\n|\n|\r)")]
pub enum Tok<'s> {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"(?i:rem)([ \t][^\r\n]*)?", allow_greedy = true)]
    Comment,

    #[regex(r"[0-9]+[%&!#@]?", decimal_integer)]
    #[regex(r"([0-9]+\.[0-9]*|\.[0-9]+)([eEdD][+-]?[0-9]+)?[!#@]?", float)]
    #[regex(r"[0-9]+[eEdD][+-]?[0-9]+[!#@]?", float)]
    #[regex(r"&[hH][0-9a-fA-F]+[%&]?", |l| radix(l.slice(), 16))]
    #[regex(r"&[oO][0-7]+[%&]?", |l| radix(l.slice(), 8))]
    Number(Number),
    #[regex(r#""([^"\r\n]|"")*""#, string)]
    #[regex(r#""([^"\r\n]|"")*"#, unterminated)]
    Str(String),
    #[regex(r"#[^#\r\n]+#", date)]
    Date(f64),
    #[regex(r"[\p{L}][\p{L}\p{N}_]*[%&!#@$]?")]
    Ident(&'s str),

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token(",")]
    Comma,
    #[token(";")]
    Semicolon,
    #[token(":")]
    Colon,
    #[token(":=")]
    ColonEq,
    #[token(".")]
    Dot,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("\\")]
    Backslash,
    #[token("^")]
    Caret,
    #[token("&")]
    Amp,
    #[token("=")]
    Eq,
    #[token("<>")]
    #[token("><")]
    Ne,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    #[token("=<")]
    Le,
    #[token(">=")]
    #[token("=>")]
    Ge,

    #[token("and", ignore(case))]
    And,
    #[token("as", ignore(case))]
    As,
    #[token("byref", ignore(case))]
    ByRef,
    #[token("byval", ignore(case))]
    ByVal,
    #[token("call", ignore(case))]
    Call,
    #[token("case", ignore(case))]
    Case,
    #[token("const", ignore(case))]
    Const,
    #[token("dim", ignore(case))]
    Dim,
    #[token("do", ignore(case))]
    Do,
    #[token("each", ignore(case))]
    Each,
    #[token("else", ignore(case))]
    Else,
    #[token("elseif", ignore(case))]
    ElseIf,
    #[token("empty", ignore(case))]
    Empty,
    #[token("end", ignore(case))]
    End,
    #[token("eqv", ignore(case))]
    Eqv,
    #[token("erase", ignore(case))]
    Erase,
    #[token("exit", ignore(case))]
    Exit,
    #[token("false", ignore(case))]
    False,
    #[token("for", ignore(case))]
    For,
    #[token("function", ignore(case))]
    Function,
    #[token("global", ignore(case))]
    Global,
    #[token("gosub", ignore(case))]
    GoSub,
    #[token("goto", ignore(case))]
    GoTo,
    #[token("if", ignore(case))]
    If,
    #[token("imp", ignore(case))]
    Imp,
    #[token("in", ignore(case))]
    In,
    #[token("is", ignore(case))]
    Is,
    #[token("let", ignore(case))]
    Let,
    #[token("like", ignore(case))]
    Like,
    #[token("loop", ignore(case))]
    Loop,
    #[token("mod", ignore(case))]
    Mod,
    #[token("next", ignore(case))]
    Next,
    #[token("not", ignore(case))]
    Not,
    #[token("null", ignore(case))]
    Null,
    #[token("on", ignore(case))]
    On,
    #[token("option", ignore(case))]
    Option,
    #[token("optional", ignore(case))]
    Optional,
    #[token("or", ignore(case))]
    Or,
    #[token("preserve", ignore(case))]
    Preserve,
    /// `Print`, or `?` as VBA's editor and immediate window accept it.
    #[token("print", ignore(case))]
    #[token("?")]
    Print,
    #[token("private", ignore(case))]
    Private,
    #[token("public", ignore(case))]
    Public,
    #[token("redim", ignore(case))]
    ReDim,
    #[token("resume", ignore(case))]
    Resume,
    #[token("return", ignore(case))]
    Return,
    #[token("select", ignore(case))]
    Select,
    #[token("static", ignore(case))]
    Static,
    #[token("step", ignore(case))]
    Step,
    #[token("stop", ignore(case))]
    Stop,
    #[token("sub", ignore(case))]
    Sub,
    #[token("then", ignore(case))]
    Then,
    #[token("to", ignore(case))]
    To,
    #[token("true", ignore(case))]
    True,
    #[token("until", ignore(case))]
    Until,
    #[token("wend", ignore(case))]
    Wend,
    #[token("while", ignore(case))]
    While,
    #[token("xor", ignore(case))]
    Xor,

    /// Text that is not a token; the lexer has reported it.
    Error,
}

fn bad_number(text: &str, why: &str) -> LexError {
    LexError::BadNumber(format!("`{text}` {why}"))
}

fn decimal_integer<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<Number, LexError> {
    let text = lex.slice();
    let (digits, suffix) = split_suffix(text);
    if let Some(s @ ('!' | '#' | '@')) = suffix {
        return float_value(digits, Some(s), text);
    }
    let value: u128 = match digits.parse() {
        Ok(v) => v,
        Err(_) => {
            return float_value(digits, Some('#'), text)
                .map(|_| Number::Double(digits.parse().unwrap_or(f64::INFINITY)));
        }
    };
    match suffix {
        Some('%') => i16::try_from(value)
            .map(Number::Integer)
            .map_err(|_| bad_number(text, "does not fit an Integer (-32768 to 32767)")),
        Some('&') => i32::try_from(value)
            .map(Number::Long)
            .map_err(|_| bad_number(text, "does not fit a Long (-2147483648 to 2147483647)")),
        _ => Ok(if let Ok(v) = i16::try_from(value) {
            Number::Integer(v)
        } else if let Ok(v) = i32::try_from(value) {
            Number::Long(v)
        } else {
            Number::Double(digits.parse().unwrap_or(f64::INFINITY))
        }),
    }
}

fn split_suffix(text: &str) -> (&str, Option<char>) {
    match text.chars().last() {
        Some(c @ ('%' | '&' | '!' | '#' | '@')) => (&text[..text.len() - 1], Some(c)),
        _ => (text, None),
    }
}

fn float<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<Number, LexError> {
    let text = lex.slice();
    let (digits, suffix) = split_suffix(text);
    float_value(digits, suffix, text)
}

fn float_value(digits: &str, suffix: Option<char>, text: &str) -> Result<Number, LexError> {
    let normal = digits.replace(['d', 'D'], "e");
    let v: f64 = normal
        .parse()
        .map_err(|_| bad_number(text, "is not a number"))?;
    if !v.is_finite() {
        return Err(bad_number(text, "is too large for a Double"));
    }
    match suffix {
        Some('!') => {
            let s = v as f32;
            if s.is_finite() {
                Ok(Number::Single(s))
            } else {
                Err(bad_number(text, "is too large for a Single"))
            }
        }
        Some('@') => {
            let scaled = (v * 10_000.0).round();
            if scaled.abs() < 9.22e18 {
                Ok(Number::Currency(scaled as i64))
            } else {
                Err(bad_number(text, "is too large for a Currency"))
            }
        }
        _ => Ok(Number::Double(v)),
    }
}

/// `&HFFFF` is the Integer -1 (a 16-bit pattern), `&H10000` a Long; `&` forces Long.
fn radix(text: &str, base: u32) -> Result<Number, LexError> {
    let (body, suffix) = split_suffix(&text[2..]);
    let value = u64::from_str_radix(body, base).map_err(|_| bad_number(text, "is too large"))?;
    match suffix {
        Some('&') => u32::try_from(value)
            .map(|v| Number::Long(v as i32))
            .map_err(|_| bad_number(text, "does not fit a Long (32 bits)")),
        Some('%') => u16::try_from(value)
            .map(|v| Number::Integer(v as i16))
            .map_err(|_| bad_number(text, "does not fit an Integer (16 bits)")),
        _ => {
            if let Ok(v) = u16::try_from(value) {
                Ok(Number::Integer(v as i16))
            } else if let Ok(v) = u32::try_from(value) {
                Ok(Number::Long(v as i32))
            } else {
                Err(bad_number(text, "does not fit a Long (32 bits)"))
            }
        }
    }
}

fn string<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> String {
    let text = lex.slice();
    text[1..text.len() - 1].replace("\"\"", "\"")
}

fn unterminated<'s>(_: &mut logos::Lexer<'s, Tok<'s>>) -> Result<String, LexError> {
    Err(LexError::UnterminatedString)
}

fn date<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<f64, LexError> {
    let text = lex.slice();
    parse_date_literal(&text[1..text.len() - 1]).map_err(LexError::BadDate)
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::Newline => "end of line",
            Tok::Comment => "comment",
            Tok::Number(_) => "number",
            Tok::Str(_) => "string",
            Tok::Date(_) => "date literal",
            Tok::Ident(name) => return write!(f, "`{name}`"),
            Tok::Error => "invalid text",
            other => return write!(f, "`{}`", other.spelling()),
        };
        f.write_str(s)
    }
}

impl Tok<'_> {
    /// How a punctuation or keyword token is written.
    pub fn spelling(&self) -> &'static str {
        match self {
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::Comma => ",",
            Tok::Semicolon => ";",
            Tok::Colon => ":",
            Tok::ColonEq => ":=",
            Tok::Dot => ".",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Backslash => "\\",
            Tok::Caret => "^",
            Tok::Amp => "&",
            Tok::Eq => "=",
            Tok::Ne => "<>",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::And => "And",
            Tok::As => "As",
            Tok::ByRef => "ByRef",
            Tok::ByVal => "ByVal",
            Tok::Call => "Call",
            Tok::Case => "Case",
            Tok::Const => "Const",
            Tok::Dim => "Dim",
            Tok::Do => "Do",
            Tok::Each => "Each",
            Tok::Else => "Else",
            Tok::ElseIf => "ElseIf",
            Tok::Empty => "Empty",
            Tok::End => "End",
            Tok::Eqv => "Eqv",
            Tok::Erase => "Erase",
            Tok::Exit => "Exit",
            Tok::False => "False",
            Tok::For => "For",
            Tok::Function => "Function",
            Tok::Global => "Global",
            Tok::GoSub => "GoSub",
            Tok::GoTo => "GoTo",
            Tok::If => "If",
            Tok::Imp => "Imp",
            Tok::In => "In",
            Tok::Is => "Is",
            Tok::Let => "Let",
            Tok::Like => "Like",
            Tok::Loop => "Loop",
            Tok::Mod => "Mod",
            Tok::Next => "Next",
            Tok::Not => "Not",
            Tok::Null => "Null",
            Tok::On => "On",
            Tok::Option => "Option",
            Tok::Optional => "Optional",
            Tok::Or => "Or",
            Tok::Preserve => "Preserve",
            Tok::Print => "Print",
            Tok::Private => "Private",
            Tok::Public => "Public",
            Tok::ReDim => "ReDim",
            Tok::Resume => "Resume",
            Tok::Return => "Return",
            Tok::Select => "Select",
            Tok::Static => "Static",
            Tok::Step => "Step",
            Tok::Stop => "Stop",
            Tok::Sub => "Sub",
            Tok::Then => "Then",
            Tok::To => "To",
            Tok::True => "True",
            Tok::Until => "Until",
            Tok::Wend => "Wend",
            Tok::While => "While",
            Tok::Xor => "Xor",
            Tok::Newline => "end of line",
            Tok::Comment => "comment",
            Tok::Number(_) => "number",
            Tok::Str(_) => "string",
            Tok::Date(_) => "date",
            Tok::Ident(_) => "identifier",
            Tok::Error => "error",
        }
    }

    /// Whether this token is a keyword (usable as a member name after `.`).
    pub fn is_keyword(&self) -> bool {
        let s = self.spelling();
        s.starts_with(|c: char| c.is_ascii_uppercase()) && !matches!(self, Tok::Ident(_))
    }
}

/// A token with its byte span.
pub type Spanned<'s> = (Tok<'s>, Span);

/// Splits `text` into tokens. Problems become [`Tok::Error`] tokens and diagnostics;
/// comments are dropped; a file always ends with a [`Tok::Newline`].
pub fn lex(text: &str) -> (Vec<Spanned<'_>>, Vec<Diagnostic>) {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut diags = Vec::new();
    let mut lexer = Tok::lexer(text);
    // Where `lexer` started in `text` (it restarts after a keyword split off below).
    let mut offset = 0;
    while let Some(result) = lexer.next() {
        let r = lexer.span();
        let span = Span::new(offset + r.start, offset + r.end);
        match result {
            Ok(Tok::Comment) => {
                // Rem statement page: "If the Rem keyword follows other statements on a
                // line, it must be separated from the statements by a colon (:)."
                let starts_statement = match tokens.as_slice() {
                    [] | [.., (Tok::Newline | Tok::Colon | Tok::Then | Tok::Else, _)] => true,
                    // A line number: `10 Rem …`.
                    [(Tok::Number(_), _)] | [.., (Tok::Newline, _), (Tok::Number(_), _)] => true,
                    _ => false,
                };
                if !starts_statement {
                    let rem = Span::new(span.start, (span.start + 3).min(span.end));
                    diags.push(
                        Diagnostic::error("E0200", "`Rem` after a statement needs a `:`", rem)
                            .with_label("a comment, glued to the statement")
                            .with_help("write `: Rem …`, or start the comment with `'`"),
                    );
                }
            }
            // A keyword glued to `&` (`&h01or&h02`) is the keyword, then `&…`: a keyword
            // takes no type suffix, but the longest match made `or&` a name.
            Ok(Tok::Ident(name)) if name.ends_with('&') && is_keyword(&name[..name.len() - 1]) => {
                let mut k = Tok::lexer(&text[span.start..span.end - 1]);
                if let Some(Ok(tok)) = k.next() {
                    tokens.push((tok, Span::new(span.start, span.end - 1)));
                }
                offset = span.end - 1;
                lexer = Tok::lexer(&text[offset..]);
            }
            Ok(tok) => tokens.push((tok, span)),
            Err(e) => {
                // Runs of unknown characters give one diagnostic.
                if e == LexError::Unexpected
                    && matches!(tokens.last(), Some((Tok::Error, prev)) if prev.end == span.start)
                {
                    if let Some((_, prev)) = tokens.last_mut() {
                        prev.end = span.end;
                    }
                    if let Some(d) = diags.last_mut() {
                        let d: &mut Diagnostic = d;
                        d.span.end = span.end;
                    }
                    continue;
                }
                diags.push(lex_diagnostic(&e, span, &text[span.start..span.end]));
                tokens.push((Tok::Error, span));
            }
        }
    }
    if !matches!(tokens.last(), Some((Tok::Newline, _))) {
        tokens.push((Tok::Newline, Span::new(text.len(), text.len())));
    }
    (tokens, diags)
}

/// Whether `word` is one keyword token (not a name).
fn is_keyword(word: &str) -> bool {
    let mut l = Tok::lexer(word);
    matches!(l.next(), Some(Ok(t)) if !matches!(t, Tok::Ident(_))) && l.next().is_none()
}

fn lex_diagnostic(e: &LexError, span: Span, text: &str) -> Diagnostic {
    match e {
        LexError::Unexpected => {
            let shown: String = text.chars().take(1).flat_map(char::escape_default).collect();
            let d = Diagnostic::error("E0100", format!("unexpected character `{shown}`"), span)
                .with_label("not part of the language");
            match text.chars().next() {
                Some('_') => d.with_help("a line continuation is ` _` at the very end of a line, after a space"),
                Some('#') => d.with_help("a date literal is written `#2024-03-04#` or `#3/4/2024 08:15#`"),
                Some('"' | '\u{201C}' | '\u{201D}') => d.with_help("strings use straight double quotes: \"text\""),
                Some('[' | ']' | '{' | '}') => d.with_help("arrays are indexed with parentheses: `a(1)`"),
                _ => d,
            }
        }
        LexError::UnterminatedString => {
            Diagnostic::error("E0101", "unterminated string", span)
                .with_label("this string has no closing `\"`")
                .with_help("close the string with `\"` on the same line; write `\"\"` for a quote inside a string")
        }
        LexError::BadNumber(why) => Diagnostic::error("E0102", format!("invalid number: {why}"), span)
            .with_label("this number"),
        LexError::BadDate(why) => Diagnostic::error("E0103", format!("invalid date literal: {why}"), span)
            .with_label("this date")
            .with_help("write dates as `#yyyy-mm-dd#`, `#m/d/yyyy#`, optionally with a time `hh:mm[:ss]`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        let (t, d) = lex(src);
        assert!(d.is_empty(), "{d:?}");
        t.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn keywords_are_case_insensitive() {
        assert_eq!(
            toks("IF if If iF"),
            vec![Tok::If, Tok::If, Tok::If, Tok::If, Tok::Newline]
        );
        assert_eq!(
            toks("else ELSEIF End"),
            vec![Tok::Else, Tok::ElseIf, Tok::End, Tok::Newline]
        );
    }

    #[test]
    fn identifiers_with_suffixes_and_umlauts() {
        assert_eq!(
            toks("Para1 name$ n% x& s! d# c@ Größe a_b"),
            vec![
                Tok::Ident("Para1"),
                Tok::Ident("name$"),
                Tok::Ident("n%"),
                Tok::Ident("x&"),
                Tok::Ident("s!"),
                Tok::Ident("d#"),
                Tok::Ident("c@"),
                Tok::Ident("Größe"),
                Tok::Ident("a_b"),
                Tok::Newline
            ]
        );
        // A keyword prefix does not make a keyword.
        assert_eq!(
            toks("Iffy Ending"),
            vec![Tok::Ident("Iffy"), Tok::Ident("Ending"), Tok::Newline]
        );
    }

    #[test]
    fn integer_literal_types() {
        use Number::*;
        let n = |s| match toks(s)[0] {
            Tok::Number(n) => n,
            ref t => panic!("{t:?}"),
        };
        assert_eq!(n("32767"), Integer(32767));
        assert_eq!(n("32768"), Long(32768));
        assert_eq!(n("2147483648"), Double(2147483648.0));
        assert_eq!(n("7&"), Long(7));
        assert_eq!(n("7%"), Integer(7));
        assert_eq!(n("7#"), Double(7.0));
        assert_eq!(n("7!"), Single(7.0));
        assert_eq!(n("7@"), Currency(70000));
        assert_eq!(n("123456789012345678"), Double(123456789012345678.0));
    }

    #[test]
    fn float_literals() {
        use Number::*;
        let n = |s| match toks(s)[0] {
            Tok::Number(n) => n,
            ref t => panic!("{t:?}"),
        };
        assert_eq!(n("1.5"), Double(1.5));
        assert_eq!(n(".5"), Double(0.5));
        assert_eq!(n("1.5E3"), Double(1500.0));
        assert_eq!(n("2.5E+25"), Double(2.5e25));
        assert_eq!(n("1E-7"), Double(1e-7));
        assert_eq!(n("1D2"), Double(100.0));
        assert_eq!(n("1.25!"), Single(1.25));
        assert_eq!(n("1.25@"), Currency(12500));
    }

    #[test]
    fn hex_and_octal_literals() {
        use Number::*;
        let n = |s| match toks(s)[0] {
            Tok::Number(n) => n,
            ref t => panic!("{t:?}"),
        };
        assert_eq!(n("&HFF"), Integer(255));
        assert_eq!(n("&HFFFF"), Integer(-1));
        assert_eq!(n("&HFFFE"), Integer(-2));
        assert_eq!(n("&HFFFF&"), Long(65535));
        assert_eq!(n("&H10000"), Long(65536));
        assert_eq!(n("&HFFFFFFFF"), Long(-1));
        assert_eq!(n("&O17"), Integer(15));
        assert_eq!(n("&o777&"), Long(511));
    }

    #[test]
    fn bad_number_literals_are_diagnosed() {
        for src in [
            "&H1FFFFFFFF",
            "40000%",
            "3000000000&",
            "1E400",
            "&HFFFFFFFFFFFFFFFFFFFF",
        ] {
            let (t, d) = lex(src);
            assert_eq!(d.len(), 1, "{src}");
            assert_eq!(d[0].code, "E0102", "{src}");
            assert_eq!(t[0].0, Tok::Error);
        }
    }

    #[test]
    fn strings_with_doubled_quotes() {
        assert_eq!(
            toks(r#""say ""hi""""#),
            vec![Tok::Str(r#"say "hi""#.into()), Tok::Newline]
        );
        assert_eq!(toks(r#""""#), vec![Tok::Str(String::new()), Tok::Newline]);
    }

    #[test]
    fn unterminated_string() {
        let (t, d) = lex("x = \"abc\ny = 1");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "E0101");
        assert_eq!(d[0].span, Span::new(4, 8));
        assert!(t.contains(&(Tok::Newline, Span::new(8, 9))));
    }

    #[test]
    fn date_literals() {
        assert_eq!(toks("#2024-03-04#"), vec![Tok::Date(45355.0), Tok::Newline]);
        assert_eq!(
            toks("#3/4/2024 06:00#"),
            vec![Tok::Date(45355.25), Tok::Newline]
        );
        let (_, d) = lex("#2024-02-30#");
        assert_eq!(d[0].code, "E0103");
    }

    #[test]
    fn comments_vanish_newlines_stay() {
        assert_eq!(
            toks("x ' note\r\nRem all of this\ny"),
            vec![
                Tok::Ident("x"),
                Tok::Newline,
                Tok::Newline,
                Tok::Ident("y"),
                Tok::Newline
            ]
        );
        // `Rem` needs a word boundary; `Remove` is a name.
        assert_eq!(
            toks("Remove: Rem"),
            vec![Tok::Ident("Remove"), Tok::Colon, Tok::Newline]
        );
    }

    #[test]
    fn line_continuation() {
        assert_eq!(
            toks("a = 1 _\r\n  + 2"),
            vec![
                Tok::Ident("a"),
                Tok::Eq,
                Tok::Number(Number::Integer(1)),
                Tok::Plus,
                Tok::Number(Number::Integer(2)),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn operators_including_vba_alternates() {
        assert_eq!(
            toks("<> >< <= =< >= => := \\ ^ &"),
            vec![
                Tok::Ne,
                Tok::Ne,
                Tok::Le,
                Tok::Le,
                Tok::Ge,
                Tok::Ge,
                Tok::ColonEq,
                Tok::Backslash,
                Tok::Caret,
                Tok::Amp,
                Tok::Newline
            ]
        );
    }

    #[test]
    fn question_mark_is_print() {
        let (t, d) = lex("? 1");
        assert!(d.is_empty());
        assert_eq!(t[0].0, Tok::Print);
    }

    #[test]
    fn unknown_characters_are_one_diagnostic_per_run() {
        let (t, d) = lex("x = 1 ~~~ 2 `");
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].span, Span::new(6, 9));
        assert_eq!(t.iter().filter(|(t, _)| *t == Tok::Error).count(), 2);
    }

    #[test]
    fn separators_and_spans() {
        let (t, _) = lex("a: b");
        assert_eq!(t[0], (Tok::Ident("a"), Span::new(0, 1)));
        assert_eq!(t[1], (Tok::Colon, Span::new(1, 2)));
        assert_eq!(t[2], (Tok::Ident("b"), Span::new(3, 4)));
    }
}
