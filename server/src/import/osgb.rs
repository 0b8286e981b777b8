//! Converts British National Grid eastings/northings (as published in Ordnance
//! Survey Code-Point Open) to WGS84 latitude/longitude.
//!
//! Follows the Ordnance Survey's "A guide to coordinate systems in Great
//! Britain": undo the National Grid Transverse Mercator projection on the
//! Airy 1830 ellipsoid to get OSGB36 latitude/longitude, move to Earth-centred
//! cartesian coordinates, apply a seven-parameter Helmert transformation from
//! OSGB36 to WGS84, and read latitude/longitude back off the GRS80 ellipsoid.
//!
//! The Helmert step is a single best fit for the whole country, so the result
//! is accurate to about 5 m (OS's OSTN15 grid would be needed for better).
//! That is ample for placing a postcode.

use std::fmt;

/// A British National Grid position in metres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridReference {
    pub easting: f64,
    pub northing: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridError {
    OutOfRange,
}

impl fmt::Display for GridError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OutOfRange => f.write_str(
                "eastings and northings must lie within the British National Grid \
                 (0-700000 m east, 0-1300000 m north)",
            ),
        }
    }
}

impl std::error::Error for GridError {}

/// The extent of the National Grid, from the false origin south-west of the Scillies.
const MAX_EASTING: f64 = 700_000.0;
const MAX_NORTHING: f64 = 1_300_000.0;

/// National Grid projection: scale factor on the central meridian, true origin
/// and the false easting/northing that keep every grid coordinate positive.
const CENTRAL_SCALE: f64 = 0.999_601_271_7;
const ORIGIN_LATITUDE_DEG: f64 = 49.0;
const ORIGIN_LONGITUDE_DEG: f64 = -2.0;
const FALSE_EASTING: f64 = 400_000.0;
const FALSE_NORTHING: f64 = -100_000.0;

/// The OS guide stops refining the latitude once the northing it implies is
/// within 0.01 mm of the target.
const NORTHING_TOLERANCE_M: f64 = 1e-5;
/// About 0.006 mm on the ground: far below anything the Helmert step can resolve.
const LATITUDE_TOLERANCE_RAD: f64 = 1e-12;

#[derive(Clone, Copy)]
struct Ellipsoid {
    semi_major: f64,
    semi_minor: f64,
}

const AIRY_1830: Ellipsoid = Ellipsoid {
    semi_major: 6_377_563.396,
    semi_minor: 6_356_256.909,
};

const GRS80: Ellipsoid = Ellipsoid {
    semi_major: 6_378_137.0,
    semi_minor: 6_356_752.314_1,
};

impl Ellipsoid {
    fn eccentricity_squared(self) -> f64 {
        1.0 - (self.semi_minor * self.semi_minor) / (self.semi_major * self.semi_major)
    }

    /// Radius of curvature in the prime vertical at `latitude` (radians).
    fn prime_vertical_radius(self, latitude: f64) -> f64 {
        let sin = latitude.sin();
        self.semi_major / (1.0 - self.eccentricity_squared() * sin * sin).sqrt()
    }

    /// Earth-centred X, Y, Z in metres of a point on the ellipsoid surface.
    /// Height is taken as zero: postcodes come without one, and an error of a
    /// few hundred metres in height moves the horizontal result by millimetres.
    fn to_cartesian(self, latitude: f64, longitude: f64) -> [f64; 3] {
        let nu = self.prime_vertical_radius(latitude);
        [
            nu * latitude.cos() * longitude.cos(),
            nu * latitude.cos() * longitude.sin(),
            (1.0 - self.eccentricity_squared()) * nu * latitude.sin(),
        ]
    }

