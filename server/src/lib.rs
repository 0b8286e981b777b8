//! The portal's server: configuration, database, HTTP router, command-line tasks.

pub mod api;
pub mod assets;
pub mod config;
pub mod csrf;
pub mod database;
pub mod email;
pub mod import;
pub mod jobs;
pub mod language;
pub mod metrics;
pub mod page_cache;
pub mod refused_forms;
pub mod request_ids;
pub mod secret;
pub mod seed;
pub mod session_stamps;
pub mod site_headers;
pub mod startup;
pub mod telemetry;

#[cfg(test)]
mod tests {
    /// Every Rust file under `folder`, with its path.
    fn sources(folder: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
        std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .flat_map(|path| {
                if path.is_dir() {
                    sources(&path)
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    vec![(path, text)]
                } else {
                    Vec::new()
                }
            })
            .collect()
    }

    /// The server reaches the portal's rules through `app::policy` and `app::services`, never
    /// through a page, so a page's guard cannot quietly become the API's.
    #[test]
    fn nothing_in_the_server_uses_a_page_of_the_app() {
        let folder = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let files = sources(folder);
        assert!(files.len() > 20, "the server's files were read");
        for (path, text) in files {
            let code: String = text
                .lines()
                .map(|line| line.split("//").next().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n");
            // `app::pages::…`, or `pages` named in a `use app::{…}` list.
            let direct = code.contains(&["app", "::pages"].concat());
            let listed = code.match_indices("app::{").any(|(at, _)| {
                let list = &code[at..at + code[at..].find('}').unwrap_or(0)];
                list.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|word| word == "pages")
            });
            assert!(
                !direct && !listed,
                "{} uses a page of the app",
                path.display()
            );
        }
    }
}
