//! Named arguments (`f(b:=2, a:=1)`, `Err.Raise Number:=5`): the one rule that puts a
//! call's arguments in parameter order, shared by the binder (which checks the call and
//! reports) and the compiler (which emits the arguments in that order). Function
//! statement page: "named arguments ... can be specified in any order"; a positional
//! argument cannot follow a named one.

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::{Arg, ExprKind, Procedure};
use std::borrow::Cow;

/// The named parameters of the built-ins that take named arguments (their reference
/// pages' syntax lines): `MsgBox`, and `Err.Raise` under the name `Err.Raise`.
pub fn builtin_params(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "MsgBox" => Some(&["prompt", "buttons", "title", "helpfile", "context"]),
        "Err.Raise" => Some(&["number", "source", "description", "helpfile", "helpcontext"]),
        _ => None,
    }
}

/// The parameter names of a procedure of the file, for named arguments; None when it
/// has a ParamArray (named arguments cannot reach its extra arguments).
pub fn param_names(p: &Procedure) -> Option<Vec<String>> {
    if p.params.iter().any(|x| x.param_array) {
        return None;
    }
    Some(p.params.iter().map(|x| x.name.key()).collect())
}

/// Whether any argument is named.
pub fn has_named(args: &[Arg]) -> bool {
    args.iter()
        .flatten()
        .any(|a| matches!(a.kind, ExprKind::Named { .. }))
}

/// `args` in parameter order: positional ones where they are, each named one at its
/// parameter, holes left out (None). `params` are the callee's parameter names,
/// case-folded (None: it takes no named arguments); `callee` names it in messages.
pub fn in_order<'a, S: AsRef<str>>(
    args: &'a [Arg],
    params: Option<&[S]>,
    callee: &str,
) -> Result<Cow<'a, [Arg]>, Box<Diagnostic>> {
    if !has_named(args) {
        return Ok(Cow::Borrowed(args));
    }
    let mut out: Vec<Arg> = Vec::new();
    let mut named_seen = false;
    for a in args {
        match a.as_ref().map(|a| (&a.kind, a.span)) {
            Some((ExprKind::Named { name, value }, span)) => {
                named_seen = true;
                let Some(params) = params else {
                    return Err(Box::new(
                        Diagnostic::error(
                            "E0505",
                            format!("`{callee}` takes no named arguments"),
                            span,
                        )
                        .with_label("named argument")
                        .with_help("pass the arguments in order, without `name:=`"),
                    ));
                };
                let key = name.key();
                let Some(k) = params.iter().position(|p| p.as_ref() == key) else {
                    return Err(Box::new(
                        Diagnostic::error(
                            "E0505",
                            format!("`{callee}` has no parameter named `{}`", name.written()),
                            name.span,
                        )
                        .with_label("no such parameter")
                        .with_help(format!(
                            "its parameters are: {}",
                            params
                                .iter()
                                .map(AsRef::as_ref)
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    ));
                };
                if out.len() <= k {
                    out.resize(k + 1, None);
                }
                if out[k].is_some() {
                    return Err(Box::new(
                        Diagnostic::error(
                            "E0505",
                            format!("argument `{}` is given twice", name.written()),
                            name.span,
                        )
                        .with_label("given again here"),
                    ));
                }
                out[k] = Some((**value).clone());
            }
            Some((_, span)) if named_seen => {
                return Err(Box::new(
                    Diagnostic::error("E0505", "a positional argument after a named one", span)
                        .with_label("no name")
                        .with_help("name it too (`name:=value`), or move it before the named ones"),
                ));
            }
            _ => out.push(a.clone()),
        }
    }
    Ok(Cow::Owned(out))
}
