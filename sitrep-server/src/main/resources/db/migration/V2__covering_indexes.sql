-- Covering indexes for the API's hot paths (measured with `sitrep loadtest`): a listing filtered by country or type
-- and sorted by date, its match count, and a timeline grouped by type or admin1 read every column they need from
-- one index range, instead of looking up each matching row in the table (about 8,000 rows per country in the
-- 100,000-event load test).
CREATE INDEX events_country_cover ON events(country, date_start, rejected, type, subtype, incidents, admin1, id);
CREATE INDEX events_type_cover ON events(type, date_start, rejected, country, subtype, incidents, admin1, id);
CREATE INDEX events_date_cover ON events(date_start, rejected, type, country, incidents, admin1, id);
DROP INDEX events_country_date;
DROP INDEX events_type_date;
