//! What `xbas lsp` answers: each request of the protocol the server announces, from an
//! [`Analysis`] of the document, and the diagnostics it publishes.

use super::convert::{Positions, offset, range};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionParams, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, DocumentFormattingParams, DocumentSymbol, DocumentSymbolParams,
    FoldingRange, FoldingRangeKind, FoldingRangeParams, GotoDefinitionParams, Hover, HoverContents,
    HoverParams, InsertTextFormat, Location, MarkupContent, MarkupKind, NumberOrString,
    PrepareRenameResponse, ReferenceParams, RenameParams, SemanticToken, SemanticTokenType,
    SemanticTokens, SemanticTokensParams, SymbolKind, TextDocumentPositionParams, TextEdit, Uri,
    WorkspaceEdit,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;
use xbas::diagnostic::{Severity, Span};
use xbas::ide::{Analysis, CompletionKind, Outline, OutlineKind, TokenKind};

/// Why a request got no answer.
pub enum Failure {
    /// A method the server does not answer.
    Unknown,
    /// Parameters that do not fit the method.
    Invalid(String),
    /// The request is understood but cannot be done (a rename of a built-in).
    Refused(String),
}

/// The semantic token types, in [`TokenKind::ALL`]'s order.
pub const TOKEN_TYPES: [SemanticTokenType; 11] = [
    SemanticTokenType::KEYWORD,
    SemanticTokenType::COMMENT,
    SemanticTokenType::STRING,
    SemanticTokenType::NUMBER,
    SemanticTokenType::OPERATOR,
    SemanticTokenType::VARIABLE,
    SemanticTokenType::PARAMETER,
    SemanticTokenType::FUNCTION,
    SemanticTokenType::FUNCTION,
    SemanticTokenType::new("enumMember"),
    SemanticTokenType::VARIABLE,
];

fn params<P: DeserializeOwned>(v: Value) -> Result<P, Failure> {
    serde_json::from_value(v).map_err(|e| Failure::Invalid(e.to_string()))
}

fn json(v: impl serde::Serialize) -> Result<Value, Failure> {
    serde_json::to_value(v).map_err(|e| Failure::Invalid(e.to_string()))
}

