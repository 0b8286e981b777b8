//! Postcodes from the ONS Postcode Directory (or NSPL) and from OS Code-Point Open.

use super::osgb::GridReference;
use super::{
    ImportError, ImportOptions, ImportSummary, check_rejections, display_name, finish, progress,
    start,
};
use app::domain::postcode::Postcode;
use app::services::postcode_directory::PostcodeKey;
use entity::postcode;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, QuerySelect,
};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Rows written per statement: large enough to be quick, small enough for every database's
/// limit on bound parameters.
const BATCH: usize = 4_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostcodeFormat {
    Onspd,
    CodePoint,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PostcodeRecord {
    pub postcode: Postcode,
    pub latitude: f64,
    pub longitude: f64,
    /// `YYYYMM` when the postcode was terminated.
    pub terminated_on: Option<String>,
    /// The electoral ward's code (`E05001330`), where the source gives one.
    pub ward_code: Option<String>,
}

pub async fn import(
    db: &DatabaseConnection,
    format: PostcodeFormat,
    files: &[impl AsRef<Path>],
    options: ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let (txn, mut summary) = start(db, &options).await?;
    let mut writer = Writer {
        txn: &txn,
        batch: Vec::with_capacity(BATCH),
        seen: HashSet::new(),
    };
    for file in files {
        read_file(file.as_ref(), format, &mut writer, &mut summary, &options).await?;
    }
    writer.flush(&mut summary).await?;
    finish(txn, summary).await
}

async fn read_file(
    path: &Path,
    format: PostcodeFormat,
    writer: &mut Writer<'_>,
    summary: &mut ImportSummary,
    options: &ImportOptions,
) -> Result<(), ImportError> {
    let source = display_name(path);
    let file = std::fs::File::open(path).map_err(|e| ImportError::io(path, e))?;
    let bar = progress(path);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bar.wrap_read(file));
    let mut layout = match format {
        PostcodeFormat::CodePoint => Some(Layout::CODE_POINT),
        PostcodeFormat::Onspd => None,
    };
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            // The file itself could not be read: no point carrying on.
            Err(error) if matches!(error.kind(), csv::ErrorKind::Io(_)) => {
                return Err(ImportError::Unreadable {
                    file: source,
                    detail: error.to_string(),
                });
            }
            Err(error) => {
                let line = error.position().map_or(0, csv::Position::line);
                summary.read += 1;
                summary.reject(&source, line, format!("unreadable row: {error}"));
                check_rejections(summary, options)?;
                continue;
            }
        }
        let line = record.position().map_or(0, csv::Position::line);
        let Some(layout) = layout else {
            layout = Some(Layout::from_onspd_header(&record).map_err(|detail| {
                ImportError::UnknownLayout {
                    file: source.clone(),
                    detail,
                }
            })?);
            continue;
        };
        summary.read += 1;
        match layout.parse(&record) {
            Ok(parsed) => writer.push(line, parsed, &source, summary).await?,
            Err(RowProblem::NoPosition(reason)) => summary.skip(&source, line, reason),
            Err(RowProblem::Bad(reason)) => summary.reject(&source, line, reason),
        }
        check_rejections(summary, options)?;
    }
    bar.finish_and_clear();
    Ok(())
}

/// Why a row was not loaded.
enum RowProblem {
    /// The source gives no position: reported, never guessed.
    NoPosition(String),
    Bad(String),
}

impl From<String> for RowProblem {
    fn from(reason: String) -> Self {
        Self::Bad(reason)
    }
}

/// Where the fields are in a row, and how positions are given.
#[derive(Clone, Copy, Debug)]
struct Layout {
    postcode: usize,
    position: Position,
    terminated: Option<usize>,
    ward: Option<usize>,
    /// Fewer fields than this is a truncated row.
    min_fields: usize,
}

#[derive(Clone, Copy, Debug)]
enum Position {
    LatLong {
        latitude: usize,
        longitude: usize,
    },
    /// OSGB36 grid, with Code-Point's positional quality column (90 means no position).
    Grid {
        easting: usize,
        northing: usize,
        quality: usize,
    },
}

