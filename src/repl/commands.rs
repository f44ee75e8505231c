//! The REPL's `:` commands: inputs (`:para`, `:weekday`, `:minutes`, `:date`), the
//! script (`:load`, `:run`, `:disasm`), the session (`:vars`, `:history`, `:reset`),
//! `:help`, `:quit`.

use super::session::{Reply, Session};
use xbas::runtime::value::{Value, format_float};

/// The commands with their one-line help, in the order `:help` lists them.
pub const COMMANDS: &[(&str, &str)] = &[
    (
        ":load",
        ":load FILE       compile a scenario, show its diagnostics, keep its procedures",
    ),
    (
        ":para",
        ":para 10,20      set Para1, Para2, … (no values: show them)",
    ),
    (
        ":weekday",
        ":weekday N       set Weekday (1 = Sunday … 7 = Saturday)",
    ),
    (
        ":minutes",
        ":minutes N       set Minutes (minutes since midnight, e.g. 480 = 08:00)",
    ),
    (
        ":date",
        ":date YYYY-MM-DD  set the date Now/Date report (and Weekday to match; `today`: the clock)",
    ),
    (
        ":run",
        ":run             run Main from fresh state with these inputs, show Result",
    ),
    (
        ":vars",
        ":vars            show the session's variables and the inputs",
    ),
    (
        ":disasm",
        ":disasm [NAME]   show the bytecode of the session or of one procedure",
    ),
    (
        ":reset",
        ":reset           forget the loaded script, definitions and variables",
    ),
    (
        ":history",
        ":history         the inputs of this session, numbered (a block is one input)",
    ),
    (":help", ":help            this text"),
    (":quit", ":quit            leave (also Ctrl-D)"),
];

const INTRO: &str = "Type statements to run them at once (variables keep their values), `? expr` or
an expression alone to print a value, or a Sub/Function to define it (it replaces one of that
name, also one a :load brought). A line that opens a block (If … Then,
For, Do, Select Case, Sub) continues until the block is closed. Ctrl-C cancels the
input or stops a running loop.
";

/// Runs a `:` command.
pub fn run(s: &mut Session, line: &str) -> Reply {
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line, ""),
    };
    let name = name.to_ascii_lowercase();
    match name.as_str() {
        ":q" | ":quit" | ":exit" => Reply {
            quit: true,
            ..Reply::default()
        },
        ":h" | ":help" | ":?" => {
            let mut out = INTRO.to_string();
            out.push('\n');
            for (_, help) in COMMANDS {
                out.push_str(help);
                out.push('\n');
            }
            Reply::text(out)
        }
        ":load" | ":l" => {
            if arg.is_empty() {
                return Reply::error(":load needs a file name\n");
            }
            s.load(std::path::Path::new(arg))
        }
        ":run" | ":r" => s.run_main(),
        ":history" => {
            let mut out = String::new();
            for (i, input) in s.inputs.iter().enumerate() {
                let mut lines = input.lines();
                let number = s.inputs_dropped + i + 1;
                out.push_str(&format!("{number:>4}  {}\n", lines.next().unwrap_or("")));
                for more in lines {
                    out.push_str(&format!("      {more}\n"));
                }
            }
            Reply::text(out)
        }
        ":para" | ":paras" => para(s, arg),
        ":weekday" => match arg.parse::<i32>() {
            Ok(n) if (1..=7).contains(&n) => {
                s.weekday = n;
                s.forget("weekday");
                Reply::default()
            }
            _ => Reply::error(":weekday needs a number from 1 (Sunday) to 7 (Saturday)\n"),
        },
        ":minutes" => match arg.parse::<i32>() {
            Ok(n) if (0..1440).contains(&n) => {
                s.minutes = n;
                s.forget("minutes");
                Reply::default()
            }
            _ => Reply::error(":minutes needs a number from 0 to 1439\n"),
        },
        ":date" => date(s, arg),
        ":vars" | ":v" => Reply::text(vars(s)),
        ":disasm" | ":d" => s.disasm((!arg.is_empty()).then_some(arg)),
        ":reset" => {
            s.reset();
            Reply::text("session cleared (inputs kept)\n")
        }
        _ => {
            let names: Vec<&str> = COMMANDS.iter().map(|(n, _)| *n).collect();
            let hint = xbas::diagnostic::did_you_mean(&name, names.iter().copied())
                .map_or(String::new(), |m| format!(" (did you mean `{m}`?)"));
            Reply::error(format!(
                "unknown command `{name}`{hint}; :help lists them\n"
            ))
        }
    }
}

fn para(s: &mut Session, arg: &str) -> Reply {
    if arg.is_empty() {
        return Reply::text(format!("{}\n", inputs(s)));
    }
    let mut values = Vec::new();
    for (i, t) in arg
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .enumerate()
    {
        match t.parse::<f64>() {
            Ok(v) if v.is_finite() => values.push(v),
            _ => {
                return Reply::error(format!(
                    ":para: `{t}` (Para{}) is not a number; write e.g. :para 10,20.5\n",
                    i + 1
                ));
            }
        }
    }
    for k in 1..=values.len().max(s.paras.len()) {
        s.forget(&format!("para{k}"));
    }
    s.paras = values;
    Reply::default()
}

fn date(s: &mut Session, arg: &str) -> Reply {
    if arg.eq_ignore_ascii_case("today") {
        s.date = None;
        return Reply::default();
    }
    if arg.is_empty() {
        return Reply::text(format!("{}\n", inputs(s)));
    }
    match xbas_xlink::history::parse_start(&format!("{arg} 00:00")) {
        Ok(m) => {
            let day = m.div_euclid(1440);
            s.date = Some(day as f64);
            s.weekday = xbas::runtime::datetime::weekday_of(day);
            s.forget("weekday");
            Reply::default()
        }
        Err(_) => Reply::error(format!(":date: `{arg}` is not a date (YYYY-MM-DD)\n")),
    }
}

/// The inputs as one line.
fn inputs(s: &Session) -> String {
    let mut parts: Vec<String> = s
        .paras
        .iter()
        .enumerate()
        .map(|(i, v)| format!("Para{}={}", i + 1, format_float(*v, 15)))
        .collect();
    parts.push(format!("Weekday={}", s.weekday));
    parts.push(format!("Minutes={}", s.minutes));
    parts.push(match s.date {
        Some(d) => format!(
            "Date={}",
            xbas_xlink::history::format_start(d as i64 * 1440)
        )
        .trim_end_matches(" 00:00")
        .to_string(),
        None => "Date=today".to_string(),
    });
    parts.join(" ")
}

fn vars(s: &Session) -> String {
    let mut out = String::new();
    for (name, v) in s.vars() {
        let shown = match v {
            Value::Str(t) => format!("\"{t}\""),
            Value::Array(_) => "(array)".to_string(),
            other => other.display(),
        };
        out.push_str(&format!("{name} = {shown} ({})\n", v.type_name()));
    }
    if out.is_empty() {
        out.push_str("no variables yet\n");
    }
    out.push_str(&format!("inputs: {}\n", inputs(s)));
    out
}
