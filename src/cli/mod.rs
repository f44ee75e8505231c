//! The command line: a thin layer over the library. Each subcommand of spec §7 parses
//! its arguments here and calls into the library; exit codes are 0 (success), 1 (an error
//! in the input: script, mapping, data) and 2 (usage).

mod check;
pub mod color;
mod fmtcmd;
mod importcmd;
mod interrupt;
mod mapcmd;
mod pipe;
mod progress;
mod run;
mod values;
mod verifycmd;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "xbas",
    version,
    about = "Runs the .BAS calculation scripts of contact-centre data imports",
    long_about = "xbas runs the scenario scripts (.BAS) of Xlink-style ACD imports: it checks them, \
runs them for one interval, tests them with their '! directives, and imports interval history \
through acd_map.ini.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Colour in diagnostics: `auto` on a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = color::Choice::Auto, value_name = "WHEN")]
    pub color: color::Choice,
    /// No progress bar and no closing summary on stderr; errors and warnings still show.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// The exit codes, at the end of every command's help.
macro_rules! exit_codes {
    () => {
        "Exit codes: 0 success; 1 a problem in the input (script, mapping, history) or a failed run or \
test; 2 a usage error (unknown flag, missing file); 130/143 interrupted (SIGINT/SIGTERM); 141 \
stdout was closed early (`| head`)."
    };
}

