//! A real SMTP server for the tests: Python's aiosmtpd on loopback, keeping each message it
//! receives as a file in a Maildir.

use crate::helpers::TestApp;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct MailServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl MailServer {
    pub async fn start() -> Self {
        Self::start_on(crate::helpers::free_port()).await
    }

    pub async fn start_on(port: u16) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let python =
            std::env::var("PORTAL_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
        let mut child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(dir.path().join("maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("start aiosmtpd with {python} (apt-get install python3-aiosmtpd): {e}")
            });
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Self { port, dir, child };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("aiosmtpd did not start listening on port {port}");
    }

    /// The files of the messages received, in the order they arrived: by the counter Python's
    /// Maildir writes into each name (`…Q<n>.…`), as names of one second do not sort in order.
    fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path().join("maildir/new"))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort_by_key(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.split_once('Q')
                .and_then(|(_, rest)| rest.split('.').next()?.parse::<u64>().ok())
                .expect("a Maildir name carrying its counter")
        });
        files
    }

    /// The messages received so far, decoded enough to read: quoted-printable undone.
    pub fn messages(&self) -> Vec<String> {
        self.files()
            .iter()
            .map(|path| decode_quoted_printable(&std::fs::read_to_string(path).unwrap()))
            .collect()
    }

    /// Has `app` send everything due in its outbox, then returns every message received so
    /// far, of which there must be at least `count`.
    /// Each message's Message-ID, in the order they arrived (one twice if it came twice).
    pub fn message_ids(&self) -> Vec<String> {
        self.files()
            .iter()
            .map(|path| {
                let raw = std::fs::read_to_string(path).unwrap();
                raw.lines()
                    .take_while(|line| !line.is_empty())
                    .find_map(|line| {
                        let (name, value) = line.split_once(':')?;
                        name.eq_ignore_ascii_case("message-id")
                            .then(|| value.trim().to_string())
                    })
                    .unwrap_or_else(|| panic!("{} has no Message-ID", path.display()))
            })
            .collect()
    }

    pub async fn received_from(&self, app: &TestApp, count: usize) -> Vec<String> {
        app.send_emails().await;
        let messages = self.messages();
        assert!(
            messages.len() >= count,
            "expected {count} messages, received {}",
            messages.len()
        );
        messages
    }
}

impl Drop for MailServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn decode_quoted_printable(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let mut out = Vec::with_capacity(joined.len());
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first link in a text that starts with `prefix`.
pub fn link_starting(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link starting {prefix} in:\n{text}"));
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .to_string()
}
