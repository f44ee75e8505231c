//! Default scripts: for N sources, every host variable declared Long and
//! `Result = (Para1 + … + ParaN) * 100` (`Para1 * 100` for one source).

/// The default script for `n` sources, with the given line end.
pub fn default_script(n: usize, end: &str) -> String {
    let mut s = String::new();
    for v in ["Result", "Weekday", "Minutes"] {
        s.push_str(&format!("Dim {v} As Long{end}"));
    }
    for i in 1..=n {
        s.push_str(&format!("Dim Para{i} As Long{end}"));
    }
    s.push_str(end);
    s.push_str(&format!("Sub Main(){end}"));
    let sum = (1..=n)
        .map(|i| format!("Para{i}"))
        .collect::<Vec<_>>()
        .join(" + ");
    let body = match n {
        0 => "Result = 0".to_string(),
        1 => "Result = Para1 * 100".to_string(),
        _ => format!("Result = ({sum}) * 100"),
    };
    s.push_str(&format!("  {body}{end}"));
    s.push_str(&format!("End Sub{end}"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_spec_text() {
        assert_eq!(
            default_script(2, "\n"),
            "Dim Result As Long\nDim Weekday As Long\nDim Minutes As Long\nDim Para1 As Long\nDim Para2 As Long\n\nSub Main()\n  Result = (Para1 + Para2) * 100\nEnd Sub\n"
        );
        assert!(default_script(1, "\r\n").contains("  Result = Para1 * 100\r\n"));
    }

    #[test]
    fn generated_scripts_compile_and_sum() {
        let p = xbas::Program::compile(&default_script(3, "\r\n")).unwrap();
        let mut r = p.runner();
        let v = r
            .eval(&xbas::Interval {
                paras: &[1.0, 2.0, 3.0],
                weekday: 2,
                minutes: 0,
            })
            .unwrap();
        assert_eq!(v, 600);
        assert_eq!(p.para_count(), 3);
    }
}
