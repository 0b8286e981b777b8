//! Neighbourhood lists in data.police.uk's `[{"id", "name"}]` format, each assigned to a Local
//! Policing Area by an explicit mapping file or by the start of its id.

use super::{
    ImportError, ImportOptions, ImportSummary, check_rejections, display_name, finish, start,
};
use app::domain::neighbourhood::AreaCode;
use entity::{force, local_policing_area, neighbourhood};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter,
};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct NeighbourhoodListOptions {
    /// The force, created if the database has none yet.
    pub force: Option<NewForce>,
    /// `PREFIX=LPA name` rules: the longest prefix of the id that has a rule wins.
    pub lpa_by_prefix: Vec<(String, String)>,
    /// A CSV file of `neighbourhood id,LPA name` rows; it wins over the prefix rules.
    pub lpa_map: Option<PathBuf>,
}

#[derive(Clone, Debug)]
pub struct NewForce {
    pub id: String,
    pub name: String,
    pub postcode_areas: String,
}

#[derive(Deserialize)]
struct Listed {
    id: String,
    name: String,
}

pub async fn import(
    db: &DatabaseConnection,
    file: &Path,
    list: &NeighbourhoodListOptions,
    options: ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let source = display_name(file);
    let text = std::fs::read(file).map_err(|e| ImportError::io(file, e))?;
    let listed: Vec<Listed> =
        serde_json::from_slice(&text).map_err(|e| ImportError::Unreadable {
            file: source.clone(),
            detail: format!(
                "not a data.police.uk neighbourhood list ([{{\"id\": …, \"name\": …}}]): {e}"
            ),
        })?;
    let explicit = match &list.lpa_map {
        Some(path) => read_lpa_map(path)?,
        None => HashMap::new(),
    };

    let (txn, mut summary) = start(db, &options).await?;
    let force_id = ensure_force(&txn, list.force.as_ref()).await?;
    let mut lpas = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for (position, item) in listed.into_iter().enumerate() {
        // Each entry is a JSON object: count them as lines of the list.
        let line = position as u64 + 1;
        summary.read += 1;
        let (id, name) = (item.id.trim().to_string(), clean_name(&item.name));
        if id.is_empty() || name.is_empty() {
            summary.reject(&source, line, "an entry needs both an id and a name");
        } else if let Err(problem) = AreaCode::parse(&id) {
            summary.reject(&source, line, format!("{id:?}: {problem}"));
        } else if !seen.insert(id.clone()) {
            summary.reject(&source, line, format!("{id} appears more than once"));
        } else if let Some(lpa_name) = explicit
            .get(&id)
            .cloned()
            .or_else(|| lpa_for_prefix(&id, &list.lpa_by_prefix))
        {
            let lpa_id = match lpas.get(&lpa_name) {
                Some(&lpa_id) => lpa_id,
                None => {
                    let lpa_id = ensure_lpa(&txn, &force_id, &lpa_name).await?;
                    lpas.insert(lpa_name.clone(), lpa_id);
                    lpa_id
                }
            };
            upsert(&txn, &force_id, lpa_id, &id, &name, &mut summary).await?;
        } else {
            summary.reject(
                &source,
                line,
                format!("{id} ({name}): no LPA mapping or prefix rule covers this id"),
            );
        }
        check_rejections(&summary, &options)?;
    }
    finish(txn, summary).await
}

/// data.police.uk names sometimes carry HTML entities for apostrophes and ampersands.
fn clean_name(name: &str) -> String {
    name.replace("&#039;", "'")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

fn lpa_for_prefix(id: &str, rules: &[(String, String)]) -> Option<String> {
    rules
        .iter()
        .filter(|(prefix, _)| id.starts_with(prefix.as_str()))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, lpa)| lpa.clone())
}

