//! The registry of diagnostic codes: each code xbas emits, with its title and a short
//! explanation (`xbas check --explain CODE`). A code is emitted only if it is here (a
//! debug assertion in [`super::Diagnostic::error`]), and the tests check that every code
//! here is emitted somewhere and listed in the README.

/// One diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    /// What the problem is, in a few words.
    pub title: &'static str,
    /// Why it is a problem and how to fix it.
    pub explanation: &'static str,
}

const fn c(code: &'static str, title: &'static str, explanation: &'static str) -> Code {
    Code {
        code,
        title,
        explanation,
    }
}

/// Every code, in order.
pub const CODES: &[Code] = &[
    c(
        "E0001",
        "bytes that are not text",
        "The file holds a byte that is neither UTF-8 nor Windows-1252 text (for example a \
       binary file given as a script). Save the script as UTF-8 or Windows-1252.",
    ),
    c(
        "E0002",
        "the file cannot be read",
        "The script file does not exist or cannot be opened. Check the path and permissions.",
    ),
    c(
        "E0100",
        "unexpected character",
        "A character that starts no token of the language (such as `$` alone, `{` or `!` at \
       the start of a word). Remove it, or put it inside a string literal.",
    ),
    c(
        "E0101",
        "unterminated string",
        "A string literal has no closing `\"` on its line. Strings cannot span lines: close \
       it, and write a quote inside a string as `\"\"`.",
    ),
    c(
        "E0102",
        "invalid number",
        "A numeric literal that cannot be read or does not fit its type, such as `1e999`, \
       `&HFFFFFFFFF` or `12%` beyond an Integer.",
    ),
    c(
        "E0103",
        "invalid date literal",
        "A `#…#` literal that is not a date or time, such as `#2024-02-30#`. Write dates as \
       `#yyyy-mm-dd#` or `#m/d/yyyy#`, times as `#hh:nn:ss#`.",
    ),
    c(
        "E0200",
        "syntax error",
        "The statement does not follow the grammar at this point; the message says what was \
       expected (for example `Then` after an `If` condition, or an expression after an \
       operator).",
    ),
    c(
        "E0202",
        "nesting too deep",
        "Expressions may nest 100 levels of parentheses or prefix operators, a line may hold \
       1,000 operators and 100 `If`s, and blocks may nest 100 deep. Split the expression or \
       move part of it into a variable or a Function.",
    ),
    c(
        "E0203",
        "statement outside a procedure",
        "Only declarations (`Dim`, `Const`, `Option`, …) may stand outside `Sub`/`Function`. \
       Move the statement into a procedure, usually `Sub Main`.",
    ),
    c(
        "E0204",
        "`Option` misplaced",
        "`Option Explicit` and `Option Base` belong at the top of the module, before any \
       procedure, each at most once (Option Base and Option Explicit statement pages).",
    ),
    c(
        "E0205",
        "cannot assign to this expression",
        "The left side of `=` must be a variable, an array element or a Function's name inside \
       that Function; a call, a literal or a constant cannot receive a value.",
    ),
    c(
        "E0206",
        "unknown type",
        "`As` names a type the language does not have. The types are Integer, Long, Single, \
       Double, Currency, String, Boolean, Date, Byte, Variant and Object.",
    ),
    c(
        "E0207",
        "module-level declaration in a procedure",
        "`Public`, `Private` and `Global` (also before `Const`) declare at module level; \
       inside a `Sub` or `Function` use `Dim`, `Static` or `Const` (invalid-inside-procedure \
       page).",
    ),
    c(
        "E0300",
        "block end without its start",
        "An `End If`, `Next`, `Loop`, `Wend`, `Else`, `Case` or `End Sub` has no open block \
       of its kind. Remove it or add the statement that opens the block.",
    ),
    c(
        "E0301",
        "block never closed",
        "An `If`, `For`, `Do`, `While`, `Select Case`, `Sub` or `Function` has no end. Add \
       `End If`, `Next`, `Loop`, `Wend`, `End Select`, `End Sub` or `End Function`; the \
       note shows where the block began.",
    ),
    c(
        "E0302",
        "`Next` names another counter",
        "`Next i` closes the innermost `For`; its name must be that loop's counter. Close \
       inner loops first.",
    ),
    c(
        "E0303",
        "`Exit` outside its block",
        "`Exit For` must be inside a `For` loop and `Exit Do` inside a `Do` loop.",
    ),
    c(
        "E0304",
        "`Exit Sub`/`Exit Function` in the other kind",
        "Use `Exit Sub` inside a Sub and `Exit Function` inside a Function.",
    ),
    c(
        "E0305",
        "clause after the last one",
        "Nothing may follow `Else` in an `If` block or `Case Else` in a `Select Case`: move \
       the `ElseIf` or `Case` before it.",
    ),
    c(
        "E0306",
        "statement before the first `Case`",
        "Inside `Select Case`, statements belong to a `Case`: move it after a `Case` line.",
    ),
    c(
        "E0307",
        "`Do` loop with two conditions",
        "A `Do` loop takes its `While`/`Until` condition either after `Do` or after `Loop`, \
       not both.",
    ),
    c(
        "E0400",
        "variable not declared",
        "Under `Option Explicit` every variable needs a `Dim` (host variables `Para1..N`, \
       `Weekday`, `Minutes` and `Result` excepted). Declare it, or fix the spelling the \
       help suggests.",
    ),
    c(
        "E0401",
        "declared twice",
        "A name is declared twice in the same scope (two `Dim`s, a `Dim` and a `Const`, two \
       procedures of one name). Remove or rename one.",
    ),
    c(
        "E0402",
        "unknown member",
        "Only the `Err` object has members (`Err.Number`, `Err.Description`, `Err.Source`, \
       `Err.Raise`, `Err.Clear`).",
    ),
    c(
        "E0404",
        "label defined twice",
        "A label or line number marks one place per procedure; rename one of them.",
    ),
    c(
        "E0405",
        "label not defined",
        "`GoTo`, `GoSub`, `On Error GoTo` and `Resume` jump to a label of the same \
       procedure; define it (`Name:` at the start of a line) or fix its spelling.",
    ),
    c(
        "E0406",
        "cannot assign to a constant",
        "A `Const` keeps its value: assign to a variable instead, or make it a variable.",
    ),
    c(
        "E0407",
        "parameter after an Optional one",
        "Once a parameter is `Optional`, every parameter after it must be `Optional` too.",
    ),
    c(
        "E0408",
        "cannot assign to a procedure",
        "Only a Function's own name can be assigned, inside that Function (its return \
       value). A Sub has no value.",
    ),
    c(
        "E0500",
        "wrong number of arguments",
        "A call to a procedure of this file or to a built-in passes more or fewer arguments \
       than it takes; the message says how many it takes.",
    ),
    c(
        "E0501",
        "wrong number of arguments to `Err`",
        "`Err.Raise` takes 1 to 5 arguments and `Err.Clear` none.",
    ),
    c(
        "E0502",
        "argument left out",
        "Only `Optional` parameters may be left out (`f(1, , 3)`).",
    ),
    c(
        "E0503",
        "a Sub has no value",
        "A Sub is called as a statement; only a Function gives a value in an expression.",
    ),
    c(
        "E0504",
        "a variable is not a procedure",
        "The name is a variable, so it cannot be called with arguments as a statement. An \
       array element is read in an expression: `x = a(1)`.",
    ),
    c(
        "E0505",
        "named argument",
        "A named argument (`name:=value`) names no parameter of the callee, names one twice, \
       is followed by a positional one, or goes to a callee that takes none (built-ins other \
       than `MsgBox` and `Err.Raise`, a procedure with a `ParamArray`).",
    ),
    c(
        "E0506",
        "misplaced ParamArray",
        "`ParamArray name()` is the last parameter, an array of Variants, and neither \
       `Optional` nor `ByVal` (Function statement page).",
    ),
    c(
        "E0507",
        "too many arguments",
        "A call passes more than 255 arguments, an array has more than 60 dimensions \
       (too-many-dimensions page) or a procedure more than 60 parameters (too-many-arguments \
       page).",
    ),
    c(
        "E0600",
        "constant expression needed",
        "A `Const` value and the bounds of a module-level array must be computable when the \
       script is compiled: literals, other constants and operators.",
    ),
    c(
        "E0601",
        "cannot ReDim a constant",
        "`ReDim` resizes a dynamic array variable; a constant has no storage to resize.",
    ),
    c(
        "E0602",
        "loop counter is not a numeric variable",
        "A `For` counter must be a plain variable (not an array element, a constant or a \
       call) of a numeric type or Variant (MS-VBAL 5.4.2.3).",
    ),
    c(
        "E0603",
        "index left out",
        "Every index of an array element must be given: `a(1, 2)`, not `a(1, )`.",
    ),
    c(
        "E0604",
        "a constant cannot be indexed",
        "Only arrays take indexes; a constant is a single value.",
    ),
    c(
        "E0699",
        "internal: a problem the binder missed",
        "Code generation met a problem (an undefined label, a name the binder did not \
       resolve, …) that the binder should have reported with its own code. This is a bug of \
       xbas: please report it with the script.",
    ),
    c(
        "E0700",
        "no `Sub Main`",
        "The host runs `Main` for every interval, so a script needs `Sub Main()` … `End Sub`.",
    ),
    c(
        "W0406",
        "no `Sub Main`",
        "The file compiles, but nothing will run it for an interval: scenario scripts need \
       `Sub Main()`. `xbas run` and `xbas import` refuse it (E0700).",
    ),
    c(
        "W0407",
        "`Main` takes parameters",
        "The host calls `Main` without arguments; its inputs are the host variables \
       `Para1..N`, `Weekday` and `Minutes`.",
    ),
    c(
        "W0500",
        "no procedure of this name",
        "A call to a name that is neither a procedure of this file nor a built-in; it fails \
       with error 35 when it runs. Check the spelling.",
    ),
    c(
        "W0800",
        "assignment to a host input",
        "`Weekday`, `Minutes` and `Para1..N` are set by the host before `Main` runs, for \
       each interval. Assigning one does not change the interval: it only changes what the \
       rest of the script reads, which is seldom meant. Keep the inputs as they are and use a \
       variable of your own (a local of that name is not a host input).",
    ),
    c(
        "W0801",
        "`Print` or `MsgBox` in a scenario",
        "A scenario runs for every interval of an import: its output slows the import and \
       fills the log. Use `xbas run` to see what a script prints while writing it, and remove \
       the output before importing.",
    ),
    c(
        "W0802",
        "a division by what can be 0",
        "`/`, `\\` and `Mod` stop with error 11 (Division by zero) when the divisor is 0, and \
       an import stops on the first interval that fails (unless `--keep-going`). The lint \
       follows the paths to each division and warns when none checks the divisor first: \
       guard it with `If d = 0 Then … Else …` (or `<> 0`, `> 0`, a `Select Case` with \
       `Case 0`, an `Exit Sub` when it is 0). `IIf(d = 0, 0, x / d)` is no guard: `IIf` \
       evaluates both of its values (iif-function.md), and neither are `And`/`Or`, which \
       evaluate both sides. `\\` and `Mod` round the divisor to a whole number first, so \
       `x Mod 0.4` divides by 0. A procedure with `On Error` handles the error itself and \
       is not checked.",
    ),
    c(
        "W0803",
        "a truncated `Result` assigned a product with a fraction",
        "When `Result` is not declared `As Long`, `As Integer` or `As Byte`, the host stores \
       it truncated (spec 1.1). A product with a fractional constant often lands just below \
       the whole number meant: `0.29 * 100` is 28.999999999999996, so 28 is stored, not \
       29. Declare `Dim Result As Long` (it then rounds, half to even) or wrap the value in \
       `Round(…)` (the fix-it).",
    ),
    c(
        "W0804",
        "a `ParaN` beyond the mapping's sources",
        "With `--map`, each script is checked against the mappings of acd_map.ini that use \
       it: `ParaN` is the N-th source line of the mapping, and a mapping with fewer sources \
       sends nothing for it. The import refuses such a mapping (`xbas map check`: \
       para-count). Add the source line, or read only the sources the mapping has.",
    ),
    c(
        "W0805",
        "a mapped source the script never reads",
        "With `--map`: the mapping sends a source (its N-th source line) that the script \
       never reads as `ParaN`. Either the script forgot it (a sum of three splits that adds \
       two) or the source line is left over.",
    ),
    c(
        "W0806",
        "`Result` not assigned on every path through `Main`",
        "The host stores `Result` after `Main` returns. On a path that never assigns it, \
       `Result` is Empty and the import stores 0 without a word, which is seldom what was \
       meant when the other paths compute a value. Assign it on every path; the fix-it puts \
       `Result = 0` at the start of `Main`, so that the 0 is explicit.",
    ),
    c(
        "W0807",
        "unreachable code",
        "No path reaches these statements: they follow an `Exit Sub`, `Exit Function`, \
       `Exit For`/`Exit Do`, `GoTo`, `End` or an `If` whose every branch leaves, in the same \
       block, and no label before them is jumped to. The fix-it removes them.",
    ),
    c(
        "W0808",
        "a variable assigned and never read",
        "The value stored in this variable is never used. Often a misspelt name: without \
       `Option Explicit`, `Totl = …` makes a new, empty variable instead of assigning \
       `Total`. Remove the assignment or use the variable (and consider `Option Explicit`).",
    ),
    c(
        "W0809",
        "a variable declared and never used",
        "Nothing reads or assigns this variable. Declarations of the host variables \
       (`Dim Weekday As Long`, as the connector's template writes them) are not reported. \
       The fix-it removes the declaration.",
    ),
    c(
        "W0810",
        "a Variant that only ever holds numbers",
        "The variable has no declared type (used without `Dim`, or declared without `As`), \
       yet every value it is given is a number. Declaring it (`As Double`, or `As Long` for \
       a loop counter over whole numbers) says what it holds and keeps a misspelling from \
       becoming a new variable under `Option Explicit`. The fix-it adds the type.",
    ),
];