    /// Geodetic (latitude, longitude) in radians of an Earth-centred point.
    fn to_geodetic(self, [x, y, z]: [f64; 3]) -> (f64, f64) {
        let e2 = self.eccentricity_squared();
        let p = x.hypot(y);
        // Start from the latitude the point would have if it sat on the surface,
        // then correct for the curvature at that latitude until it settles.
        let mut latitude = z.atan2(p * (1.0 - e2));
        let mut step = f64::INFINITY;
        // `>` is false for NaN, so a bad input cannot loop forever.
        while step > LATITUDE_TOLERANCE_RAD {
            let nu = self.prime_vertical_radius(latitude);
            let next = (z + e2 * nu * latitude.sin()).atan2(p);
            step = (next - latitude).abs();
            latitude = next;
        }
        (latitude, y.atan2(x))
    }
}

/// A seven-parameter (position vector) Helmert transformation, with the
/// small-angle rotation matrix used in the OS guide.
struct Helmert {
    translation_m: [f64; 3],
    scale_ppm: f64,
    rotation_arcsec: [f64; 3],
}

/// The inverse of the OS's published WGS84 to OSGB36 parameters; negating
/// each one is accurate to a few centimetres, well inside the 5 m of the fit.
const OSGB36_TO_WGS84: Helmert = Helmert {
    translation_m: [446.448, -125.157, 542.060],
    scale_ppm: -20.4894,
    rotation_arcsec: [0.1502, 0.2470, 0.8421],
};

impl Helmert {
    fn apply(&self, [x, y, z]: [f64; 3]) -> [f64; 3] {
        let [tx, ty, tz] = self.translation_m;
        let [rx, ry, rz] = self.rotation_arcsec.map(|r| (r / 3600.0).to_radians());
        let s = 1.0 + self.scale_ppm * 1e-6;
        [
            tx + s * x - rz * y + ry * z,
            ty + rz * x + s * y - rx * z,
            tz - ry * x + rx * y + s * z,
        ]
    }
}

/// Distance in metres (already scaled by the central scale factor) along the
/// central meridian from the true origin's latitude to `latitude` (radians).
fn meridional_arc(latitude: f64) -> f64 {
    let Ellipsoid {
        semi_major: a,
        semi_minor: b,
    } = AIRY_1830;
    let n = (a - b) / (a + b);
    let (n2, n3) = (n * n, n * n * n);
    let origin = ORIGIN_LATITUDE_DEG.to_radians();
    let (diff, sum) = (latitude - origin, latitude + origin);
    b * CENTRAL_SCALE
        * ((1.0 + n + 1.25 * n2 + 1.25 * n3) * diff
            - (3.0 * n + 3.0 * n2 + 2.625 * n3) * diff.sin() * sum.cos()
            + (1.875 * n2 + 1.875 * n3) * (2.0 * diff).sin() * (2.0 * sum).cos()
            - (35.0 / 24.0) * n3 * (3.0 * diff).sin() * (3.0 * sum).cos())
}

/// The projection's radii of curvature at `latitude` on Airy 1830, scaled by
/// the central scale factor: (nu, rho, eta squared) in the OS guide's terms.
fn scaled_radii(latitude: f64) -> (f64, f64, f64) {
    let e2 = AIRY_1830.eccentricity_squared();
    let nu = CENTRAL_SCALE * AIRY_1830.prime_vertical_radius(latitude);
    let sin = latitude.sin();
    let rho = nu * (1.0 - e2) / (1.0 - e2 * sin * sin);
    (nu, rho, nu / rho - 1.0)
}

impl GridReference {
    /// Refuses NaN/infinite values and positions outside `0..=700_000` east, `0..=1_300_000` north.
    ///
    /// # Errors
    ///
    /// [`GridError::OutOfRange`] for any such value.
    pub fn new(easting: f64, northing: f64) -> Result<Self, GridError> {
        // `contains` is false for NaN, so this refuses NaN as well as infinities.
        if (0.0..=MAX_EASTING).contains(&easting) && (0.0..=MAX_NORTHING).contains(&northing) {
            Ok(Self { easting, northing })
        } else {
            Err(GridError::OutOfRange)
        }
    }

