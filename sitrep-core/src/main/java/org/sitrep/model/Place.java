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
}