/// The registry entry of `code` (any case).
pub fn lookup(code: &str) -> Option<&'static Code> {
    CODES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code literal in this crate's sources is registered, and every registered code
    /// is emitted somewhere (no stale entries).
    #[test]
    fn the_registry_matches_the_sources() {
        fn walk(dir: &std::path::Path, out: &mut String) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("codes.rs") {
                    out.push_str(&std::fs::read_to_string(&p).unwrap());
                }
            }
        }
        let mut text = String::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut text,
        );
        let b = text.as_bytes();
        let mut used = std::collections::BTreeSet::new();
        for i in 0..b.len().saturating_sub(6) {
            if b[i] == b'"'
                && matches!(b[i + 1], b'E' | b'W')
                && b[i + 2..i + 6].iter().all(u8::is_ascii_digit)
                && b[i + 6] == b'"'
            {
                used.insert(&text[i + 1..i + 6]);
            }
        }
        for u in &used {
            assert!(lookup(u).is_some(), "{u} is emitted but not registered");
        }
        for c in CODES {
            assert!(
                used.contains(c.code),
                "{} is registered but never emitted",
                c.code
            );
        }
        let mut sorted: Vec<&str> = CODES.iter().map(|c| c.code).collect();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), CODES.len(), "codes are unique");
    }
}
