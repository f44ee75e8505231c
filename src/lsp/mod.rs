//! `xbas lsp`: a Language Server Protocol server over stdio (`lsp-server` for the
//! JSON-RPC framing, `lsp-types` for the messages). It keeps the open scripts, analyses
//! each version once ([`xbas::ide::Analysis`]) when a request or the diagnostics need it,
//! and publishes diagnostics as soon as the changes pause: a change waits [`DEBOUNCE`] for
//! the next one (at most [`MAX_WAIT`] in all), and the changes that came in while an
//! analysis ran are all applied before the next one. A script beside an
//! `acd_map.ini` is checked against the mappings that use it, and completes `ParaN` up to
//! their sources. What each request answers is in `requests`.

mod convert;
mod requests;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, HoverProviderCapability, OneOf,
    PublishDiagnosticsParams, RenameOptions, SaveOptions, SemanticTokensFullOptions,
    SemanticTokensLegend, SemanticTokensOptions, SemanticTokensServerCapabilities,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use xbas::ide::{Analysis, MappingInfo};
use xbas::syntax::SourceFile;

/// How long a change waits for the next before its diagnostics are worked out (changes
/// that arrive while the server works are taken together anyway).
pub const DEBOUNCE: Duration = Duration::from_millis(5);
/// The longest diagnostics wait while changes keep coming.
pub const MAX_WAIT: Duration = Duration::from_millis(200);

/// `xbas lsp`: serves on stdin/stdout until the client says `exit`.
pub fn run() -> ExitCode {
    let (connection, io) = Connection::stdio();
    let served = serve(&connection);
    drop(connection);
    let joined = io.join();
    match (served, joined) {
        (Ok(()), Ok(())) => ExitCode::SUCCESS,
        (Err(e), _) => {
            eprintln!("xbas lsp: {e}");
            ExitCode::from(1)
        }
        (_, Err(e)) => {
            eprintln!("xbas lsp: {e}");
            ExitCode::from(1)
        }
    }
}

/// What the server announces it can do.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions::default()),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(lsp_types::FoldingRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: SemanticTokensLegend {
                    token_types: requests::TOKEN_TYPES.to_vec(),
                    token_modifiers: vec![
                        lsp_types::SemanticTokenModifier::DEFAULT_LIBRARY,
                        lsp_types::SemanticTokenModifier::READONLY,
                    ],
                },
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                work_done_progress_options: Default::default(),
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        ..Default::default()
    }
}

/// One open script.
struct Doc {
    text: String,
    version: i32,
    path: Option<PathBuf>,
    /// The mappings of the `acd_map.ini` beside the script that use it.
    mappings: Vec<MappingInfo>,
    /// The analysis of the current text, once worked out.
    analysis: Option<Analysis>,
}

impl Doc {
    fn new(uri: &Uri, text: String, version: i32) -> Doc {
        let path = convert::path(uri);
        let mappings = path.as_deref().map(mappings_of).unwrap_or_default();
        Doc {
            text,
            version,
            path,
            mappings,
            analysis: None,
        }
    }

    /// The analysis of the current text (worked out now if the text changed).
    fn analysis(&mut self) -> &Analysis {
        let (path, mappings, text) = (&self.path, &self.mappings, &self.text);
        self.analysis.get_or_insert_with(|| {
            let name = path
                .as_ref()
                .map_or("script.bas".to_string(), |p| p.display().to_string());
            if text.len() > xbas::syntax::source::MAX_SOURCE {
                Analysis::too_large(&name)
            } else {
                Analysis::new(SourceFile::from_text(name, text.as_str()), mappings)
            }
        })
    }
}

/// The mappings of the `acd_map.ini` in the script's folder (any case) that use it.
fn mappings_of(path: &std::path::Path) -> Vec<MappingInfo> {
    let Some(folder) = path.parent() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let map = entries.flatten().map(|e| e.path()).find(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case("acd_map.ini"))
    });
    let Some(uses) = map.and_then(|m| xbas_xlink::check::ScriptUses::read(&m).ok()) else {
        return Vec::new();
    };
    uses.mappings_of(path)
        .into_iter()
        .map(|(name, sources)| MappingInfo { name, sources })
        .collect()
}

/// The server's state: the open documents and the diagnostics owed.
struct Server<'c> {
    connection: &'c Connection,
    docs: HashMap<String, (Uri, Doc)>,
    /// Documents whose diagnostics are owed, and since when.
    owed: HashMap<String, Instant>,
    /// When the last change came.
    last_change: Instant,
}