/// The answer to request `method` about the document `uri` analysed as `a`; `paras`
/// the sources of its mappings, when a map is beside it.
pub fn answer(
    a: &Analysis,
    uri: &Uri,
    paras: Option<usize>,
    method: &str,
    raw: Value,
) -> Result<Value, Failure> {
    let src = &a.source;
    let at = |p: &TextDocumentPositionParams| offset(src, p.position);
    let location = |s: Span| Location::new(uri.clone(), range(src, s));
    match method {
        req::HoverRequest::METHOD => {
            let p: HoverParams = params(raw)?;
            json(
                a.hover(at(&p.text_document_position_params))
                    .map(|(span, text)| Hover {
                        contents: HoverContents::Markup(MarkupContent {
                            kind: MarkupKind::Markdown,
                            value: text,
                        }),
                        range: Some(range(src, span)),
                    }),
            )
        }
        req::Completion::METHOD => {
            let p: CompletionParams = params(raw)?;
            let items: Vec<CompletionItem> = a
                .completions(at(&p.text_document_position), paras)
                .into_iter()
                .map(|c| CompletionItem {
                    kind: Some(match c.kind {
                        CompletionKind::Keyword => CompletionItemKind::KEYWORD,
                        CompletionKind::Function => CompletionItemKind::FUNCTION,
                        CompletionKind::Procedure => CompletionItemKind::METHOD,
                        CompletionKind::Variable => CompletionItemKind::VARIABLE,
                        CompletionKind::Constant => CompletionItemKind::CONSTANT,
                        CompletionKind::Host => CompletionItemKind::FIELD,
                    }),
                    detail: Some(c.detail),
                    insert_text_format: c.snippet.as_ref().map(|_| InsertTextFormat::SNIPPET),
                    insert_text: c.snippet,
                    label: c.label,
                    ..Default::default()
                })
                .collect();
            json(items)
        }
        req::GotoDefinition::METHOD => {
            let p: GotoDefinitionParams = params(raw)?;
            json(
                a.definition(at(&p.text_document_position_params))
                    .map(location),
            )
        }
        req::References::METHOD => {
            let p: ReferenceParams = params(raw)?;
            let here = at(&p.text_document_position);
            let decl = a.definition(here);
            let spans = a.references(here);
            let keep = |s: &Span| p.context.include_declaration || Some(*s) != decl;
            json(
                spans
                    .into_iter()
                    .filter(keep)
                    .map(location)
                    .collect::<Vec<_>>(),
            )
        }
        req::PrepareRenameRequest::METHOD => {
            let p: TextDocumentPositionParams = params(raw)?;
            let here = at(&p);
            // Refused renames say why now, before the user types a name.
            a.rename(here, "xbas_probe_name")
                .map_err(Failure::Refused)?;
            json(
                a.at(here)
                    .map(|(s, _)| PrepareRenameResponse::Range(range(src, s))),
            )
        }
        req::Rename::METHOD => {
            let p: RenameParams = params(raw)?;
            let edits = a
                .rename(at(&p.text_document_position), &p.new_name)
                .map_err(Failure::Refused)?;
            json(workspace_edit(a, uri, &edits))
        }
        req::DocumentSymbolRequest::METHOD => {
            let _: DocumentSymbolParams = params(raw)?;
            json(a.outline().iter().map(|o| symbol(a, o)).collect::<Vec<_>>())
        }
        req::FoldingRangeRequest::METHOD => {
            let _: FoldingRangeParams = params(raw)?;
            let folds: Vec<FoldingRange> = a
                .folds()
                .into_iter()
                .map(|f| FoldingRange {
                    start_line: f.start as u32 - 1,
                    end_line: f.end as u32 - 1,
                    kind: f.comment.then_some(FoldingRangeKind::Comment),
                    ..Default::default()
                })
                .collect();
            json(folds)
        }
        req::SemanticTokensFullRequest::METHOD => {
            let _: SemanticTokensParams = params(raw)?;
            json(SemanticTokens {
                result_id: None,
                data: semantic_tokens(a),
            })
        }
        req::CodeActionRequest::METHOD => {
            let p: CodeActionParams = params(raw)?;
            let (from, to) = (offset(src, p.range.start), offset(src, p.range.end));
            let actions: Vec<CodeActionOrCommand> = a
                .diagnostics
                .iter()
                .filter(|d| d.span.start <= to && from <= d.span.end)
                .flat_map(|d| {
                    d.fixes.iter().map(move |f| {
                        CodeActionOrCommand::CodeAction(CodeAction {
                            title: f.title.clone(),
                            kind: Some(CodeActionKind::QUICKFIX),
                            diagnostics: Some(vec![diagnostic(a, uri, d)]),
                            edit: Some(workspace_edit(a, uri, &f.edits)),
                            is_preferred: Some(true),
                            ..Default::default()
                        })
                    })
                })
                .collect();
            json(actions)
        }
        req::Formatting::METHOD => {
            let _: DocumentFormattingParams = params(raw)?;
            match xbas::format::format(&src.text) {
                Ok(new) if new != src.text => json(vec![TextEdit::new(
                    range(src, Span::new(0, src.text.len())),
                    new,
                )]),
                Ok(_) => json(Vec::<TextEdit>::new()),
                // A script with errors is left as it is (its diagnostics say why).
                Err(_) => json(Value::Null),
            }
        }
        _ => Err(Failure::Unknown),
    }
}

