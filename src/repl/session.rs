//! A REPL session: the loaded scenario, the procedures and declarations typed at the
//! prompt, the session variables and the interval inputs. Each input is compiled together
//! with all of that (a module of parts) and run; errors are rendered against the part they
//! point into, so `<input>:1:5` means the line just typed.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use xbas::compile::disasm;
use xbas::diagnostic::Diagnostic;
use xbas::runtime::value::Value;
use xbas::syntax::SourceFile;
use xbas::syntax::lexer::{Tok, lex};
use xbas::vm::{CompileError, Interval, Limits, Program, RunError};

/// The procedure an immediate input runs in.
const IMMEDIATE: &str = "Immediate_";

/// What one input gave: text for stdout, an error report, whether to leave.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Reply {
    pub out: String,
    pub err: Option<String>,
    pub quit: bool,
}

impl Reply {
    pub fn text(out: impl Into<String>) -> Reply {
        Reply {
            out: out.into(),
            ..Reply::default()
        }
    }
    pub fn error(err: impl Into<String>) -> Reply {
        Reply {
            err: Some(err.into()),
            ..Reply::default()
        }
    }
}

/// A procedure or module-level declaration typed at the prompt.
#[derive(Debug, Clone)]
struct Def {
    /// The procedure's name (lower case); None for declarations.
    key: Option<String>,
    text: String,
}

/// One piece of the assembled module and where it starts.
struct Part {
    name: String,
    start: usize,
    text: String,
}

/// The module text of a session with the parts it is made of.
struct Assembly {
    source: SourceFile,
    parts: Vec<Part>,
}

impl Assembly {
    fn new(pieces: Vec<(String, String)>, loaded: Option<&SourceFile>) -> Assembly {
        let mut text = String::new();
        let mut parts = Vec::new();
        for (name, piece) in pieces {
            let start = text.len();
            text.push_str(&piece);
            if !piece.ends_with('\n') {
                text.push('\n');
            }
            parts.push(Part {
                name,
                start,
                text: piece,
            });
        }
        let name = loaded.map_or("<session>".to_string(), |f| f.name.clone());
        Assembly {
            source: SourceFile::from_text(name, text),
            parts,
        }
    }

    /// The part a byte offset of the module lies in.
    fn part(&self, offset: usize) -> Option<&Part> {
        self.parts
            .iter()
            .rev()
            .find(|p| p.start <= offset && offset <= p.start + p.text.len())
    }

    /// Diagnostics rendered against the parts they point into.
    fn render(&self, diags: &[Diagnostic], color: bool) -> String {
        let mut out = String::new();
        for d in diags {
            match self.part(d.span.start) {
                Some(p) => {
                    let mut d = d.clone();
                    let shift = |s: xbas::diagnostic::Span| {
                        xbas::diagnostic::Span::new(
                            s.start.saturating_sub(p.start).min(p.text.len()),
                            s.end.saturating_sub(p.start).min(p.text.len()),
                        )
                    };
                    d.span = shift(d.span);
                    let end = p.start + p.text.len();
                    d.notes.retain(|(s, _)| s.start >= p.start && s.end <= end);
                    for n in &mut d.notes {
                        n.0 = shift(n.0);
                    }
                    let src = SourceFile::from_text(p.name.clone(), p.text.clone());
                    out.push_str(&d.render(&src, color));
                }
                None => out.push_str(&d.render(&self.source, color)),
            }
        }
        out
    }

    /// A runtime error located in the part it happened in.
    fn render_run(&self, e: &RunError) -> String {
        match self.part(e.span.start).filter(|_| e.line > 0) {
            Some(p) => {
                let src = SourceFile::from_text(p.name.clone(), p.text.clone());
                let start = e.span.start - p.start;
                let (line, column) = src.line_col(start);
                let procedure = if e.procedure.eq_ignore_ascii_case(IMMEDIATE) {
                    String::new()
                } else {
                    e.procedure.clone()
                };
                let moved = RunError {
                    procedure,
                    span: xbas::diagnostic::Span::new(
                        start,
                        e.span.end.saturating_sub(p.start).min(p.text.len()),
                    ),
                    line,
                    column,
                    ..e.clone()
                };
                moved.describe(&src)
            }
            None => e.describe(&self.source),
        }
    }
}

/// The state of one REPL.
pub struct Session {
    file: Option<SourceFile>,
    defs: Vec<Def>,
    /// Module-level variables kept from input to input (lower-case names).
    vars: Vec<(String, Value)>,
    pub paras: Vec<f64>,
    pub weekday: i32,
    pub minutes: i32,
    /// The date `Now`/`Date` report (serial day); None: today.
    pub date: Option<f64>,
    /// Set by Ctrl-C while a run is going on.
    pub interrupt: Arc<AtomicBool>,
    /// True while a run is going on (Ctrl-C then interrupts it instead of quitting).
    pub running: Arc<AtomicBool>,
    pub limits: Limits,
    /// Diagnostics and errors in colour.
    pub color: bool,
    /// The latest inputs of this session, a block as one entry (`:history`), and how
    /// many earlier ones were dropped.
    pub inputs: std::collections::VecDeque<String>,
    pub inputs_dropped: usize,
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}

