//! A language client for `xbas lsp` over its stdin and stdout (JSON-RPC with
//! `Content-Length` framing), for `tests/lsp.rs` and `benches/lsp.rs`.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// A language client over the server's stdin and stdout.
pub struct Client {
    pub child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    /// Notifications read while waiting for a response.
    pub notifications: Vec<Value>,
}

impl Client {
    /// Starts `xbas lsp` (the command given, without its `lsp` argument) and says
    /// `initialize` and `initialized`.
    pub fn start(mut xbas: Command) -> Client {
        let mut child = xbas
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse().unwrap();
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).unwrap();
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let mut c = Client {
            child,
            stdin,
            messages: rx,
            next_id: 0,
            notifications: Vec::new(),
        };
        let init = c.request("initialize", json!({"capabilities": {}, "processId": null}));
        assert!(
            init["capabilities"]["hoverProvider"].as_bool().unwrap(),
            "{init}"
        );
        c.notify("initialized", json!({}));
        c
    }

    pub fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    pub fn next(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(20))
            .expect("the server answered within 20 s")
    }

    /// Sends a request and returns its response (the whole message).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.next();
            if m["id"] == json!(id) {
                return m;
            }
            self.notifications.push(m);
        }
    }

    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let m = self.call(method, params);
        assert!(m.get("error").is_none(), "{method}: {m}");
        m["result"].clone()
    }

    /// The next diagnostics published for `uri`.
    pub fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        if let Some(i) = self.notifications.iter().position(|n| {
            n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
        }) {
            let n = self.notifications.remove(i);
            return n["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let m = self.next();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    /// The diagnostics published for version `version` of `uri` (earlier ones skipped).
    pub fn diagnostics_of(&mut self, uri: &str, version: i64) -> Vec<Value> {
        loop {
            let m = self.next();
            let p = &m["params"];
            if m["method"] == "textDocument/publishDiagnostics"
                && p["uri"] == uri
                && p["version"] == json!(version)
            {
                return p["diagnostics"].as_array().cloned().unwrap_or_default();
            }
        }
    }

    pub fn shutdown(mut self) {
        let r = self.call("shutdown", json!(null));
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", json!(null));
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}
