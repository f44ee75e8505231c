//! `xbas map check` and `xbas gen`.

use super::Format;
use crate::xlink::check::{Context, check as check_map, db_names_from_ini};
use crate::xlink::generate::default_script;
use crate::xlink::map::AcdMap;
use std::path::Path;
use std::process::ExitCode;

pub fn check(
    map_path: &Path,
    ini: Option<&Path>,
    queues: Option<&Path>,
    fix: bool,
    format: Format,
) -> ExitCode {
    if fix || queues.is_some() {
        eprintln!(
            "xbas map check: --fix and --queues are not implemented yet in this version of xbas"
        );
        return ExitCode::from(2);
    }
    let map = match AcdMap::read(map_path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("xbas map check: {}: {e}", map_path.display());
            return ExitCode::from(2);
        }
    };
    let db_names = match ini {
        None => None,
        Some(p) => match std::fs::read(p)
            .map(|b| crate::syntax::SourceFile::from_bytes("isps_ul.ini", &b).text)
        {
            Ok(text) => match db_names_from_ini(&text) {
                Ok(n) => Some(n),
                Err(e) => {
                    eprintln!("xbas map check: {}: {e}", p.display());
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                eprintln!("xbas map check: {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let folder = map_path
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .map(Path::to_path_buf);
    let problems = check_map(&map, &Context { folder, db_names });
    match format {
        Format::Json => match serde_json::to_string_pretty(&problems) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("xbas map check: {e}"),
        },
        Format::Human => {
            for p in &problems {
                let at = if p.line > 0 {
                    format!("{}:{}", map_path.display(), p.line)
                } else {
                    map_path.display().to_string()
                };
                println!("{at}: {}: {}", p.kind, p.message);
            }
            let mappings = map.mappings().len();
            eprintln!(
                "{} mappings, {} problem{}",
                mappings,
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
        }
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub fn generate(
    paras: Option<usize>,
    map: Option<&Path>,
    out: Option<&Path>,
    _dry_run: bool,
) -> ExitCode {
    if map.is_some() {
        eprintln!("xbas gen --map: not implemented yet in this version of xbas (use --paras N)");
        return ExitCode::from(2);
    }
    let Some(n) = paras else {
        eprintln!("xbas gen: say --paras N (the number of sources) or --map acd_map.ini");
        return ExitCode::from(2);
    };
    if n == 0 || n > 999 {
        eprintln!("xbas gen: --paras {n} is not 1..999");
        return ExitCode::from(2);
    }
    match out {
        None => {
            print!("{}", default_script(n, "\n"));
            ExitCode::SUCCESS
        }
        Some(path) => {
            if path.exists() {
                eprintln!("xbas gen: {} exists; not overwritten", path.display());
                return ExitCode::from(1);
            }
            match std::fs::write(path, default_script(n, "\r\n")) {
                Ok(()) => {
                    eprintln!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xbas gen: {}: {e}", path.display());
                    ExitCode::from(1)
                }
            }
        }
    }
}