/// How many inputs `:history` keeps.
const HISTORY: usize = 1000;

/// How an input begins.
enum Kind {
    Command,
    Definition(Option<String>),
    Immediate,
}

impl Session {
    /// A session with no script, no ParaN values, Weekday 2 (Monday), Minutes 0 and the
    /// date 2024-01-01: the defaults of `xbas run` and of `'!` directives, so a script
    /// gives the same result in all three.
    pub fn new() -> Session {
        Session {
            file: None,
            defs: Vec::new(),
            vars: Vec::new(),
            paras: Vec::new(),
            weekday: 2,
            minutes: 0,
            date: Some(xbas::vm::DEFAULT_DATE),
            interrupt: Arc::new(AtomicBool::new(false)),
            running: Arc::new(AtomicBool::new(false)),
            limits: Limits::default(),
            color: false,
            inputs: Default::default(),
            inputs_dropped: 0,
        }
    }

    /// Runs one input: a `:` command, a definition or statements.
    pub fn input(&mut self, text: &str) -> Reply {
        if text.trim().is_empty() {
            return Reply::default();
        }
        if text.len() > xbas::syntax::source::MAX_SOURCE {
            return Reply::error(format!(
                "this input is {}\n",
                xbas::syntax::source::too_large()
            ));
        }
        if !text.trim().eq_ignore_ascii_case(":history") {
            // The latest HISTORY inputs: piped input can be endless.
            if self.inputs.len() == HISTORY {
                self.inputs.pop_front();
                self.inputs_dropped += 1;
            }
            self.inputs.push_back(text.trim_end().to_string());
        }
        match classify(text) {
            Kind::Command => super::commands::run(self, text.trim()),
            Kind::Definition(key) => self.define(key, text),
            Kind::Immediate => self.immediate(text),
        }
    }

    fn pieces(&self, defs: &[Def]) -> Vec<(String, String)> {
        let mut pieces = Vec::new();
        if let Some(f) = &self.file {
            // A procedure typed at the prompt replaces the loaded file's procedure of
            // that name (blanked, line ends kept, so diagnostics keep their lines).
            let typed: Vec<&str> = defs.iter().filter_map(|d| d.key.as_deref()).collect();
            pieces.push((f.name.clone(), without_procedures(f, &typed)));
        }
        for d in defs {
            pieces.push(("<input>".to_string(), d.text.clone()));
        }
        pieces
    }

