//! `xbas map check` and `xbas gen --paras` end to end: one test per problem kind of spec
//! §3.1 (with its line), JSON output, and the generated default script.

mod common;

use std::path::Path;

use common::xbas;

/// A folder with an acd_map.ini and the given script files.
fn setup(name: &str, map: &str, scripts: &[(&str, &str)]) -> common::Dir {
    let dir = common::dir(&format!("map-{name}"));
    dir.file("acd_map.ini", map);
    dir.files(scripts);
    dir
}

const ONE: &str = "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n";
const TWO: &str = "Sub Main()\r\n  Result = (Para1 + Para2) * 100\r\nEnd Sub\r\n";

fn problems(dir: &Path, extra: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let map = dir.join("acd_map.ini");
    let mut args = vec!["map", "check", map.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let out = xbas(&args);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), v.as_array().unwrap().clone())
}

fn kinds(p: &[serde_json::Value]) -> Vec<(String, u64)> {
    p.iter()
        .map(|x| {
            (
                x["kind"].as_str().unwrap().to_string(),
                x["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn vendor_doc_example_is_clean() {
    let dir = setup(
        "vendor",
        "iWFM R4 Hamburg:1:1002:1003=InvisionAcd1:Service 1:Calls\r\niWFM R4 Hamburg:1:1002:1003=InvisionAcd2:Service 2:Calls\r\niWFM R4 Hamburg:1:1002:1003=$1.BAS\r\nR4-System:0:1108:1023=Avaya CMS:1:Split:Test:Holdtime\r\nR4-System:0:1108:1023=$522.BAS\r\n",
        &[("$1.BAS", TWO), ("$522.BAS", ONE)],
    );
    let (code, p) = problems(&dir, &[]);
    assert_eq!(code, 0, "{p:?}");
    assert!(p.is_empty());
}

#[test]
fn no_script_and_two_scripts() {
    let dir = setup(
        "scripts",
        "A:0:1:2=S:Q:Calls\r\nB:0:3:4=S:Q:Calls\r\nB:0:3:4=$1.BAS\r\nB:0:3:4=$2.BAS\r\n",
        &[("$1.BAS", ONE), ("$2.BAS", ONE)],
    );
    let (code, p) = problems(&dir, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        kinds(&p),
        vec![("no-script".into(), 1), ("two-scripts".into(), 4)]
    );
    assert_eq!(p[0]["target"], "A:0:1:2");
}

#[test]
fn missing_script_file_and_case_insensitive_names() {
    let dir = setup(
        "missing",
        "A:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.bas\r\nB:0:3:4=S:Q:Calls\r\nB:0:3:4=$9.BAS\r\n",
        &[("$1.BAS", ONE)],
    );
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("missing-script-file".into(), 4)]);
}

#[test]
fn para_count_differs() {
    let dir = setup(
        "paras",
        "A:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\n",
        &[("$1.BAS", TWO)],
    );
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("para-count".into(), 2)]);
    assert!(p[0]["message"].as_str().unwrap().contains("Para1..Para2"));
}

#[test]
fn parent_conflict_of_the_legacy_example() {
    let dir = setup(
        "parent",
        "R4-System:1001:1016:1009=Avaya CMS:1:Split:Test:Calls\r\nR4-System:1001:1016:1009=$1.BAS\r\nR4-System:1:1016:1009=Avaya CMS:1:Split:Test:Calls\r\nR4-System:1:1016:1009=$2.BAS\r\n",
        &[("$1.BAS", ONE), ("$2.BAS", ONE)],
    );
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("parent-conflict".into(), 3)]);
    assert_eq!(p[0]["target"], "R4-System:1:1016:1009");
    assert!(p[0]["message"].as_str().unwrap().contains("parent 1001"));
}

#[test]
fn duplicate_lines() {
    let dir = setup(
        "dup",
        "A:0:1:2=S:Q:Calls\r\nA:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\n",
        &[("$1.BAS", ONE)],
    );
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("duplicate-line".into(), 2)]);
}