fn workspace_edit(a: &Analysis, uri: &Uri, edits: &[(Span, String)]) -> WorkspaceEdit {
    let edits = edits
        .iter()
        .map(|(s, t)| TextEdit::new(range(&a.source, *s), t.clone()))
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

fn symbol(a: &Analysis, o: &Outline) -> DocumentSymbol {
    #[allow(deprecated)]
    DocumentSymbol {
        name: o.name.clone(),
        detail: Some(o.detail.clone()),
        kind: match o.kind {
            OutlineKind::Sub | OutlineKind::Function => SymbolKind::FUNCTION,
            OutlineKind::Variable => SymbolKind::VARIABLE,
            OutlineKind::Constant => SymbolKind::CONSTANT,
        },
        tags: None,
        deprecated: None,
        range: range(&a.source, o.span),
        selection_range: range(&a.source, o.name_span),
        children: Some(o.children.iter().map(|c| symbol(a, c)).collect()),
    }
}

/// The tokens, encoded as the protocol wants: each relative to the one before.
fn semantic_tokens(a: &Analysis) -> Vec<SemanticToken> {
    let tokens = a.tokens();
    let at = Positions::new(
        &a.source,
        tokens.iter().flat_map(|t| [t.span.start, t.span.end]),
    );
    let mut out = Vec::with_capacity(tokens.len());
    let (mut line, mut col) = (0u32, 0u32);
    for t in tokens {
        let (start, end) = (at.get(t.span.start), at.get(t.span.end));
        // Tokens never span lines; one that would is cut at its line's end.
        let length = if end.line == start.line {
            end.character - start.character
        } else {
            let text = a.source.line_text(start.line as usize + 1);
            (text.encode_utf16().count() as u32).saturating_sub(start.character)
        };
        let delta_line = start.line - line;
        let delta_start = if delta_line == 0 {
            start.character - col
        } else {
            start.character
        };
        let kind = TokenKind::ALL
            .iter()
            .position(|k| *k == t.kind)
            .unwrap_or(0) as u32;
        let modifiers = match t.kind {
            TokenKind::Builtin => 1,
            TokenKind::Host | TokenKind::Constant => 2,
            _ => 0,
        };
        out.push(SemanticToken {
            delta_line,
            delta_start,
            length,
            token_type: kind,
            token_modifiers_bitset: modifiers,
        });
        (line, col) = (start.line, start.character);
    }
    out
}

/// The most diagnostics published for one document.
pub const MAX_PUBLISHED: usize = 1000;

/// A diagnostic as the protocol writes it (the help and label after the message).
pub fn diagnostic(a: &Analysis, uri: &Uri, d: &xbas::diagnostic::Diagnostic) -> Diagnostic {
    let at = Positions::new(&a.source, spans(d));
    convert_diagnostic(&at, uri, d)
}

fn spans(d: &xbas::diagnostic::Diagnostic) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(d.span)
        .chain(d.notes.iter().map(|(s, _)| *s))
        .flat_map(|s| [s.start, s.end])
}

fn convert_diagnostic(at: &Positions, uri: &Uri, d: &xbas::diagnostic::Diagnostic) -> Diagnostic {
    let mut message = d.message.clone();
    if !d.label.is_empty() {
        message.push_str(&format!(": {}", d.label));
    }
    if let Some(h) = &d.help {
        message.push_str(&format!("\nhelp: {h}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .notes
        .iter()
        .map(|(s, text)| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), at.range(*s)),
            message: text.clone(),
        })
        .collect();
    Diagnostic {
        range: at.range(d.span),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        source: Some("xbas".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

/// The diagnostics of the document (the first [`MAX_PUBLISHED`]).
pub fn diagnostics(a: &Analysis, uri: &Uri) -> Vec<Diagnostic> {
    let shown = &a.diagnostics[..a.diagnostics.len().min(MAX_PUBLISHED)];
    let at = Positions::new(&a.source, shown.iter().flat_map(spans));
    shown
        .iter()
        .map(|d| convert_diagnostic(&at, uri, d))
        .collect()
}