/// Serves one client on `connection`: the initialize handshake, then every message
/// until `exit`.
pub fn serve(connection: &Connection) -> Result<(), String> {
    let caps = serde_json::to_value(capabilities()).map_err(|e| e.to_string())?;
    let init = serde_json::json!({
        "capabilities": caps,
        "serverInfo": {"name": "xbas", "version": env!("CARGO_PKG_VERSION")},
    });
    let (id, _params) = connection.initialize_start().map_err(|e| e.to_string())?;
    connection
        .initialize_finish(id, init)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        docs: HashMap::new(),
        owed: HashMap::new(),
        last_change: Instant::now(),
    };
    loop {
        let message = match server.next_wait() {
            None => connection.receiver.recv().ok(),
            Some(wait) => match connection.receiver.recv_timeout(wait) {
                Ok(m) => Some(m),
                Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => {
                    server.publish_owed();
                    continue;
                }
                Err(_) => None,
            },
        };
        let Some(message) = message else {
            return Ok(());
        };
        match message {
            Message::Request(req) => {
                if connection
                    .handle_shutdown(&req)
                    .map_err(|e| e.to_string())?
                {
                    return Ok(());
                }
                let resp = server.request(req);
                server.send(Message::Response(resp));
            }
            Message::Notification(n) => {
                if n.method == notif::Exit::METHOD {
                    return Ok(());
                }
                server.notification(n);
            }
            Message::Response(_) => {}
        }
    }
}

impl Server<'_> {
    fn send(&self, m: Message) {
        // The client gone: the receive loop ends on its own.
        let _ = self.connection.sender.send(m);
    }

    /// How long to wait for the next message before publishing what is owed.
    fn next_wait(&self) -> Option<Duration> {
        let first = self.owed.values().min()?;
        let now = Instant::now();
        let by_debounce = (self.last_change + DEBOUNCE).saturating_duration_since(now);
        let by_max = (*first + MAX_WAIT).saturating_duration_since(now);
        Some(by_debounce.min(by_max))
    }

    fn publish_owed(&mut self) {
        let owed: Vec<String> = self.owed.drain().map(|(k, _)| k).collect();
        for key in owed {
            self.publish(&key);
        }
    }

    fn publish(&mut self, key: &str) {
        let Some((uri, doc)) = self.docs.get_mut(key) else {
            return;
        };
        let version = doc.version;
        let a = doc.analysis();
        let diagnostics = requests::diagnostics(a, uri);
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version: Some(version),
        };
        self.send(Message::Notification(Notification::new(
            notif::PublishDiagnostics::METHOD.to_string(),
            params,
        )));
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            notif::DidOpenTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(n.params)
                {
                    let d = p.text_document;
                    let key = d.uri.as_str().to_string();
                    let doc = Doc::new(&d.uri, d.text, d.version);
                    self.docs.insert(key.clone(), (d.uri, doc));
                    // Diagnostics of a file just opened go out at once.
                    self.publish(&key);
                }
            }
            notif::DidChangeTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(n.params)
                {
                    let key = p.text_document.uri.as_str().to_string();
                    if let Some((_, doc)) = self.docs.get_mut(&key) {
                        for change in p.content_changes {
                            match change.range {
                                Some(r) => {
                                    let span = convert::span_in(&doc.text, r);
                                    doc.text.replace_range(span.start..span.end, &change.text);
                                }
                                None => doc.text = change.text,
                            }
                        }
                        doc.version = p.text_document.version;
                        doc.analysis = None;
                        self.last_change = Instant::now();
                        self.owed.entry(key).or_insert(self.last_change);
                    }
                }
            }
            notif::DidSaveTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidSaveTextDocumentParams>(n.params)
                {
                    let key = p.text_document.uri.as_str().to_string();
                    // The map beside may have changed too.
                    if let Some((_, doc)) = self.docs.get_mut(&key) {
                        doc.mappings = doc.path.as_deref().map(mappings_of).unwrap_or_default();
                        doc.analysis = None;
                        self.publish(&key);
                    }
                }
            }
            notif::DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(n.params)
                {
                    let key = p.text_document.uri.as_str().to_string();
                    self.docs.remove(&key);
                    self.owed.remove(&key);
                    let params = PublishDiagnosticsParams {
                        uri: p.text_document.uri,
                        diagnostics: Vec::new(),
                        version: None,
                    };
                    self.send(Message::Notification(Notification::new(
                        notif::PublishDiagnostics::METHOD.to_string(),
                        params,
                    )));
                }
            }
            _ => {}
        }
    }

    fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        // Every request names its document the same way.
        let uri = req
            .params
            .pointer("/textDocument/uri")
            .and_then(|u| u.as_str())
            .map(str::to_string);
        let Some(key) = uri else {
            return Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("xbas lsp does not answer `{}`", req.method),
            );
        };
        let Some((uri, doc)) = self.docs.get_mut(&key) else {
            return Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                format!("{key} is not open"),
            );
        };
        let paras = doc.mappings.iter().map(|m| m.sources).max();
        let uri = uri.clone();
        let a = doc.analysis();
        match requests::answer(a, &uri, paras, &req.method, req.params) {
            Ok(value) => Response::new_ok(id, value),
            Err(requests::Failure::Unknown) => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("xbas lsp does not answer `{}`", req.method),
            ),
            Err(requests::Failure::Invalid(why)) => {
                Response::new_err(id, ErrorCode::InvalidParams as i32, why)
            }
            Err(requests::Failure::Refused(why)) => {
                Response::new_err(id, ErrorCode::RequestFailed as i32, why)
            }
        }
    }
}