/// The exit codes and where output goes, at the end of `xbas --help`.
const AFTER_HELP: &str = concat!(
    "\
Examples:
  xbas check scripts/                      every script of a folder, all problems at once
  xbas run '$1.BAS' --para 12,35           one interval: Print output, then Result = N
  xbas test tests/scripts                  the '! directives of every script
  xbas map check acd_map.ini               would the import run? (exit 1 if not)
  xbas import --map acd_map.ini --history h.csv --from 2024-03-04 --to 2024-03-10 --out week.csv

Output: what a command produces (rows, a run's output, the test report, map check's list of
problems, listings) goes to stdout; diagnostics of scripts, warnings, progress and summaries
go to stderr. `-` reads a script or a history from stdin.

",
    exit_codes!()
);

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// JSON for programs.
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compile scripts without running them; report every error and warning.
    #[command(after_help = concat!("Examples:\n  xbas check scripts/\n  xbas check '$1.BAS' --format json\n  xbas check --explain E0301\n\n", exit_codes!()))]
    Check(check::Args),
    /// Run a script once and print its output and `Result = N`.
    #[command(after_help = concat!("Examples:\n  xbas run '$1.BAS' --para 12,35 --weekday 2 --minutes 480\n  xbas run '$1.BAS' --para 3 --date 2024-03-04 --vars\n  echo 'Sub Main(): Result = 7: End Sub' | xbas run -\n\n", exit_codes!()))]
    Run {
        /// The script to run; `-` reads it from standard input.
        file: PathBuf,
        /// Para1..N, comma separated (decimals with `.`).
        #[arg(long, allow_hyphen_values = true, value_parser = values::paras)]
        para: Option<values::Paras>,
        /// Weekday of the interval, 1 (Sunday) .. 7 (Saturday); default 2, or the
        /// weekday of --date.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=7))]
        weekday: Option<u8>,
        /// Minutes since midnight of the interval's start, 0..1439; default 0.
        #[arg(long, value_parser = clap::value_parser!(u32).range(0..=1439))]
        minutes: Option<u32>,
        /// The interval's date, YYYY-MM-DD (what Now and Date report); default 2024-01-01.
        #[arg(long, value_name = "DAY", value_parser = values::day)]
        date: Option<values::Day>,
        /// Print the module-level variables after the run.
        #[arg(long)]
        vars: bool,
        /// Statements a run may execute before it is stopped.
        #[arg(long, default_value_t = 10_000_000)]
        max_steps: u64,
        /// Wall time the run may take before it is stopped.
        #[arg(long, value_name = "SECONDS", value_parser = values::seconds)]
        max_seconds: Option<std::time::Duration>,
    },
    /// Run the `'!` test directives of scripts.
    #[command(after_help = concat!("A directive: '! para=12,35 weekday=2 => result=4700\n\nExamples:\n  xbas test tests/scripts\n  xbas test '$1.BAS' '$2.BAS'\n\n", exit_codes!()))]
    Test {
        /// Script files, or folders searched for *.bas files; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print the compiled bytecode of a script.
    #[command(after_help = concat!("Example:\n  xbas disasm '$1.BAS' | less\n\n", exit_codes!()))]
    Disasm {
        /// The script to list; `-` reads standard input.
        file: PathBuf,
    },
    /// Write default scripts (one per mapping without a script, or for N sources).
    #[command(after_help = concat!("Examples:\n  xbas gen --paras 3 -o '$5.BAS'\n  xbas gen --map acd_map.ini --dry-run\n  xbas gen --map acd_map.ini\n\n", exit_codes!()))]
    #[command(group(clap::ArgGroup::new("what").required(true).args(["paras", "map"])))]
    Gen {
        /// Write the default script for N sources (Para1..ParaN) to stdout or --out.
        #[arg(long, value_name = "N", conflicts_with = "map", value_parser = clap::value_parser!(u16).range(1..=999))]
        paras: Option<u16>,
        /// Write the default script for every mapping of this acd_map.ini that has
        /// none, as the next free $N.BAS beside it, and add it to the map.
        #[arg(long, value_name = "ACD_MAP_INI")]
        map: Option<PathBuf>,
        /// With --paras: the file to write (not overwritten when it exists).
        #[arg(short, long, conflicts_with = "map")]
        out: Option<PathBuf>,
        /// With --map: say what would be written and changed, write nothing.
        #[arg(long, conflicts_with_all = ["paras", "out"])]
        dry_run: bool,
    },
    /// Check and repair acd_map.ini files.
    Map {
        #[command(subcommand)]
        command: MapCommand,
    },
    /// Import interval history through acd_map.ini: every mapping's script over its
    /// sources' values, one row per interval (CSV to stdout, or --out).
    #[command(after_help = concat!("Examples:\n  xbas import --map acd_map.ini --history h.csv --from 2024-03-04 --to 2024-03-10\n  xbas import --map acd_map.ini --history jan.csv feb.csv --from 2024-01-01 --to 2024-02-29 --out q1.sqlite\n  xbas import --map acd_map.ini --history h.csv --from 2024-03-04 --to 2024-03-04 --keep-going --log run.log --out day.csv\n\nValues are stored as the scripts compute them: the default script multiplies by 100, so 4700 is 47 calls.\n\n", exit_codes!()))]
    Import(importcmd::Args),
    /// Lay scripts out one way: blocks indented, keywords, built-ins and declared names
    /// cased as the VBA editor writes them; what a script computes never changes.
    #[command(after_help = concat!("Examples:\n  xbas fmt scripts/\n  xbas fmt --check '$1.BAS'\n\nFiles keep their encoding and line ends; a script with errors is left as it is (see xbas check). With --check nothing is written: the files that would change are listed and the exit code is 1.\n\n", exit_codes!()))]
    Fmt {
        /// Script files, or folders searched for *.bas files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write nothing: list the files that would change, exit 1 if any.
        #[arg(long)]
        check: bool,
    },
    /// Prove a migration: run the import in memory and compare its values with those
    /// exported from the WFM system; explain the differences it recognises.
    #[command(after_help = concat!("Examples:\n  xbas verify --map acd_map.ini --history h.csv --from 2024-03-04 --to 2024-03-10 --expected wfm.csv\n  xbas verify --map acd_map.ini --history h.csv --from 2024-03-04 --to 2024-03-10 --expected wfm.csv --report verify.html\n  xbas verify --map acd_map.ini --history h.csv --from 2024-01-01 --to 2024-12-31 --expected wfm.sqlite --tolerance 1 --format json\n\nThe expected values are joined with xbas's on (db, queue, value type, start). Recognised causes: rounding against truncation of Result, the x100 convention, daylight-saving hours, empty intervals the legacy engine evaluated (--fill), ranges or mappings not imported before.\n\nExit codes: 0 everything matches within the tolerance; 1 differences (or the import cannot run); 2 a usage error; 130/143 interrupted.\n"))]
    Verify(verifycmd::Args),
    /// Language server for editors (LSP over stdin/stdout): diagnostics as you type,
    /// hover, completion, go to definition, references, rename, outline, folding,
    /// highlighting, quick fixes and formatting. Editors start it; see the README.
    #[command(after_help = concat!("Examples:\n  nvim: vim.lsp.config(\"xbas\", { cmd = { \"xbas\", \"lsp\" }, filetypes = { \"xbas\" } })\n  helix: [language-server.xbas] command = \"xbas\", args = [\"lsp\"]\n  VS Code: the extension in editors/vscode\n\nA script beside an acd_map.ini is checked against the mappings that use it, and ParaN completes up to their sources.\n\n", exit_codes!()))]
    Lsp,
    /// Print a shell completion script (source it from your shell's start-up file).
    #[command(
        after_help = concat!("Examples:\n  xbas completions bash > ~/.local/share/bash-completion/completions/xbas\n  xbas completions zsh > ~/.zfunc/_xbas\n  xbas completions fish > ~/.config/fish/completions/xbas.fish\n  xbas completions powershell >> $PROFILE\n\n", exit_codes!())
    )]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `xbas man > xbas.1 && man ./xbas.1`.
    Man,
    #[command(after_help = concat!("Examples:\n  xbas repl '$1.BAS'            then :para 12,35 and :run\n  printf '? 1 + 2\\n' | xbas repl\n\n", exit_codes!()))]
    /// Interactive prompt for trying and debugging scripts (`:help` inside lists the
    /// commands). With stdin piped it reads lines without prompts and exits 1 when any
    /// input failed.
    Repl {
        /// A scenario to `:load` first.
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum MapCommand {
    /// Report the problems of an acd_map.ini (exit 1 when there are any).
    #[command(after_help = concat!("Examples:\n  xbas map check acd_map.ini --ini isps_ul.ini\n  xbas map check acd_map.ini --history history.csv --strict\n  xbas map check acd_map.ini --queues queues.csv --fix\n\n", exit_codes!()))]
    Check(mapcmd::CheckArgs),
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    pipe::quiet_when_closed();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    color::choose(cli.color);
    QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        Command::Check(check::Args {
            explain: Some(code),
            ..
        }) => check::explain(&code),
        Command::Check(args) => check::run(&args),
        Command::Run {
            file,
            para,
            weekday,
            minutes,
            date,
            vars,
            max_steps,
            max_seconds,
        } => run::run(run::RunArgs {
            file: &file,
            para: para.map(|p| p.0).unwrap_or_default(),
            weekday,
            minutes,
            date,
            vars,
            max_steps,
            max_seconds,
        }),
        Command::Test { paths } => run::test(&paths),
        Command::Disasm { file } => run::disasm(&file),
        Command::Gen {
            paras,
            map,
            out,
            dry_run,
        } => mapcmd::generate(
            paras.map(usize::from),
            map.as_deref(),
            out.as_deref(),
            dry_run,
        ),
        Command::Map {
            command: MapCommand::Check(args),
        } => mapcmd::check(&args),
        Command::Import(args) => importcmd::import(args),
        Command::Verify(args) => verifycmd::run(args),
        Command::Fmt { paths, check } => fmtcmd::run(&paths, check),
        Command::Repl { file } => crate::repl::main(file.as_deref()),
        Command::Lsp => crate::lsp::run(),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "xbas", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            if let Err(e) = clap_mangen::Man::new(cmd).render(&mut out) {
                eprintln!("xbas man: {e}");
                return ExitCode::from(1);
            }
            use std::io::Write;
            let _ = std::io::stdout().write_all(&out);
            ExitCode::SUCCESS
        }
    }
}