fn read_lpa_map(path: &Path) -> Result<HashMap<String, String>, ImportError> {
    let source = display_name(path);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .map_err(|e| ImportError::Unreadable {
            file: source.clone(),
            detail: e.to_string(),
        })?;
    let mut map = HashMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| ImportError::Unreadable {
            file: source.clone(),
            detail: e.to_string(),
        })?;
        match (row.get(0).map(str::trim), row.get(1).map(str::trim)) {
            (Some(id), Some(lpa)) if !id.is_empty() && !lpa.is_empty() && id != "id" => {
                map.insert(id.to_string(), lpa.to_string());
            }
            (Some("id"), _) => {}
            _ => {
                let line = row.position().map_or(0, csv::Position::line);
                return Err(ImportError::Unreadable {
                    file: source,
                    detail: format!("line {line}: expected `neighbourhood id,LPA name`"),
                });
            }
        }
    }
    Ok(map)
}

async fn ensure_force(
    txn: &DatabaseTransaction,
    wanted: Option<&NewForce>,
) -> Result<String, ImportError> {
    if let Some(existing) = force::Entity::find().one(txn).await? {
        return Ok(existing.id);
    }
    let wanted = wanted.ok_or(ImportError::NoForce)?;
    force::ActiveModel {
        id: Set(wanted.id.clone()),
        name: Set(wanted.name.clone()),
        url: Set(String::new()),
        telephone: Set("101".into()),
        description: Set(String::new()),
        postcode_areas: Set(wanted.postcode_areas.clone()),
    }
    .insert(txn)
    .await?;
    Ok(wanted.id.clone())
}

/// LPAs are keyed by a short code made from the name (`Birmingham` → `birmingham`).
async fn ensure_lpa(
    txn: &DatabaseTransaction,
    force_id: &str,
    name: &str,
) -> Result<i32, ImportError> {
    let code: String = name
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if let Some(existing) = local_policing_area::Entity::find()
        .filter(local_policing_area::Column::Code.eq(code.as_str()))
        .one(txn)
        .await?
    {
        return Ok(existing.id);
    }
    let inserted = local_policing_area::ActiveModel {
        force_id: Set(force_id.to_string()),
        code: Set(code),
        name: Set(name.to_string()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(inserted.id)
}

async fn upsert(
    txn: &DatabaseTransaction,
    force_id: &str,
    lpa_id: i32,
    code: &str,
    name: &str,
    summary: &mut ImportSummary,
) -> Result<(), ImportError> {
    let existing = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::ForceId.eq(force_id))
        .filter(neighbourhood::Column::Code.eq(code))
        .one(txn)
        .await?;
    match existing {
        Some(n) if n.name == name && n.lpa_id == lpa_id => summary.unchanged += 1,
        Some(n) => {
            let mut changed: neighbourhood::ActiveModel = n.into();
            changed.name = Set(name.to_string());
            changed.lpa_id = Set(lpa_id);
            changed.update(txn).await?;
            summary.updated += 1;
        }
        None => {
            neighbourhood::ActiveModel {
                force_id: Set(force_id.to_string()),
                lpa_id: Set(lpa_id),
                code: Set(code.to_string()),
                name: Set(name.to_string()),
                description: Set(String::new()),
                boundary: Set(None),
                centre_latitude: Set(None),
                centre_longitude: Set(None),
                contact_email: Set(None),
                contact_telephone: Set(None),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            summary.inserted += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_matching_prefix_names_the_lpa() {
        let rules = vec![
            ("B".to_string(), "Birmingham".to_string()),
            ("BW0".to_string(), "West".to_string()),
        ];
        assert_eq!(lpa_for_prefix("BW003", &rules).as_deref(), Some("West"));
        assert_eq!(
            lpa_for_prefix("BE001", &rules).as_deref(),
            Some("Birmingham")
        );
        assert_eq!(lpa_for_prefix("CV001", &rules), None);
    }

    #[test]
    fn html_entities_in_names_are_decoded() {
        assert_eq!(clean_name("St Michael&#039;s "), "St Michael's");
    }
}
