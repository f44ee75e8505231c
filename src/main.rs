//! The `xbas` binary: the command line ([`cli`], clap), the REPL ([`repl`]) and the
//! language server ([`lsp`]) over the
//! language library `xbas` and the Xlink library `xbas_xlink`; see `xbas --help`.

mod cli;
mod lsp;
mod repl;

fn main() -> std::process::ExitCode {
    cli::main()
}
