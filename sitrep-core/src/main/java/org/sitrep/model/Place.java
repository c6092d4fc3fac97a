package org.sitrep.model;

/**
 * A gazetteer entry (GeoNames semantics).
 *
 * @param geonameId GeoNames id
 * @param country ISO 3166-1 alpha-2 code, or null for places outside any country
 * @param admin1Code GeoNames admin1 code within the country (e.g. "34" for Surt, LY)
 * @param admin1Name English name of the admin1 division, or null
 * @param featureClass GeoNames feature class (P populated place, A administrative, ...)
 * @param featureCode GeoNames feature code (PPLA, PCLI, ADM1, ...)
 */
public record Place(long geonameId, String name, String country, String admin1Code, String admin1Name,
                    double lat, double lon, char featureClass, String featureCode, long population) {

    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    public boolean isAdminRegion() {
        return featureCode != null && featureCode.startsWith("ADM");
    }

    public boolean isPopulatedPlace() {
        return featureClass == 'P';
    }

    /** Great-circle distance in kilometres between two points (haversine, mean Earth radius 6,371 km). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