impl Layout {
    /// Code-Point Open has no header: Postcode, Positional_quality_indicator, Eastings,
    /// Northings, then administrative codes.
    const CODE_POINT: Layout = Layout {
        postcode: 0,
        position: Position::Grid {
            easting: 2,
            northing: 3,
            quality: 1,
        },
        terminated: None,
        ward: Some(9),
        min_fields: 4,
    };

    /// The ONS has named the postcode column `pcd`/`pcd2`/`pcds` and, from 2025, `pcd7`/`pcd8`
    /// beside `pcds`. `pcds` (one space) is preferred; any of them parses.
    fn from_onspd_header(header: &csv::ByteRecord) -> Result<Self, String> {
        let names: Vec<String> = header
            .iter()
            .map(|f| {
                String::from_utf8_lossy(f)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_ascii_lowercase()
            })
            .collect();
        let find = |name: &str| names.iter().position(|n| n == name);
        let postcode = ["pcds", "pcd", "pcd7", "pcd8", "pcd2"]
            .iter()
            .find_map(|n| find(n));
        match (postcode, find("lat"), find("long")) {
            (Some(postcode), Some(latitude), Some(longitude)) => {
                let terminated = find("doterm");
                let ward = find("osward");
                Ok(Self {
                    postcode,
                    position: Position::LatLong {
                        latitude,
                        longitude,
                    },
                    terminated,
                    ward,
                    min_fields: [postcode, latitude, longitude, terminated.unwrap_or(0)]
                        .into_iter()
                        .max()
                        .unwrap_or(0)
                        + 1,
                })
            }
            _ => Err(format!(
                "expected a header row naming pcds (or pcd, pcd7, pcd8), lat and long; found {}",
                names.iter().take(8).cloned().collect::<Vec<_>>().join(",")
            )),
        }
    }

    fn parse(&self, record: &csv::ByteRecord) -> Result<PostcodeRecord, RowProblem> {
        if record.len() < self.min_fields {
            return Err(RowProblem::Bad(format!(
                "truncated row: {} fields where at least {} are needed",
                record.len(),
                self.min_fields
            )));
        }
        let field = |i: usize| -> Result<&str, String> {
            std::str::from_utf8(&record[i])
                .map(str::trim)
                .map_err(|_| format!("field {} is not valid UTF-8", i + 1))
        };
        let postcode = Postcode::parse(field(self.postcode)?).map_err(|_| {
            format!(
                "{:?} is not a valid postcode",
                field(self.postcode).unwrap_or_default()
            )
        })?;
        let number = |i: usize, what: &str| -> Result<f64, String> {
            let text = field(i)?;
            text.parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .ok_or_else(|| format!("{postcode}: the {what} {text:?} is not a number"))
        };
        let (latitude, longitude) = match self.position {
            Position::LatLong {
                latitude,
                longitude,
            } => {
                if field(latitude)?.is_empty() || field(longitude)?.is_empty() {
                    return Err(RowProblem::NoPosition(format!(
                        "{postcode} has no position"
                    )));
                }
                let (lat, long) = (
                    number(latitude, "latitude")?,
                    number(longitude, "longitude")?,
                );
                // The ONS writes 99.999999, 0.000000 where a postcode has no grid reference.
                if lat >= 99.0 {
                    return Err(RowProblem::NoPosition(format!(
                        "{postcode} has no position"
                    )));
                }
                if !(49.0..=61.5).contains(&lat) || !(-9.0..=2.5).contains(&long) {
                    return Err(RowProblem::Bad(format!(
                        "{postcode}: {lat}, {long} is not a position in the UK"
                    )));
                }
                (lat, long)
            }
            Position::Grid {
                easting,
                northing,
                quality,
            } => {
                if field(quality)? == "90" {
                    return Err(RowProblem::NoPosition(format!(
                        "{postcode} has no position (positional quality 90)"
                    )));
                }
                let grid =
                    GridReference::new(number(easting, "easting")?, number(northing, "northing")?)
                        .map_err(|e| format!("{postcode}: {e}"))?;
                grid.to_wgs84()
            }
        };
        let terminated_on = match self.terminated {
            Some(i) => Some(field(i)?.to_string()).filter(|t| !t.is_empty()),
            None => None,
        };
        // A short row simply has no ward; the ONS writes a pseudo-code ending in 9s for none.
        let ward_code = self
            .ward
            .and_then(|i| record.get(i))
            .and_then(|f| std::str::from_utf8(f).ok())
            .map(str::trim)
            .filter(|code| !code.is_empty() && !code.ends_with("99999999"))
            .map(str::to_string);
        Ok(PostcodeRecord {
            postcode,
            latitude,
            longitude,
            terminated_on,
            ward_code,
        })
    }
}