/// `-q`: no progress bar and no closing summaries.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `-q` was given.
pub fn quiet() -> bool {
    QUIET.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether a path argument is `-`, standard input.
pub fn is_stdin(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

/// Reads a script: a file, or standard input for `-` (named `<stdin>` in diagnostics).
pub fn read_script(p: &std::path::Path) -> std::io::Result<xbas::syntax::SourceFile> {
    if is_stdin(p) {
        xbas::syntax::SourceFile::read_from("<stdin>", std::io::stdin().lock())
    } else {
        xbas::syntax::SourceFile::read(p)
    }
}

/// Rewrites a script with `text`, in its encoding (through a temporary file, so a
/// failure leaves the file as it was).
pub fn write_script(
    path: &std::path::Path,
    source: &xbas::syntax::SourceFile,
    text: &str,
) -> std::io::Result<()> {
    let bytes = source.encoded(text);
    xbas_xlink::replace::Replacement::new(path).and_then(|mut r| {
        use std::io::Write;
        r.file().write_all(&bytes)?;
        r.commit()
    })
}

/// Expands folders to the `.bas` files below them (sorted); files (and `-`) are kept as
/// given.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if is_stdin(p) {
            out.push(p.clone());
        } else if p.is_dir() {
            let mut found = Vec::new();
            collect_bas(p, &mut found).map_err(|e| format!("{}: {e}", p.display()))?;
            if found.is_empty() {
                // Checking or testing nothing is not a pass.
                return Err(format!("{}: no .bas files in this folder", p.display()));
            }
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(format!("{}: no such file or folder", p.display()));
        }
    }
    Ok(out)
}

fn collect_bas(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_bas(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("bas"))
        {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and every argument of every command has a description in `--help`
    /// (issue 21: several had none).
    #[test]
    fn every_command_and_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let here = format!("{path} {}", cmd.get_name());
            // Users have no spec: help says what it means itself (issue 21).
            let text = format!(
                "{} {}",
                cmd.get_about().map(|a| a.to_string()).unwrap_or_default(),
                cmd.get_after_help()
                    .map(|a| a.to_string())
                    .unwrap_or_default()
            );
            if text.contains("spec") {
                missing.push(format!("{here}: cites the spec"));
            }
            // Every command that runs something shows examples and the exit codes.
            if cmd.get_subcommands().next().is_none()
                && cmd.get_name() != "man"
                && !cmd
                    .get_after_help()
                    .is_some_and(|h| h.to_string().contains("Exit codes"))
            {
                missing.push(format!("{here}: no exit codes in --help"));
            }
            if cmd
                .get_about()
                .is_none_or(|a| a.to_string().trim().is_empty())
            {
                missing.push(format!("{here}: no description"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                if arg
                    .get_help()
                    .is_none_or(|h| h.to_string().trim().is_empty())
                {
                    missing.push(format!("{here} {id}: no help"));
                }
                if arg
                    .get_help()
                    .is_some_and(|h| h.to_string().contains("spec"))
                {
                    missing.push(format!("{here} {id}: cites the spec"));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_name() != "help" {
                    walk(sub, &here, missing);
                }
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
        Cli::command().debug_assert();
    }
}