    /// A runner with the session's date, limits and Ctrl-C flag; marks the session as
    /// running (the caller clears `running` when the run is over).
    fn runner<'p>(&self, program: &'p Program) -> xbas::vm::Runner<'p> {
        let mut runner = program.runner();
        runner.set_date(self.date);
        runner.set_limits(self.limits);
        runner.set_interrupt(self.interrupt.clone());
        self.interrupt.store(false, Ordering::Relaxed);
        self.running.store(true, Ordering::Relaxed);
        runner
    }

    /// Compiles the session (loaded file and definitions) without an immediate input.
    pub fn program(&self) -> Result<Program, String> {
        let asm = Assembly::new(self.pieces(&self.defs), self.file.as_ref());
        Program::compile_session(asm.source.clone(), None)
            .map_err(|e| asm.render(&e.diagnostics, self.color))
    }

    fn define(&mut self, key: Option<String>, text: &str) -> Reply {
        let mut defs = self.defs.clone();
        if let Some(k) = &key {
            defs.retain(|d| d.key.as_ref() != Some(k));
        }
        defs.push(Def {
            key,
            text: text.to_string(),
        });
        let asm = Assembly::new(self.pieces(&defs), self.file.as_ref());
        match Program::compile_session(asm.source.clone(), None) {
            Ok(_) => {
                self.defs = defs;
                Reply::default()
            }
            Err(e) => Reply::error(asm.render(&e.diagnostics, self.color)),
        }
    }

    fn immediate(&mut self, text: &str) -> Reply {
        // An expression typed alone (`x + 1`) is printed, as `? x + 1` would be (Python,
        // Lua 5.4 and rhai-repl do the same); a statement stays a statement.
        let question = self
            .bare_expression(text)
            .then(|| self.compile_immediate(&format!("? {}\n", text.trim())))
            .filter(|(_, compiled)| compiled.is_ok());
        let (asm, compiled) = question.unwrap_or_else(|| self.compile_immediate(text));
        let program = match compiled {
            Ok(p) => p,
            Err(CompileError { diagnostics, .. }) => {
                return Reply::error(asm.render(&diagnostics, self.color));
            }
        };
        let paras = self.paras.clone();
        let mut runner = self.runner(&program);
        let result = runner.call(
            IMMEDIATE,
            &Interval {
                paras: &paras,
                weekday: self.weekday,
                minutes: self.minutes,
            },
            &self.vars,
        );
        self.running.store(false, Ordering::Relaxed);
        // Assignments made before an error stay, as in VBA's immediate window; variables
        // this input did not mention keep their values.
        for (name, value) in runner.globals() {
            match self
                .vars
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some(slot) => slot.1 = value.clone(),
                None => self.vars.push((name.to_string(), value.clone())),
            }
        }
        let mut reply = Reply::text(runner.output());
        if let Err(e) = result {
            reply.err = Some(asm.render_run(&e));
        }
        reply
    }

    /// Whether `text` is one line that is no statement: it does not parse as one, or it
    /// reads as a call of a name that is no procedure (`x + 1` parses as `x (+1)`).
    fn bare_expression(&self, text: &str) -> bool {
        use xbas::syntax::ast::{ExprKind, StmtKind};
        if text.trim().lines().count() != 1 {
            return false;
        }
        let source =
            SourceFile::from_text("<input>", format!("Sub F()\n{}\nEnd Sub\n", text.trim()));
        let parsed = xbas::syntax::parse(&source);
        if parsed.diagnostics.iter().any(|d| d.is_error()) {
            return true;
        }
        let Some(proc) = parsed.module.procs.first() else {
            return false;
        };
        match proc.body.as_slice() {
            [stmt] => match &stmt.kind {
                StmtKind::Call {
                    callee,
                    args,
                    explicit: false,
                } => match &callee.kind {
                    // `x` alone, or `x + 1` / `x - 1` read as `x` called with `+1`; not
                    // `Foo 1`, a call of a Sub that is not there (error 35 says so).
                    ExprKind::Name(n) => {
                        let after = source.text[callee.span.end..].trim_start();
                        !self.is_procedure(&n.name)
                            && (args.is_empty() || after.starts_with(['+', '-']))
                    }
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `name` is a procedure of the session or a built-in.
    fn is_procedure(&self, name: &str) -> bool {
        xbas::runtime::builtins::BUILTINS
            .iter()
            .any(|b| b.name.eq_ignore_ascii_case(name))
            || self.program().is_ok_and(|p| {
                p.module()
                    .procs
                    .iter()
                    .any(|q| q.name.eq_ignore_ascii_case(name))
            })
    }

    /// An immediate input assembled into the session (inside `Sub {IMMEDIATE}`) and
    /// compiled.
    fn compile_immediate(&self, body: &str) -> (Assembly, Result<Program, CompileError>) {
        let mut pieces = self.pieces(&self.defs);
        pieces.push(("<header>".into(), format!("Sub {IMMEDIATE}()\n")));
        pieces.push(("<input>".into(), body.to_string()));
        pieces.push(("<footer>".into(), "End Sub\n".into()));
        let asm = Assembly::new(pieces, self.file.as_ref());
        let compiled = Program::compile_session(asm.source.clone(), Some(IMMEDIATE));
        (asm, compiled)
    }

    /// `:load`: compiles a file on its own and keeps it as the session's script.
    pub fn load(&mut self, path: &std::path::Path) -> Reply {
        let source = match SourceFile::read(path) {
            Ok(s) => s,
            Err(e) => return Reply::error(format!("cannot read {}: {e}\n", path.display())),
        };
        let parsed = xbas::bind::check(&source);
        let warnings: String = parsed
            .diagnostics
            .iter()
            .filter(|d| !d.is_error() && d.code != "W0406")
            .map(|d| d.render(&source, self.color))
            .collect();
        if let Err(e) = Program::compile_session(source.clone(), None) {
            return Reply::error(
                e.diagnostics
                    .iter()
                    .map(|d| d.render(&e.source, self.color))
                    .collect::<String>(),
            );
        }
        // The file's procedures replace those typed at the prompt with the same names.
        let loaded: Vec<String> = parsed.module.procs.iter().map(|p| p.name.key()).collect();
        let previous_defs = self.defs.clone();
        self.defs
            .retain(|d| d.key.as_ref().is_none_or(|k| !loaded.contains(k)));
        let previous = self.file.replace(source);
        if let Err(e) = self.program() {
            self.file = previous;
            self.defs = previous_defs;
            return Reply::error(format!(
                "{e}{} clashes with what was typed at the prompt (:reset clears that)\n",
                path.display()
            ));
        }
        let names: Vec<String> = parsed
            .module
            .procs
            .iter()
            .map(|p| p.name.written())
            .collect();
        let mut reply = Reply::text(format!(
            "loaded {}: {}\n",
            path.display(),
            if names.is_empty() {
                "no procedures".to_string()
            } else {
                names.join(", ")
            }
        ));
        if !warnings.is_empty() {
            reply.err = Some(warnings);
        }
        reply
    }

    /// `:run`: `Main` from fresh state with the current inputs.
    pub fn run_main(&mut self) -> Reply {
        let asm = Assembly::new(self.pieces(&self.defs), self.file.as_ref());
        let program = match Program::compile_session(asm.source.clone(), None) {
            Ok(p) => p,
            Err(e) => return Reply::error(asm.render(&e.diagnostics, self.color)),
        };
        if program.module().main.is_none() {
            return Reply::error("no `Sub Main`: :load a scenario or type one in\n");
        }
        let paras = self.paras.clone();
        let mut runner = self.runner(&program);
        let result = runner.eval(&Interval {
            paras: &paras,
            weekday: self.weekday,
            minutes: self.minutes,
        });
        self.running.store(false, Ordering::Relaxed);
        let mut reply = Reply::text(runner.output());
        match result {
            Ok(v) => reply.out.push_str(&format!("Result = {v}\n")),
            Err(e) => reply.err = Some(asm.render_run(&e)),
        }
        reply
    }

    /// `:disasm [NAME]`.
    pub fn disasm(&self, name: Option<&str>) -> Reply {
        let program = match self.program() {
            Ok(p) => p,
            Err(e) => return Reply::error(e),
        };
        let m = program.module();
        match name {
            None => Reply::text(disasm::module(m, program.source())),
            Some(n) => match m.procs.iter().find(|p| p.name.eq_ignore_ascii_case(n)) {
                Some(p) => Reply::text(disasm::procedure(p, m, program.source())),
                None => Reply::error(format!("no procedure `{n}`\n")),
            },
        }
    }

    /// The session variables: host inputs left out (`:vars` shows them apart), `Result`
    /// only once it has a value.
    pub fn vars(&self) -> impl Iterator<Item = &(String, Value)> {
        self.vars.iter().filter(|(n, v)| {
            if n.eq_ignore_ascii_case("result") {
                !matches!(v, Value::Empty)
            } else {
                !xbas::bind::is_host_name(&n.to_lowercase())
            }
        })
    }

    /// Forgets a kept value (the host sets it again), e.g. after `:para`.
    pub fn forget(&mut self, name: &str) {
        self.vars.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// Forgets the loaded script, definitions and variables.
    pub fn reset(&mut self) {
        self.file = None;
        self.defs.clear();
        self.vars.clear();
    }

    /// Names worth completing: procedures and variables of the session.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.vars.iter().map(|(n, _)| n.clone()).collect();
        if let Ok(p) = self.program() {
            names.extend(p.module().procs.iter().map(|p| p.name.clone()));
            names.extend(p.module().globals.iter().map(|g| g.name.clone()));
        }
        names.sort();
        names.dedup();
        names
    }
}

/// The text of a loaded file with the procedures named in `typed` (lower case) blanked
/// out: every character but line ends becomes a space.
fn without_procedures(file: &SourceFile, typed: &[&str]) -> String {
    if typed.is_empty() {
        return file.text.clone();
    }
    let parsed = xbas::syntax::parse(file);
    let mut text = file.text.clone().into_bytes();
    for p in &parsed.module.procs {
        if typed.contains(&p.name.key().as_str()) {
            let end = p.end_span.end.min(text.len());
            for b in &mut text[p.span.start.min(end)..end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
        }
    }
    // Whole characters became spaces (spans lie on character bounds): still UTF-8.
    String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Sorts an input into command, definition (with the procedure's name) or statements.
fn classify(text: &str) -> Kind {
    let t = text.trim_start();
    if t.starts_with(':') {
        return Kind::Command;
    }
    let (tokens, _) = lex(t);
    let words: Vec<&Tok> = tokens.iter().map(|(t, _)| t).take(3).collect();
    let name_after = |i: usize| match tokens.get(i) {
        Some((Tok::Ident(n), _)) => Some(n.to_string().to_lowercase()),
        _ => None,
    };
    match words.as_slice() {
        [Tok::Sub | Tok::Function, ..] => Kind::Definition(name_after(1)),
        [
            Tok::Private | Tok::Public | Tok::Static,
            Tok::Sub | Tok::Function,
            ..,
        ] => Kind::Definition(name_after(2)),
        [
            Tok::Dim | Tok::Const | Tok::Option | Tok::Global | Tok::Private | Tok::Public,
            ..,
        ] => Kind::Definition(None),
        _ => Kind::Immediate,
    }
}
