//! The `xbas` binary: the command line ([`cli`], clap) and the REPL ([`repl`]) over the
//! language library `xbas` and the Xlink library `xbas_xlink`; see `xbas --help`.

mod cli;
mod repl;

fn main() -> std::process::ExitCode {
    cli::main()
}
