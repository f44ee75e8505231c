//! `xbas import` compiles each distinct script file once (issue 16): the map check
//! compiles it to count its ParaN, and the import's workers share that program. Alone in
//! its test binary, so that no other test compiles meanwhile.

mod common;

#[test]
fn an_import_compiles_each_script_file_once() {
    let dir = common::dir("compile-once");
    // Four mappings over two scripts ($1 three times, one with its name in other case).
    dir.file(
        "acd_map.ini",
        "WFM:0:1:1=ACD:A\nWFM:0:1:1=$1.BAS\n\
         WFM:0:2:1=ACD:B\nWFM:0:2:1=$1.BAS\n\
         WFM:0:3:1=ACD:A\nWFM:0:3:1=$1.bas\n\
         WFM:0:4:1=ACD:A\nWFM:0:4:1=ACD:B\nWFM:0:4:1=$2.BAS\n",
    );
    dir.file("$1.BAS", "Sub Main()\n  Result = Para1 * 100\nEnd Sub\n");
    dir.file(
        "$2.BAS",
        "Sub Main()\n  Result = (Para1 + Para2) * 100\nEnd Sub\n",
    );
    let mut history = String::from("start,ACD:A,ACD:B\n");
    for m in 0..96 {
        history.push_str(&format!(
            "2024-03-04 {:02}:{:02},{m},1\n",
            m / 4,
            m % 4 * 15
        ));
    }
    dir.file("h.csv", history);
    let opts = common::import_options(&dir, "h.csv", false);
    let before = xbas::Program::compilations();
    let (summary, rows) = common::import_rows(&opts, &xbas_xlink::import::Quiet);
    assert_eq!(xbas::Program::compilations() - before, 2);
    assert_eq!(summary.mappings, 4);
    assert_eq!(rows, 4 * 96);
}
