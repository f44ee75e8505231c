//! The `xbas` binary: everything lives in the library; see `xbas --help`.

fn main() -> std::process::ExitCode {
    xbas::cli::main()
}