#[test]
fn unknown_db_with_isps_ul_ini() {
    let dir = setup(
        "db",
        "WFM:0:1:2=S:Q:Calls\r\nWFM:0:1:2=$1.BAS\r\nOther DB:0:3:4=S:Q:Calls\r\nOther DB:0:3:4=$2.BAS\r\n",
        &[("$1.BAS", ONE), ("$2.BAS", ONE)],
    );
    let ini = dir.join("isps_ul.ini");
    std::fs::write(
        &ini,
        "[General]\r\nName=x\r\n[DB]\r\n1=WFM,0,xlink,cGFzc3dvcmQ=\r\n",
    )
    .unwrap();
    let (_, p) = problems(&dir, &["--ini", ini.to_str().unwrap()]);
    assert_eq!(kinds(&p), vec![("unknown-db".into(), 3)]);
}

#[test]
fn unused_script_files() {
    let dir = setup(
        "unused",
        "A:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\n",
        &[("$1.BAS", ONE), ("$3.BAS", ONE), ("helper.bas", ONE)],
    );
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("unused-script".into(), 0)]);
    assert!(p[0]["message"].as_str().unwrap().contains("$3.BAS"));
}

#[test]
fn bad_lines_with_their_line_numbers() {
    let dir = setup(
        "bad",
        "; a comment\r\n[Mapping]\r\nno equals here\r\nDB:x:1:2=S:Q:Calls\r\n=S:Q:Calls\r\nDB:0:1:2=\r\nA:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\n",
        &[("$1.BAS", ONE)],
    );
    let (code, p) = problems(&dir, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        kinds(&p),
        vec![
            ("bad-line".into(), 3),
            ("bad-line".into(), 4),
            ("bad-line".into(), 5),
            ("bad-line".into(), 6)
        ]
    );
    let map = dir.join("acd_map.ini");
    let out = xbas(&["map", "check", map.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("acd_map.ini:4: bad-line: not a mapping line: the parent queue id `x` is not a whole number"), "{text}");
}

#[test]
fn windows_1252_map_is_read() {
    let dir = setup("cp1252", "", &[("$1.BAS", ONE)]);
    std::fs::write(
        dir.join("acd_map.ini"),
        b"Gro\xDFkunden:0:1:2=ACD S\xFCd:Q:Calls\r\nGro\xDFkunden:0:1:2=$1.BAS\r\n",
    )
    .unwrap();
    let (code, p) = problems(&dir, &[]);
    assert_eq!(code, 0, "{p:?}");
}

#[test]
fn gen_paras_3_checks_and_runs_to_600() {
    let out = xbas(&["gen", "--paras", "3"]);
    assert_eq!(out.status.code(), Some(0));
    let dir = setup("gen", "", &[]);
    let f = dir.join("$1.BAS");
    std::fs::write(&f, &out.stdout).unwrap();
    let check = xbas(&["check", f.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0));
    let run = xbas(&["run", f.to_str().unwrap(), "--para", "1,2,3"]);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "Result = 600\n");
    // -o writes the file with Windows line ends and never overwrites.
    let g = dir.join("$2.BAS");
    assert_eq!(
        xbas(&["gen", "--paras", "2", "-o", g.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert!(
        std::fs::read_to_string(&g)
            .unwrap()
            .contains("Result = (Para1 + Para2) * 100\r\n")
    );
    assert_eq!(
        xbas(&["gen", "--paras", "2", "-o", g.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );
}

fn backups(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("acd_map") && n != "acd_map.ini")
        .collect();
    v.sort();
    v
}

#[test]
fn fix_removes_duplicate_lines_after_a_backup() {
    let original = "; keep me\r\nA:0:1:2=S:Q:Calls\r\nA:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\nA:0:1:2=$1.BAS\r\n";
    let dir = setup("fixdup", original, &[("$1.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let out = xbas(&["map", "check", map.to_str().unwrap(), "--fix"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("removed line 3 (the same as line 2)"));
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        "; keep me\r\nA:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\n"
    );
    let b = backups(&dir);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(b[0].len() == "acd_map.ini".len() + 12, "{b:?}");
    assert_eq!(std::fs::read_to_string(dir.join(&b[0])).unwrap(), original);
    let (code, p) = problems(&dir, &[]);
    assert_eq!((code, p.len()), (0, 0));
}

#[test]
fn fix_leaves_everything_alone_when_a_problem_cannot_be_repaired() {
    let original = "A:0:1:2=S:Q:Calls\r\nA:0:1:2=S:Q:Calls\r\nbroken line\r\nA:0:1:2=$1.BAS\r\n";
    let dir = setup("fixbad", original, &[("$1.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let out = xbas(&["map", "check", map.to_str().unwrap(), "--fix"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains(":3: bad-line"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was changed"));
    // No parent conflict remains: nothing is said of --queues (issue 21, point 11).
    assert!(!String::from_utf8_lossy(&out.stderr).contains("--queues"));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), original);
    assert!(backups(&dir).is_empty());
}

const CONFLICT: &str = "R4-System:1001:1016:1009=Avaya CMS:1:Split:Test:Calls\r\nR4-System:1001:1016:1009=$1.BAS\r\nR4-System:1:1016:1009=Avaya CMS:1:Split:Test:Calls\r\nR4-System:1:1016:1009=$2.BAS\r\n";

#[test]
fn parent_conflict_is_not_guessed_without_queues() {
    let dir = setup("fixnoq", CONFLICT, &[("$1.BAS", ONE), ("$2.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let out = xbas(&["map", "check", map.to_str().unwrap(), "--fix"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--queues"));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), CONFLICT);
}

#[test]
fn parent_conflict_is_repaired_with_queues() {
    let dir = setup("fixq", CONFLICT, &[("$1.BAS", ONE), ("$2.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let queues = dir.join("queues.csv");
    std::fs::write(&queues, "queue_id,parent_id\n1016,1\n1108,0\n").unwrap();
    let out = xbas(&[
        "map",
        "check",
        map.to_str().unwrap(),
        "--fix",
        "--queues",
        queues.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The mapping under the outdated parent 1001 goes; the one under 1 stays as it was.
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        "R4-System:1:1016:1009=Avaya CMS:1:Split:Test:Calls\r\nR4-System:1:1016:1009=$2.BAS\r\n"
    );
    // $1.BAS is now unused: reported, not deleted.
    let (_, p) = problems(&dir, &[]);
    assert_eq!(kinds(&p), vec![("unused-script".into(), 0)]);
}

#[test]
fn parent_conflict_rewrites_parents_when_no_mapping_has_the_right_one() {
    let map_text =
        "DB:7:5:6=S:Q:Calls\r\nDB:7:5:6=$1.BAS\r\nDB:8:5:6=S:Q:Calls\r\nDB:8:5:6=$1.BAS\r\n";
    let dir = setup("fixrewrite", map_text, &[("$1.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let queues = dir.join("queues.csv");
    std::fs::write(&queues, "queue_id,parent_id\n5,2\n").unwrap();
    let out = xbas(&[
        "map",
        "check",
        map.to_str().unwrap(),
        "--fix",
        "--queues",
        queues.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        "DB:2:5:6=S:Q:Calls\r\nDB:2:5:6=$1.BAS\r\n"
    );
}

#[test]
fn gen_map_numbers_after_the_highest_script() {
    let original = "A:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\nB:0:3:4=S:Q:Calls\r\nB:0:3:4=$7.BAS\r\nC:0:5:6=S:Q:Calls\r\nC:0:5:6=T:R:Calls\r\nD:0:7:8=S:Q:Handled";
    let dir = setup("genmap", original, &[("$1.BAS", ONE), ("$7.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let out = xbas(&["gen", "--map", map.to_str().unwrap(), "--dry-run"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("would write $8.BAS (2 sources) and append C:0:5:6=$8.BAS"),
        "{text}"
    );
    assert!(
        text.contains("would write $9.BAS (1 source) and append D:0:7:8=$9.BAS"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&map).unwrap(), original);
    assert!(!dir.join("$8.BAS").exists());

    let out = xbas(&["gen", "--map", map.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        format!("{original}\r\nC:0:5:6=$8.BAS\r\nD:0:7:8=$9.BAS\r\n")
    );
    assert!(
        std::fs::read_to_string(dir.join("$8.BAS"))
            .unwrap()
            .contains("Result = (Para1 + Para2) * 100\r\n")
    );
    assert_eq!(backups(&dir).len(), 1);
    let (code, p) = problems(&dir, &[]);
    assert_eq!((code, p.len()), (0, 0), "{p:?}");
}

#[test]
fn fix_keeps_windows_1252_and_line_ends() {
    let dir = setup("fix1252", "", &[("$1.BAS", ONE)]);
    let map = dir.join("acd_map.ini");
    let clean: &[u8] = b"; Gro\xDFkunden\r\nGro\xDFkunden M\xFCnchen:0:1:2=ACD S\xFCd:Q:Calls\r\nGro\xDFkunden M\xFCnchen:0:1:2=$1.BAS\r\n";
    std::fs::write(&map, clean).unwrap();
    let out = xbas(&["map", "check", map.to_str().unwrap(), "--fix"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to fix"));
    assert_eq!(std::fs::read(&map).unwrap(), clean);
    let mut dup = clean.to_vec();
    dup.extend_from_slice(b"Gro\xDFkunden M\xFCnchen:0:1:2=ACD S\xFCd:Q:Calls\r\n");
    std::fs::write(&map, &dup).unwrap();
    let out = xbas(&["map", "check", map.to_str().unwrap(), "--fix"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(&map).unwrap(), clean);
}

/// What the import stops on, the check reports (issue 21): a script that does not compile
/// and one without `Sub Main` are problems with the mapping's line, the message names the
/// script's own file and line; the import stops on each of them too.
#[test]
fn scripts_the_import_cannot_compile_are_problems() {
    let broken = "Sub Main()\r\n  If Para1 > 0\r\n    Result = 1\r\n  End If\r\nEnd Sub\r\n";
    for (script, line_in_script) in [(broken, ":2:"), ("", ":1:")] {
        let dir = setup(
            "script-error",
            "A:0:1:2=S:Q:Calls\r\nA:0:1:2=$1.BAS\r\nB:0:3:4=S:Q:Calls\r\nB:0:3:4=$2.BAS\r\n",
            &[("$1.BAS", ONE), ("$2.BAS", script)],
        );
        let (code, p) = problems(&dir, &[]);
        assert_eq!(code, 1, "{p:?}");
        assert_eq!(kinds(&p), vec![("script-error".into(), 4)]);
        let message = p[0]["message"].as_str().unwrap();
        assert!(
            message.contains("$2.BAS does not compile") && message.contains(line_in_script),
            "{message}"
        );
        dir.file("h.csv", "source,start,value\n");
        let map = dir.join("acd_map.ini");
        let history = dir.join("h.csv");
        let out = xbas(&[
            "import",
            "--map",
            map.to_str().unwrap(),
            "--history",
            history.to_str().unwrap(),
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-02",
        ]);
        assert_ne!(out.status.code(), Some(0));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("$2.BAS"), "{stderr}");
    }
}

/// Flags that cannot go together are refused before anything is written (issue 21:
/// `gen --paras 2 --map …` and `gen --map … -o foo.bas` ran with exit 0).
#[test]
fn gen_refuses_flags_that_do_not_go_together() {
    let dir = setup("gen-conflicts", "A:0:1:2=S:Q:Calls\r\n", &[]);
    let map = dir.join("acd_map.ini");
    let (m, out) = (map.to_str().unwrap(), dir.join("foo.bas"));
    let o = out.to_str().unwrap();
    for args in [
        vec!["gen", "--paras", "2", "--map", m],
        vec!["gen", "--map", m, "-o", o],
        vec!["gen", "--paras", "2", "--dry-run"],
        vec!["gen"],
    ] {
        let r = xbas(&args);
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("error:"), "{args:?}: {err}");
    }
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_to_string(&map).unwrap(),
        "A:0:1:2=S:Q:Calls\r\n"
    );
}

/// Every `file:line` a text names (`acd_map.ini:3`, `$1.BAS:2:15`), as (file, line).
fn places(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for ext in [".ini:", ".BAS:", ".bas:"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(ext) {
            let at = from + i;
            let name_start = text[..at]
                .rfind(|c: char| c.is_whitespace() || "[(/\\`'\"".contains(c))
                .map_or(0, |k| k + 1);
            let digits: String = text[at + ext.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(line) = digits.parse() {
                let name = &text[name_start..at + ext.len() - 1];
                out.push((name.to_string(), line));
            }
            from = at + ext.len();
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Issue 21: `map check` finds every problem that makes `import` stop. Over a set of
/// broken maps and scripts, whenever the import stops naming a file and line, `map check`
/// exits 1 naming the same file and line; and a map it passes imports.
#[test]
fn map_check_finds_every_problem_the_import_stops_on() {
    let ok = "Sub Main()\r\n  Result = Para1 * 100\r\nEnd Sub\r\n";
    // (name, acd_map.ini, script files)
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let cases: &[Case] = &[
        (
            "clean",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[("$1.BAS", ok)],
        ),
        (
            "no-then",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[(
                "$1.BAS",
                "Sub Main()\r\n  If Para1 > 1\r\n    Result = 1\r\n  End If\r\nEnd Sub\r\n",
            )],
        ),
        (
            "empty-script",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[("$1.BAS", "")],
        ),
        (
            "no-main",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[("$1.BAS", "Sub Other()\r\n  Result = 1\r\nEnd Sub\r\n")],
        ),
        (
            "undeclared",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[(
                "$1.BAS",
                "Option Explicit\r\nSub Main()\r\n  x = 1\r\n  Result = x\r\nEnd Sub\r\n",
            )],
        ),
        (
            "type-error",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[(
                "$1.BAS",
                "Sub Main()\r\n  Dim x As Lung\r\n  Result = 1\r\nEnd Sub\r\n",
            )],
        ),
        (
            "para-beyond",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[(
                "$1.BAS",
                "Sub Main()\r\n  Result = Para1 + Para2\r\nEnd Sub\r\n",
            )],
        ),
        (
            "bad-line",
            "DB:0:1:1=S:Q:A\r\nthis is no mapping\r\nDB:0:1:1=$1.BAS\r\n",
            &[("$1.BAS", ok)],
        ),
        ("no-script", "DB:0:1:1=S:Q:A\r\n", &[]),
        ("missing-file", "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$7.BAS\r\n", &[]),
        (
            "two-scripts",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\nDB:0:1:1=$2.BAS\r\n",
            &[("$1.BAS", ok), ("$2.BAS", ok)],
        ),
        (
            "second-mapping",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\nDB:0:1:2=S:Q:A\r\nDB:0:1:2=$2.BAS\r\n",
            &[
                ("$1.BAS", ok),
                ("$2.BAS", "Sub Main()\r\n  Result = (Para1\r\nEnd Sub\r\n"),
            ],
        ),
        (
            "bad-function",
            "DB:0:1:1=S:Q:A\r\nDB:0:1:1=$1.BAS\r\n",
            &[(
                "$1.BAS",
                "Function F(x)\r\n  F = x +\r\nEnd Function\r\nSub Main()\r\n  Result = F(Para1)\r\nEnd Sub\r\n",
            )],
        ),
        ("comments-only", "; nothing mapped\r\n", &[]),
    ];
    let (mut stopped, mut named_places) = (0, 0);
    for (name, map, scripts) in cases {
        let d = setup(&format!("stops-{name}"), map, scripts);
        d.file("h.csv", "source,start,value\nS:Q:A,2024-03-04 08:00,4\n");
        let map_path = d.join("acd_map.ini");
        let history = d.join("h.csv");
        let args = common::import_args(&map_path, &history, "2024-03-04", "2024-03-04");
        let import = xbas(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let check = xbas(&["map", "check", map_path.to_str().unwrap()]);
        let check_text = format!(
            "{}{}",
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr)
        );
        let import_err = String::from_utf8_lossy(&import.stderr);
        if import.status.code() == Some(0) {
            continue;
        }
        stopped += 1;
        assert_eq!(
            check.status.code(),
            Some(1),
            "{name}: the import stops but map check passes:\n{import_err}\n---\n{check_text}"
        );
        let named = places(&import_err);
        named_places += named.len();
        let found = places(&check_text);
        for (file, line) in &named {
            let file = file.trim_start_matches("./");
            assert!(
                found
                    .iter()
                    .any(|(f, l)| f.trim_start_matches("./") == file && l == line),
                "{name}: the import names {file}:{line}, map check does not:\n{import_err}\n---\n{check_text}"
            );
        }
    }
    assert_eq!(
        stopped,
        cases.len() - 1,
        "every case but the clean one stops the import"
    );
    // The comparison compared something: most failures name their place.
    assert!(named_places >= 10, "only {named_places} places named");
}

/// Issue 21: with `--history`, a mapped source that has no value in it is a warning at
/// its line (a typo gives its mapping nothing, silently); `--strict` makes it exit 1.
#[test]
fn history_warns_of_absent_sources_and_strict_fails_on_them() {
    let d = setup(
        "absent",
        "DB:0:1:1=ACD1:Sales:Offered\r\nDB:0:1:1=ACD1:Suport:Offered\r\nDB:0:1:1=$1.BAS\r\n",
        &[("$1.BAS", TWO)],
    );
    d.file(
        "h.csv",
        "source,start,value\nACD1:Sales:Offered,2024-03-04 08:00,4\nACD1:Support:Offered,2019-01-01 08:05,1\n",
    );
    let map = d.join("acd_map.ini");
    let h = d.join("h.csv");
    let (m, h) = (map.to_str().unwrap(), h.to_str().unwrap());
    let o = xbas(&["map", "check", m, "--history", h]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "a warning alone passes: {out}");
    assert_eq!(
        out,
        format!(
            "{m}:2: warning: absent-source: `ACD1:Suport:Offered` has no value in the history (a typo?)\n"
        )
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("0 problems, 1 warning"));
    let o = xbas(&["map", "check", m, "--history", h, "--strict"]);
    assert_eq!(o.status.code(), Some(1));
    let (code, p) = problems(&d, &["--history", h]);
    assert_eq!(
        (code, kinds(&p)),
        (0, vec![("absent-source".to_string(), 2)])
    );
    assert_eq!(p[0]["severity"], "warning");
    // Without --history nothing is said of sources.
    assert_eq!(problems(&d, &[]).1.len(), 0);
    // A history without the typo: clean.
    d.file("h.csv", "source,start,value\nACD1:Sales:Offered,2024-03-04 08:00,4\nACD1:Suport:Offered,2024-03-04 08:00,4\n");
    assert_eq!(problems(&d, &["--history", h]).1.len(), 0);
    let o = xbas(&["map", "check", m, "--history", "nope.csv"]);
    assert_eq!(o.status.code(), Some(2));
}