/// A postcode as stored: latitude, longitude, termination and ward.
type StoredPostcode = (f64, f64, Option<String>, Option<String>);

/// Collects parsed rows and writes them in batches, counting what each changes.
struct Writer<'t> {
    txn: &'t DatabaseTransaction,
    batch: Vec<PostcodeRecord>,
    /// Postcodes already read in this import, to report duplicates.
    seen: HashSet<PostcodeKey>,
}

impl Writer<'_> {
    async fn push(
        &mut self,
        line: u64,
        record: PostcodeRecord,
        source: &str,
        summary: &mut ImportSummary,
    ) -> Result<(), ImportError> {
        if !self.seen.insert(PostcodeKey::of(&record.postcode)) {
            summary.reject(
                source,
                line,
                format!("{} appears more than once", record.postcode),
            );
            return Ok(());
        }
        self.batch.push(record);
        if self.batch.len() >= BATCH {
            self.flush(summary).await?;
        }
        Ok(())
    }

    async fn flush(&mut self, summary: &mut ImportSummary) -> Result<(), ImportError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let keys: Vec<String> = self.batch.iter().map(|r| r.postcode.to_string()).collect();
        let existing: HashMap<String, StoredPostcode> = postcode::Entity::find()
            .select_only()
            .columns([
                postcode::Column::Postcode,
                postcode::Column::Latitude,
                postcode::Column::Longitude,
                postcode::Column::TerminatedOn,
                postcode::Column::WardCode,
            ])
            .filter(postcode::Column::Postcode.is_in(keys.iter().map(String::as_str)))
            .into_tuple::<(String, f64, f64, Option<String>, Option<String>)>()
            .all(self.txn)
            .await?
            .into_iter()
            .map(|(key, lat, long, terminated, ward)| (key, (lat, long, terminated, ward)))
            .collect();

        let mut changed = Vec::new();
        for (record, key) in self.batch.drain(..).zip(keys) {
            match existing.get(&key) {
                Some((lat, long, terminated, ward))
                    if (lat - record.latitude).abs() < 1e-9
                        && (long - record.longitude).abs() < 1e-9
                        && *terminated == record.terminated_on
                        && *ward == record.ward_code =>
                {
                    summary.unchanged += 1;
                    continue;
                }
                Some(_) => summary.updated += 1,
                None => summary.inserted += 1,
            }
            changed.push(postcode::ActiveModel {
                outcode: Set(record.postcode.outcode().to_string()),
                postcode: Set(key),
                latitude: Set(record.latitude),
                longitude: Set(record.longitude),
                neighbourhood_id: Set(None),
                terminated_on: Set(record.terminated_on),
                ward_code: Set(record.ward_code),
            });
        }
        if !changed.is_empty() {
            postcode::Entity::insert_many(changed)
                .on_conflict(
                    // A neighbourhood named by other data is kept.
                    OnConflict::column(postcode::Column::Postcode)
                        .update_columns([
                            postcode::Column::Outcode,
                            postcode::Column::Latitude,
                            postcode::Column::Longitude,
                            postcode::Column::TerminatedOn,
                            postcode::Column::WardCode,
                        ])
                        .to_owned(),
                )
                .exec(self.txn)
                .await?;
        }
        Ok(())
    }
}