    /// WGS84 (latitude, longitude) in degrees.
    #[must_use]
    pub fn to_wgs84(self) -> (f64, f64) {
        let (latitude, longitude) = self.to_osgb36();
        let airy = AIRY_1830.to_cartesian(latitude, longitude);
        let (latitude, longitude) = GRS80.to_geodetic(OSGB36_TO_WGS84.apply(airy));
        (latitude.to_degrees(), longitude.to_degrees())
    }

    /// OSGB36 (latitude, longitude) in radians: the inverse Transverse Mercator
    /// projection, by the OS guide's series.
    fn to_osgb36(self) -> (f64, f64) {
        let a_scaled = AIRY_1830.semi_major * CENTRAL_SCALE;
        let north_of_origin = self.northing - FALSE_NORTHING;

        // Find the latitude on the central meridian whose arc length matches
        // the northing; each pass corrects by the remaining shortfall.
        let mut latitude = ORIGIN_LATITUDE_DEG.to_radians() + north_of_origin / a_scaled;
        let mut shortfall = north_of_origin - meridional_arc(latitude);
        // `>=` is false for NaN, so a bad input cannot loop forever.
        while shortfall.abs() >= NORTHING_TOLERANCE_M {
            latitude += shortfall / a_scaled;
            shortfall = north_of_origin - meridional_arc(latitude);
        }

        // Then step off the central meridian by the series in the easting offset.
        let (nu, rho, eta2) = scaled_radii(latitude);
        let tan = latitude.tan();
        let (t2, t4) = (tan * tan, tan.powi(4));
        let sec = latitude.cos().recip();
        let vii = tan / (2.0 * rho * nu);
        let viii = tan / (24.0 * rho * nu.powi(3)) * (5.0 + 3.0 * t2 + eta2 - 9.0 * t2 * eta2);
        let ix = tan / (720.0 * rho * nu.powi(5)) * (61.0 + 90.0 * t2 + 45.0 * t4);
        let x = sec / nu;
        let xi = sec / (6.0 * nu.powi(3)) * (nu / rho + 2.0 * t2);
        let xii = sec / (120.0 * nu.powi(5)) * (5.0 + 28.0 * t2 + 24.0 * t4);
        let xiia =
            sec / (5040.0 * nu.powi(7)) * (61.0 + 662.0 * t2 + 1320.0 * t4 + 720.0 * tan.powi(6));

        let de = self.easting - FALSE_EASTING;
        (
            latitude - vii * de.powi(2) + viii * de.powi(4) - ix * de.powi(6),
            ORIGIN_LONGITUDE_DEG.to_radians() + x * de - xi * de.powi(3) + xii * de.powi(5)
                - xiia * de.powi(7),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const METRES_PER_DEGREE_LATITUDE: f64 = 111_320.0;

    /// The OS's published WGS84 to OSGB36 parameters, for the test-only forward direction.
    const WGS84_TO_OSGB36: Helmert = Helmert {
        translation_m: [-446.448, 125.157, -542.060],
        scale_ppm: 20.4894,
        rotation_arcsec: [-0.1502, -0.2470, -0.8421],
    };

    fn dms(degrees: f64, minutes: f64, seconds: f64) -> f64 {
        degrees + minutes / 60.0 + seconds / 3600.0
    }

    /// Ground distance in metres between two nearby (latitude, longitude) pairs in degrees.
    fn metres_between((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
        let north = (lat1 - lat2) * METRES_PER_DEGREE_LATITUDE;
        let east = (lon1 - lon2) * METRES_PER_DEGREE_LATITUDE * lat2.to_radians().cos();
        north.hypot(east)
    }

    fn grid(easting: f64, northing: f64) -> GridReference {
        GridReference::new(easting, northing).expect("test position is on the grid")
    }

    /// Forward Transverse Mercator from OSGB36 (radians), by the OS guide's series.
    fn project(latitude: f64, longitude: f64) -> (f64, f64) {
        let (nu, rho, eta2) = scaled_radii(latitude);
        let (sin, cos, tan) = (latitude.sin(), latitude.cos(), latitude.tan());
        let (t2, t4) = (tan * tan, tan.powi(4));
        let i = meridional_arc(latitude) + FALSE_NORTHING;
        let ii = nu / 2.0 * sin * cos;
        let iii = nu / 24.0 * sin * cos.powi(3) * (5.0 - t2 + 9.0 * eta2);
        let iiia = nu / 720.0 * sin * cos.powi(5) * (61.0 - 58.0 * t2 + t4);
        let iv = nu * cos;
        let v = nu / 6.0 * cos.powi(3) * (nu / rho - t2);
        let vi = nu / 120.0 * cos.powi(5) * (5.0 - 18.0 * t2 + t4 + 14.0 * eta2 - 58.0 * t2 * eta2);
        let dl = longitude - ORIGIN_LONGITUDE_DEG.to_radians();
        (
            FALSE_EASTING + iv * dl + v * dl.powi(3) + vi * dl.powi(5),
            i + ii * dl.powi(2) + iii * dl.powi(4) + iiia * dl.powi(6),
        )
    }

    /// WGS84 (degrees) to grid (easting, northing): every step of `to_wgs84` in reverse.
    fn wgs84_to_grid(latitude: f64, longitude: f64) -> (f64, f64) {
        let wgs = GRS80.to_cartesian(latitude.to_radians(), longitude.to_radians());
        let (latitude, longitude) = AIRY_1830.to_geodetic(WGS84_TO_OSGB36.apply(wgs));
        project(latitude, longitude)
    }

    #[test]
    fn the_os_guide_worked_example_inverts_to_its_published_osgb36_latitude_and_longitude() {
        let (latitude, longitude) = grid(651_409.903, 313_177.270).to_osgb36();
        assert!((latitude.to_degrees() - dms(52.0, 39.0, 27.2531)).abs() < 1e-6);
        assert!((longitude.to_degrees() - dms(1.0, 43.0, 4.5177)).abs() < 1e-6);
    }

    #[test]
    fn the_os_guide_worked_example_projects_forward_to_its_published_grid_reference() {
        let (easting, northing) = project(
            dms(52.0, 39.0, 27.2531).to_radians(),
            dms(1.0, 43.0, 4.5177).to_radians(),
        );
        assert!((easting - 651_409.903).abs() < 0.001);
        assert!((northing - 313_177.270).abs() < 0.001);
    }

    /// Ordnance Survey's OSTN15 test points: the ETRS89 positions (equal to
    /// WGS84 at this precision) and OSGB36 grid references published together
    /// in the OSTN15 developer pack. OSTN15 is the definitive transformation,
    /// so the gap is the Helmert approximation itself, under 10 m everywhere.
    ///
    /// Each row: name, easting, northing, WGS84 latitude, WGS84 longitude.
    #[rustfmt::skip]
    const OS_TEST_POINTS: [(&str, f64, f64, f64, f64); 12] = [
        ("TP01 St Mary's, Scilly", 91_492.146, 11_318.804, 49.922_263_94, -6.299_777_52),
        ("TP02 Lizard Point", 170_370.718, 11_572.405, 49.960_061_38, -5.203_046_10),
        ("TP07 North Foreland", 639_821.835, 169_565.858, 51.374_470_26, 1.444_547_30),
        ("TP09 Lambeth", 530_624.974, 178_388.464, 51.489_365_65, -0.119_925_57),
        ("TP12 Droitwich", 389_544.190, 261_912.153, 52.255_293_82, -2.154_586_14),
        ("TP20 Pudsey", 422_242.186, 433_818.701, 53.800_215_20, -1.663_791_68),
        ("TP26 Glasgow", 256_340.925, 664_697.269, 55.853_999_53, -4.296_490_16),
        ("TP30 Inverness", 267_056.768, 846_176.972, 57.486_250_01, -4.219_263_99),
        ("TP31 Hirta, St Kilda", 9_587.909, 899_448.996, 57.813_518_38, -8.578_544_56),
        ("TP33 Butt of Lewis", 151_968.652, 966_483.780, 58.515_603_61, -6.260_914_56),
        ("TP39 Sumburgh Head", 440_725.073, 1_107_878.448, 59.854_099_14, -1.274_869_10),
        ("TP40 Foula", 395_999.668, 1_138_728.951, 60.133_080_92, -2.073_828_23),
    ];

    #[test]
    fn the_ordnance_survey_test_points_convert_to_within_ten_metres_across_great_britain() {
        for (name, easting, northing, latitude, longitude) in OS_TEST_POINTS {
            let converted = grid(easting, northing).to_wgs84();
            let error = metres_between(converted, (latitude, longitude));
            assert!(error < 10.0, "{name} is {error:.2} m out");
        }
    }

    /// Wikipedia gives the summit as 56°47'49"N 5°00'13"W and grid reference
    /// NN 166 712, a 100 m square, so only agreement to that square is meaningful.
    #[test]
    fn ben_nevis_summit_lands_within_its_published_hundred_metre_square() {
        let converted = grid(216_650.0, 771_250.0).to_wgs84();
        let published = (dms(56.0, 47.0, 49.0), -dms(5.0, 0.0, 13.0));
        assert!(metres_between(converted, published) < 150.0);
    }

    /// Victoria Square, Birmingham, at about 52.4797, -1.9027 and about
    /// E 406,700, N 286,800: both are from memory to a few tens of metres, so
    /// this only guards against gross errors such as swapped axes.
    #[test]
    fn birmingham_victoria_square_lands_within_a_couple_of_hundred_metres() {
        let converted = grid(406_700.0, 286_800.0).to_wgs84();
        assert!(metres_between(converted, (52.4797, -1.9027)) < 200.0);
    }

    #[test]
    fn grid_to_wgs84_and_back_returns_within_half_a_metre_across_great_britain() {
        for easting in (0..=700_000).step_by(50_000) {
            for northing in (0..=1_300_000).step_by(50_000) {
                let (easting, northing) = (f64::from(easting), f64::from(northing));
                let (latitude, longitude) = grid(easting, northing).to_wgs84();
                let (back_e, back_n) = wgs84_to_grid(latitude, longitude);
                let error = (back_e - easting).hypot(back_n - northing);
                assert!(
                    error < 0.5,
                    "({easting}, {northing}) came back {error:.3} m away"
                );
            }
        }
    }

    #[test]
    fn the_corners_of_the_grid_are_accepted() {
        assert!(GridReference::new(0.0, 0.0).is_ok());
        assert!(GridReference::new(MAX_EASTING, MAX_NORTHING).is_ok());
    }

    #[test]
    fn positions_off_the_grid_are_refused() {
        for (easting, northing) in [
            (-0.1, 500_000.0),
            (700_000.1, 500_000.0),
            (400_000.0, -1.0),
            (400_000.0, 1_300_000.5),
        ] {
            assert_eq!(
                GridReference::new(easting, northing),
                Err(GridError::OutOfRange)
            );
        }
    }

    #[test]
    fn nan_and_infinite_values_are_refused() {
        for (easting, northing) in [
            (f64::NAN, 500_000.0),
            (400_000.0, f64::NAN),
            (f64::INFINITY, 500_000.0),
            (400_000.0, f64::NEG_INFINITY),
        ] {
            assert_eq!(
                GridReference::new(easting, northing),
                Err(GridError::OutOfRange)
            );
        }
    }

    #[test]
    fn the_error_message_states_the_valid_range() {
        assert_eq!(
            GridError::OutOfRange.to_string(),
            "eastings and northings must lie within the British National Grid \
             (0-700000 m east, 0-1300000 m north)"
        );
    }
}
