//! A force's ward mapping: which neighbourhood each electoral ward belongs to, as a CSV of
//! `neighbourhood,ward_code,ward_name` rows (a header row first). A ward known by more than one
//! code (its administrative code in postcode data, its census merged-ward code in boundary
//! files) is listed once per code. The file is the whole mapping: wards it no longer lists are
//! removed from it.

use super::{
    ImportError, ImportOptions, ImportSummary, check_rejections, display_name, finish, start,
};
use entity::{neighbourhood, ward};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// The columns the mapping must have, by name.
const COLUMNS: [&str; 3] = ["neighbourhood", "ward_code", "ward_name"];

pub async fn import(
    db: &DatabaseConnection,
    file: &Path,
    options: ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let source = display_name(file);
    let handle = std::fs::File::open(file).map_err(|e| ImportError::io(file, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(handle);
    let header = reader.headers().map_err(|e| ImportError::Unreadable {
        file: source.clone(),
        detail: e.to_string(),
    })?;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let [Some(at_neighbourhood), Some(at_code), Some(at_name)] = COLUMNS.map(column) else {
        return Err(ImportError::UnknownLayout {
            file: source,
            detail: format!(
                "expected a header row naming {}; found {}",
                COLUMNS.join(","),
                header.iter().collect::<Vec<_>>().join(",")
            ),
        });
    };

    let (txn, mut summary) = start(db, &options).await?;
    let neighbourhoods: HashMap<String, neighbourhood::Model> = neighbourhood::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|n| (n.code.clone(), n))
        .collect();
    let mut existing: HashMap<String, ward::Model> = ward::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|w| (w.code.clone(), w))
        .collect();
    // Each code listed so far, and the neighbourhood it was listed for.
    let mut listed: HashMap<String, String> = HashMap::new();
    let mut mapped: BTreeSet<i32> = BTreeSet::new();

    for row in reader.records() {
        summary.read += 1;
        let row = match row {
            Ok(row) => row,
            Err(error) => {
                let line = error.position().map_or(0, csv::Position::line);
                summary.reject(&source, line, format!("unreadable row: {error}"));
                check_rejections(&summary, &options)?;
                continue;
            }
        };
        let line = row.position().map_or(0, csv::Position::line);
        let field = |i: usize| row.get(i).unwrap_or_default();
        let (area, code, name) = (field(at_neighbourhood), field(at_code), field(at_name));
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let problem = if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            Some(format!(
                "{code:?} is not a ward code (letters and digits, such as E05001330)"
            ))
        } else if name.is_empty() {
            Some(format!("{code}: the ward needs a name"))
        } else if let Some(first) = listed.get(code) {
            Some(format!(
                "{code} is listed more than once (first for {first})"
            ))
        } else if !neighbourhoods.contains_key(area) {
            Some(format!(
                "{code} {name}: no neighbourhood of this force has the id {area:?}"
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            summary.reject(&source, line, problem);
            check_rejections(&summary, &options)?;
            continue;
        }
        listed.insert(code.to_string(), area.to_string());
        let neighbourhood_id = neighbourhoods[area].id;
        mapped.insert(neighbourhood_id);
        match existing.remove(code) {
            Some(stored) if stored.name == name && stored.neighbourhood_id == neighbourhood_id => {
                summary.unchanged += 1
            }
            Some(stored) => {
                let mut changed: ward::ActiveModel = stored.into();
                changed.name = Set(name);
                changed.neighbourhood_id = Set(neighbourhood_id);
                changed.update(&txn).await?;
                summary.updated += 1;
            }
            None => {
                ward::ActiveModel {
                    code: Set(code.to_string()),
                    name: Set(name),
                    neighbourhood_id: Set(neighbourhood_id),
                }
                .insert(&txn)
                .await?;
                summary.inserted += 1;
            }
        }
    }

    // What is left was in the mapping before and is not in the file. A rejected row may be one
    // of them, corrected later: nothing is removed until the file loads cleanly.
    if !existing.is_empty() {
        if summary.rejected.is_empty() {
            let unlisted: Vec<String> = existing.into_keys().collect();
            summary.removed = unlisted.len() as u64;
            ward::Entity::delete_many()
                .filter(ward::Column::Code.is_in(unlisted))
                .exec(&txn)
                .await?;
        } else {
            summary.notes.push(format!(
                "{} wards in the stored mapping are not in this file; they were kept because rows were rejected",
                existing.len()
            ));
        }
    }

    let without: Vec<String> = neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Name)
        .all(&txn)
        .await?
        .into_iter()
        .filter(|n| !mapped.contains(&n.id))
        .map(|n| format!("{} ({})", n.name, n.code))
        .collect();
    if !without.is_empty() {
        summary.notes.push(format!(
            "{} neighbourhoods are given no ward, so only a boundary of their own can place postcodes in them: {}",
            without.len(),
            without.join("; ")
        ));
    }
    finish(txn, summary).await
}
